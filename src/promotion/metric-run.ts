/**
 * Runs an analysis's named metrics side by side: each metric reads its provider, waits its interval, and
 * reads again until its verdict is in (count reached, a limit exceeded) or the analysis window ends. The
 * first metric that fails (or errs, or turns inconclusive) ends the whole analysis: the others stop.
 * Written against the MetricProvider port; the clock and the wait are injected for tests.
 */
import {
  type AnalysisVerdict,
  assessAnalysis,
  assessMetric,
  concluded,
  judgeReading,
  type MeasureTarget,
  type MetricMeasurement,
  type MetricPlan,
  type MetricProvider,
  type MetricVerdict,
} from "./metric-analysis.ts";

export interface MetricRun {
  plan: MetricPlan;
  provider: MetricProvider;
}

export interface MetricRunOptions {
  target: MeasureTarget;
  /** The analysis window: a metric without a count is measured until it ends. */
  durationMs: number;
  signal?: AbortSignal;
  now?: () => number;
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  /** Each measurement as it is taken, for progress lines and the record. */
  onMeasurement?: (measurement: MetricMeasurement) => void;
}

export interface MetricRunResult extends AnalysisVerdict {
  measurements: MetricMeasurement[];
}

export async function runMetrics(
  metrics: readonly MetricRun[],
  options: MetricRunOptions,
): Promise<MetricRunResult> {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? abortableSleep;
  const started = now();
  const stop = new AbortController();
  const onOuterAbort = () => stop.abort(options.signal?.reason);
  options.signal?.addEventListener("abort", onOuterAbort, { once: true });
  const taken = new Map<string, MetricMeasurement[]>(metrics.map((m) => [m.plan.name, []]));
  const verdicts = new Map<string, MetricVerdict>(
    metrics.map((m) => [m.plan.name, assessMetric(m.plan, [])]),
  );
  const overall = () => assessAnalysis([...verdicts.values()]);

  const runOne = async ({ plan, provider }: MetricRun) => {
    const mine = taken.get(plan.name)!;
    await provider.prepare?.(options.target);
    for (;;) {
      if (stop.signal.aborted) return;
      const reading = await provider.read(options.target, stop.signal).catch((error: unknown) => ({
        kind: "error" as const,
        detail: error instanceof Error ? error.message : String(error),
      }));
      if (stop.signal.aborted) return;
      const measurement = judgeReading(plan, reading, now());
      mine.push(measurement);
      options.onMeasurement?.(measurement);
      const windowOver =
        now() - started + (plan.intervalMs ?? 0) > options.durationMs && plan.count === undefined;
      verdicts.set(plan.name, assessMetric(plan, mine, windowOver));
      if (verdicts.get(plan.name)!.phase !== "running") {
        // A metric that did not pass ends the analysis for every metric.
        if (concluded(overall()) && overall().phase !== "successful") stop.abort();
        return;
      }
      await sleep(plan.intervalMs ?? 0, stop.signal);
    }
  };

  try {
    await Promise.all(metrics.map(runOne));
  } finally {
    options.signal?.removeEventListener("abort", onOuterAbort);
  }
  // Metrics stopped by another's failure are judged on what they took; the caller's abort leaves them running.
  for (const { plan } of metrics) {
    const verdict = verdicts.get(plan.name)!;
    if (verdict.phase === "running" && !options.signal?.aborted)
      verdicts.set(plan.name, assessMetric(plan, taken.get(plan.name)!, true));
  }
  const measurements = [...taken.values()].flat().sort((a, b) => a.at - b.at);
  return { ...overall(), measurements };
}

function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    }
    signal.addEventListener("abort", done, { once: true });
  });
}
