import type http from "node:http";
import type { Color } from "../drivers/types.ts";
import { endToEndHeaders } from "./headers.ts";
import type { ColorPool, Upstream } from "./pool.ts";
import type { ExchangeHandler, OutgoingRequest, UpstreamError, UpstreamExchange } from "./upstream-client.ts";

/** Where one client request stands across its attempts. */
interface Attempt {
  /** Upstreams that refused its connection: not tried again for this request. */
  refused?: Set<Upstream>;
  /** Whether the one resend after a reused keep-alive connection closed under it was spent. */
  resent: boolean;
  /** Why the last upstream failed, for the 502 when no upstream is left. */
  lastFailure?: string;
  /**
   * While a canary weight splits traffic, the other color: when every upstream of this one refused (nothing
   * was sent), the request goes there rather than failing.
   */
  otherColor?: () => void;
}

const IDEMPOTENT = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Connect errors that say the upstream is not there (not that this machine ran out of sockets or files): the
 * upstream is taken out of the pool at once. Any connect error still moves the request to a sibling.
 */
const UPSTREAM_GONE = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "EHOSTUNREACH",
  "EHOSTDOWN",
  "ENETUNREACH",
  "ETIMEDOUT",
  "ENOTFOUND",
  "EAI_AGAIN",
  // The client's connect timeout: nothing answered the SYN in time.
  "CONNECT_TIMEOUT",
]);

/**
 * Request headers the router sets itself or cannot pass on: X-Forwarded-For is the address the router saw (a
 * client's own would be believed otherwise), and Node's server already answered `Expect: 100-continue`.
 */
const REPLACED = new Set(["x-forwarded-for", "expect"]);

/**
 * Sends one client request to an upstream of `pool` and its answer back. When the connection to the upstream
 * fails, nothing of the request has left the router (the body is read only once the connection is up), so it
 * goes at once to a sibling, whatever its method; once sent, only the existing resend applies: an idempotent
 * request whose reused keep-alive connection closed before any answer.
 */
export function forward(
  pool: ColorPool,
  color: Color,
  request: http.IncomingMessage,
  response: http.ServerResponse,
  attempt: Attempt = { resent: false },
): void {
  // The client left while the request moved to a sibling: nobody to answer.
  if (response.destroyed) return;
  const upstream = pool.pick(attempt.refused);
  if (!upstream) {
    if (attempt.lastFailure && attempt.otherColor) attempt.otherColor();
    else if (attempt.lastFailure) reply(response, 502, color, attempt.lastFailure);
    else reply(response, 503, color, `no upstream for ${color}`);
    return;
  }
  upstream.connections.dispatch(
    outgoing(request, upstream),
    new Exchange(pool, color, upstream, request, response, attempt),
  );
}

/**
 * The request as the upstream gets it, its head written out once: the client's request line and end-to-end
 * headers as they came (Node's parser has checked them: no CR or LF can be in a name, value or target), framed
 * as it came: with its Content-Length, or chunked.
 */
function outgoing(request: http.IncomingMessage, upstream: Upstream): OutgoingRequest {
  const raw = request.rawHeaders;
  const method = request.method ?? "GET";
  let head = `${method} ${request.url ?? "/"} HTTP/1.1\r\n`;
  let hasHost = false;
  const headers = endToEndHeaders(raw, REPLACED);
  for (let index = 0; index < headers.length; index += 2) {
    const name = headers[index]!;
    if (name.length === 4 && name.toLowerCase() === "host") hasHost = true;
    head += `${name}: ${headers[index + 1]}\r\n`;
  }
  // An HTTP/1.0 client may send no Host; HTTP/1.1 requires one.
  if (!hasHost) head += `host: ${upstream.url.host}\r\n`;
  head += `x-forwarded-for: ${request.socket.remoteAddress ?? ""}\r\n`;
  const chunked =
    request.headers["content-length"] === undefined && request.headers["transfer-encoding"] !== undefined;
  if (chunked) head += "transfer-encoding: chunked\r\n";
  head += "\r\n";
  return { head, method, body: carriesBody(request) ? request : undefined, chunked };
}

