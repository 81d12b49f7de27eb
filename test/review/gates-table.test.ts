import { describe, expect, it } from "vitest";
import { gateResult } from "../../src/core/gate-result.ts";
import { gateRow } from "../../src/review/gates-table.ts";

describe("the gates table row", () => {
  const load = gateResult({
    gate: "load",
    conclusion: "success",
    headline: "p95 42 ms",
    startedAt: "2026-11-26T00:00:00Z",
    durationMs: 1,
    metrics: { requests: 1000, rps: 500, "p50-ms": 20, "p95-ms": 42, "error-rate": 0.002 },
    thresholds: { "p95-ms": 100, "error-rate": 0.01 },
    base: { requests: 900, rps: 450, "p50-ms": 19, "p95-ms": 40, "error-rate": 0 },
  });

  it("shows the figures the gate is held to first, with their limits", () => {
    expect(gateRow(load).figures).toBe(
      "p95-ms 42 (limit 100), error-rate 0.002 (limit 0.01), requests 1000, rps 500",
    );
  });

  it("gives the delta against the base for those figures first", () => {
    expect(gateRow(load).delta).toBe("p95-ms +2, error-rate +0.002, requests +100");
  });
});
