import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Router } from "../../src/router/index.ts";
import { startPrometheus } from "../metrics/prometheus-harness.ts";
import { blueGreenRouter, type colorServer, pacedTraffic, type Sample } from "../router/traffic.ts";
import { promoteInMemory } from "./in-memory.ts";

// Canary promotions end to end on 127.0.0.1: real routers splitting traffic by weight, a real Prometheus
// (Debian's 2.42) scraping their /metrics every second, steady traffic, and a PromQL error-rate query on
// the new color as the canary analysis. The router counters' SLO is loose (90 %): only Prometheus judges.
const TOKEN = "canary-promotion-token";

const errorRate = (job: string) =>
  `sum(rate(terrafusion_router_errors_total{job="${job}",color="{{color}}"}[3s])) / sum(rate(terrafusion_router_requests_total{job="${job}",color="{{color}}"}[3s]))`;

/** An analysis judged by the PromQL error rate; until two scrapes see the canary its rate is NaN (inconclusive). */
const analysis = (prometheus: string, job: string, indent: string) =>
  [
    "interval: 1s",
    "duration: 4s",
    "slo: { error-rate: 0.9, p95-ms: 5000 }",
    "metrics:",
    "  - name: error-rate",
    `    provider: { prometheus: { address: ${prometheus}, query: '${errorRate(job)}' } }`,
    "    success-condition: result < 0.05",
    "    interval: 1s",
    "    count: 8",
    "    failure-limit: 1",
    "    inconclusive-limit: 6",
  ]
    .map((line) => `${indent}${line}`)
    .join("\n");

function policyText(router: Router, prometheus: string, job: string, strategy: "canary" | "blue-green") {
  const post = `      analysis:\n        post-promotion:\n${analysis(prometheus, job, "          ")}`;
  const steps = [
    "      strategy: canary",
    "      steps:",
    "        - set-weight: 10",
    "        - analysis:",
    analysis(prometheus, job, "            "),
    "        - set-weight: 50",
    "        - pause: 1s",
  ].join("\n");
  return `version: 1
deploy:
  environments:
    staging:
      driver: { kind: router, admin-url: "${router.adminUrl}" }
${strategy === "canary" ? steps : "      strategy: blue-green"}
${post}
`;
}

type Upstream = Awaited<ReturnType<typeof colorServer>>;

describe("canary promotion (real router and Prometheus)", () => {
  let prometheus: Awaited<ReturnType<typeof startPrometheus>>;
  const routers: Record<string, Router> = {};
  const upstreams: Upstream[] = [];
  const traffic: Record<string, ReturnType<typeof pacedTraffic>> = {};

  beforeAll(async () => {
    // Three routers, each with its own traffic: a faulty green for canary, the same for blue-green, a healthy one.
    const setups = {
      canary: { errorRate: 0.5, version: "v3" },
      "blue-green": { errorRate: 0.5, version: "v3" },
      healthy: { version: "v2" },
    };
    for (const [job, green] of Object.entries(setups)) {
      const made = await blueGreenRouter(TOKEN, { green });
      routers[job] = made.router;
      upstreams.push(...made.upstreams);
    }
    prometheus = await startPrometheus(
      Object.entries(routers).map(([name, router]) => ({
        name,
        targets: [{ address: new URL(router.adminUrl).host }],
      })),
    );
    for (const [job, router] of Object.entries(routers)) {
      traffic[job] = pacedTraffic(router.url, { rate: 40, connections: 4 });
      await prometheus.until(`terrafusion_router_requests_total{job="${job}",color="blue"} > 0`);
    }
  }, 90_000);

  afterAll(async () => {
    await Promise.all(Object.values(traffic).map((t) => t.stop()));
    await prometheus?.stop();
    await Promise.all(Object.values(routers).map((r) => r.close()));
    await Promise.all(upstreams.map((u) => u.close()));
  });

  async function promote(job: string, strategy: "canary" | "blue-green", version: string) {
    const startedAt = performance.timeOrigin + performance.now();
    const { state, statuses } = await promoteInMemory({
      policy: policyText(routers[job]!, prometheus.url, job, strategy),
      environment: "staging",
      version,
      env: { TERRAFUSION_ROUTER_TOKEN: TOKEN },
    });
    const endedAt = performance.timeOrigin + performance.now();
    const failed = (samples: Sample[]) =>
      samples.filter((s) => s.start >= startedAt && s.start <= endedAt && (s.error || (s.status ?? 0) >= 500))
        .length;
    return { state, statuses, failed: () => failed(traffic[job]!.samples) };
  }

  it("catches a faulty v3 at 10 % through the PromQL query and aborts to 0 %, failing fewer requests than blue-green", async () => {
    const [canary, blueGreen] = await Promise.all([
      promote("canary", "canary", "v3"),
      promote("blue-green", "blue-green", "v3"),
    ]);
    expect(canary.state.phase).toBe("rolled-back");
    expect(canary.state.reason).toMatch(
      /^canary at 10 %: error-rate failed: 2 failed measurements > failure-limit 1; /,
    );
    const router = routers.canary!;
    // Green took 10 % and was never made active; the rollback (a switch to blue) took the weight back to 0.
    expect(router.weightChanges.map((w) => w.to)).toEqual([10]);
    expect(router.switches).toEqual([]);
    expect(router.activeColor).toBe("blue");
    expect(router.weight).toBe(0);
    expect(canary.statuses.map((s) => s.phase)).toEqual([
      "verifying",
      "pre-analysis",
      "canary",
      "canary",
      "rolling-back",
      "rolled-back",
    ]);
    expect(canary.statuses[3]!.description).toBe(
      "Canary of v3 (blue → green), step 2 of 4: 10 % on green, watching SLOs for 4s, every 1s",
    );
    expect(blueGreen.state.phase).toBe("rolled-back");
    const failed = { canary: canary.failed(), blueGreen: blueGreen.failed() };
    console.log(
      `failed requests of a faulty v3: canary at 10 % ${failed.canary}, blue-green ${failed.blueGreen}`,
    );
    expect(failed.canary).toBeGreaterThan(0);
    expect(failed.canary * 2).toBeLessThan(failed.blueGreen);
  }, 60_000);

  it("walks a healthy v2 through every step to 100 %, then its post-promotion analysis", async () => {
    const { state, statuses } = await promote("healthy", "canary", "v2");
    expect(state.phase).toBe("succeeded");
    const router = routers.healthy!;
    expect(router.weightChanges.map((w) => w.to)).toEqual([10, 50]);
    expect(router.switches.map((s) => s.to)).toEqual(["green"]);
    expect(router.activeColor).toBe("green");
    expect(statuses.map((s) => s.phase)).toEqual([
      "verifying",
      "pre-analysis",
      "canary",
      "canary",
      "canary",
      "canary",
      "switching",
      "post-analysis",
      "succeeded",
    ]);
    expect(state.metrics?.canary).toMatchObject({ phase: "successful" });
    expect(state.metrics?.post).toMatchObject({ phase: "successful" });
    // No request failed on the way, healthy as both colors are.
    expect(traffic.healthy!.samples.filter((s) => s.error || (s.status ?? 0) >= 500)).toEqual([]);
  }, 60_000);
});