/** Whether the request has a body to pass on (Node's server has checked its framing). */
function carriesBody(request: http.IncomingMessage): boolean {
  const length = request.headers["content-length"];
  return length === undefined ? request.headers["transfer-encoding"] !== undefined : length !== "0";
}

/** One attempt of one request on one upstream. */
class Exchange implements ExchangeHandler {
  private connected = false;
  private settled = false;
  private reused = false;
  private exchange: UpstreamExchange | undefined;

  constructor(
    private readonly pool: ColorPool,
    private readonly color: Color,
    private readonly upstream: Upstream,
    private readonly request: http.IncomingMessage,
    private readonly response: http.ServerResponse,
    private readonly attempt: Attempt,
  ) {}

  /** The connection is up and the request is about to be written on it. */
  onConnected(exchange: UpstreamExchange, reused: boolean): void {
    this.connected = true;
    this.reused = reused;
    this.exchange = exchange;
    this.upstream.inFlight++;
    if (this.response.destroyed) {
      this.clientLeft();
      return;
    }
    // A client that leaves stops the upstream request too: its connection is not held for nobody.
    this.response.once("close", this.clientLeft);
  }

  private readonly clientLeft = (): void => {
    if (this.settled) return;
    this.settle();
    this.exchange?.abort(new Error("the client left"));
  };

  onHead(status: number, headers: string[]): void {
    const out = endToEndHeaders(headers);
    out.push("x-terrafusion-color", this.color);
    this.response.writeHead(status, out);
  }

  onData(chunk: Buffer): void {
    // Backpressure: a slow client pauses the upstream instead of filling the router's memory.
    if (!this.response.write(chunk)) {
      const exchange = this.exchange!;
      exchange.pause();
      this.response.once("drain", () => exchange.resume());
    }
  }

  onEnd(): void {
    this.settle();
    this.dropUnsentBody();
    this.response.end();
  }

  /**
   * An answer before the end of the client's body (413…, or a 502 mid-body): the rest is read and dropped, or
   * the client's keep-alive connection would stay stuck mid-request, its body held back for an upstream
   * connection now gone.
   */
  private dropUnsentBody(): void {
    if (this.connected && !this.request.complete) this.request.resume();
  }

  onError(error: UpstreamError, connected: boolean): void {
    this.settle();
    const { pool, color, upstream, request, response, attempt } = this;
    if (response.destroyed) return;
    const reason = reasonOf(error);
    const failure = `upstream ${upstream.url.host} (${color}): ${reason}`;
    if (response.headersSent) {
      response.destroy();
      return;
    }
    if (!connected) {
      if (UPSTREAM_GONE.has(error.code))
        pool.markDown(upstream, `${reason} (passive: a request could not connect)`);
      const refused = attempt.refused ?? new Set<Upstream>();
      refused.add(upstream);
      forward(pool, color, request, response, { ...attempt, refused, lastFailure: failure });
      return;
    }
    // An idle keep-alive connection the upstream closed at the same moment we reused it: the request most
    // likely never reached the upstream, so an idempotent one is safe to send again (what browsers and nginx do),
    // unless it had a body: that went out with the first attempt and cannot be read twice.
    if (!attempt.resent && IDEMPOTENT.has(request.method ?? "") && this.reused && !carriesBody(request)) {
      forward(pool, color, request, response, { ...attempt, resent: true, lastFailure: failure });
      return;
    }
    this.dropUnsentBody();
    reply(response, 502, color, failure);
  }

  private settle(): void {
    if (this.settled) return;
    this.settled = true;
    this.response.off("close", this.clientLeft);
    if (this.connected) this.upstream.inFlight--;
  }
}

/** What went wrong, in a few words: the system's code, or what the client's own errors mean. */
function reasonOf(error: UpstreamError): string {
  return error.code === "CONNECT_TIMEOUT" ? "connect timeout" : error.message;
}

/** An answer of the router's own, marked with the color like a proxied one, so clients and tests can tell. */
export function reply(response: http.ServerResponse, status: number, color: Color, message: string): void {
  response.writeHead(status, { "content-type": "text/plain; charset=utf-8", "x-terrafusion-color": color });
  response.end(`${message}\n`);
}
