import { afterEach, describe, expect, it } from "vitest";
import { RouterDriver } from "../../src/drivers/router.ts";
import { DriverMeasurer as Measurer } from "../../src/metrics/driver-measurer.ts";
import { policySchema } from "../../src/policy/schema/index.ts";
import { LocalReporter } from "../../src/promotion/local-reporter.ts";
import { planFor } from "../../src/promotion/plan.ts";
import { PromotionRunner } from "../../src/promotion/runner.ts";
import type { Router } from "../../src/router/index.ts";
import { blueGreenRouter, type colorServer, pacedTraffic } from "../router/traffic.ts";

const TOKEN = "analysis-clock-token";
const INTERVAL = 300;
const WRITE_DELAY = 500;

describe("post-promotion analysis clock (real router on 127.0.0.1)", () => {
  let router: Router | undefined;
  const upstreams: Awaited<ReturnType<typeof colorServer>>[] = [];
  afterEach(async () => {
    await router?.close();
    await Promise.all(upstreams.splice(0).map((u) => u.close()));
  });

  it("gives every check a full interval after a slow Live status write, and runs the whole duration", async () => {
    const started = await blueGreenRouter(TOKEN);
    router = started.router;
    upstreams.push(...started.upstreams);
    const policy = policySchema.parse({
      version: 1,
      deploy: {
        environments: {
          production: {
            driver: { kind: "router", "admin-url": router.adminUrl },
            analysis: {
              // The clock is under test, not the service: an SLO a busy machine cannot break.
              "post-promotion": {
                interval: `${INTERVAL}ms`,
                duration: `${2 * INTERVAL}ms`,
                slo: { "p95-ms": 2000, "error-rate": 0.5 },
              },
            },
          },
        },
      },
    });
    const plan = planFor(policy, "production", { sha: "v2", promoter: "alice", active: "blue" });
    const driver = new RouterDriver({ adminUrl: router.adminUrl, token: TOKEN });
    const local = new LocalReporter();
    let liveWrittenAt = 0;
    const runner = new PromotionRunner({
      driver,
      // The Live status takes as long as GitHub's write spacing can make it.
      reporter: {
        status: async (command) => {
          if (command.phase === "post-analysis") {
            await new Promise((resolve) => setTimeout(resolve, WRITE_DELAY));
            liveWrittenAt = Date.now();
          }
          await local.status(command);
        },
      },
      measurer: new Measurer(driver),
      verify: async () => [],
    });
    const traffic = pacedTraffic(router.url, { rate: 50, connections: 2 });
    const state = await runner.promote(plan).finally(() => traffic.stop());

    expect(state.phase).toBe("succeeded");
    // Two checks of a full interval each; a clock started at the switch would have stopped after one.
    expect(state.measurements).toHaveLength(2);
    expect(state.analysisStartedAt).toBeGreaterThanOrEqual(liveWrittenAt);
    const [first, second] = state.measurements;
    expect(first!.at - liveWrittenAt).toBeGreaterThanOrEqual(INTERVAL - 5);
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(INTERVAL - 5);
    expect(first!.figures.requests).toBeGreaterThan(0);
    expect(local.statuses.at(-1)!.description).toMatch(
      /^Live on green \(blue → green\): SLOs held \(2 of 2 checks passed; worst p95 \d+ ms, errors 0 %\); blue kept warm for 10m$/,
    );
  });
});
