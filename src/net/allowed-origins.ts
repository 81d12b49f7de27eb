/**
 * The outgoing addresses an operator allows, as a comma-separated list of origins in an environment
 * variable (`http://127.0.0.1:9901, https://prometheus.internal:*`): a port may be `*`. What a
 * repository's policy names (a router's admin URL, a Prometheus server, a JSON endpoint) is requested by
 * the app server only when its origin is listed: the policy is the repository's, the network the operator's.
 */
export function allowedOrigins(list: string): (url: URL) => boolean {
  const entries = list
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean)
    .map(parseAllowed);
  return (url) => entries.some((allowed) => allowed(url));
}

function parseAllowed(entry: string): (url: URL) => boolean {
  const anyPort = /:\*$/.test(entry);
  const allowed = new URL(anyPort ? entry.replace(/:\*$/, "") : entry);
  return (url) =>
    url.protocol === allowed.protocol &&
    url.hostname === allowed.hostname &&
    (anyPort || url.port === allowed.port);
}
