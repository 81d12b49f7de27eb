import { afterEach, describe, expect, it } from "vitest";
import { RouterDriver } from "../../src/drivers/router.ts";
import type { TrafficDriver } from "../../src/drivers/types.ts";
import { DriverMeasurer } from "../../src/metrics/driver-measurer.ts";
import { metricRuns } from "../../src/metrics/providers.ts";
import { runMetrics } from "../../src/promotion/metric-run.ts";
import type { Router } from "../../src/router/index.ts";
import { blueGreenRouter, type colorServer, pacedTraffic } from "../router/traffic.ts";

// The router's counters, a probe and a load run as metric providers of the same port, on a real router.
const TOKEN = "measured-metrics-token";

describe("built-in metrics (counters, probe, load) through the environment's driver", () => {
  let router: Router | undefined;
  let upstreams: Awaited<ReturnType<typeof colorServer>>[] = [];
  afterEach(async () => {
    await router?.close();
    await Promise.all(upstreams.map((u) => u.close()));
  });

  it("judges the router's per-color error rate over the window since the metric started", async () => {
    ({ router, upstreams } = await blueGreenRouter(TOKEN, { blue: { errorRate: 0.5 } }));
    const driver = new RouterDriver({ adminUrl: router.adminUrl, token: TOKEN });
    const runs = metricRuns(
      [
        {
          name: "router-errors",
          provider: { counters: { figure: "error-rate" } },
          "success-condition": "result < 0.05",
          interval: "1s",
          count: 2,
        },
      ],
      { measurer: () => new DriverMeasurer(driver) },
    );
    // Blue (active) fails half of its requests while the metric watches it. The metric starts once answers
    // flow: on a busy machine the first window could otherwise close before the first answer (inconclusive).
    const traffic = pacedTraffic(`${router.url}/x`, { rate: 100, connections: 4 });
    await expect
      .poll(() => traffic.samples.filter((s) => s.end > 0).length, { timeout: 10_000 })
      .toBeGreaterThan(20);
    const failing = await runMetrics(runs, { target: { color: "blue" }, durationMs: 5_000 });
    await traffic.stop();
    expect(failing.phase).toBe("failed");
    expect(failing.reason).toMatch(
      /^router-errors: 1 failed measurement > failure-limit 0; last: (?:0\.\d+|1) fails result < 0\.05$/,
    );
    // Green saw no requests at all: a rate of nothing is inconclusive, not 0 %.
    const idle = await runMetrics(runs, { target: { color: "green" }, durationMs: 5_000 });
    expect(idle).toMatchObject({
      phase: "inconclusive",
      reason: expect.stringMatching(/last: no requests seen$/),
    });
  });

  it("probes the color (or the environment's url, whatever the driver) and judges the status", async () => {
    ({ router, upstreams } = await blueGreenRouter(TOKEN));
    const metric = (path: string) => ({
      name: "health",
      provider: { probe: { path } },
      "success-condition": "result < 400",
    });
    const viaRouter = new RouterDriver({ adminUrl: router.adminUrl, token: TOKEN });
    const ok = await runMetrics(
      metricRuns([metric("/healthz")], { measurer: () => new DriverMeasurer(viaRouter) }),
      {
        target: { color: "green" },
        durationMs: 1_000,
      },
    );
    expect(ok).toMatchObject({ phase: "successful" });
    expect(ok.measurements[0]).toMatchObject({
      values: [200],
      detail: "200 meets result < 400 (path=/healthz)",
    });

    // A driver that cannot name a color's address (command, kubernetes): the environment's url is probed.
    const blind: TrafficDriver = {
      kind: "command",
      active: async () => "blue",
      switchTo: async () => {},
      health: async (color) => ({ color, healthy: true, detail: "the command said so" }),
    };
    const throughUrl = await runMetrics(
      metricRuns([metric("/healthz")], { measurer: () => new DriverMeasurer(blind) }),
      {
        target: { color: "green", url: router.url },
        durationMs: 1_000,
      },
    );
    expect(throughUrl.phase).toBe("successful");
    const noUrl = await runMetrics(
      metricRuns([metric("/healthz")], { measurer: () => new DriverMeasurer(blind) }),
      {
        target: { color: "green" },
        durationMs: 1_000,
      },
    );
    expect(noUrl.measurements[0]).toMatchObject({
      phase: "error",
      detail: expect.stringMatching(/no URL to probe/),
    });
  });

  it("runs a short load at the color and judges one of its figures", async () => {
    ({ router, upstreams } = await blueGreenRouter(TOKEN, { green: { errorRate: 0.4 } }));
    const driver = new RouterDriver({ adminUrl: router.adminUrl, token: TOKEN });
    const runs = metricRuns(
      [
        {
          name: "load-errors",
          provider: {
            load: { figure: "error-rate", rate: 100, connections: 2, paths: ["/x"], duration: "500ms" },
          },
          "success-condition": "result < 0.05",
        },
      ],
      { measurer: () => new DriverMeasurer(driver) },
    );
    const result = await runMetrics(runs, { target: { color: "green" }, durationMs: 5_000 });
    expect(result.phase).toBe("failed");
    // The load went to green's upstream directly, not through the router's traffic port.
    expect(upstreams[1]!.served()).toBeGreaterThan(20);
  });
});
