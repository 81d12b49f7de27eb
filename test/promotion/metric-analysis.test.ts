import { describe, expect, it } from "vitest";
import { parseCondition } from "../../src/core/condition.ts";
import {
  assessAnalysis,
  assessMetric,
  judgeReading,
  type MetricMeasurement,
  type MetricPlan,
  metricPlan,
  type Reading,
} from "../../src/promotion/metric-analysis.ts";
import { runMetrics } from "../../src/promotion/metric-run.ts";

const plan = (overrides: Partial<MetricPlan> = {}): MetricPlan => ({
  name: "errors",
  condition: parseCondition("result < 0.01"),
  failureLimit: 0,
  inconclusiveLimit: 0,
  consecutiveErrorLimit: 4,
  ...overrides,
});
const value = (v: number | string | null, labels?: Record<string, string>): Reading => ({
  kind: "values",
  series: [{ value: v, labels }],
});
const measured = (p: MetricPlan, ...readings: Reading[]): MetricMeasurement[] =>
  readings.map((reading, at) => judgeReading(p, reading, at));

describe("one measurement", () => {
  it("passes or fails on the success condition", () => {
    expect(judgeReading(plan(), value(0.001), 5)).toEqual({
      metric: "errors",
      at: 5,
      phase: "successful",
      values: [0.001],
      detail: "0.001 meets result < 0.01",
    });
    expect(judgeReading(plan(), value(0.2, { color: "green", __name__: "x" }), 5)).toMatchObject({
      phase: "failed",
      detail: "0.2 fails result < 0.01 (color=green)",
    });
  });

  it("is inconclusive on an empty result, NaN or a missing value, never a pass", () => {
    expect(judgeReading(plan(), { kind: "empty", detail: "the query returned no series" }, 0)).toMatchObject({
      phase: "inconclusive",
      detail: "the query returned no series",
    });
    expect(judgeReading(plan(), value(Number.NaN), 0).phase).toBe("inconclusive");
    expect(judgeReading(plan(), value(null), 0).phase).toBe("inconclusive");
    expect(judgeReading(plan(), { kind: "values", series: [] }, 0).phase).toBe("inconclusive");
  });

  it("is an error when the provider could not answer or the condition cannot judge the value", () => {
    expect(judgeReading(plan(), { kind: "error", detail: "no answer within 5000 ms" }, 0)).toMatchObject({
      phase: "error",
      detail: "no answer within 5000 ms",
    });
    expect(judgeReading(plan(), value("0.2"), 0)).toMatchObject({
      phase: "error",
      detail: expect.stringMatching(/^result < 0.01 cannot judge "0.2": < needs numbers/),
    });
  });

  it("with several series, fails when any fails (and names it), else is inconclusive when any has no value", () => {
    const reading: Reading = {
      kind: "values",
      series: [
        { value: 0, labels: { instance: "a" } },
        { value: 0.3, labels: { instance: "b" } },
        { value: Number.NaN, labels: { instance: "c" } },
      ],
    };
    expect(judgeReading(plan(), reading, 0)).toMatchObject({
      phase: "failed",
      values: [0, 0.3, Number.NaN],
      detail: "0.3 fails result < 0.01 (instance=b)",
    });
    const unsure: Reading = { kind: "values", series: [{ value: 0 }, { value: Number.NaN }] };
    expect(judgeReading(plan(), unsure, 0)).toMatchObject({ phase: "inconclusive", detail: "NaN" });
    const many: Reading = { kind: "values", series: [1, 2, 3, 4, 5].map((v) => ({ value: v })) };
    expect(judgeReading(plan(), many, 0).detail).toBe(
      "1 fails result < 0.01; 2 fails result < 0.01; 3 fails result < 0.01; 2 more",
    );
  });
});

