import { describe, expect, it } from "vitest";
import { type ExperimentSpec, recoveredAfter, toxicFor } from "../../src/chaos/experiment.ts";
import type { Sample } from "../../src/load/engine.ts";

const spec = (toxic: ExperimentSpec["toxic"], extra: Partial<ExperimentSpec> = {}): ExperimentSpec => ({
  name: "x",
  toxic,
  phaseMs: 1000,
  slo: { "p95-ms": 100, "error-rate": 0.01 },
  recoveryMs: 5000,
  ...extra,
});

function sample(atMs: number, p95: number, errorRate = 0, requests = 100): Sample {
  return {
    atMs,
    requests,
    errors: Math.round(errorRate * requests),
    errorRate,
    latency: { p50: p95 / 2, p90: p95, p95, p99: p95, max: p95, mean: p95 / 2 },
  };
}

describe("toxics", () => {
  it("maps the policy's faults onto toxiproxy toxics with defaults the policy can override", () => {
    expect(toxicFor(spec("latency", { attributes: { latency: 300 } }), "t")).toEqual({
      name: "t",
      type: "latency",
      stream: "downstream",
      toxicity: 1,
      attributes: { latency: 300, jitter: 0 },
    });
    expect(toxicFor(spec("jitter"), "t")).toMatchObject({
      type: "latency",
      attributes: { latency: 0, jitter: 100 },
    });
    expect(toxicFor(spec("reset_peer", { toxicity: 0.5, stream: "upstream" }), "t")).toMatchObject({
      type: "reset_peer",
      toxicity: 0.5,
      stream: "upstream",
    });
    for (const kind of ["bandwidth", "timeout", "slow_close", "limit_data"] as const)
      expect(toxicFor(spec(kind), "t").type).toBe(kind);
    expect(() => toxicFor(spec("process-kill"), "t")).toThrow("process-kill is not a toxic");
  });
});

describe("recovery", () => {
  const slo = { "p95-ms": 100, "error-rate": 0.01 };
  it("is the end of the first window of two healthy ones in a row", () => {
    const timeline = [
      sample(250, 300),
      sample(500, 50),
      sample(750, 300),
      sample(1000, 40),
      sample(1250, 30),
    ];
    expect(recoveredAfter(timeline, slo)).toBe(1000);
    expect(recoveredAfter(timeline, slo, -50)).toBe(950);
  });

  it("needs requests and few errors, and is null when the SLO never holds twice", () => {
    expect(recoveredAfter([sample(250, 10, 0, 0), sample(500, 10, 0, 0)], slo)).toBeNull();
    expect(recoveredAfter([sample(250, 10, 0.5), sample(500, 10), sample(750, 10, 0.2)], slo)).toBeNull();
  });
});
