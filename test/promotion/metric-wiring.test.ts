import http from "node:http";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { Color, TrafficDriver } from "../../src/drivers/types.ts";
import { operatorMetricsGuard } from "../../src/metrics/address-guard.ts";
import { DriverMeasurer } from "../../src/metrics/driver-measurer.ts";
import { policyMetricSource } from "../../src/metrics/metric-source.ts";
import { policySchema } from "../../src/policy/schema/index.ts";
import { MemoryDeploymentRecord } from "../../src/promotion/memory-record.ts";
import { PromotionService, type PromotionServicePorts } from "../../src/promotion/service.ts";
import { promotionSummary } from "../../src/promotion/summary.ts";

// How the promotion service reaches the providers of named metrics: {{color}} and {{version}} substituted
// into a JSON endpoint's URL, the app's operator guard applied before anything moves, and a service that
// was given no providers refusing a policy that names metrics rather than promote without them.

/** A driver that only remembers: traffic moves nowhere, the metrics decide. */
function memoryDriver(): TrafficDriver & { switches: Color[] } {
  let active: Color = "blue";
  const switches: Color[] = [];
  return {
    kind: "memory",
    switches,
    active: async () => active,
    switchTo: async (color) => {
      switches.push(color);
      active = color;
    },
    health: async (color) => ({ color, healthy: true, detail: "ok" }),
  };
}

let server: http.Server;
let base: string;
let requested: string[];
let errorRate: unknown;