describe("a metric over its measurements (Argo's limits)", () => {
  it("measures once without interval or count", () => {
    const p = plan();
    expect(assessMetric(p, [])).toMatchObject({ phase: "running" });
    expect(assessMetric(p, measured(p, value(0)))).toMatchObject({ phase: "successful", successful: 1 });
  });

  it("fails when failed measurements exceed failure-limit (0: the first)", () => {
    const strict = plan({ intervalMs: 1000, count: 5 });
    expect(assessMetric(strict, measured(strict, value(0), value(0.5)))).toMatchObject({
      phase: "failed",
      reason: "1 failed measurement > failure-limit 0; last: 0.5 fails result < 0.01",
    });
    const lenient = plan({ intervalMs: 1000, count: 5, failureLimit: 2 });
    expect(assessMetric(lenient, measured(lenient, value(0.5), value(0), value(0.5))).phase).toBe("running");
    expect(assessMetric(lenient, measured(lenient, value(0.5), value(0), value(0.5), value(0.5))).phase).toBe(
      "failed",
    );
    // At its count, failures within the limit still let it pass.
    expect(
      assessMetric(lenient, measured(lenient, value(0.5), value(0), value(0.5), value(0), value(0))),
    ).toMatchObject({ phase: "successful", successful: 3, failed: 2 });
  });

  it("is inconclusive past inconclusive-limit, and when it ends without one successful measurement", () => {
    const p = plan({ intervalMs: 1000, count: 3, inconclusiveLimit: 1 });
    const empty: Reading = { kind: "empty", detail: "no series" };
    expect(assessMetric(p, measured(p, empty, value(0))).phase).toBe("running");
    expect(assessMetric(p, measured(p, empty, value(0), empty))).toMatchObject({
      phase: "inconclusive",
      reason: "2 inconclusive measurements > inconclusive-limit 1; last: no series",
    });
    const erring = plan({ intervalMs: 1000, count: 2 });
    const error: Reading = { kind: "error", detail: "refused" };
    expect(assessMetric(erring, measured(erring, error, error))).toMatchObject({
      phase: "inconclusive",
      reason: "no successful measurement in 2 measurements; last: refused",
    });
  });

  it("is an error when more than consecutive-error-limit measurements in a row are errors", () => {
    const p = plan({ intervalMs: 1000, consecutiveErrorLimit: 2 });
    const error: Reading = { kind: "error", detail: "ECONNREFUSED" };
    expect(assessMetric(p, measured(p, error, error, value(0), error, error)).phase).toBe("running");
    expect(assessMetric(p, measured(p, error, error, value(0), error, error, error))).toMatchObject({
      phase: "error",
      reason: "3 errors in a row > consecutive-error-limit 2; last: ECONNREFUSED",
    });
  });

  it("runs until the analysis ends when it has an interval and no count", () => {
    const p = plan({ intervalMs: 1000 });
    const taken = measured(p, value(0), value(0), value(0));
    expect(assessMetric(p, taken).phase).toBe("running");
    expect(assessMetric(p, taken, true)).toMatchObject({
      phase: "successful",
      reason: "3 of 3 measurements successful; last: 0 meets result < 0.01",
    });
  });

  it("reads the policy's fields, with Argo's defaults", () => {
    const p = metricPlan({
      name: "m",
      "success-condition": "result > 1",
      interval: "2s",
      count: 3,
      "inconclusive-limit": 2,
    });
    expect(p).toMatchObject({
      name: "m",
      intervalMs: 2000,
      count: 3,
      failureLimit: 0,
      inconclusiveLimit: 2,
      consecutiveErrorLimit: 4,
    });
    expect(p.condition.test(2)).toBe(true);
  });
});

