import net from "node:net";
import { HTTPParser } from "http-parser-js";

/**
 * The router's client for one upstream: HTTP/1.1 over keep-alive connections of its own, one request at a time
 * on each. It is lean on purpose: the request head arrives already written (forward.ts builds it from the
 * client's raw headers, which Node's server parsed and checked), so a request costs one write, and the answer
 * is framed by http-parser-js and handed on as it comes. A general client (undici's Pool) cost the router a
 * fifth more CPU per request (options, header objects, its own streams): 443 against 370 µs at 1,000 req/s.
 */

/** What an exchange tells the one who asked for it, in order: connected, head, data…, end; or an error. */
export interface ExchangeHandler {
  /** The connection is up and the request is about to be written; `reused` when it carried one before. */
  onConnected(exchange: UpstreamExchange, reused: boolean): void;
  /** The final answer's head (interim 1xx answers are skipped), its headers as [name, value, …]. */
  onHead(status: number, headers: string[]): void;
  /** A piece of the body. */
  onData(chunk: Buffer): void;
  onEnd(): void;
  /** The exchange failed; `connected` says whether the request could have reached the upstream. */
  onError(error: UpstreamError, connected: boolean): void;
}

/** One request to send: its head ready to write (request line, headers, blank line), and its body if any. */
export interface OutgoingRequest {
  head: string;
  method: string;
  /** Read only once the connection is up, so a refused connection leaves it whole for a sibling. */
  body?: NodeJS.ReadableStream;
  /** The body goes chunked (its length is unknown); otherwise as it comes, under the head's Content-Length. */
  chunked?: boolean;
}

