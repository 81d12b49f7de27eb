import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Router } from "../../src/router/index.ts";
import { cli } from "../helpers/cli.ts";
import { startPrometheus } from "../metrics/prometheus-harness.ts";
import { blueGreenRouter, type colorServer, pacedTraffic } from "../router/traffic.ts";
import { promoteInMemory } from "./in-memory.ts";

// Named metrics wired into promotion, against real tools on 127.0.0.1: two routers (one whose green answers
// half its requests with 500, one whose green is healthy) under steady traffic, and a real Prometheus (Debian's
// 2.42 from .tools/bin) scraping both routers' /metrics every second. The promotions' only judge of errors
// is a PromQL error-rate query on the new color: the router counters' SLO is set loose (90 %), so a rollback
// here can only come from Prometheus.
const TOKEN = "prometheus-rollback-token";

/** The new color's error rate over the last 3 s, as one router's /metrics counts it (job = which router). */
const errorRate = (job: string) =>
  `sum(rate(terrafusion_router_errors_total{job="${job}",color="{{color}}"}[3s])) / sum(rate(terrafusion_router_requests_total{job="${job}",color="{{color}}"}[3s]))`;

/**
 * An environment on `router` whose analysis steps are `analysis` (YAML, indented under `analysis:`). Until
 * two scrapes after the switch, the new color's rate is 0/0 (NaN: inconclusive), hence inconclusive-limit.
 */
function policyText(router: Router, analysis: string): string {
  return `version: 1
deploy:
  environments:
    staging:
      driver: { kind: router, admin-url: "${router.adminUrl}" }
      analysis:
${analysis}
`;
}

const metric = (prometheus: string, job: string, fields: string) => `
            - name: error-rate
              provider:
                prometheus:
                  address: ${prometheus}
                  query: '${errorRate(job)}'
              success-condition: result < 0.05
${fields
  .trim()
  .split("\n")
  .map((line) => `              ${line.trim()}`)
  .join("\n")}`;

const LOOSE_SLO = "slo: { error-rate: 0.9, p95-ms: 5000 }";

type Upstream = Awaited<ReturnType<typeof colorServer>>;

