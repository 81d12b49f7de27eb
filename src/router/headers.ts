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
 * The headers of one hop, ready for the next, as [name, value, …] in the order and case they came (Node's
 * rawHeaders, or the upstream's answer): the standard hop-by-hop ones, every header the Connection header
 * names, and `drop` (lower case) are left out, in either direction (a client could otherwise hide a header
 * from the router only, or an upstream a header from the client only). It runs twice per request: one pass
 * to find Connection, one to copy, and no object in between.
 */
export function endToEndHeaders(raw: readonly string[], drop?: ReadonlySet<string>): string[] {
  let named: Set<string> | undefined;
  for (let index = 0; index < raw.length; index += 2) {
    if (raw[index]!.length !== 10 || raw[index]!.toLowerCase() !== "connection") continue;
    named ??= new Set();
    for (const token of raw[index + 1]!.split(",")) {
      const name = token.trim().toLowerCase();
      if (name && !KEPT.has(name)) named.add(name);
    }
  }
  const out: string[] = [];
  for (let index = 0; index < raw.length; index += 2) {
    const name = raw[index]!.toLowerCase();
    if (HOP_BY_HOP.has(name) || named?.has(name) || drop?.has(name)) continue;
    out.push(raw[index]!, raw[index + 1]!);
  }
  return out;
}
