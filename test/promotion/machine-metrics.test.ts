import { describe, expect, it } from "vitest";
import { begin, type Step, step } from "../../src/promotion/machine.ts";
import type { AnalysisVerdict } from "../../src/promotion/metric-analysis.ts";
import type { PromotionEvent, PromotionPlan } from "../../src/promotion/types.ts";
import { measurement, plan } from "./plan.ts";

// The pure machine with named metrics: they run beside the step's measurements (the runner starts them on
// the `metrics` command) and their verdict comes back as one event. Anything but successful stops the step.

function drive(first: Step, events: PromotionEvent[]): Step[] {
  const steps = [first];
  for (const event of events) steps.push(step(steps.at(-1)!.state, event));
  return steps;
}

const types = (s: Step) => s.commands.map((c) => (c.type === "status" ? `status:${c.state}` : c.type));

const verdict = (phase: AnalysisVerdict["phase"], reason: string): AnalysisVerdict => ({
  phase,
  reason,
  metrics: [
    {
      metric: "error-rate",
      phase,
      measurements: 3,
      successful: phase === "successful" ? 3 : 1,
      failed: phase === "failed" ? 2 : 0,
      inconclusive: phase === "inconclusive" ? 2 : 0,
      errors: 0,
      reason,
    },
  ],
});

const withMetrics = (overrides: Partial<PromotionPlan> = {}): PromotionPlan => {
  const base = plan();
  return plan({
    pre: { intervalMs: 0, slo: {}, metrics: ["idle-errors"] },
    post: { ...base.post, metrics: ["error-rate"] },
    ...overrides,
  });
};

const upToSwitch: PromotionEvent[] = [
  { type: "verified", at: 1, problems: [] },
  { type: "pre-analysed", at: 2, measurement: measurement(true) },
  {
    type: "metrics-analysed",
    at: 3,
    stage: "pre",
    verdict: verdict("successful", "idle-errors: 1 of 1 measurement successful"),
  },
  { type: "claimed", at: 3, problems: [] },
  { type: "switched", at: 4 },
];

