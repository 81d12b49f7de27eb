import { subscribe } from "node:diagnostics_channel";
import type http from "node:http";
import type { Dispatcher } from "undici";
import type { Color } from "../drivers/types.ts";
import { endToEndHeaders } from "./headers.ts";
import type { ColorPool, Upstream } from "./pool.ts";

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
  // The pool's connect timeout: nothing answered the SYN in time.
  "UND_ERR_CONNECT_TIMEOUT",
]);

/**
 * Whether a request went out on a connection that had carried one before: what Node's `reusedSocket` says and
 * undici does not. undici announces every request it writes, with its socket, right after it told the
 * request's handler (onRequestStart) in the same synchronous call, so the handler leaves itself here and the
 * announcement fills it in.
 */
const carried = new WeakSet<object>();
let announcing: { reused: boolean } | undefined;
subscribe("undici:client:sendHeaders", (message) => {
  const exchange = announcing;
  announcing = undefined;
  if (!exchange) return;
  const { socket } = message as { socket: object };
  exchange.reused = carried.has(socket);
  carried.add(socket);
});

/**
 * Sends one client request to an upstream of `pool` and its answer back. When the connection to the upstream
 * fails, nothing of the request has left the router (undici reads the body only once the connection is up), so
 * it goes at once to a sibling, whatever its method; once sent, only the existing resend applies: an
 * idempotent request whose reused keep-alive connection closed before any answer.
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
  const headers = endToEndHeaders(request.headers);
  // Node's server already answered `Expect: 100-continue`; undici refuses to send the header on.
  delete headers.expect;
  headers["x-forwarded-for"] = request.socket.remoteAddress ?? "";
  upstream.connections.dispatch(
    {
      path: request.url ?? "/",
      method: request.method ?? "GET",
      headers: headers as Record<string, string | string[]>,
      // undici writes (async) iterables chunked; its types name only streams and buffers.
      body: bodyOf(request) as Dispatcher.DispatchOptions["body"],
    },
    new Exchange(pool, color, upstream, request, response, attempt),
  );
}

/**
 * The body to pass on, framed as it came: with its Content-Length (undici checks the length), or chunked. A
 * chunked body goes as a generator, which undici cannot measure: given the stream, it would send a body that
 * already arrived whole with a Content-Length of its own. Either way undici reads nothing before the
 * connection is up, so a refused connection leaves the body whole for a sibling.
 */
function bodyOf(request: http.IncomingMessage): http.IncomingMessage | AsyncIterable<Buffer> | null {
  const length = request.headers["content-length"];
  if (length !== undefined) return length === "0" ? null : request;
  if (request.headers["transfer-encoding"] === undefined) return null;
  return (async function* chunks() {
    for await (const chunk of request) yield chunk as Buffer;
  })();
}

/** One attempt of one request on one upstream, as undici's handler. */
class Exchange implements Dispatcher.DispatchHandler {
  reused = false;
  private connected = false;
  private settled = false;

  constructor(
    private readonly pool: ColorPool,
    private readonly color: Color,
    private readonly upstream: Upstream,
    private readonly request: http.IncomingMessage,
    private readonly response: http.ServerResponse,
    private readonly attempt: Attempt,
  ) {}

  /** The connection is up and the request is about to be written on it. */
  onRequestStart(controller: Dispatcher.DispatchController): void {
    this.connected = true;
    this.upstream.inFlight++;
    announcing = this;
    if (this.response.destroyed) {
      controller.abort(new Error("the client left"));
      return;
    }
    // A client that leaves stops the upstream request too: its connection is not held for nobody.
    this.response.once("close", () => {
      if (!this.settled) controller.abort(new Error("the client left"));
    });
  }

  onResponseStart(
    _controller: Dispatcher.DispatchController,
    statusCode: number,
    headers: http.IncomingHttpHeaders,
  ): void {
    const out = endToEndHeaders(headers);
    out["x-terrafusion-color"] = this.color;
    this.response.writeHead(statusCode, out);
  }

  onResponseData(controller: Dispatcher.DispatchController, chunk: Buffer): void {
    // Backpressure: a slow client pauses the upstream instead of filling the router's memory.
    if (!this.response.write(chunk)) {
      controller.pause();
      this.response.once("drain", () => controller.resume());
    }
  }

  onResponseEnd(): void {
    this.settle();
    this.response.end();
  }

  onResponseError(_controller: Dispatcher.DispatchController, error: Error & { code?: string }): void {
    this.settle();
    const { pool, color, upstream, request, response, attempt } = this;
    if (response.destroyed) return;
    const reason = reasonOf(error);
    const failure = `upstream ${upstream.url.host} (${color}): ${reason}`;
    if (response.headersSent) {
      response.destroy();
      return;
    }
    if (!this.connected) {
      if (error.code && UPSTREAM_GONE.has(error.code))
        pool.markDown(upstream, `${reason} (passive: a request could not connect)`);
      const refused = attempt.refused ?? new Set<Upstream>();
      refused.add(upstream);
      forward(pool, color, request, response, { ...attempt, refused, lastFailure: failure });
      return;
    }
    // An idle keep-alive connection the upstream closed at the same moment we reused it: the request most
    // likely never reached the upstream, so an idempotent one is safe to send again (what browsers and nginx do).
    if (!attempt.resent && IDEMPOTENT.has(request.method ?? "") && this.reused) {
      forward(pool, color, request, response, { ...attempt, resent: true, lastFailure: failure });
      return;
    }
    reply(response, 502, color, failure);
  }

  private settle(): void {
    if (this.settled) return;
    this.settled = true;
    if (this.connected) this.upstream.inFlight--;
  }
}

/** What went wrong, in a few words: the system's code, or what undici's own errors mean. */
function reasonOf(error: Error & { code?: string }): string {
  if (error.code === "UND_ERR_CONNECT_TIMEOUT") return "connect timeout";
  if (error.code === "UND_ERR_SOCKET") return `connection closed before the answer (${error.message})`;
  return error.code ?? error.message;
}

/** An answer of the router's own, marked with the color like a proxied one, so clients and tests can tell. */
export function reply(response: http.ServerResponse, status: number, color: Color, message: string): void {
  response.writeHead(status, { "content-type": "text/plain; charset=utf-8", "x-terrafusion-color": color });
  response.end(`${message}\n`);
}
