// The shop's own request counter, in Prometheus's text exposition format (version 0.0.4), so that a
// Prometheus server can tell a faulty version by its share of 5xx answers.
const ROUTES = new Set(["/", "/products", "/cart/total", "/healthz"]);

export function createMetrics(version) {
  const counts = new Map();
  return {
    /** Counts one answer; unknown paths share one label so that a scan cannot grow the series without end. */
    count(pathname, status) {
      const route = ROUTES.has(pathname) ? pathname : "other";
      const key = `${route} ${status}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    },
    text() {
      const lines = [
        "# HELP shop_http_requests_total Requests answered, by route and status.",
        "# TYPE shop_http_requests_total counter",
      ];
      for (const [key, value] of [...counts].sort()) {
        const [route, status] = key.split(" ");
        lines.push(
          `shop_http_requests_total{version="${label(version)}",route="${route}",status="${status}"} ${value}`,
        );
      }
      return `${lines.join("\n")}\n`;
    },
  };
}

function label(value) {
  return String(value).replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n");
}