describe("named metrics in the promotion machine", () => {
  it("starts each step's metrics with the step, waits for them before the switch, and switches once they pass", () => {
    const steps = drive(begin(withMetrics(), 0), upToSwitch);
    expect(types(steps[1]!)).toEqual(["status:in_progress", "metrics", "analyse"]);
    expect(steps[1]!.commands[1]).toEqual({ type: "metrics", stage: "pre", color: "green", durationMs: 0 });
    // The probe and counters are done; the metrics are not: wait for them, do not claim yet.
    expect(types(steps[2]!)).toEqual(["await-metrics"]);
    expect(steps[2]!.state.analysed).toBe("pre");
    expect(types(steps[3]!)).toEqual(["claim"]);
    // After the switch the post-promotion metrics start, over the step's duration.
    expect(steps[5]!.state.phase).toBe("post-analysis");
    expect(steps[5]!.commands[1]).toEqual({
      type: "metrics",
      stage: "post",
      color: "green",
      durationMs: 5_000,
    });
  });

  it("claims at once when the metrics passed before the other measurements finished", () => {
    const steps = drive(begin(withMetrics(), 0), [
      { type: "verified", at: 1, problems: [] },
      { type: "metrics-analysed", at: 2, stage: "pre", verdict: verdict("successful", "ok") },
      { type: "pre-analysed", at: 3, measurement: measurement(true) },
    ]);
    expect(types(steps[2]!)).toEqual([]);
    expect(types(steps[3]!)).toEqual(["claim"]);
  });

  it("does not switch when the idle color's metrics are inconclusive, and says so", () => {
    const steps = drive(begin(withMetrics(), 0), [
      { type: "verified", at: 1, problems: [] },
      {
        type: "metrics-analysed",
        at: 2,
        stage: "pre",
        verdict: verdict("inconclusive", "1 inconclusive measurement > inconclusive-limit 0; last: NaN"),
      },
    ]);
    const last = steps.at(-1)!;
    expect(last.state.phase).toBe("aborted");
    expect(types(last)).toEqual(["status:failure", "done"]);
    expect(last.state.timeline.at(-1)!.description).toBe(
      "Not switched (blue → green): idle green failed its checks: error-rate inconclusive: 1 inconclusive measurement > inconclusive-limit 0; last…",
    );
  });

  it("rolls back as soon as the post-promotion metrics fail, in the middle of the step", () => {
    const steps = drive(begin(withMetrics(), 0), [
      ...upToSwitch,
      { type: "measured", at: 1_004, measurement: measurement(true) },
      {
        type: "metrics-analysed",
        at: 1_500,
        stage: "post",
        verdict: verdict("failed", "2 failed measurements > failure-limit 1; last: 0.5 fails result < 0.05"),
      },
      { type: "switched-back", at: 1_600 },
    ]);
    expect(steps.at(-2)!.state.phase).toBe("rolling-back");
    expect(types(steps.at(-2)!)).toEqual(["status:in_progress", "switch"]);
    expect(steps.at(-2)!.commands[1]).toEqual({ type: "switch", to: "blue" });
    expect(steps.at(-1)!.state.phase).toBe("rolled-back");
    expect(steps.at(-1)!.state.reason).toBe(
      "error-rate failed: 2 failed measurements > failure-limit 1; last: 0.5 fails result < 0.05",
    );
  });

  it("rolls back on inconclusive or errored post-promotion metrics too (fail safe)", () => {
    for (const phase of ["inconclusive", "error"] as const) {
      const steps = drive(begin(withMetrics(), 0), [
        ...upToSwitch,
        { type: "metrics-analysed", at: 900, stage: "post", verdict: verdict(phase, "why") },
      ]);
      expect(steps.at(-1)!.state.phase).toBe("rolling-back");
      expect(steps.at(-1)!.state.reason).toBe(`error-rate ${phase}: why`);
    }
  });

  it("waits for the metrics when the duration is over, then succeeds with their figures in the status", () => {
    const measured = [1, 2, 3, 4, 5].map(
      (i) => ({ type: "measured", at: 4 + i * 1000, measurement: measurement(true) }) as const,
    );
    const steps = drive(begin(withMetrics(), 0), [
      ...upToSwitch,
      ...measured,
      { type: "metrics-analysed", at: 6_000, stage: "post", verdict: verdict("successful", "ok") },
    ]);
    expect(types(steps.at(-2)!)).toEqual(["await-metrics"]);
    expect(steps.at(-2)!.state.phase).toBe("post-analysis");
    expect(steps.at(-1)!.state.phase).toBe("succeeded");
    expect(steps.at(-1)!.state.timeline.at(-1)!.description).toMatch(
      /^Live on green \(blue → green\): SLOs held \(5 of 5 checks passed; worst p95 10 ms, errors 0 %; metrics: error-rate 3\/3 successful\)/,
    );
  });

  it("does not roll back on failed metrics when the policy does not roll back on analysis", () => {
    const steps = drive(begin(withMetrics({ rollbackOn: ["check-failed"] }), 0), [
      ...upToSwitch,
      { type: "metrics-analysed", at: 900, stage: "post", verdict: verdict("failed", "error-rate: bad") },
    ]);
    expect(steps.at(-1)!.state.phase).toBe("post-analysis");
    expect(steps.at(-1)!.state.metrics?.post?.phase).toBe("failed");
  });

  it("ignores a verdict of a step the promotion has left", () => {
    const steps = drive(begin(withMetrics(), 0), [
      ...upToSwitch,
      { type: "metrics-analysed", at: 900, stage: "pre", verdict: verdict("failed", "late") },
    ]);
    expect(steps.at(-1)!.state.phase).toBe("post-analysis");
    expect(steps.at(-1)!.commands).toEqual([]);
  });

  it("starts the post-promotion metrics again when a restarted process resumes the analysis", () => {
    const live = drive(begin(withMetrics(), 0), upToSwitch).at(-1)!.state;
    const resumed = step(live, { type: "resume", at: 10_000, active: "green" });
    expect(types(resumed)).toEqual(["status:in_progress", "metrics", "analyse"]);
    expect(resumed.state.metrics?.post).toBeUndefined();
  });
});
