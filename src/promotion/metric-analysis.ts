/**
 * Named metrics, the way Argo Rollouts' AnalysisTemplates judge them: each reading of a provider is one
 * measurement (successful, failed, inconclusive or error), and the measurements so far decide the metric
 * (running, successful, failed, inconclusive or error) against its limits. Pure: the providers that take
 * the readings (Prometheus, an HTTP JSON endpoint, the router's counters, a probe, a load run) are
 * adapters in src/metrics behind the MetricProvider port below.
 */
import { type Condition, ConditionEvaluationError, parseCondition } from "../core/condition.ts";
import { plural } from "../core/format.ts";
import type { Color } from "../drivers/types.ts";
import { parseDuration } from "../policy/schema/primitives.ts";

/** A value a provider read: Prometheus gives numbers (NaN included), a JSON endpoint anything scalar. */
export type MetricValue = number | string | boolean;

/** One series of a reading: a Prometheus vector's element (with its labels), or one JSONPath match. */
export interface Series {
  labels?: Record<string, string>;
  /** null when the series has no usable value (JSON null, an object): the measurement is inconclusive. */
  value: MetricValue | null;
}

/** What a provider answered once. */
export type Reading =
  | { kind: "values"; series: Series[] }
  /** Nothing to judge (an empty vector, no JSONPath match): inconclusive, never a pass. */
  | { kind: "empty"; detail: string }
  /** The provider could not answer (timeout, refused, HTTP 500, a body too large, bad JSON). */
  | { kind: "error"; detail: string };

/** What a measurement is about: the color under analysis, and what a query may name. */
export interface MeasureTarget {
  color: Color;
  /** The version (or SHA) being promoted, for `{{version}}` in queries. */
  version?: string;
  /** The environment's public URL, for providers that request the color through it. */
  url?: string;
}

/** The analysis port: one reading of one metric for a target. Implementations never throw for a bad answer. */
export interface MetricProvider {
  /** Starts the provider's window for the target (the router's counters count from here); optional. */
  prepare?(target: MeasureTarget): Promise<void>;
  read(target: MeasureTarget, signal?: AbortSignal): Promise<Reading>;
}

/** A named metric as the analysis runs it (from the policy by metricPlan). */
export interface MetricPlan {
  name: string;
  condition: Condition;
  /** Time between measurements; without it (and without count) the metric is measured once. */
  intervalMs?: number;
  /** Measurements to take; without it a metric with an interval runs until the analysis ends. */
  count?: number;
  /** The metric fails when its failed measurements exceed this (0: the first failure). */
  failureLimit: number;
  /** The metric is inconclusive when its inconclusive measurements exceed this (0: the first). */
  inconclusiveLimit: number;
  /** The metric is an error when more than this many measurements in a row are errors. */
  consecutiveErrorLimit: number;
}

export type MeasurementPhase = "successful" | "failed" | "inconclusive" | "error";
export type MetricPhase = "running" | MeasurementPhase;

export interface MetricMeasurement {
  metric: string;
  at: number;
  phase: MeasurementPhase;
  /** The values read, one per series (absent for an empty reading or an error). */
  values?: (MetricValue | null)[];
  /** One line for a person: "0.21 fails result < 0.01 (color=green)". */
  detail: string;
}

export interface MetricVerdict {
  metric: string;
  phase: MetricPhase;
  measurements: number;
  successful: number;
  failed: number;
  inconclusive: number;
  errors: number;
  /** Why the metric is where it is: "2 failed measurements > failure-limit 1; last: 0.21 fails result < 0.01". */
  reason: string;
}

export const METRIC_DEFAULTS = {
  // Argo's defaults: a failure or an inconclusive measurement decides at once; four errors in a row are tolerated.
  failureLimit: 0,
  inconclusiveLimit: 0,
  consecutiveErrorLimit: 4,
};

/** The policy's shape of a named metric (src/policy/schema/deploy.ts), as far as the analysis reads it. */
export interface PolicyMetric {
  name: string;
  "success-condition": string;
  interval?: string;
  count?: number;
  "failure-limit"?: number;
  "inconclusive-limit"?: number;
  "consecutive-error-limit"?: number;
}

/** A metric's plan from the policy (already validated: the condition parses, durations are durations). */
export function metricPlan(metric: PolicyMetric): MetricPlan {
  return {
    name: metric.name,
    condition: parseCondition(metric["success-condition"]),
    intervalMs: metric.interval ? parseDuration(metric.interval) : undefined,
    count: metric.count,
    failureLimit: metric["failure-limit"] ?? METRIC_DEFAULTS.failureLimit,
    inconclusiveLimit: metric["inconclusive-limit"] ?? METRIC_DEFAULTS.inconclusiveLimit,
    consecutiveErrorLimit: metric["consecutive-error-limit"] ?? METRIC_DEFAULTS.consecutiveErrorLimit,
  };
}

type SeriesOutcome = { phase: MeasurementPhase; text: string };

/**
 * One reading judged by the metric's condition. Every series must meet it: with several series (a vector
 * by instance, several JSONPath matches) the measurement fails when any series fails, so a query that
 * should give one number is best aggregated (sum, max) in the query itself.
 */
