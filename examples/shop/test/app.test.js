import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { once } from "node:events";
import { after, before, describe, test } from "node:test";
import { createShop } from "../src/app.js";

async function serve(options) {
  const server = createShop(options);
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const base = `http://127.0.0.1:${server.address().port}`;
  return {
    server,
    get: (path) => fetch(base + path),
    close: () => {
      server.close();
      server.closeAllConnections();
    },
  };
}

describe("the shop v2", () => {
  let shop;
  before(async () => {
    shop = await serve({ version: "v2" });
  });
  after(() => shop.close());

  test("answers its health check with its version", async () => {
    const response = await shop.get("/healthz");
    assert.equal(response.status, 200);
    assert.equal(response.headers.get("x-version"), "v2");
    assert.deepEqual(await response.json(), { ok: true, version: "v2" });
  });

  test("lists the products", async () => {
    const body = await (await shop.get("/products")).json();
    assert.deepEqual(
      body.products.map((p) => p.name),
      ["tea", "cup"],
    );
  });

  test("totals a cart with the discount", async () => {
    assert.deepEqual(await (await shop.get("/cart/total")).json(), { total: "18.90 EUR" });
  });

  test("answers 404 for what it does not have", async () => {
    assert.equal((await shop.get("/nothing")).status, 404);
  });
});

test("v1 has no cart total yet", async () => {
  const shop = await serve({ version: "v1" });
  assert.equal((await shop.get("/cart/total")).status, 404);
  shop.close();
});

test("v3 is slow and fails a share of requests", async () => {
  // Each request draws its delay, then whether it fails.
  const draws = [0.5, 0.1, 0.5, 0.5];
  const shop = await serve({ version: "v3", random: () => draws.shift() ?? 0.5, delay: (fn) => fn() });
  assert.equal((await shop.get("/products")).status, 500);
  assert.equal((await shop.get("/products")).status, 200);
  shop.close();
});

test("/metrics counts answers by route and status, in Prometheus's text format", async () => {
  const draws = [0.5, 0.1, 0.5, 0.5];
  const shop = await serve({ version: "v3", random: () => draws.shift() ?? 0.5, delay: (fn) => fn() });
  await shop.get("/products");
  await shop.get("/products");
  await shop.get("/nowhere/../secret");
  const response = await shop.get("/metrics");
  assert.match(response.headers.get("content-type"), /^text\/plain/);
  const lines = (await response.text()).split("\n");
  assert.ok(lines.includes("# TYPE shop_http_requests_total counter"));
  assert.ok(lines.includes('shop_http_requests_total{version="v3",route="/products",status="500"} 1'));
  assert.ok(lines.includes('shop_http_requests_total{version="v3",route="/products",status="200"} 1'));
  // Paths outside the routes share one label; /metrics itself is not counted.
  assert.ok(
    lines.some((line) => line.startsWith('shop_http_requests_total{version="v3",route="other",status="')),
  );
  assert.ok(!lines.some((line) => line.includes('route="/metrics"')));
  shop.close();
});

test("the server entry listens where PORT says and stops on SIGTERM", async () => {
  const child = spawn(process.execPath, ["src/server.js"], {
    env: { ...process.env, PORT: "0", VERSION: "v2" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const [line] = await once(child.stdout, "data");
  const url = /listening on (http:\/\/\S+)/.exec(String(line))[1];
  assert.equal((await fetch(`${url}/healthz`)).status, 200);
  child.kill("SIGTERM");
  const [code] = await once(child, "exit");
  assert.equal(code, 0);
});
