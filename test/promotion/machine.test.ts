import { describe, expect, it } from "vitest";
import { describePhase, MAX_DESCRIPTION, parseDescription } from "../../src/promotion/describe.ts";
import { begin, type Step, step } from "../../src/promotion/machine.ts";
import type { Phase, PromotionEvent } from "../../src/promotion/types.ts";
import { measurement, plan } from "./plan.ts";

function drive(first: Step, events: PromotionEvent[]): Step[] {
  const steps = [first];
  for (const event of events) steps.push(step(steps.at(-1)!.state, event));
  return steps;
}

const types = (s: Step) => s.commands.map((c) => (c.type === "status" ? `status:${c.state}` : c.type));

describe("promotion state machine", () => {
  it("goes requested → verified → pre-analysis → switch → post-analysis → succeeded, writing a status first at each step", () => {
    const steps = drive(begin(plan(), 0), [
      { type: "verified", at: 1, problems: [] },
      { type: "pre-analysed", at: 2, measurement: measurement(true) },
      { type: "claimed", at: 2, problems: [] },
      { type: "switched", at: 3 },
      ...[1, 2, 3, 4, 5].map(
        (i) => ({ type: "measured", at: 3 + i * 1000, measurement: measurement(true) }) as const,
      ),
    ]);
    expect(steps.map((s) => s.state.phase)).toEqual<Phase[]>([
      "verifying",
      "pre-analysis",
      "pre-analysis",
      "switching",
      "post-analysis",
      "post-analysis",
      "post-analysis",
      "post-analysis",
      "post-analysis",
      "succeeded",
    ]);
    expect(types(steps[0]!)).toEqual(["status:in_progress", "verify"]);
    // Before the switch, the environment is checked for another promotion (GitHub's record).
    expect(types(steps[2]!)).toEqual(["claim"]);
    expect(types(steps[3]!)).toEqual(["status:in_progress", "switch"]);
    expect(types(steps.at(-1)!)).toEqual(["status:success", "done"]);
    expect(steps.at(-1)!.state.timeline.map((t) => t.description)).toContain(
      "Live on green (blue → green): SLOs held (5 of 5 checks passed; worst p95 10 ms, errors 0 %); blue kept warm for 10m",
    );
  });

  it("rolls back once failed measurements reach the failure limit, then opens an incident", () => {
    const steps = drive(begin(plan(), 0), [
      { type: "verified", at: 1, problems: [] },
      { type: "pre-analysed", at: 2, measurement: measurement(true) },
      { type: "claimed", at: 2, problems: [] },
      { type: "switched", at: 3 },
      { type: "measured", at: 1003, measurement: measurement(false) },
      { type: "measured", at: 2003, measurement: measurement(true) },
      { type: "measured", at: 3003, measurement: measurement(false) },
      { type: "measured", at: 4003, measurement: measurement(false) },
      { type: "switched-back", at: 4010 },
    ]);
    expect(steps[7]!.state.phase).toBe("post-analysis");
    expect(steps[8]!.state.phase).toBe("rolling-back");
    expect(types(steps[8]!)).toEqual(["status:in_progress", "switch"]);
    expect(steps[8]!.commands[1]).toEqual({ type: "switch", to: "blue" });
    expect(steps[9]!.state.phase).toBe("rolled-back");
    expect(types(steps[9]!)).toEqual(["status:failure", "incident", "done"]);
    expect(steps[9]!.state.timeline.at(-1)!.description).toBe(
      "Rolled back to blue (blue → green): errors 20 % > 1 %, p95 300 ms > 100 ms in 3 of 4 checks",
    );
  });

  it("counts the analysis from when the Live status is written, not from the switch", () => {
    // A Live status written a second after the switch (GitHub's write spacing): 5 s of analysis still
    // takes 5 checks of 1 s each, where a clock started at the switch would stop after 4.
    const steps = drive(begin(plan(), 0), [
      { type: "verified", at: 1, problems: [] },
      { type: "pre-analysed", at: 2, measurement: measurement(true) },
      { type: "claimed", at: 2, problems: [] },
      { type: "switched", at: 3 },
      { type: "recorded", at: 3, phase: "switching" },
      { type: "recorded", at: 1_003, phase: "post-analysis" },
      ...[1, 2, 3, 4, 5].map(
        (i) => ({ type: "measured", at: 1_003 + i * 1_000, measurement: measurement(true) }) as const,
      ),
    ]);
    expect(steps[4]!.state.analysisStartedAt).toBe(3);
    expect(steps[5]!.state).toBe(steps[4]!.state);
    expect(steps[6]!.state.analysisStartedAt).toBe(1_003);
    expect(steps[6]!.commands).toEqual([]);
    expect(steps.slice(7).map((s) => s.state.phase)).toEqual([
      "post-analysis",
      "post-analysis",
      "post-analysis",
      "post-analysis",
      "succeeded",
    ]);
    expect(steps.at(-1)!.state.measurements).toHaveLength(5);
  });

  it("refuses a promotion whose verification found problems, without touching traffic", () => {
    const [, rejected] = drive(begin(plan(), 0), [
      { type: "verified", at: 1, problems: ['required gate "coverage" failed on 0123456'] },
    ]);
    expect(rejected!.state.phase).toBe("rejected");
    expect(types(rejected!)).toEqual(["status:failure", "done"]);
    expect(rejected!.commands.some((c) => c.type === "switch")).toBe(false);
  });

  it("does not switch when the idle color fails pre-promotion analysis", () => {
    const steps = drive(begin(plan(), 0), [
      { type: "verified", at: 1, problems: [] },
      { type: "pre-analysed", at: 2, measurement: measurement(false) },
    ]);
    expect(steps[2]!.state.phase).toBe("aborted");
    expect(steps[2]!.commands.some((c) => c.type === "switch")).toBe(false);
  });

  it("refuses to switch when another promotion of the environment is found in progress just before", () => {
    const steps = drive(begin(plan(), 0), [
      { type: "verified", at: 1, problems: [] },
      { type: "pre-analysed", at: 2, measurement: measurement(true) },
      {
        type: "claimed",
        at: 3,
        problems: ["production is busy with 1111111 by @bob (deployment 7); deploy again after it"],
      },
      { type: "switched", at: 4 },
    ]);
    expect(steps[3]!.state.phase).toBe("rejected");
    expect(types(steps[3]!)).toEqual(["status:failure", "done"]);
    expect(steps[3]!.state.timeline.at(-1)!.description).toBe(
      "Not promoted (blue → green): production is busy with 1111111 by @bob (deployment 7); deploy again after it",
    );
    expect(steps.flatMap((s) => s.commands).some((c) => c.type === "switch")).toBe(false);
    expect(steps[4]!.state).toBe(steps[3]!.state);
  });

  it("rolls back a succeeded promotion when a required check fails on its SHA", () => {
    const steps = drive(begin(plan(), 0), [
      { type: "verified", at: 1, problems: [] },
      { type: "pre-analysed", at: 2, measurement: measurement(true) },
      { type: "claimed", at: 2, problems: [] },
      { type: "switched", at: 3 },
      ...[1, 2, 3, 4, 5].map(
        (i) => ({ type: "measured", at: 3 + i * 1000, measurement: measurement(true) }) as const,
      ),
      { type: "check-failed", at: 9000, check: "integration" },
    ]);
    expect(steps.at(-1)!.state.phase).toBe("rolling-back");
    expect(steps.at(-1)!.state.failedChecks).toEqual([{ name: "integration", url: undefined }]);
  });

  it("ignores events that do not belong to the current phase (a duplicate delivery changes nothing)", () => {
    const first = begin(plan(), 0);
    const again = step(first.state, { type: "switched", at: 5 });
    expect(again.state).toBe(first.state);
    expect(again.commands).toEqual([]);
  });

  it("on resume, finishes analysis when traffic is on the new color and rolls back when it is not", () => {
    const live = drive(begin(plan(), 0), [
      { type: "verified", at: 1, problems: [] },
      { type: "pre-analysed", at: 2, measurement: measurement(true) },
      { type: "claimed", at: 2, problems: [] },
      { type: "switched", at: 3 },
    ]).at(-1)!.state;
    const resumed = step(live, { type: "resume", at: 100, active: "green" });
    expect(resumed.state.phase).toBe("post-analysis");
    expect(types(resumed)).toEqual(["status:in_progress", "analyse"]);
    const switching = { ...live, phase: "switching" as const };
    expect(step(switching, { type: "resume", at: 100, active: "blue" }).state.phase).toBe("error");
    expect(step(switching, { type: "resume", at: 100, active: "green" }).state.phase).toBe("post-analysis");
    const rolling = { ...live, phase: "rolling-back" as const };
    expect(step(rolling, { type: "resume", at: 100, active: "green" }).commands).toEqual([
      { type: "switch", to: "blue" },
    ]);
    expect(step(rolling, { type: "resume", at: 100, active: "blue" }).state.phase).toBe("rolled-back");
  });

  it("writes descriptions a person understands, within GitHub's 140 characters, that read back", () => {
    const p = plan();
    for (const phase of [
      "verifying",
      "pre-analysis",
      "switching",
      "post-analysis",
      "rolling-back",
      "rolled-back",
      "error",
    ] as Phase[]) {
      const text = describePhase(phase, p, "x".repeat(phase === "rolled-back" ? 300 : 10));
      expect(text.length).toBeLessThanOrEqual(MAX_DESCRIPTION);
      expect(parseDescription(text)).toEqual({ phase, from: "blue", to: "green" });
    }
  });
  it("never closes the post-promotion window on a failed check: it runs on until a check passes or the limit is reached", () => {
    // Slow checks (a load run each): the window is over after the first check, which failed.
    const base = [
      { type: "verified", at: 1, problems: [] },
      { type: "pre-analysed", at: 2, measurement: measurement(true) },
      { type: "claimed", at: 2, problems: [] },
      { type: "switched", at: 3 },
    ] as const satisfies PromotionEvent[];
    const failedLast = drive(begin(plan(), 0), [
      ...base,
      { type: "measured", at: 6_000, measurement: measurement(false) },
    ]);
    expect(failedLast.at(-1)!.state.phase).toBe("post-analysis");
    expect(failedLast.at(-1)!.commands).toEqual([
      { type: "analyse", stage: "post", color: "green", afterMs: 1_000 },
    ]);
    const recovered = drive(begin(plan(), 0), [
      ...base,
      { type: "measured", at: 6_000, measurement: measurement(false) },
      { type: "measured", at: 7_000, measurement: measurement(true) },
    ]);
    expect(recovered.at(-1)!.state.phase).toBe("succeeded");
    const limit = drive(begin(plan(), 0), [
      ...base,
      ...[6, 7, 8].map((i) => ({ type: "measured", at: i * 1000, measurement: measurement(false) }) as const),
    ]);
    expect(limit.at(-1)!.state.phase).toBe("rolling-back");
  });

  it("does not switch after a failed pre-promotion check below the failure limit: it checks again", () => {
    const pre = {
      intervalMs: 500,
      failureLimit: 2,
      durationMs: 0,
      slo: { "p95-ms": 100, "error-rate": 0.01 },
    };
    const steps = drive(begin(plan({ pre }), 0), [
      { type: "verified", at: 1, problems: [] },
      { type: "pre-analysed", at: 2, measurement: measurement(false) },
      { type: "pre-analysed", at: 502, measurement: measurement(true) },
    ]);
    expect(types(steps[2]!)).toEqual(["analyse"]);
    expect(types(steps[3]!)).toEqual(["claim"]);
    const aborted = drive(begin(plan({ pre }), 0), [
      { type: "verified", at: 1, problems: [] },
      { type: "pre-analysed", at: 2, measurement: measurement(false) },
      { type: "pre-analysed", at: 502, measurement: measurement(false) },
    ]);
    expect(aborted.at(-1)!.state.phase).toBe("aborted");
  });
});
