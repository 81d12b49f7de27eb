import { describe, expect, it } from "vitest";
import { compareWithBase, median, spread } from "../../src/gates/load/regression.ts";
import { loadSummary } from "../../src/gates/load/summary.ts";
import { checkSlo } from "../../src/load/slo.ts";

const latency = { p50: 10, p90: 20, p95: 30, p99: 40, max: 50, mean: 12 };

describe("SLO checks", () => {
  it("checks each figure the SLO names, strictly under the limit", () => {
    const checks = checkSlo(
      { requests: 100, errorRate: 0.01, latency },
      { "p95-ms": 30.5, "error-rate": 0.01 },
    );
    expect(checks).toEqual([
      { key: "p95-ms", value: 30, threshold: 30.5, ok: true },
      { key: "error-rate", value: 0.01, threshold: 0.01, ok: false },
    ]);
  });

  it("fails every check when no request was measured", () => {
    const checks = checkSlo({ requests: 0, errorRate: 0, latency }, { "p95-ms": 100, "p99-ms": 200 });
    expect(checks.map((c) => c.ok)).toEqual([false, false]);
  });
});

describe("regression against the base", () => {
  it("compares the best runs of both sides", () => {
    const verdict = compareWithBase({
      headRuns: [14, 13, 19],
      base: { "p95-ms-best": 10, "p95-ms": 12 },
      maxRegression: 0.1,
    });
    expect(verdict).toMatchObject({ baseP95: 10, headP95: 13, regressed: true });
    expect(verdict?.message).toBe(
      "p95 +30 % against the base (best runs 10 → 13 ms): more than the allowed 10 %",
    );
  });

  it("keeps a change under max-regression, or under the noise floor, as a pass", () => {
    expect(
      compareWithBase({ headRuns: [10.5], base: { "p95-ms-best": 10 }, maxRegression: 0.1 })?.regressed,
    ).toBe(false);
    const tiny = compareWithBase({ headRuns: [1.4], base: { "p95-ms-best": 1 }, maxRegression: 0.1 });
    expect(tiny?.regressed).toBe(false);
    expect(tiny?.message).toContain("within the 0.5 ms noise floor");
  });

  it("falls back to the base's overall p95, and to nothing without one", () => {
    expect(compareWithBase({ headRuns: [20], base: { "p95-ms": 10 }, maxRegression: 0.1 })?.regressed).toBe(
      true,
    );
    expect(compareWithBase({ headRuns: [20], base: { "p95-ms": null }, maxRegression: 0.1 })).toBeUndefined();
  });

  it("median and spread", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(spread([1, 5, 3])).toBe(2);
    expect(spread([7])).toBe(0);
  });
});

describe("the load summary", () => {
  it("shows base against head with a mermaid xychart of the percentiles", () => {
    const markdown = loadSummary({
      engine: "autocannon",
      target: "http://127.0.0.1:3000",
      requests: 1000,
      rps: 500,
      errorRate: 0,
      latency,
      runs: [29, 30, 31],
      checks: [{ key: "p95-ms", value: 30, threshold: 100, ok: true }],
      base: { "p50-ms": 8, "p90-ms": 15, "p95-ms": 20, "p99-ms": 30, "error-rate": 0 },
    });
    expect(markdown).toContain("| p95 | 30 ms | < 100 ms | ✅ |");
    expect(markdown).toContain("| p95 | 20 ms | 30 ms |");
    expect(markdown).toContain(
      '```mermaid\nxychart-beta\n  title "Latency percentiles (ms): bars = base, line = head"\n  x-axis [p50, p90, p95, p99]\n  y-axis "ms"\n  bar [8, 15, 20, 30]\n  line [10, 20, 30, 40]\n```',
    );
  });
});
