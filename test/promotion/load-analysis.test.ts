import { afterEach, describe, expect, it } from "vitest";
import { RouterDriver } from "../../src/drivers/router.ts";
import { DriverMeasurer as Measurer } from "../../src/metrics/driver-measurer.ts";
import { policySchema } from "../../src/policy/schema/index.ts";
import { LocalReporter } from "../../src/promotion/local-reporter.ts";
import { planFor } from "../../src/promotion/plan.ts";
import { PromotionRunner } from "../../src/promotion/runner.ts";
import type { Router } from "../../src/router/index.ts";
import { blueGreenRouter, type colorServer } from "../router/traffic.ts";

// A short load run as the post-promotion analysis source: the real engine (autocannon + HDR) straight at the
// new color's upstream, which the router driver names. Each run fills one 1 s interval.
const TOKEN = "load-analysis-token";

describe("post-promotion analysis by a short load run (real router on 127.0.0.1)", () => {
  let router: Router | undefined;
  let upstreams: Awaited<ReturnType<typeof colorServer>>[] = [];

  afterEach(async () => {
    await router?.close();
    await Promise.all(upstreams.map((u) => u.close()));
    upstreams = [];
  });

  async function promote(green: { errorRate?: number; delayMs?: number }) {
    ({ router, upstreams } = await blueGreenRouter(TOKEN, { green }));
    const policy = policySchema.parse({
      version: 1,
      deploy: {
        environments: {
          production: {
            driver: { kind: "router", "admin-url": router.adminUrl },
            analysis: {
              "post-promotion": {
                interval: "1s",
                "failure-limit": 2,
                duration: "2s",
                slo: { "p95-ms": 100, "error-rate": 0.05 },
                load: { connections: 4, rate: 200, paths: ["/orders"] },
              },
            },
          },
        },
      },
    });
    const plan = planFor(policy, "production", { sha: "v2", promoter: "alice", active: "blue" });
    const driver = new RouterDriver({ adminUrl: router.adminUrl, token: TOKEN });
    const reporter = new LocalReporter();
    const runner = new PromotionRunner({
      driver,
      reporter,
      measurer: new Measurer(driver),
      verify: async () => [],
    });
    const started = Date.now();
    const state = await runner.promote(plan);
    return { plan, state, reporter, tookMs: Date.now() - started };
  }

  it("judges a healthy color on the load run's figures (one run per interval) and promotes it", async () => {
    const { state, plan } = await promote({});
    expect(plan.post.load).toEqual({ connections: 4, rate: 200, paths: ["/orders"], durationMs: 1_000 });
    expect(state.phase).toBe("succeeded");
    expect(state.measurements).toHaveLength(2);
    for (const m of state.measurements) {
      expect(m.figures.source).toBe("load");
      // 200 requests/s for 1 s, give or take the engine's start.
      expect(m.figures.requests).toBeGreaterThan(120);
      expect(m.figures.errors).toBe(0);
      expect(m.figures.p95Ms).toBeLessThan(100);
    }
    // The load went to green's upstream directly, not through the router's traffic port.
    expect(upstreams[1]!.served()).toBeGreaterThan(240);
    expect(router!.activeColor).toBe("green");
  });

  it("rolls back a slow, failing color on exact p95 and error figures of the load runs", async () => {
    const { state, reporter, tookMs } = await promote({ delayMs: 160, errorRate: 0.3 });
    expect(state.phase).toBe("rolled-back");
    expect(router!.activeColor).toBe("blue");
    const failed = state.measurements.filter((m) => !m.ok);
    expect(failed).toHaveLength(2);
    for (const m of failed) {
      expect(m.figures.source).toBe("load");
      expect(m.figures.p95Ms).toBeGreaterThanOrEqual(160);
      expect(m.figures.errorRate).toBeGreaterThan(0.1);
      expect(m.problems.join(", ")).toMatch(/^errors \d+(\.\d+)? % > 5 %, p95 \d{3,} ms > 100 ms$/);
    }
    expect(reporter.statuses.at(-1)!.description).toMatch(
      /^Rolled back to blue \(blue → green\): errors .* in 2 of 2 checks$/,
    );
    // interval × failure-limit, plus the switches and the engine's start.
    expect(tookMs).toBeLessThan(1_000 * 2 + 2_000);
  });
});