describe("the analysis over its metrics", () => {
  const verdict = (
    metric: string,
    phase: "running" | "successful" | "failed" | "inconclusive" | "error",
  ) => ({
    metric,
    phase,
    measurements: 1,
    successful: 0,
    failed: 0,
    inconclusive: 0,
    errors: 0,
    reason: phase,
  });

  it("fails if any metric failed, else errs, else is inconclusive, else runs, else succeeds", () => {
    expect(
      assessAnalysis([verdict("a", "successful"), verdict("b", "failed"), verdict("c", "error")]),
    ).toMatchObject({
      phase: "failed",
      reason: "b: failed",
    });
    expect(assessAnalysis([verdict("a", "inconclusive"), verdict("b", "error")]).phase).toBe("error");
    expect(assessAnalysis([verdict("a", "inconclusive"), verdict("b", "running")]).phase).toBe(
      "inconclusive",
    );
    expect(assessAnalysis([verdict("a", "successful"), verdict("b", "running")]).phase).toBe("running");
    expect(assessAnalysis([verdict("a", "successful"), verdict("b", "successful")]).phase).toBe("successful");
    expect(assessAnalysis([])).toMatchObject({ phase: "successful", reason: "no metrics" });
  });
});

describe("running metrics side by side (injected clock)", () => {
  /** A provider that answers from a script, and a clock that moves only when the analysis waits. */
  function scripted(readings: Reading[]) {
    let index = 0;
    return {
      reads: () => index,
      prepared: [] as string[],
      async prepare(target: { color: string }) {
        this.prepared.push(target.color);
      },
      async read(): Promise<Reading> {
        return readings[Math.min(index++, readings.length - 1)]!;
      },
    };
  }
  const clock = () => {
    let t = 0;
    return {
      now: () => t,
      sleep: async (ms: number) => {
        t += ms;
      },
    };
  };

  it("takes count measurements at the interval and stops", async () => {
    const provider = scripted([value(0)]);
    const { now, sleep } = clock();
    const seen: number[] = [];
    const result = await runMetrics([{ plan: plan({ intervalMs: 1000, count: 3 }), provider }], {
      target: { color: "green" },
      durationMs: 60_000,
      now,
      sleep,
      onMeasurement: (m) => seen.push(m.at),
    });
    expect(result.phase).toBe("successful");
    expect(seen).toEqual([0, 1000, 2000]);
    expect(provider.prepared).toEqual(["green"]);
  });

  it("stops every metric when one fails", async () => {
    const failing = scripted([value(0), value(0.5)]);
    const healthy = scripted([value(0)]);
    const { now, sleep } = clock();
    const result = await runMetrics(
      [
        { plan: plan({ name: "a", intervalMs: 1000 }), provider: failing },
        { plan: plan({ name: "b", intervalMs: 1000 }), provider: healthy },
      ],
      { target: { color: "green" }, durationMs: 60_000, now, sleep },
    );
    expect(result.phase).toBe("failed");
    expect(failing.reads()).toBe(2);
    expect(healthy.reads()).toBeLessThanOrEqual(3);
    expect(result.metrics.find((m) => m.metric === "b")!.phase).toBe("successful");
  });

  it("ends a metric without count at the end of the window", async () => {
    const provider = scripted([value(0)]);
    const { now, sleep } = clock();
    const result = await runMetrics([{ plan: plan({ intervalMs: 1000 }), provider }], {
      target: { color: "blue" },
      durationMs: 5_000,
      now,
      sleep,
    });
    expect(result).toMatchObject({ phase: "successful" });
    // At 0, 1, 2, 3, 4 and 5 s: the next one would fall after the window.
    expect(provider.reads()).toBe(6);
  });

  it("turns a provider that throws into an error measurement", async () => {
    const provider = {
      read: async (): Promise<Reading> => {
        throw new Error("boom");
      },
    };
    const result = await runMetrics(
      [{ plan: plan({ consecutiveErrorLimit: 0, intervalMs: 10 }), provider }],
      {
        target: { color: "blue" },
        durationMs: 1_000,
        ...clock(),
      },
    );
    expect(result).toMatchObject({
      phase: "error",
      reason: "errors: 1 error in a row > consecutive-error-limit 0; last: boom",
    });
  });
});
