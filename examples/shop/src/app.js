// The shop's HTTP API. The version picks the behaviour the demo needs:
//   v1, v2: healthy (v2 adds /cart/total); v3: faulty (slow, and failing on a share of requests).
import { createServer } from "node:http";
import { cartTotal, formatCents } from "./cart.js";
import { createMetrics } from "./metrics.js";

const products = [
  { id: 1, name: "tea", priceCents: 450 },
  { id: 2, name: "cup", priceCents: 1200 },
];

export function createShop({ version = "v2", random = Math.random, delay = setTimeout } = {}) {
  const faulty = version === "v3";
  const metrics = createMetrics(version);
  return createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://shop");
    const reply = (status, body) => {
      metrics.count(url.pathname, status);
      response.writeHead(status, { "content-type": "application/json", "x-version": version });
      response.end(JSON.stringify(body));
    };
    if (url.pathname === "/metrics") {
      response.writeHead(200, { "content-type": "text/plain; version=0.0.4" });
      return response.end(metrics.text());
    }
    if (url.pathname === "/healthz") return reply(200, { ok: true, version });
    const handle = () => {
      if (faulty && random() < 0.2) return reply(500, { error: "inventory backend unavailable" });
      if (url.pathname === "/" || url.pathname === "/products") return reply(200, { version, products });
      if (url.pathname === "/cart/total" && version !== "v1") {
        const items = [
          { priceCents: 450, quantity: 2 },
          { priceCents: 1200, quantity: 1 },
        ];
        return reply(200, { total: formatCents(cartTotal(items, 10)) });
      }
      return reply(404, { error: "not found" });
    };
    if (faulty) delay(handle, 120 + random() * 80);
    else handle();
  });
}
