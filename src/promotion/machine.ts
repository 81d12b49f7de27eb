import { plural } from "../core/format.ts";
import { worstFigures } from "./analysis.ts";
import { describePhase, STATE_OF, seconds } from "./describe.ts";
import type { AnalysisVerdict } from "./metric-analysis.ts";
import {
  type AnalysisPlan,
  type CanaryStep,
  FINAL_PHASES,
  type Measurement,
  type Phase,
  type PromotionCommand,
  type PromotionEvent,
  type PromotionPlan,
  type PromotionState,
  type Stage,
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
        ...startMetrics(plan.pre, "pre", plan),
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
      if (plan.canary?.length) return canaryStep({ ...state, canary: { step: 0, weight: 0 } }, 0, event.at);
      // The intent is recorded before traffic moves, so a crash mid-switch is never unrecorded.
      return enter(state, "switching", event.at, "", [{ type: "switch", to: plan.to }]);
    case "weighted": {
      if (state.phase !== "canary" || !state.canary) return stay;
      const next = { ...state, canary: { ...state.canary, weight: event.percent } };
      const current = plan.canary?.[state.canary.step];
      // A weight restored after a restart is not the step's own: the step's body is still to run.
      if (current?.kind !== "set-weight" || current.percent !== event.percent)
        return { state: next, commands: [] };
      return canaryStep(next, state.canary.step + 1, event.at);
    }
    case "waited":
      if (state.phase !== "canary" || !state.canary || plan.canary?.[state.canary.step]?.kind !== "pause")
        return stay;
      return canaryStep(state, state.canary.step + 1, event.at);
    case "switched":
      if (state.phase !== "switching") return stay;
      return enter(
        {
          ...state,
          switchedAt: event.at,
          analysisStartedAt: event.at,
          failures: 0,
          measurements: [],
          analysed: undefined,
        },
        "post-analysis",
        event.at,
        "",
        [
          ...startMetrics(plan.post, "post", plan),
          { type: "analyse", stage: "post", color: plan.to, afterMs: plan.post.intervalMs },
        ],
      );
    case "recorded":
      // The analysis counts from the moment the "Live" status is written, not from the switch: with GitHub's
      // write spacing that can be a second later, and the first check would otherwise cover a short window.
      if (event.phase !== state.phase || !liveAnalysis(state)) return stay;
      return { state: { ...state, analysisStartedAt: event.at }, commands: [] };
    case "resume":
      return resume(state, event.active, event.at);
    case "measured":
      return measured(state, event.measurement, event.at);
    case "metrics-analysed":
      return metricsAnalysed(state, event.stage, event.verdict, event.at);
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
  // As after the switch: the idle color is not switched to on a failed check, however long the window.
  if ((pre?.durationMs && elapsed + 1 < pre.durationMs) || !measurement.ok)
    return {
      state: next,
      commands: [
        { type: "analyse", stage: "pre", color: plan.to, afterMs: pre?.intervalMs ?? plan.post.intervalMs },
      ],
    };
  if (awaitsMetrics(next, "pre"))
    return { state: { ...next, analysed: "pre" }, commands: [{ type: "await-metrics", stage: "pre" }] };
  // Another process may have started a promotion of this environment since ours was verified.
  return { state: next, commands: [{ type: "claim" }] };
}

/**
 * The analysis watching the new color now, with live traffic on it: a canary step's (at its weight) or the
 * post-promotion one (all traffic). Undefined in any other phase or canary step.
 */
function liveAnalysis(
  state: PromotionState,
): { stage: "canary" | "post"; analysis: AnalysisPlan } | undefined {
  if (state.phase === "post-analysis") return { stage: "post", analysis: state.plan.post };
  if (state.phase !== "canary" || !state.canary) return undefined;
  const current = state.plan.canary?.[state.canary.step];
  return current?.kind === "analysis" ? { stage: "canary", analysis: current.analysis } : undefined;
}

/** The analysis of a stage in the promotion's current step (a canary step's own, for "canary"). */
export function stageAnalysis(state: PromotionState, stage: Stage): Partial<AnalysisPlan> | undefined {
  if (stage === "pre") return state.plan.pre;
  if (stage === "post") return state.plan.post;
  return liveAnalysis(state)?.analysis;
}

