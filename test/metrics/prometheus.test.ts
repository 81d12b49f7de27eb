import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseCondition } from "../../src/core/condition.ts";
import { PrometheusProvider } from "../../src/metrics/prometheus.ts";
import { metricRuns } from "../../src/metrics/providers.ts";
import { freeLoopbackPorts } from "../../src/net/free-port.ts";
import { policySchema } from "../../src/policy/schema/index.ts";
import { judgeReading, type MetricPlan } from "../../src/promotion/metric-analysis.ts";
import { runMetrics } from "../../src/promotion/metric-run.ts";
import { type Router, startRouter } from "../../src/router/index.ts";
import { pacedTraffic } from "../router/traffic.ts";
import { startPrometheus, startShop } from "./prometheus-harness.ts";

// A real Prometheus (Debian's 2.42) on 127.0.0.1 scrapes, every second, the router's /metrics and the example
// shop's own /metrics: v2 behind the router as blue (healthy), v3 as green (fails about 20 % of /products).
// Traffic runs for the whole file: rates over the last 10 s need fresh samples.
const TOKEN = "prometheus-test-token";
const SHOP_ERROR_RATE =
  '(sum(rate(shop_http_requests_total{color="{{color}}",route!="/healthz",status=~"5.."}[10s])) or vector(0))' +
  ' / sum(rate(shop_http_requests_total{color="{{color}}",route!="/healthz"}[10s]))';
const ROUTER_ERROR_RATE =
  'sum(rate(terrafusion_router_errors_total{color="{{color}}"}[10s])) / sum(rate(terrafusion_router_requests_total{color="{{color}}"}[10s]))';

const plan = (overrides: Partial<MetricPlan> = {}): MetricPlan => ({
  name: "error-rate",
  condition: parseCondition("result < 0.05"),
  failureLimit: 0,
  inconclusiveLimit: 0,
  consecutiveErrorLimit: 4,
  ...overrides,
});