beforeEach(async () => {
  requested = [];
  errorRate = 0.001;
  server = http.createServer((request, response) => {
    requested.push(request.url ?? "");
    response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ errorRate }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterEach(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

/** A policy whose `step` names one metric on the loopback JSON endpoint; `fields` adds its limits. */
function policyText(step: "pre-promotion" | "post-promotion", fields = ""): string {
  const post =
    step === "pre-promotion" ? "        post-promotion: { interval: 100ms, duration: 300ms }\n" : "";
  const window = step === "post-promotion" ? "          interval: 100ms\n          duration: 300ms\n" : "";
  return `version: 1
deploy:
  environments:
    production:
      driver: { kind: command, status: "true", switch: "true" }
      analysis:
${post}        ${step}:
${window}          metrics:
            - name: error-rate
              provider:
                http:
                  url: ${base}/errors?color={{color}}&version={{version}}
                  json-path: $.errorRate
              success-condition: result < 0.01
${fields}`;
}

async function promote(text: string, ports: Partial<PromotionServicePorts> = {}) {
  const policy = policySchema.parse(parse(text));
  const record = new MemoryDeploymentRecord();
  const deployment = await record.createDeployment({
    sha: "0123456789abcdef0123456789abcdef01234567",
    environment: "production",
    description: "test",
    payload: { promoter: "alice", version: "v2+build/7" },
  });
  const driver = memoryDriver();
  const service = new PromotionService({ measurerFor: (d) => new DriverMeasurer(d), ...ports });
  const { done } = await service.start({ record, policy, deployment, promoter: "alice", driver, retry: "" });
  const state = await done;
  return { state, driver, statuses: record.statuses.get(deployment.id) ?? [] };
}

describe("named metrics through the promotion service", () => {
  it("asks the JSON endpoint about the new color and version (encoded), count times, and promotes when it passes", async () => {
    const { state, driver } = await promote(
      policyText(
        "post-promotion",
        "              interval: 50ms\n              count: 3\n              failure-limit: 0\n",
      ),
      { metrics: policyMetricSource },
    );
    expect(state.phase).toBe("succeeded");
    expect(driver.switches).toEqual(["green"]);
    // {{version}} percent-encoded: the version cannot add a path segment or a query.
    expect(requested).toEqual(Array(3).fill("/errors?color=green&version=v2%2Bbuild%2F7"));
    expect(state.metrics?.post).toMatchObject({
      phase: "successful",
      metrics: [{ metric: "error-rate", measurements: 3, successful: 3 }],
    });
  });

  it("does not switch when the idle color's metric fails, and names the value", async () => {
    errorRate = 0.2;
    const { state, driver, statuses } = await promote(policyText("pre-promotion"), {
      metrics: policyMetricSource,
    });
    expect(state.phase).toBe("aborted");
    expect(driver.switches).toEqual([]);
    expect(statuses.at(-1)!.description).toBe(
      "Not switched (blue → green): idle green failed its checks: error-rate failed: 1 failed measurement > failure-limit 0; last: 0.2 fails resul…",
    );
    expect(requested).toEqual(["/errors?color=green&version=v2%2Bbuild%2F7"]);
  });

  it("tolerates failed measurements up to failure-limit, then rolls back", async () => {
    errorRate = 0.5;
    const { state, driver } = await promote(
      policyText(
        "post-promotion",
        "              interval: 20ms\n              count: 10\n              failure-limit: 2\n",
      ),
      { metrics: policyMetricSource },
    );
    expect(state.phase).toBe("rolled-back");
    expect(driver.switches).toEqual(["green", "blue"]);
    // The third failure exceeds the limit of 2: no fourth reading.
    expect(requested).toHaveLength(3);
    expect(state.reason).toBe(
      "error-rate failed: 3 failed measurements > failure-limit 2; last: 0.5 fails result < 0.01",
    );
    // The action's job summary shows each metric's verdict beside the measurements.
    expect(promotionSummary(state, { recorder: "memory" })).toContain(
      "| post-promotion | error-rate | failed | 0 of 3 successful | 3 failed measurements > failure-limit 2; last: 0.5 fails result < 0.01 |",
    );
  });

  it("calls a missing value inconclusive beyond inconclusive-limit and rolls back (fail safe), saying so", async () => {
    errorRate = null;
    const { state, driver, statuses } = await promote(
      policyText(
        "post-promotion",
        "              interval: 20ms\n              count: 5\n              inconclusive-limit: 1\n",
      ),
      { metrics: policyMetricSource },
    );
    expect(state.phase).toBe("rolled-back");
    expect(driver.switches).toEqual(["green", "blue"]);
    expect(requested).toHaveLength(2);
    expect(statuses.at(-1)!.description).toMatch(
      /^Rolled back to blue \(blue → green\): error-rate inconclusive: 2 inconclusive measurements > inconclusive-limit 1; last: no value/,
    );
  });

  it("on the app's path, refuses a metric address its operator did not list, before anything moves", async () => {
    const { state, driver, statuses } = await promote(policyText("post-promotion"), {
      metrics: policyMetricSource,
      metricsGuard: operatorMetricsGuard({ TERRAFUSION_APP_METRICS_URLS: "https://prometheus.internal" }),
    });
    expect(state.phase).toBe("rejected");
    expect(driver.switches).toEqual([]);
    expect(requested).toEqual([]);
    expect(state.reason).toBe(
      `metric error-rate: this app may not request the JSON endpoint at ${base} (its operator lists the metric addresses it may request in TERRAFUSION_APP_METRICS_URLS)`,
    );
    expect(statuses.at(-1)!.description).toMatch(
      /^Not promoted \(blue → green\): metric error-rate: this app may not request/,
    );
  });

  it("on the app's path, requests a listed address", async () => {
    const { state } = await promote(policyText("post-promotion"), {
      metrics: policyMetricSource,
      metricsGuard: operatorMetricsGuard({ TERRAFUSION_APP_METRICS_URLS: "http://127.0.0.1:*" }),
    });
    expect(state.phase).toBe("succeeded");
    expect(requested.length).toBeGreaterThan(0);
  });

  it("refuses a policy with metrics when the service was given no providers, rather than promote unmeasured", async () => {
    const { state, driver } = await promote(policyText("pre-promotion"));
    expect(state.phase).toBe("rejected");
    expect(state.reason).toBe(
      "the pre-promotion metrics cannot be read here: this promotion has no metric providers",
    );
    expect(driver.switches).toEqual([]);
  });
});