function measured(state: PromotionState, measurement: Measurement, at: number): Step {
  const { plan } = state;
  const live = liveAnalysis(state);
  if (!live) return { state, commands: [] };
  const { stage, analysis } = live;
  const failures = state.failures + (measurement.ok ? 0 : 1);
  const next = { ...state, failures, measurements: [...state.measurements, measurement] };
  if (failures >= Math.max(1, analysis.failureLimit) && plan.rollbackOn.includes("analysis-failed")) {
    const failed = next.measurements.filter((m) => !m.ok);
    const worst = failed.at(-1)?.problems.join(", ") ?? "";
    return rollBack(next, at, `${worst} in ${failed.length} of ${plural(next.measurements.length, "check")}`);
  }
  const elapsed = at - (state.analysisStartedAt ?? at);
  // The window never closes on a failed check: it runs on, one interval at a time, until a check passes
  // or the failures reach the limit. Slow checks (a load run per check) would otherwise let a release
  // that failed its only check through as "SLOs held".
  if (elapsed + 1 >= analysis.durationMs && measurement.ok) {
    if (awaitsMetrics(next, stage))
      return { state: { ...next, analysed: stage }, commands: [{ type: "await-metrics", stage }] };
    return analysisDone(next, stage, at);
  }
  return {
    state: next,
    commands: [{ type: "analyse", stage, color: plan.to, afterMs: analysis.intervalMs }],
  };
}

/** A live analysis passed: the promotion succeeds, or the canary goes on to its next step. */
function analysisDone(state: PromotionState, stage: "canary" | "post", at: number): Step {
  if (stage === "post") return succeed(state, at);
  return canaryStep(state, (state.canary?.step ?? 0) + 1, at);
}

/**
 * Starts canary step `index` (after the last one: the full switch, then the post-promotion analysis as in
 * blue-green). `restore` re-applies the weight the canary had when a restarted process takes it over.
 */
function canaryStep(state: PromotionState, index: number, at: number, restore = false): Step {
  const { plan } = state;
  const steps = plan.canary ?? [];
  const weight = state.canary?.weight ?? 0;
  if (index >= steps.length)
    return enter({ ...state, canary: { step: index, weight } }, "switching", at, "", [
      { type: "switch", to: plan.to },
    ]);
  const current = steps[index]!;
  const next: PromotionState = { ...state, canary: { step: index, weight } };
  const detail = describeCanaryStep(current, index, steps.length, weight, plan.to);
  const restored: PromotionCommand[] =
    restore && current.kind !== "set-weight" ? [{ type: "weight", canary: plan.to, percent: weight }] : [];
  switch (current.kind) {
    case "set-weight":
      return enter(next, "canary", at, detail, [
        { type: "weight", canary: plan.to, percent: current.percent },
      ]);
    case "pause":
      return enter(next, "canary", at, detail, [...restored, { type: "wait", afterMs: current.ms }]);
    case "analysis": {
      const fresh: PromotionState = {
        ...next,
        analysisStartedAt: at,
        failures: 0,
        measurements: [],
        metrics: { ...state.metrics, canary: undefined },
        analysed: undefined,
      };
      return enter(fresh, "canary", at, detail, [
        ...restored,
        ...startMetrics(current.analysis, "canary", plan, index),
        { type: "analyse", stage: "canary", color: plan.to, afterMs: current.analysis.intervalMs },
      ]);
    }
  }
}

/** "step 2 of 5: 5 % of traffic to green" — what a deployment status says of a canary step. */
function describeCanaryStep(current: CanaryStep, index: number, count: number, weight: number, to: string) {
  const which = `step ${index + 1} of ${count}`;
  switch (current.kind) {
    case "set-weight":
      return `${which}: ${current.percent} % of traffic to ${to}`;
    case "pause":
      return `${which}: ${weight} % on ${to}, pausing ${seconds(current.ms)}`;
    case "analysis":
      return `${which}: ${weight} % on ${to}, watching SLOs for ${seconds(current.analysis.durationMs)}, every ${seconds(current.analysis.intervalMs)}`;
  }
}

function succeed(state: PromotionState, at: number): Step {
  const checks = state.measurements.length;
  const metrics = state.metrics?.post ? `; metrics: ${metricFigures(state.metrics.post)}` : "";
  const passed = `${checks - state.failures} of ${plural(checks, "check")} passed; ${worstFigures(state.measurements)}${metrics}`;
  return enter(state, "succeeded", at, passed, [{ type: "done" }]);
}

