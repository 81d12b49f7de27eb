import http from "node:http";
import type { Color } from "../drivers/types.ts";
import { bodyFraming, endToEndHeaders } from "./headers.ts";
import type { ColorPool, Upstream } from "./pool.ts";

/** Where one client request stands across its attempts. */
interface Attempt {
  /** Upstreams that refused its connection: not tried again for this request. */
  refused: Set<Upstream>;
  /** Whether the one resend after a reused keep-alive connection closed under it was spent. */
  resent: boolean;
  /** Why the last upstream failed, for the 502 when no upstream is left. */
  lastFailure?: string;
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
]);

/**
 * Sends one client request to an upstream of `pool` and its answer back. When the connection to the upstream
 * fails, nothing of the request has left the router (its body is held until the connection is up), so it goes
 * at once to a sibling, whatever its method; once sent, only the existing resend applies: an idempotent request
 * whose reused keep-alive connection closed before any answer.
 */
export function forward(
  pool: ColorPool,
  color: Color,
  request: http.IncomingMessage,
  response: http.ServerResponse,
  attempt: Attempt = { refused: new Set(), resent: false },
): void {
  // The client left while the request moved to a sibling: nobody to answer.
  if (response.destroyed) return;
  const upstream = pool.pick(attempt.refused);
  if (!upstream) {
    if (attempt.lastFailure) reply(response, 502, color, attempt.lastFailure);
    else reply(response, 503, color, `no upstream for ${color}`);
    return;
  }
  const headers: http.OutgoingHttpHeaders = {
    ...endToEndHeaders(request.headers),
    ...bodyFraming(request),
    "x-forwarded-for": request.socket.remoteAddress ?? "",
  };
  const outgoing = http.request(
    {
      agent: pool.agent,
      // URL keeps an IPv6 address in brackets; the socket wants it bare.
      hostname: upstream.url.hostname.replace(/^\[(.*)\]$/, "$1"),
      port: upstream.url.port,
      method: request.method,
      path: request.url,
      headers,
    },
    (upstreamResponse) => {
      const out = endToEndHeaders(upstreamResponse.headers);
      out["x-terrafusion-color"] = color;
      response.writeHead(upstreamResponse.statusCode ?? 502, out);
      upstreamResponse.pipe(response);
      upstreamResponse.on("error", () => response.destroy());
    },
  );
  let connected = false;
  const hasBody =
    request.headers["transfer-encoding"] !== undefined ||
    (request.headers["content-length"] !== undefined && request.headers["content-length"] !== "0");
  const onConnected = () => {
    connected = true;
    upstream.inFlight++;
    if (!hasBody) return;
    if (request.readableEnded) outgoing.end();
    else request.pipe(outgoing);
  };
  // Hold the body until the connection is up: a refused connection then leaves it unread, for the sibling.
  outgoing.once("socket", (socket) => {
    if (socket.connecting) socket.once("connect", onConnected);
    else onConnected();
  });
  // Without a body there is nothing to hold back: a refused connection has still sent nothing. Ending at
  // once also matters where the request waits for its end before it connects (an HTTP interceptor in tests).
  if (!hasBody) outgoing.end();
  outgoing.once("close", () => {
    if (connected) upstream.inFlight--;
  });

  outgoing.on("error", (error: NodeJS.ErrnoException) => {
    const reason = error.code ?? error.message;
    const failure = `upstream ${upstream.url.host} (${color}): ${reason}`;
    if (response.headersSent) {
      response.destroy();
      return;
    }
    if (!connected) {
      if (error.code && UPSTREAM_GONE.has(error.code))
        pool.markDown(upstream, `${reason} (passive: a request could not connect)`);
      attempt.refused.add(upstream);
      forward(pool, color, request, response, { ...attempt, lastFailure: failure });
      return;
    }
    // An idle keep-alive socket the upstream closed at the same moment we reused it: the request most likely
    // never reached the upstream, so an idempotent one is safe to send again (what browsers and nginx do).
    if (!attempt.resent && IDEMPOTENT.has(request.method ?? "") && outgoing.reusedSocket) {
      forward(pool, color, request, response, { ...attempt, resent: true, lastFailure: failure });
      return;
    }
    reply(response, 502, color, failure);
  });
}

/** An answer of the router's own, marked with the color like a proxied one, so clients and tests can tell. */
export function reply(response: http.ServerResponse, status: number, color: Color, message: string): void {
  response.writeHead(status, { "content-type": "text/plain; charset=utf-8", "x-terrafusion-color": color });
  response.end(`${message}\n`);
}
