import type http from "node:http";

/** RFC 9110 §7.6.1: headers that describe one connection, never forwarded (proxy-connection: old clients' alias). */
const HOP_BY_HOP: ReadonlySet<string> = new Set([
  "connection",
  "keep-alive",
  "proxy-connection",
  "proxy-authenticate",
  "proxy-authorization",
  "te",
  "trailer",
  "transfer-encoding",
  "upgrade",
]);

/**
 * End-to-end headers a sender may not name away (RFC 9110 forbids naming them in Connection): without
 * Content-Length the router would send the body it passes on unframed, and without Host the upstream would
 * get the router's idea of the host instead of the client's.
 */
const KEPT = new Set(["content-length", "host"]);

/**
 * The headers of one hop, ready for the next: the standard hop-by-hop ones and every header the Connection
 * header names are left out, in either direction (a client could otherwise hide a header from the router
 * only, or an upstream a header from the client only).
 */
export function endToEndHeaders(headers: http.IncomingHttpHeaders): http.OutgoingHttpHeaders {
  const named = new Set(
    (headers.connection ?? "")
      .split(",")
      .map((token) => token.trim().toLowerCase())
      .filter((token) => token && !KEPT.has(token)),
  );
  const out: http.OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers))
    if (value !== undefined && !HOP_BY_HOP.has(name) && !named.has(name)) out[name] = value;
  return out;
}

/**
 * Transfer-Encoding is the client's hop's framing: dropped above, it is replaced by the router's own, so a
 * body that came chunked goes on chunked (Node encodes it) instead of unframed on a GET, which an upstream
 * would read as the next request.
 */
export function bodyFraming(request: http.IncomingMessage): http.OutgoingHttpHeaders {
  if (request.headers["content-length"] === undefined && request.headers["transfer-encoding"] !== undefined)
    return { "transfer-encoding": "chunked" };
  return {};
}