/** Starts a step's named metrics, when it has any; their window is the step's duration. */
function startMetrics(
  analysis: (Pick<AnalysisPlan, "metrics"> & { durationMs?: number }) | undefined,
  stage: Stage,
  plan: PromotionPlan,
  step?: number,
): PromotionCommand[] {
  if (!analysis?.metrics?.length) return [];
  return [
    {
      type: "metrics",
      stage,
      color: plan.to,
      durationMs: analysis.durationMs ?? 0,
      ...(step === undefined ? {} : { step }),
    },
  ];
}

/** Whether a step has named metrics whose verdict is not in yet. */
function awaitsMetrics(state: PromotionState, stage: Stage): boolean {
  const analysis = stageAnalysis(state, stage);
  return Boolean(analysis?.metrics?.length) && !state.metrics?.[stage];
}

/**
 * A step's named metrics reached their verdict. Anything but successful stops the step, inconclusive
 * included (Argo would pause; with nobody to resume, the safe side is not to switch, or to switch back):
 * before the switch nothing moves; after it, traffic goes back (when the policy rolls back on analysis).
 * A successful verdict lets the step end once its other measurements are done too.
 */
function metricsAnalysed(state: PromotionState, stage: Stage, verdict: AnalysisVerdict, at: number): Step {
  const phase = STAGE_PHASE[stage];
  if (state.phase !== phase || state.metrics?.[stage]) return { state, commands: [] };
  const next: PromotionState = { ...state, metrics: { ...state.metrics, [stage]: verdict } };
  if (verdict.phase !== "successful") {
    const reason = metricsReason(verdict);
    if (stage === "pre") return enter(next, "aborted", at, reason, [{ type: "done" }], { reason });
    if (state.plan.rollbackOn.includes("analysis-failed")) return rollBack(next, at, reason);
  }
  if (state.analysed !== stage) return { state: next, commands: [] };
  return stage === "pre" ? { state: next, commands: [{ type: "claim" }] } : analysisDone(next, stage, at);
}

/** The phase in which each stage's analysis runs. */
export const STAGE_PHASE: Record<Stage, Phase> = {
  pre: "pre-analysis",
  canary: "canary",
  post: "post-analysis",
};

/** "error-rate failed: 2 failed measurements > failure-limit 1; last: …": the deciding metrics first, by name. */
function metricsReason(verdict: AnalysisVerdict): string {
  const deciding = verdict.metrics.filter((m) => m.phase === verdict.phase);
  if (deciding.length === 0) return `metrics ${verdict.phase}: ${verdict.reason}`;
  return deciding.map((m) => `${m.metric} ${m.phase}: ${m.reason}`).join("; ");
}

/** "error-rate 6/6, p95 3/3 successful" for a status: each metric's successful measurements of all. */
function metricFigures(verdict: AnalysisVerdict): string {
  const each = verdict.metrics.map((m) => `${m.metric} ${m.successful}/${m.measurements}`).join(", ");
  return `${each} ${verdict.phase}`;
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
    case "canary":
      // The canary never changes the active color: the step the record names runs again, at its weight.
      if (active === plan.from) return canaryStep(state, state.canary?.step ?? 0, at, true);
      return step({ ...state, phase: "switching" }, { type: "switched", at });
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
        {
          ...state,
          analysisStartedAt: at,
          failures: 0,
          measurements: [],
          metrics: undefined,
          analysed: undefined,
        },
        "post-analysis",
        at,
        "",
        [
          ...startMetrics(plan.post, "post", plan),
          { type: "analyse", stage: "post", color: plan.to, afterMs: plan.post.intervalMs },
        ],
      );
    case "rolling-back":
      return active === plan.from
        ? step(state, { type: "switched-back", at })
        : { state, commands: [{ type: "switch", to: plan.from }] };
    default:
      return { state, commands: [] };
  }
}

/** Traffic goes back to the previous color; a canary is aborted to 0 % (the switch takes the weight back). */
function rollBack(state: PromotionState, at: number, reason: string): Step {
  const why = state.phase === "canary" ? `canary at ${state.canary?.weight ?? 0} %: ${reason}` : reason;
  return enter(state, "rolling-back", at, why, [{ type: "switch", to: state.plan.from }], { reason: why });
}

function rollbackable(state: PromotionState): boolean {
  return state.phase === "post-analysis" || state.phase === "succeeded" || state.phase === "canary";
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
