import type { EnvironmentPolicy } from "../drivers/index.ts";
import type { Color } from "../drivers/types.ts";
import { otherColor } from "../drivers/types.ts";
import type { Policy } from "../policy/schema/index.ts";
import { parseDuration } from "../policy/schema/primitives.ts";
import type { AnalysisPlan, CanaryStep, LoadPlan, PromotionPlan, Slo } from "./types.ts";

export const DEFAULTS = {
  intervalMs: 2_000,
  failureLimit: 3,
  durationMs: 60_000,
  bakeWindowMs: 10 * 60_000,
  slo: { "p95-ms": 100, "error-rate": 0.01 } satisfies Slo,
  loadConnections: 4,
  preLoadMs: 2_000,
};

type AnalysisStep = NonNullable<NonNullable<EnvironmentPolicy["analysis"]>["post-promotion"]>;

/** The short load run of an analysis step, when the policy asks for one. */
function loadPlan(step: AnalysisStep | undefined, durationMs: number): LoadPlan | undefined {
  const load = step?.load;
  if (!load) return undefined;
  return {
    rate: load.rate,
    connections: load.connections ?? DEFAULTS.loadConnections,
    paths: load.paths ?? [step.probe ?? "/"],
    durationMs,
  };
}

/** The names of a step's named metrics, when it has any. */
function metricNames(step: AnalysisStep | undefined): string[] | undefined {
  const names = step?.metrics?.map((metric) => metric.name) ?? [];
  return names.length > 0 ? names : undefined;
}

const ms = (text: string | undefined, fallback: number) =>
  text ? (parseDuration(text) ?? fallback) : fallback;

/** An analysis of the live new color (post-promotion, or a canary step's), the defaults filled in. */
function liveAnalysis(step: AnalysisStep | undefined, slo: Slo): AnalysisPlan {
  const intervalMs = ms(step?.interval, DEFAULTS.intervalMs);
  return {
    intervalMs,
    failureLimit: step?.["failure-limit"] ?? DEFAULTS.failureLimit,
    durationMs: ms(step?.duration, DEFAULTS.durationMs),
    slo: step?.slo ?? slo,
    probe: step?.probe,
    // Each run fills one interval: the load is the wait between measurements.
    load: loadPlan(step, intervalMs),
    metrics: metricNames(step),
  };
}

/** A canary's steps from the policy; undefined for blue-green. */
function canarySteps(env: EnvironmentPolicy, slo: Slo): CanaryStep[] | undefined {
  if (env.strategy !== "canary" || !env.steps) return undefined;
  return env.steps.map((step): CanaryStep => {
    if ("set-weight" in step) return { kind: "set-weight", percent: step["set-weight"] };
    if ("pause" in step) return { kind: "pause", ms: ms(step.pause, 0) };
    return { kind: "analysis", analysis: liveAnalysis(step.analysis, slo) };
  });
}

/** A promotion's plan from the environment's policy: the analysis figures, the bake window, what rolls back. */
export function planFor(
  policy: Policy,
  environment: string,
  facts: {
    sha: string;
    version?: string;
    promoter: string;
    active: Color;
    pullRequest?: PromotionPlan["pullRequest"];
  },
): PromotionPlan {
  const env = policy.deploy?.environments[environment] as EnvironmentPolicy;
  const post = env.analysis?.["post-promotion"];
  const pre = env.analysis?.["pre-promotion"];
  // The load gate's SLO is the team's production SLO; an explicit analysis SLO wins.
  const slo = post?.slo ?? policy.gates?.load?.slo ?? DEFAULTS.slo;
  return {
    environment,
    sha: facts.sha,
    version: facts.version,
    promoter: facts.promoter,
    from: facts.active,
    to: otherColor(facts.active),
    pre: pre
      ? {
          // Without a duration, one measurement: the interval is then only the length of its load run.
          intervalMs: pre.duration ? ms(pre.interval, DEFAULTS.intervalMs) : 0,
          failureLimit: pre["failure-limit"] ?? 1,
          durationMs: ms(pre.duration, 0),
          slo: pre.slo ?? (pre.load ? slo : {}),
          probe: pre.probe,
          load: loadPlan(pre, ms(pre.interval, DEFAULTS.preLoadMs)),
          metrics: metricNames(pre),
        }
      : undefined,
    post: liveAnalysis(post, slo),
    canary: canarySteps(env, slo),
    bakeWindowMs: ms(env["bake-window"], DEFAULTS.bakeWindowMs),
    rollbackOn: env.rollback?.on ?? ["analysis-failed", "check-failed", "probe-failed"],
    openIncident: env.rollback?.["open-incident"] ?? true,
    revertPr: env.rollback?.["revert-pr"] ?? false,
    pullRequest: facts.pullRequest,
    url: env.url,
  };
}
