import type { EnvironmentPolicy } from "../drivers/index.ts";
import { UsageError } from "../errors.ts";
import type { AddressGuard } from "../metrics/address-guard.ts";
import type { MetricRun } from "./metric-run.ts";
import type { Measurer } from "./ports.ts";
import type { Stage } from "./types.ts";

/** What the providers of one promotion's metrics may use: the driver's measurers, the operator's guard. */
export interface MetricContext {
  /** A new measurer of the environment's driver, for a counters, probe or load metric (each keeps its window). */
  measurer(): Measurer;
  /** The operator's allowance for Prometheus and JSON endpoint addresses (the app); absent for the CLI and action. */
  guard?: AddressGuard;
}

/**
 * The named metrics of an environment's analysis step, each with its provider: the port the promotion
 * service asks (src/metrics/metric-source.ts builds them from the policy). Throws a UsageError (one line,
 * naming the metric) for what is wrong before any reading, such as an address the operator does not allow.
 */
export type MetricSource = (
  env: EnvironmentPolicy,
  stage: Stage,
  context: MetricContext,
  canaryStep?: number,
) => MetricRun[];

const STEP = { pre: "pre-promotion", post: "post-promotion" } as const;

/** The metrics an analysis of the environment's policy names: pre, post, or canary step `canaryStep`'s. */
export function stepMetrics(env: EnvironmentPolicy, stage: Stage, canaryStep?: number) {
  if (stage !== "canary") return env.analysis?.[STEP[stage]]?.metrics ?? [];
  const step = env.steps?.[canaryStep ?? -1];
  return (step && "analysis" in step ? step.analysis.metrics : undefined) ?? [];
}

/** Every analysis of the environment that names metrics, as [stage, canary step, what to call it]. */
function analysesWithMetrics(env: EnvironmentPolicy): [Stage, number | undefined, string][] {
  const found: [Stage, number | undefined, string][] = [];
  for (const stage of ["pre", "post"] as const)
    if (stepMetrics(env, stage).length > 0) found.push([stage, undefined, `the ${STEP[stage]} metrics`]);
  (env.steps ?? []).forEach((_, index) => {
    if (stepMetrics(env, "canary", index).length > 0)
      found.push(["canary", index, `the metrics of canary step ${index + 1}`]);
  });
  return found;
}

/**
 * Why the environment's metrics cannot run here, one line each, before anything moves: an address the
 * operator does not allow, or a service given no providers at all while the policy names metrics.
 */
export function metricProblems(
  source: MetricSource | undefined,
  env: EnvironmentPolicy,
  context: MetricContext,
): string[] {
  const problems: string[] = [];
  for (const [stage, canaryStep, what] of analysesWithMetrics(env)) {
    if (!source) {
      problems.push(`${what} cannot be read here: this promotion has no metric providers`);
      continue;
    }
    try {
      source(env, stage, context, canaryStep);
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      problems.push(error.message);
    }
  }
  return problems;
}
