import { plural } from "../core/format.ts";
import { worstFigures } from "./analysis.ts";
import { describePhase, STATE_OF } from "./describe.ts";
import {
  FINAL_PHASES,
  type Measurement,
  type Phase,
  type PromotionCommand,
  type PromotionEvent,
  type PromotionPlan,
  type PromotionState,
} from "./types.ts";

export interface Step {
  state: PromotionState;
  commands: PromotionCommand[];
}

/** A new promotion: record it and check that it may go ahead. */
export function begin(plan: PromotionPlan, at: number): Step {
  const state: PromotionState = {
    plan,
    phase: "verifying",
    startedAt: at,
    failures: 0,
    measurements: [],
    failedChecks: [],
    timeline: [],
  };
  return enter(state, "verifying", at, "", [{ type: "verify" }]);
}

/** The pure transition: a state and an event give the next state and the commands to run, in order. */
export function step(state: PromotionState, event: PromotionEvent): Step {
  const { plan } = state;
  const stay: Step = { state, commands: [] };
  switch (event.type) {
    case "start":
      return stay;
    case "verified":
      if (state.phase !== "verifying") return stay;
      if (event.problems.length > 0)
        return enter(state, "rejected", event.at, event.problems.join("; "), [{ type: "done" }], {
          reason: event.problems.join("; "),
        });
      return enter(state, "pre-analysis", event.at, "", [
        { type: "analyse", stage: "pre", color: plan.to, afterMs: 0 },
      ]);
    case "pre-analysed":
      return preAnalysed(state, event.measurement, event.at, event.baseline);
    case "claimed":
      if (state.phase !== "pre-analysis") return stay;
      if (event.problems.length > 0)
        return enter(state, "rejected", event.at, event.problems.join("; "), [{ type: "done" }], {
          reason: event.problems.join("; "),
        });
      // The intent is recorded before traffic moves, so a crash mid-switch is never unrecorded.
      return enter(state, "switching", event.at, "", [{ type: "switch", to: plan.to }]);
    case "switched":
      if (state.phase !== "switching") return stay;
      return enter(
        { ...state, switchedAt: event.at, analysisStartedAt: event.at, failures: 0, measurements: [] },
        "post-analysis",
        event.at,
        "",
        [{ type: "analyse", stage: "post", color: plan.to, afterMs: plan.post.intervalMs }],
      );
    case "recorded":
      // The analysis counts from the moment the "Live" status is written, not from the switch: with GitHub's
      // write spacing that can be a second later, and the first check would otherwise cover a short window.
      if (event.phase !== "post-analysis" || state.phase !== "post-analysis") return stay;
      return { state: { ...state, analysisStartedAt: event.at }, commands: [] };
    case "resume":
      return resume(state, event.active, event.at);
    case "measured":
      return measured(state, event.measurement, event.at);
    case "check-failed": {
      if (!rollbackable(state) || !plan.rollbackOn.includes("check-failed")) return stay;
      const failedChecks = [...state.failedChecks, { name: event.check, url: event.url }];
      return rollBack(
        { ...state, failedChecks },
        event.at,
        `required check "${event.check}" failed on ${plan.to}`,
      );
    }
    case "probe-failed":
      if (!rollbackable(state) || !plan.rollbackOn.includes("probe-failed")) return stay;
      return rollBack(state, event.at, `health probe failed: ${event.detail}`);
    case "rollback-requested":
      if (!rollbackable(state)) return stay;
      return rollBack({ ...state, rolledBackBy: event.by }, event.at, `asked by @${event.by}`);
    case "switched-back": {
      if (state.phase !== "rolling-back") return stay;
      const commands: PromotionCommand[] = [];
      if (plan.openIncident) commands.push({ type: "incident" });
      if (plan.revertPr) commands.push({ type: "revert-pr" });
      commands.push({ type: "done" });
      return enter(state, "rolled-back", event.at, state.reason ?? "", commands);
    }
    case "command-failed":
      if (isFinal(state.phase)) return stay;
      return enter(state, "error", event.at, `${event.command} failed: ${event.error}`, [{ type: "done" }], {
        reason: event.error,
      });
  }
}

/**
 * One pre-promotion measurement of the idle color: abort after `failureLimit` failed ones, claim the
 * environment once `durationMs` has passed (at once without one), else measure again after the interval.
 */
