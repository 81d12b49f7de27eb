import { describe, expect, it } from "vitest";
import { parseDescription } from "../../src/promotion/describe.ts";
import { begin, type Step, step } from "../../src/promotion/machine.ts";
import type { AnalysisPlan, PromotionEvent, PromotionState } from "../../src/promotion/types.ts";
import { measurement, plan } from "./plan.ts";

// The canary strategy of the pure machine: Argo-style steps between the pre-promotion analysis and the
// full switch, a failed step aborting to 0 % by switching back to the active color.

const analysis = (overrides: Partial<AnalysisPlan> = {}): AnalysisPlan => ({
  intervalMs: 1_000,
  failureLimit: 1,
  durationMs: 2_000,
  slo: { "error-rate": 0.01 },
  ...overrides,
});

const canaryPlan = (steps = defaultSteps()) => plan({ canary: steps });

function defaultSteps() {
  return [
    { kind: "set-weight", percent: 10 },
    { kind: "pause", ms: 30_000 },
    { kind: "analysis", analysis: analysis() },
    { kind: "set-weight", percent: 50 },
  ] as NonNullable<ReturnType<typeof plan>["canary"]>;
}

function drive(first: Step, events: PromotionEvent[]): Step[] {
  const steps = [first];
  for (const event of events) steps.push(step(steps.at(-1)!.state, event));
  return steps;
}

const toCanary: PromotionEvent[] = [
  { type: "verified", at: 1, problems: [] },
  { type: "claimed", at: 2, problems: [] },
];

const descriptions = (state: PromotionState) => state.timeline.map((entry) => entry.description);