export class UpstreamError extends Error {
  constructor(
    /** A system code (ECONNREFUSED…) or one of the router's own: CONNECT_TIMEOUT, CLOSED, TIMEOUT, NOT_HTTP. */
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export interface UpstreamClientOptions {
  /** At most this many connections; requests beyond wait for one to be free. */
  connections: number;
  connectTimeoutMs: number;
  /** An idle connection is closed after this long, or sooner when the upstream's Keep-Alive hint says so. */
  keepAliveMs: number;
  /** An exchange with no byte from the upstream for this long fails (undici's headers and body timeouts). */
  idleAnswerMs?: number;
}

/** Keep-Alive hints are followed less this margin, so a request rarely meets a connection being closed. */
const HINT_MARGIN_MS = 1_000;
const SWEEP_MS = 1_000;

interface Pending {
  request: OutgoingRequest;
  handler: ExchangeHandler;
}

export class UpstreamClient {
  private readonly idle: Connection[] = [];
  private readonly queue: Pending[] = [];
  private count = 0;
  private closing = false;
  private readonly all = new Set<Connection>();
  private readonly sweeper: NodeJS.Timeout;
  private destroyed = false;

  constructor(
    readonly url: URL,
    readonly options: UpstreamClientOptions,
  ) {
    // One timer for every deadline of this upstream (idle connections, silent answers): none per request.
    this.sweeper = setInterval(() => this.sweep(), SWEEP_MS);
    this.sweeper.unref();
  }

  dispatch(request: OutgoingRequest, handler: ExchangeHandler): void {
    if (this.destroyed) {
      handler.onError(new UpstreamError("CLOSED", "the router is closing"), false);
      return;
    }
    const now = performance.now();
    // Most recently used first: the warm connections carry the traffic, the cold ones expire.
    for (let connection = this.idle.pop(); connection; connection = this.idle.pop()) {
      if (connection.usableAt(now)) {
        connection.start(request, handler);
        return;
      }
      connection.destroy();
    }
    if (this.count < this.options.connections) this.open(request, handler);
    else this.queue.push({ request, handler });
  }

  /** Finishes what is under way, then closes: no connection goes back to idle. */
  close(): void {
    this.closing = true;
    for (const connection of this.idle.splice(0)) connection.destroy();
    if (this.queue.length === 0 && this.count === 0) clearInterval(this.sweeper);
  }

  /** Stops everything now: exchanges under way and waiting fail. */
  destroy(): void {
    this.closing = true;
    this.destroyed = true;
    clearInterval(this.sweeper);
    const error = new UpstreamError("CLOSED", "the router is closing");
    for (const pending of this.queue.splice(0)) pending.handler.onError(error, false);
    for (const connection of this.all) connection.destroy(error);
  }

  private open(request: OutgoingRequest, handler: ExchangeHandler): void {
    this.count++;
    const connection = new Connection(this, this.options);
    this.all.add(connection);
    connection.connect(request, handler);
  }

  /** A connection is free again: the next waiting request takes it, or it rests until reused or expired. */
  released(connection: Connection): void {
    const next = this.queue.shift();
    if (next) {
      connection.start(next.request, next.handler);
      return;
    }
    if (this.closing) connection.destroy();
    else this.idle.push(connection);
  }

  /** A connection is gone: a waiting request opens a new one in its place. */
  gone(connection: Connection): void {
    if (!this.all.delete(connection)) return;
    this.count--;
    const index = this.idle.indexOf(connection);
    if (index >= 0) this.idle.splice(index, 1);
    const next = this.queue.shift();
    if (next) this.open(next.request, next.handler);
    else if (this.closing && this.count === 0) clearInterval(this.sweeper);
  }

  private sweep(): void {
    const now = performance.now();
    for (const connection of this.all) connection.checkDeadlines(now);
  }
}

type State = "connecting" | "idle" | "busy" | "gone";

/** What the router reads of an answer's head. */
interface HeadInfo {
  statusCode: number;
  headers: string[];
  shouldKeepAlive: boolean;
  upgrade: boolean;
}

/** One keep-alive connection to the upstream and the exchange it carries. */
class Connection implements UpstreamExchange {
  private readonly socket: net.Socket;
  private readonly parser = new HTTPParser(HTTPParser.RESPONSE);
  private state: State = "connecting";
  private handler: ExchangeHandler | undefined;
  private request: OutgoingRequest | undefined;
  private carried = 0;
  /** When the last byte of the current answer arrived (or the request was sent), for the silent-answer deadline. */
  private lastHeard = 0;
  private idleUntil = 0;
  private keepAliveMs: number;
  private interim = false;
  private headSent = false;
  private requestDone = false;
  private reusable = true;
  /** Stops passing the request's body on (the exchange ended before the body did). */
  private stopBody: (() => void) | undefined;
  private readonly connectTimer: NodeJS.Timeout;

  constructor(
    private readonly client: UpstreamClient,
    private readonly options: UpstreamClientOptions,
  ) {
    this.keepAliveMs = options.keepAliveMs;
    const { hostname, port } = client.url;
    this.socket = net.connect({
      host: hostname.startsWith("[") ? hostname.slice(1, -1) : hostname,
      port: Number(port || 80),
      noDelay: true,
      keepAlive: true,
      keepAliveInitialDelay: 60_000,
    });
    this.connectTimer = setTimeout(
      () =>
        this.socket.destroy(
          new UpstreamError("CONNECT_TIMEOUT", `no connection within ${options.connectTimeoutMs} ms`),
        ),
      options.connectTimeoutMs,
    );
    // http-parser-js passes one info object, unless anything in the process read HTTPParser.kOnExecute (its
    // switch to Node's own order of arguments, for the whole process): both are taken.
    this.parser[HTTPParser.kOnHeadersComplete] = ((...args: unknown[]) =>
      this.onHead(
        typeof args[0] === "object"
          ? (args[0] as HeadInfo)
          : {
              headers: args[2] as string[],
              statusCode: args[5] as number,
              upgrade: args[7] as boolean,
              shouldKeepAlive: args[8] as boolean,
            },
      )) as never;
    this.parser[HTTPParser.kOnBody] = (chunk, offset, length) =>
      this.handler?.onData(
        offset === 0 && length === chunk.length ? chunk : chunk.subarray(offset, offset + length),
      );
    this.parser[HTTPParser.kOnMessageComplete] = () => this.onMessageComplete();
    this.socket.on("data", (data: Buffer) => this.onSocketData(data));
    this.socket.on("error", (error: Error & { code?: string }) => this.fail(error));
    this.socket.on("close", () => this.fail(undefined));
  }

  connect(request: OutgoingRequest, handler: ExchangeHandler): void {
    this.request = request;
    this.handler = handler;
    this.socket.once("connect", () => {
      clearTimeout(this.connectTimer);
      const { request, handler } = this;
      this.request = undefined;
      this.handler = undefined;
      if (request && handler) this.start(request, handler);
    });
  }

  usableAt(now: number): boolean {
    return this.state === "idle" && now < this.idleUntil;
  }

  start(request: OutgoingRequest, handler: ExchangeHandler): void {
    this.state = "busy";
    this.request = request;
    this.handler = handler;
    this.interim = false;
    this.headSent = false;
    this.requestDone = false;
    this.lastHeard = performance.now();
    const reused = this.carried++ > 0;
    handler.onConnected(this, reused);
    // The handler may have aborted at once (its client already left).
    if (this.state !== "busy") return;
    this.socket.resume();
    this.socket.write(request.head, "latin1");
    if (request.body) this.sendBody(request.body, request.chunked === true);
    else this.requestDone = true;
  }

  private sendBody(body: NodeJS.ReadableStream, chunked: boolean): void {
    const socket = this.socket;
    const onData = (chunk: Buffer) => {
      if (chunked) {
        if (chunk.length === 0) return;
        socket.cork();
        socket.write(`${chunk.length.toString(16)}\r\n`, "latin1");
        socket.write(chunk);
        socket.write("\r\n", "latin1");
        socket.uncork();
      } else socket.write(chunk);
      if (socket.writableNeedDrain) {
        body.pause();
        socket.once("drain", () => body.resume());
      }
    };
    const onEnd = () => {
      stop();
      if (chunked) socket.write("0\r\n\r\n", "latin1");
      this.requestDone = true;
    };
    const onAborted = () => {
      stop();
      if (!this.requestDone) this.abort(new Error("the client left"));
    };
    const stop = () => {
      this.stopBody = undefined;
      body.off("data", onData);
      body.off("end", onEnd);
      body.off("error", onAborted);
      body.off("close", onAborted);
    };
    this.stopBody = stop;
    body.on("data", onData);
    body.on("end", onEnd);
    body.on("error", onAborted);
    body.on("close", onAborted);
  }

  /** UpstreamExchange: a slow client holds the upstream back instead of filling the router's memory. */
  pause(): void {
    this.socket.pause();
  }

  resume(): void {
    if (this.state === "busy") this.socket.resume();
  }

  /** UpstreamExchange: the one who asked is gone; the connection goes too (the upstream is mid-request). */
  abort(reason: Error): void {
    if (this.state !== "busy") return;
    this.handler = undefined;
    this.socket.destroy(reason);
  }

  private onSocketData(data: Buffer): void {
    if (this.state !== "busy") {
      // Bytes nobody asked for: the connection cannot be trusted with another request.
      this.socket.destroy();
      return;
    }
    this.lastHeard = performance.now();
    const result = this.parser.execute(data);
    if (result instanceof Error)
      this.fail(new UpstreamError("NOT_HTTP", `the answer is not HTTP/1.1 (${result.message})`));
  }

  private onHead(info: HeadInfo): number {
    if (this.state !== "busy") return 1;
    const status = info.statusCode;
    if (status === 101 || info.upgrade) {
      this.fail(
        new UpstreamError("NOT_HTTP", "the upstream switched protocols, which the router never asks for"),
      );
      return 1;
    }
    // 100 Continue, 103 Early Hints…: interim, the final answer follows on the same connection.
    this.interim = status < 200;
    if (this.interim) return 0;
    this.headSent = true;
    if (!info.shouldKeepAlive) this.reusable = false;
    this.keepAliveMs = Math.min(
      this.options.keepAliveMs,
      keepAliveHint(info.headers) ?? Number.POSITIVE_INFINITY,
    );
    this.handler?.onHead(status, info.headers);
    // A HEAD answer announces a body it does not carry.
    return this.request?.method === "HEAD" ? 1 : 0;
  }

  private onMessageComplete(): void {
    if (this.state !== "busy") return;
    if (this.interim) {
      this.interim = false;
      return;
    }
    const handler = this.handler;
    this.handler = undefined;
    this.request = undefined;
    // Bytes after the answer in the same read (a Content-Length too short…): the connection is out of step, and
    // what follows would be taken for the next request's answer.
    if (unparsedBytes(this.parser) > 0) this.reusable = false;
    // An answer that came before the whole body was sent (413, 401…) leaves the connection mid-request.
    if (!this.requestDone) {
      this.reusable = false;
      this.stopBody?.();
    }
    if (this.reusable) {
      this.state = "idle";
      this.idleUntil = performance.now() + this.keepAliveMs;
      // Read while idle, even if a slow client paused it: the upstream closing it must be seen at once.
      this.socket.resume();
      handler?.onEnd();
      this.client.released(this);
    } else {
      this.state = "gone";
      this.socket.destroy();
      this.client.gone(this);
      handler?.onEnd();
    }
  }

  checkDeadlines(now: number): void {
    if (this.state === "idle" && now >= this.idleUntil) this.socket.destroy();
    else if (
      this.state === "busy" &&
      this.options.idleAnswerMs &&
      now - this.lastHeard > this.options.idleAnswerMs
    )
      this.socket.destroy(
        new UpstreamError("TIMEOUT", `no answer from the upstream for ${this.options.idleAnswerMs / 1000} s`),
      );
  }

  destroy(error?: Error): void {
    this.socket.destroy(error);
  }

  /** The connection ended: a close-delimited body ends with it; anything else under way failed. */
  private fail(error: (Error & { code?: string }) | undefined): void {
    if (this.state === "gone") return;
    const connected = this.state !== "connecting";
    clearTimeout(this.connectTimer);
    // A body without a length ends with the connection: finish() completes it (onMessageComplete).
    if (!error && this.state === "busy" && this.headSent) this.parser.finish();
    const handler = this.handler;
    this.handler = undefined;
    this.state = "gone";
    this.stopBody?.();
    this.socket.destroy();
    this.client.gone(this);
    handler?.onError(toUpstreamError(error, connected, this.headSent), connected);
  }
}

/** What a handler may do with the exchange it was given. */
export interface UpstreamExchange {
  pause(): void;
  resume(): void;
  abort(reason: Error): void;
}

function toUpstreamError(
  error: (Error & { code?: string }) | undefined,
  connected: boolean,
  headSent: boolean,
): UpstreamError {
  if (error instanceof UpstreamError) return error;
  // Not connected: what the system said (ECONNREFUSED…), the reason a request moves to a sibling.
  if (!connected)
    return new UpstreamError(error?.code ?? "CLOSED", error?.code ?? error?.message ?? "closed");
  const what = headSent
    ? "connection closed before the end of the answer"
    : "connection closed before the answer";
  const detail = error?.code ?? error?.message;
  return new UpstreamError(error?.code ?? "CLOSED", detail ? `${what} (${detail})` : what);
}

/**
 * How much of the read being parsed is still ahead of the parser. http-parser-js (pinned in package.json) keeps
 * its place in `offset` and the read's end in `end` while `execute` runs; it has no public call for this.
 */
function unparsedBytes(parser: object): number {
  const { offset, end } = parser as unknown as { offset?: number; end?: number };
  return typeof offset === "number" && typeof end === "number" ? end - offset : 0;
}

/** `Keep-Alive: timeout=N` of the answer, in ms less the margin; undefined without one. */
function keepAliveHint(headers: string[]): number | undefined {
  for (let index = 0; index < headers.length; index += 2) {
    const name = headers[index]!;
    if (name.length !== 10 || name.toLowerCase() !== "keep-alive") continue;
    const seconds = /(?:^|[,;\s])timeout=(\d{1,6})/i.exec(headers[index + 1]!)?.[1];
    if (seconds !== undefined) return Math.max(0, Number(seconds) * 1000 - HINT_MARGIN_MS);
  }
  return undefined;
}
