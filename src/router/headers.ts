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
 * get the router's idea of the host instead of the client's. Transfer-Encoding, the client hop's framing, is
 * dropped: the router frames what it passes on itself (Content-Length kept, otherwise chunked).
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