describe("promotion judged by a PromQL error rate on the new color (real router and Prometheus)", () => {
  let prometheus: Awaited<ReturnType<typeof startPrometheus>>;
  let faulty: Router;
  let healthy: Router;
  const upstreams: Upstream[] = [];
  let traffic: ReturnType<typeof pacedTraffic>[] = [];

  beforeAll(async () => {
    const bad = await blueGreenRouter(TOKEN, { green: { errorRate: 0.5, version: "v3" } });
    const good = await blueGreenRouter(TOKEN, { green: { version: "v2" } });
    faulty = bad.router;
    healthy = good.router;
    upstreams.push(...bad.upstreams, ...good.upstreams);
    prometheus = await startPrometheus([
      { name: "faulty", targets: [{ address: new URL(faulty.adminUrl).host }] },
      { name: "healthy", targets: [{ address: new URL(healthy.adminUrl).host }] },
    ]);
    traffic = [
      pacedTraffic(faulty.url, { rate: 40, connections: 4 }),
      pacedTraffic(healthy.url, { rate: 40, connections: 4 }),
    ];
    await prometheus.until('terrafusion_router_requests_total{job="faulty",color="blue"} > 0');
    await prometheus.until('terrafusion_router_requests_total{job="healthy",color="blue"} > 0');
  }, 60_000);

  afterAll(async () => {
    await Promise.all(traffic.map((t) => t.stop()));
    await prometheus?.stop();
    await faulty?.close();
    await healthy?.close();
    await Promise.all(upstreams.map((u) => u.close()));
  });

  /** Promotes through the service the CLI uses, statuses in memory; returns the final state and the statuses. */
  const promote = (text: string, version: string) =>
    promoteInMemory({
      policy: text,
      environment: "staging",
      version,
      env: { TERRAFUSION_ROUTER_TOKEN: TOKEN },
    });

  it("rolls back a green that fails half its requests, caught by the PromQL query (failure-limit 1: the second failure)", async () => {
    const { state, statuses } = await promote(
      policyText(
        faulty,
        `        post-promotion:
          interval: 1s
          duration: 10s
          ${LOOSE_SLO}
          metrics:${metric(
            prometheus.url,
            "faulty",
            `interval: 1s
            count: 10
            failure-limit: 1
            inconclusive-limit: 5`,
          )}`,
      ),
      "v3",
    );
    expect(state.phase).toBe("rolled-back");
    expect(state.reason).toMatch(
      /^error-rate failed: 2 failed measurements > failure-limit 1; last: 0\.\d+ fails result < 0\.05$/,
    );
    // The loose SLO on the router's counters held: it was the PromQL query that rolled back.
    expect(state.measurements.length).toBeGreaterThan(0);
    expect(state.measurements.every((m) => m.ok)).toBe(true);
    expect(state.metrics?.post).toMatchObject({ phase: "failed" });
    expect(state.metrics?.post?.metrics[0]).toMatchObject({ metric: "error-rate", failed: 2 });
    // Stopped at the second failure, well before its count of 10 or the 10 s duration.
    expect(state.metrics?.post?.metrics[0]?.measurements).toBeLessThan(10);
    expect(faulty.switches.map((s) => s.to)).toEqual(["green", "blue"]);
    expect(faulty.activeColor).toBe("blue");
    expect(statuses.map((s) => s.phase)).toEqual([
      "verifying",
      "pre-analysis",
      "switching",
      "post-analysis",
      "rolling-back",
      "rolled-back",
    ]);
    expect(statuses.at(-1)!.description).toMatch(
      /^Rolled back to blue \(blue → green\): error-rate failed: /,
    );
  });

  it("does not switch when the idle color's metric is inconclusive: no traffic yet, a rate of 0/0", async () => {
    // Green behind the healthy router gets no traffic before the switch: its error rate is NaN.
    const { state, statuses } = await promote(
      policyText(
        healthy,
        `        pre-promotion:
          metrics:${metric(prometheus.url, "healthy", "failure-limit: 0")}`,
      ),
      "v2",
    );
    expect(state.phase).toBe("aborted");
    expect(state.reason).toMatch(
      /^error-rate inconclusive: 1 inconclusive measurement > inconclusive-limit 0; last: NaN/,
    );
    expect(statuses.at(-1)!.description).toMatch(
      /^Not switched \(blue → green\): idle green failed its checks: error-rate inconclusive: /,
    );
    expect(healthy.switches).toEqual([]);
    expect(healthy.activeColor).toBe("blue");
  });

  it("promotes a healthy green through `terrafusion promote`, its metric successful and shown in the status", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tf-prom-promote-"));
    mkdirSync(join(dir, ".github"));
    writeFileSync(
      join(dir, ".github/terrafusion.yml"),
      policyText(
        healthy,
        `        post-promotion:
          interval: 1s
          duration: 6s
          ${LOOSE_SLO}
          metrics:${metric(
            prometheus.url,
            "healthy",
            `interval: 1s
            count: 6
            failure-limit: 0
            inconclusive-limit: 5`,
          )}`,
      ),
    );
    const result = await cli(["promote", "staging", "--to", "v2", "--cwd", dir], {
      ...process.env,
      TERRAFUSION_ROUTER_TOKEN: TOKEN,
    });
    expect(result.stderr).toMatch(
      /success\s+Live on green \(blue → green\): SLOs held \(.*; metrics: error-rate [1-6]\/6 successful/,
    );
    expect(result.code).toBe(0);
    expect(healthy.switches.map((s) => s.to)).toEqual(["green"]);
    expect(healthy.activeColor).toBe("green");
  });
});
