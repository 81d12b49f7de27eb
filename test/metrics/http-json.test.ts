import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConfigError } from "../../src/errors.ts";
import { operatorMetricsGuard } from "../../src/metrics/address-guard.ts";
import { HttpJsonProvider, select } from "../../src/metrics/http-json.ts";
import { metricProvider } from "../../src/metrics/providers.ts";
import { substitutePromql, substituteUrl } from "../../src/metrics/template.ts";

// A JSON endpoint on 127.0.0.1 that answers per path, as a team's own status service would.
describe("the http provider against a loopback JSON endpoint", () => {
  let server: http.Server;
  let base: string;
  const seen: { url: string; headers: http.IncomingHttpHeaders }[] = [];

  beforeAll(async () => {
    server = http.createServer((request, response) => {
      seen.push({ url: request.url ?? "", headers: request.headers });
      const url = new URL(request.url ?? "/", "http://x");
      const json = (status: number, body: unknown) => {
        response.writeHead(status, { "content-type": "application/json" });
        response.end(JSON.stringify(body));
      };
      if (url.pathname.startsWith("/status/")) {
        const color = decodeURIComponent(url.pathname.slice("/status/".length));
        return json(200, {
          color,
          errorRate: color === "green" ? 0.2 : 0.001,
          checks: [{ ok: true }, { ok: color !== "green" }],
        });
      }
      if (url.pathname === "/broken") return json(503, { error: "down" });
      if (url.pathname === "/text") return response.end("<html>");
      if (url.pathname === "/redirect") {
        response.writeHead(302, { location: "http://127.0.0.1:1/elsewhere" });
        return response.end();
      }
      if (url.pathname === "/huge") {
        response.writeHead(200, { "content-type": "application/json" });
        // Chunked, so the size is only known by reading: the provider stops at its limit.
        const chunk = `[${"0,".repeat(32 * 1024)}0]`;
        for (let i = 0; i < 40; i++) response.write(chunk);
        return response.end();
      }
      if (url.pathname === "/slow") return setTimeout(() => json(200, { v: 1 }), 2_000);
      json(404, {});
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it("reads the value at the JSONPath, with the color substituted and the policy's headers sent", async () => {
    const provider = new HttpJsonProvider({
      url: `${base}/status/{{color}}?v={{version}}`,
      jsonPath: "$.errorRate",
      headers: { "x-team": "shop" },
    });
    expect(await provider.read({ color: "green", version: "v3 & more" })).toEqual({
      kind: "values",
      series: [{ value: 0.2 }],
    });
    expect(seen.at(-1)).toMatchObject({
      url: "/status/green?v=v3%20%26%20more",
      headers: { "x-team": "shop" },
    });
    // Several matches are several series.
    const checks = new HttpJsonProvider({ url: `${base}/status/{{color}}`, jsonPath: "$.checks[*].ok" });
    expect(await checks.read({ color: "green" })).toEqual({
      kind: "values",
      series: [{ value: true }, { value: false }],
    });
  });

  it("calls no match inconclusive, and an HTTP error, a body that is not JSON, a redirect, a huge or slow answer errors", async () => {
    const read = (path: string, jsonPath = "$.v", timeoutMs?: number) =>
      new HttpJsonProvider({ url: `${base}${path}`, jsonPath, timeoutMs }).read({ color: "blue" });
    expect(await read("/status/blue", "$.nothing")).toEqual({
      kind: "empty",
      detail: "nothing at $.nothing",
    });
    expect(await read("/broken")).toEqual({ kind: "error", detail: `${base}/broken answered 503` });
    expect(await read("/text")).toEqual({ kind: "error", detail: `${base}/text answered 200 without JSON` });
    expect(await read("/redirect")).toEqual({
      kind: "error",
      detail: `${base}/redirect answered 302 (a redirect, which is not followed)`,
    });
    expect(await read("/huge")).toEqual({
      kind: "error",
      detail: `${base}/huge: the answer goes past the 1048576-byte limit`,
    });
    expect(await read("/slow", "$.v", 300)).toEqual({
      kind: "error",
      detail: `${base}/slow: no answer within 300 ms`,
    });
  });

  it("requests only what the operator allows on the app server (TERRAFUSION_APP_METRICS_URLS)", async () => {
    const guard = operatorMetricsGuard({
      TERRAFUSION_APP_METRICS_URLS: "http://127.0.0.1:*, https://prometheus.internal",
    });
    const metric = { http: { url: `${base}/status/{{color}}`, "json-path": "$.errorRate" } };
    const allowed = metricProvider("status", metric, { guard });
    expect((await allowed.read({ color: "blue" })).kind).toBe("values");
    const nothingListed = operatorMetricsGuard({});
    expect(() => metricProvider("status", metric, { guard: nothingListed })).toThrow(ConfigError);
    expect(() =>
      metricProvider("prom", { prometheus: { address: "http://10.0.0.1:9090", query: "up" } }, { guard }),
    ).toThrow(
      "metric prom: this app may not request Prometheus at http://10.0.0.1:9090 (its operator lists the metric addresses it may request in TERRAFUSION_APP_METRICS_URLS)",
    );
    // Built-in providers need the environment's driver.
    expect(() => metricProvider("probe", { probe: { path: "/healthz" } }, {})).toThrow(
      /needs the environment's driver/,
    );
  });
});

describe("what a JSONPath may do", () => {
  it("selects, but never evaluates a script (eval is off)", () => {
    const json = { a: [{ b: 1 }, { b: 2 }], c: null, d: { e: 1 } };
    expect(select(json, "$.a[*].b")).toEqual({ kind: "values", series: [{ value: 1 }, { value: 2 }] });
    expect(select(json, "$.c")).toEqual({ kind: "values", series: [{ value: null }] });
    expect(select(json, "$.d")).toEqual({ kind: "values", series: [{ value: null }] });
    const hostile = select(json, "$.a[?(@.constructor.constructor('return process')().exit())]");
    expect(hostile.kind).toBe("error");
  });
});

describe("placeholders", () => {
  it("escapes a value for a PromQL string, and refuses quotes it cannot escape there", () => {
    expect(
      substitutePromql('x{color="{{color}}",v="{{ version }}"}', { color: "green", version: 'a"b\\c' }),
    ).toBe('x{color="green",v="a\\"b\\\\c"}');
    expect(() => substitutePromql('x{v="{{version}}"}', { color: "blue", version: "it's" })).toThrow(
      /holds a quote/,
    );
    expect(() => substitutePromql('x{v="{{version}}"}', { color: "blue" })).toThrow(/has no version/);
    expect(substitutePromql("x{{other}}", { color: "blue" })).toBe("x{{other}}");
  });

  it("percent-encodes a value in a URL, so it cannot add a path, a query or a host", () => {
    expect(substituteUrl("http://h/s/{{version}}", { color: "blue", version: "../../admin?x=1#" })).toBe(
      "http://h/s/..%2F..%2Fadmin%3Fx%3D1%23",
    );
  });
});