export function judgeReading(plan: MetricPlan, reading: Reading, at: number): MetricMeasurement {
  const base = { metric: plan.name, at };
  if (reading.kind === "error") return { ...base, phase: "error", detail: reading.detail };
  if (reading.kind === "empty" || reading.series.length === 0)
    return {
      ...base,
      phase: "inconclusive",
      detail: reading.kind === "empty" ? reading.detail : "no series",
    };
  const outcomes = reading.series.map((series) => judgeSeries(plan.condition, series));
  const phase = (["failed", "error", "inconclusive"] as const).find((p) =>
    outcomes.some((o) => o.phase === p),
  );
  const deciding = phase ? outcomes.filter((o) => o.phase === phase) : outcomes;
  const shown = deciding.slice(0, 3).map((o) => o.text);
  if (deciding.length > shown.length) shown.push(`${deciding.length - shown.length} more`);
  return {
    ...base,
    phase: phase ?? "successful",
    values: reading.series.map((series) => series.value),
    detail: shown.join("; "),
  };
}

function judgeSeries(condition: Condition, series: Series): SeriesOutcome {
  const where = labelText(series.labels);
  const value = series.value;
  if (value === null) return { phase: "inconclusive", text: `no value${where}` };
  if (typeof value === "number" && Number.isNaN(value)) return { phase: "inconclusive", text: `NaN${where}` };
  try {
    const passed = condition.test(value);
    return {
      phase: passed ? "successful" : "failed",
      text: `${show(value)} ${passed ? "meets" : "fails"} ${condition.source}${where}`,
    };
  } catch (error) {
    if (error instanceof ConditionEvaluationError)
      return {
        phase: "error",
        text: `${condition.source} cannot judge ${show(value)}${where}: ${error.message}`,
      };
    throw error;
  }
}

/**
 * Where a metric stands after its measurements. `finished` says the analysis window is over (a metric
 * without a count stops there). A limit exceeded decides at once, failures first; a metric that ends
 * without a single successful measurement is inconclusive, never a pass.
 */
export function assessMetric(
  plan: MetricPlan,
  measurements: readonly MetricMeasurement[],
  finished = false,
): MetricVerdict {
  const count = (phase: MeasurementPhase) => measurements.filter((m) => m.phase === phase).length;
  const figures = {
    metric: plan.name,
    measurements: measurements.length,
    successful: count("successful"),
    failed: count("failed"),
    inconclusive: count("inconclusive"),
    errors: count("error"),
  };
  let consecutiveErrors = 0;
  for (let i = measurements.length - 1; i >= 0 && measurements[i]!.phase === "error"; i--)
    consecutiveErrors++;
  const last = measurements.at(-1);
  const lastText = last ? `; last: ${last.detail}` : "";
  const verdict = (phase: MetricPhase, reason: string): MetricVerdict => ({ ...figures, phase, reason });

  if (figures.failed > plan.failureLimit)
    return verdict(
      "failed",
      `${plural(figures.failed, "failed measurement")} > failure-limit ${plan.failureLimit}${lastOf(measurements, "failed")}`,
    );
  if (consecutiveErrors > plan.consecutiveErrorLimit)
    return verdict(
      "error",
      `${plural(consecutiveErrors, "error")} in a row > consecutive-error-limit ${plan.consecutiveErrorLimit}${lastText}`,
    );
  if (figures.inconclusive > plan.inconclusiveLimit)
    return verdict(
      "inconclusive",
      `${plural(figures.inconclusive, "inconclusive measurement")} > inconclusive-limit ${plan.inconclusiveLimit}${lastOf(measurements, "inconclusive")}`,
    );
  const target = plan.count ?? (plan.intervalMs === undefined ? 1 : undefined);
  const done = finished || (target !== undefined && measurements.length >= target);
  if (!done) return verdict("running", `${plural(measurements.length, "measurement")} so far${lastText}`);
  if (figures.successful === 0)
    return verdict(
      "inconclusive",
      `no successful measurement in ${plural(measurements.length, "measurement")}${lastText}`,
    );
  return verdict(
    "successful",
    `${figures.successful} of ${plural(measurements.length, "measurement")} successful${lastText}`,
  );
}

function lastOf(measurements: readonly MetricMeasurement[], phase: MeasurementPhase): string {
  const last = measurements.findLast((m) => m.phase === phase);
  return last ? `; last: ${last.detail}` : "";
}

export interface AnalysisVerdict {
  /** failed if any metric failed, else error, else inconclusive, else running, else successful. */
  phase: MetricPhase;
  metrics: MetricVerdict[];
  /** The deciding metrics, one phrase each: "error-rate: 2 failed measurements > failure-limit 1; …". */
  reason: string;
}

const PRECEDENCE: MetricPhase[] = ["failed", "error", "inconclusive", "running", "successful"];

/** The analysis as a whole from its metrics' verdicts (no metric at all is successful: nothing to ask). */
export function assessAnalysis(metrics: MetricVerdict[]): AnalysisVerdict {
  const phase = PRECEDENCE.find((p) => metrics.some((m) => m.phase === p)) ?? "successful";
  const reason = metrics
    .filter((m) => m.phase === phase)
    .map((m) => `${m.metric}: ${m.reason}`)
    .join("; ");
  return { phase, metrics, reason: reason || "no metrics" };
}

/** The analysis is over (no metric still running). */
export function concluded(verdict: AnalysisVerdict): boolean {
  return verdict.phase !== "running";
}

function labelText(labels: Record<string, string> | undefined): string {
  const entries = Object.entries(labels ?? {}).filter(([name]) => name !== "__name__");
  return entries.length ? ` (${entries.map(([k, v]) => `${k}=${v}`).join(", ")})` : "";
}

function show(value: MetricValue): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number") return String(Number(value.toPrecision(4)));
  return String(value);
}