describe("promotion state machine: canary", () => {
  it("walks every step in order, then switches all traffic and runs the post-promotion analysis", () => {
    const steps = drive(begin(canaryPlan(), 0), [
      ...toCanary,
      { type: "weighted", at: 3, percent: 10 },
      { type: "waited", at: 30_003 },
      { type: "measured", at: 31_003, measurement: measurement(true) },
      { type: "measured", at: 32_003, measurement: measurement(true) },
      { type: "weighted", at: 32_004, percent: 50 },
      { type: "switched", at: 32_005 },
    ]);
    const commands = steps.map((s) => s.commands.filter((c) => c.type !== "status"));
    expect(commands[2]).toEqual([{ type: "weight", canary: "green", percent: 10 }]);
    expect(commands[3]).toEqual([{ type: "wait", afterMs: 30_000 }]);
    expect(commands[4]).toEqual([{ type: "analyse", stage: "canary", color: "green", afterMs: 1_000 }]);
    expect(commands[5]).toEqual([{ type: "analyse", stage: "canary", color: "green", afterMs: 1_000 }]);
    expect(commands[6]).toEqual([{ type: "weight", canary: "green", percent: 50 }]);
    expect(commands[7]).toEqual([{ type: "switch", to: "green" }]);
    expect(steps[8]!.state.phase).toBe("post-analysis");
    // Each step is a deployment status that names the step and the weight.
    expect(descriptions(steps[7]!.state).filter((d) => d.startsWith("Canary"))).toEqual([
      "Canary of v2 (0123456) (blue → green), step 1 of 4: 10 % of traffic to green",
      "Canary of v2 (0123456) (blue → green), step 2 of 4: 10 % on green, pausing 30s",
      "Canary of v2 (0123456) (blue → green), step 3 of 4: 10 % on green, watching SLOs for 2s, every 1s",
      "Canary of v2 (0123456) (blue → green), step 4 of 4: 50 % of traffic to green",
    ]);
    expect(steps[7]!.state.canary).toEqual({ step: 4, weight: 50 });
  });

  it("aborts to 0 % on a failed analysis step: traffic back on the active color, the reason naming the weight", () => {
    const steps = drive(begin(canaryPlan(), 0), [
      ...toCanary,
      { type: "weighted", at: 3, percent: 10 },
      { type: "waited", at: 30_003 },
      { type: "measured", at: 31_003, measurement: measurement(false) },
      { type: "switched-back", at: 31_010 },
    ]);
    expect(steps[5]!.state.phase).toBe("rolling-back");
    expect(steps[5]!.commands.filter((c) => c.type !== "status")).toEqual([{ type: "switch", to: "blue" }]);
    expect(steps[6]!.state.phase).toBe("rolled-back");
    expect(descriptions(steps[6]!.state).at(-1)).toBe(
      "Rolled back to blue (blue → green): canary at 10 %: errors 20 % > 1 %, p95 300 ms > 100 ms in 1 of 1 check",
    );
  });

  it("keeps measuring a canary step until its duration has passed with a passing check", () => {
    const steps = drive(
      begin(canaryPlan([{ kind: "analysis", analysis: analysis({ failureLimit: 3 }) }]), 0),
      [
        ...toCanary,
        { type: "recorded", at: 500, phase: "canary" },
        { type: "measured", at: 1_500, measurement: measurement(true) },
        { type: "measured", at: 2_400, measurement: measurement(false) },
        { type: "measured", at: 3_400, measurement: measurement(true) },
      ],
    );
    // The window counts from the canary status, and does not close on a failed check.
    expect(steps[3]!.state.analysisStartedAt).toBe(500);
    expect(steps[4]!.state.phase).toBe("canary");
    expect(steps[5]!.state.phase).toBe("canary");
    expect(steps[6]!.state.phase).toBe("switching");
  });

  it("rolls back on /rollback or a failed required check during any canary step, a pause included", () => {
    for (const event of [
      { type: "rollback-requested", at: 10, by: "bob" },
      { type: "check-failed", at: 10, check: "e2e" },
    ] as PromotionEvent[]) {
      const steps = drive(begin(canaryPlan(), 0), [
        ...toCanary,
        { type: "weighted", at: 3, percent: 10 },
        event,
      ]);
      expect(steps.at(-1)!.state.phase).toBe("rolling-back");
      expect(steps.at(-1)!.commands.at(-1)).toEqual({ type: "switch", to: "blue" });
    }
  });

  it("runs a canary step's named metrics with the step's index, and aborts on their failure", () => {
    const steps = drive(
      begin(
        canaryPlan([
          { kind: "analysis", analysis: analysis({ metrics: ["error-rate"], durationMs: 1_000 }) },
        ]),
        0,
      ),
      [
        ...toCanary,
        { type: "measured", at: 1_002, measurement: measurement(true) },
        {
          type: "metrics-analysed",
          at: 1_500,
          stage: "canary",
          verdict: { phase: "failed", metrics: [], reason: "error-rate 0.2 fails result < 0.05" },
        },
      ],
    );
    expect(steps[2]!.commands).toContainEqual({
      type: "metrics",
      stage: "canary",
      color: "green",
      durationMs: 1_000,
      step: 0,
    });
    // The step's own measurements passed; it waits for the metrics' verdict.
    expect(steps[3]!.commands).toEqual([{ type: "await-metrics", stage: "canary" }]);
    expect(steps[4]!.state.phase).toBe("rolling-back");
    expect(steps[4]!.state.reason).toBe("canary at 0 %: metrics failed: error-rate 0.2 fails result < 0.05");
  });

  it("reads a canary status back (step and weight) and, after a restart, runs that step again at its weight", () => {
    const description = "Canary of v2 (0123456) (blue → green), step 2 of 4: 10 % on green, pausing 30s";
    expect(parseDescription(description)).toEqual({
      phase: "canary",
      from: "blue",
      to: "green",
      canary: { step: 1, weight: 10 },
    });
    const interrupted: PromotionState = {
      ...begin(canaryPlan(), 0).state,
      phase: "canary",
      canary: { step: 1, weight: 10 },
    };
    const resumed = step(interrupted, { type: "resume", at: 100, active: "blue" });
    expect(resumed.commands.filter((c) => c.type !== "status")).toEqual([
      { type: "weight", canary: "green", percent: 10 },
      { type: "wait", afterMs: 30_000 },
    ]);
    // The restored weight is not the step's own: the pause still runs.
    const restored = step(resumed.state, { type: "weighted", at: 101, percent: 10 });
    expect(restored).toMatchObject({ state: { phase: "canary", canary: { step: 1 } }, commands: [] });
    // Traffic found on the new color: the full switch happened, so the post-promotion analysis runs.
    const switched = step(
      { ...interrupted, canary: { step: 4, weight: 50 } },
      { type: "resume", at: 100, active: "green" },
    );
    expect(switched.state.phase).toBe("post-analysis");
  });
});