describe("the prometheus provider against a real Prometheus", () => {
  let prometheus: Awaited<ReturnType<typeof startPrometheus>>;
  let shops: Awaited<ReturnType<typeof startShop>>[] = [];
  let router: Router;
  let traffic: ReturnType<typeof pacedTraffic>[] = [];

  beforeAll(async () => {
    shops = [await startShop("v2"), await startShop("v3")];
    const [blue, green] = shops as [(typeof shops)[0], (typeof shops)[0]];
    router = await startRouter({
      blue: [blue.address],
      green: [green.address],
      token: TOKEN,
      healthIntervalMs: 500,
    });
    prometheus = await startPrometheus([
      { name: "router", targets: [{ address: new URL(router.adminUrl).host }] },
      {
        name: "shop",
        targets: [
          { address: blue.address, labels: { color: "blue" } },
          { address: green.address, labels: { color: "green" } },
        ],
      },
    ]);
    // Blue's traffic goes through the router (blue is active); green's straight to the v3 shop.
    traffic = [
      pacedTraffic(`${router.url}/products`, { rate: 30, connections: 4 }),
      pacedTraffic(`http://${green.address}/products`, { rate: 30, connections: 8 }),
    ];
    // Two scrapes of each after traffic began, so that rate() has two samples of every series.
    await prometheus.until('shop_http_requests_total{color="green",status="500"}');
    await prometheus.until('terrafusion_router_requests_total{color="blue"} > 0');
    await new Promise((resolve) => setTimeout(resolve, 2_500));
  }, 60_000);

  afterAll(async () => {
    await Promise.all(traffic.map((t) => t.stop()));
    await prometheus?.stop();
    await router?.close();
    await Promise.all(shops.map((shop) => shop.stop()));
  });

  it("fails the faulty v3 on the shop's error rate, passes the healthy v2", async () => {
    const provider = new PrometheusProvider({ address: prometheus.url, query: SHOP_ERROR_RATE });
    const faulty = await provider.read({ color: "green", version: "v3" });
    expect(faulty.kind).toBe("values");
    const failed = judgeReading(plan(), faulty, 0);
    expect(failed.phase).toBe("failed");
    expect(failed.values![0]).toBeGreaterThan(0.05);
    expect(failed.detail).toMatch(/fails result < 0.05/);

    const healthy = judgeReading(plan(), await provider.read({ color: "blue", version: "v2" }), 0);
    expect(healthy).toMatchObject({ phase: "successful", values: [0] });
  });

  it("reads the router's own /metrics too: blue has no errors, and POST queries work the same", async () => {
    const provider = new PrometheusProvider({
      address: prometheus.url,
      query: ROUTER_ERROR_RATE,
      method: "POST",
    });
    const reading = await provider.read({ color: "blue" });
    expect(judgeReading(plan(), reading, 0)).toMatchObject({ phase: "successful", values: [0] });
  });

  it("calls a rate over no requests (0/0 = NaN) inconclusive, not a pass", async () => {
    // Green gets no traffic through the router: its router counters stay at 0.
    const provider = new PrometheusProvider({ address: prometheus.url, query: ROUTER_ERROR_RATE });
    const reading = await provider.read({ color: "green" });
    expect(reading).toMatchObject({ kind: "values" });
    expect(judgeReading(plan(), reading, 0)).toMatchObject({ phase: "inconclusive", detail: "NaN" });
  });

  it("calls an empty result inconclusive: a version nobody runs has no series", async () => {
    const provider = new PrometheusProvider({
      address: prometheus.url,
      query: 'sum(rate(shop_http_requests_total{version="{{version}}"}[10s]))',
    });
    const reading = await provider.read({ color: "green", version: 'v9"} or vector(1) #' });
    expect(reading).toEqual({ kind: "empty", detail: "the query returned no series" });
    expect(judgeReading(plan(), reading, 0).phase).toBe("inconclusive");
  });

  it("judges every series of a vector: one instance over the limit fails the measurement", async () => {
    // Blue (v2) has no 5xx series at all: `or … * 0` gives it a 0, so both colors have a series.
    const both = new PrometheusProvider({
      address: prometheus.url,
      query:
        '(sum by (color) (rate(shop_http_requests_total{route="/products",status=~"5.."}[10s])) or sum by (color) (rate(shop_http_requests_total{route="/products"}[10s])) * 0) / sum by (color) (rate(shop_http_requests_total{route="/products"}[10s]))',
    });
    const measured = judgeReading(plan(), await both.read({ color: "green" }), 0);
    expect(measured.values).toHaveLength(2);
    expect(measured.phase).toBe("failed");
    expect(measured.detail).toMatch(/\(color=green\)/);
  });

  it("turns Prometheus's refusal, a range vector and a dead server into errors that say why", async () => {
    const bad = new PrometheusProvider({ address: prometheus.url, query: "sum(rate(x[10s])" });
    expect(await bad.read({ color: "blue" })).toMatchObject({
      kind: "error",
      detail: expect.stringMatching(/^Prometheus refused the query \(bad_data\): .*parse error/),
    });
    const range = new PrometheusProvider({ address: prometheus.url, query: "shop_http_requests_total[10s]" });
    expect(await range.read({ color: "blue" })).toMatchObject({
      kind: "error",
      detail: expect.stringMatching(/range vector/),
    });
    const port = await freeLoopbackPorts();
    const dead = new PrometheusProvider({
      address: `http://127.0.0.1:${port}`,
      query: "up",
      timeoutMs: 1_000,
    });
    expect(await dead.read({ color: "blue" })).toMatchObject({
      kind: "error",
      detail: expect.stringMatching(/ECONNREFUSED/),
    });
  });

  it("runs a policy's metrics: the faulty color's analysis fails at its failure limit and stops the others", async () => {
    const policy = policySchema.parse({
      version: 1,
      deploy: {
        environments: {
          production: {
            driver: { kind: "router", "admin-url": router.adminUrl },
            analysis: {
              "post-promotion": {
                metrics: [
                  {
                    name: "shop-errors",
                    provider: { prometheus: { address: prometheus.url, query: SHOP_ERROR_RATE } },
                    "success-condition": "result < 0.05",
                    interval: "300ms",
                    count: 10,
                    "failure-limit": 1,
                  },
                  {
                    name: "scrapes",
                    provider: {
                      prometheus: { address: prometheus.url, query: 'up{job="shop",color="{{color}}"}' },
                    },
                    "success-condition": "result == 1",
                    interval: "300ms",
                  },
                ],
              },
            },
          },
        },
      },
    });
    const metrics = policy.deploy!.environments.production!.analysis!["post-promotion"]!.metrics!;
    const started = Date.now();
    const result = await runMetrics(metricRuns(metrics, {}), {
      target: { color: "green" },
      durationMs: 20_000,
    });
    expect(result.phase).toBe("failed");
    expect(result.reason).toMatch(
      /^shop-errors: 2 failed measurements > failure-limit 1; last: 0\.\d+ fails result < 0\.05$/,
    );
    const shopErrors = result.metrics.find((m) => m.metric === "shop-errors")!;
    expect(shopErrors).toMatchObject({ phase: "failed", failed: 2, measurements: 2 });
    // The other metric stopped with the failure instead of running out the 20 s window.
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(result.metrics.find((m) => m.metric === "scrapes")!.successful).toBeGreaterThan(0);

    const healthy = await runMetrics(metricRuns(metrics, {}), {
      target: { color: "blue" },
      durationMs: 1_000,
    });
    // A metric with a count takes all its measurements; one without stops at the end of the window.
    expect(healthy.metrics.find((m) => m.metric === "shop-errors")).toMatchObject({
      phase: "successful",
      successful: 10,
    });
    expect(healthy.phase).toBe("successful");
  });
});