function preAnalysed(
  state: PromotionState,
  measurement: Measurement,
  at: number,
  baseline?: Measurement,
): Step {
  const { plan } = state;
  if (state.phase !== "pre-analysis") return { state, commands: [] };
  const pre = plan.pre;
  const first = state.preStartedAt === undefined;
  const failures = (first ? 0 : state.failures) + (measurement.ok ? 0 : 1);
  const measurements = first ? [measurement] : [...state.measurements, measurement];
  const next: PromotionState = {
    ...state,
    preStartedAt: state.preStartedAt ?? measurement.at,
    // The baseline is the active color before anything moved: the first one taken.
    baseline: state.baseline ?? baseline,
    failures,
    measurements,
  };
  if (failures >= Math.max(1, pre?.failureLimit ?? 1)) {
    const failed = measurements.filter((m) => !m.ok);
    const reason =
      measurements.length === 1
        ? measurement.problems.join("; ")
        : `${failed.at(-1)?.problems.join(", ") ?? ""} in ${failed.length} of ${plural(measurements.length, "check")}`;
    return enter(next, "aborted", at, reason, [{ type: "done" }], { reason });
  }
  const elapsed = at - next.preStartedAt!;
  if (pre?.durationMs && elapsed + 1 < pre.durationMs)
    return {
      state: next,
      commands: [{ type: "analyse", stage: "pre", color: plan.to, afterMs: pre.intervalMs }],
    };
  // Another process may have started a promotion of this environment since ours was verified.
  return { state: next, commands: [{ type: "claim" }] };
}

function measured(state: PromotionState, measurement: Measurement, at: number): Step {
  const { plan } = state;
  if (state.phase !== "post-analysis") return { state, commands: [] };
  const failures = state.failures + (measurement.ok ? 0 : 1);
  const next = { ...state, failures, measurements: [...state.measurements, measurement] };
  if (failures >= Math.max(1, plan.post.failureLimit) && plan.rollbackOn.includes("analysis-failed")) {
    const failed = next.measurements.filter((m) => !m.ok);
    const worst = failed.at(-1)?.problems.join(", ") ?? "";
    return rollBack(next, at, `${worst} in ${failed.length} of ${plural(next.measurements.length, "check")}`);
  }
  const elapsed = at - (state.analysisStartedAt ?? at);
  if (elapsed + 1 >= plan.post.durationMs) {
    const checks = next.measurements.length;
    const passed = `${checks - failures} of ${plural(checks, "check")} passed; ${worstFigures(next.measurements)}`;
    return enter(next, "succeeded", at, passed, [{ type: "done" }]);
  }
  return {
    state: next,
    commands: [{ type: "analyse", stage: "post", color: plan.to, afterMs: plan.post.intervalMs }],
  };
}

/** After a restart: compare where the record says traffic is with where the driver says it is. */
function resume(state: PromotionState, active: string, at: number): Step {
  const { plan } = state;
  switch (state.phase) {
    case "verifying":
    case "pre-analysis":
      // Nothing moved yet; say so rather than silently start over.
      return enter(state, "error", at, `interrupted before the switch; traffic stayed on ${active}`, [
        { type: "done" },
      ]);
    case "switching":
      if (active === plan.from)
        return enter(state, "error", at, `interrupted before the switch; traffic stayed on ${plan.from}`, [
          { type: "done" },
        ]);
      return step({ ...state, phase: "switching" }, { type: "switched", at });
    case "post-analysis":
      if (active === plan.from)
        return rollBack(state, at, "traffic was found back on the previous color after a restart");
      // Analysis starts over: measurements taken before the crash are not trusted to cover the window.
      return enter(
        { ...state, analysisStartedAt: at, failures: 0, measurements: [] },
        "post-analysis",
        at,
        "",
        [{ type: "analyse", stage: "post", color: plan.to, afterMs: plan.post.intervalMs }],
      );
    case "rolling-back":
      return active === plan.from
        ? step(state, { type: "switched-back", at })
        : { state, commands: [{ type: "switch", to: plan.from }] };
    default:
      return { state, commands: [] };
  }
}

function rollBack(state: PromotionState, at: number, reason: string): Step {
  return enter(state, "rolling-back", at, reason, [{ type: "switch", to: state.plan.from }], { reason });
}

function rollbackable(state: PromotionState): boolean {
  return state.phase === "post-analysis" || state.phase === "succeeded";
}

export function isFinal(phase: Phase): boolean {
  return FINAL_PHASES.includes(phase);
}

/** Moves to `phase`, records it on the timeline and, first of all, writes it as a deployment status. */
function enter(
  state: PromotionState,
  phase: Phase,
  at: number,
  detail: string,
  commands: PromotionCommand[],
  extra: Partial<PromotionState> = {},
): Step {
  const description = describePhase(phase, state.plan, detail);
  return {
    state: { ...state, ...extra, phase, timeline: [...state.timeline, { at, phase, description }] },
    commands: [{ type: "status", state: STATE_OF[phase], phase, description }, ...commands],
  };
}
