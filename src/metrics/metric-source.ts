import { type MetricSource, stepMetrics } from "../promotion/metric-source.ts";
import { metricRuns } from "./providers.ts";

/**
 * The promotion service's metric source: a step's named metrics from the environment's policy, each with
 * its provider (Prometheus, HTTP JSON, or the driver's counters, probe and load run), the operator's
 * address guard applied where the caller gives one.
 */
export const policyMetricSource: MetricSource = (env, stage, context, canaryStep) =>
  metricRuns(stepMetrics(env, stage, canaryStep), context);
