import { type LoadStats, newHistogram, type RawLoadRun, summarize } from "../../load/engine.ts";

/** One set of figures over several runs: counts add up, latencies merge exactly (HDR histograms). */
export function mergeRuns(runs: RawLoadRun[]): LoadStats {
  const histogram = newHistogram();
  let requests = 0;
  let errors = 0;
  let durationMs = 0;
  const statusCodes: Record<string, number> = {};
  const timeline: LoadStats["timeline"] = [];
  for (const run of runs) {
    histogram.add(run.histogram);
    run.histogram.destroy();
    for (const sample of run.stats.timeline) timeline.push({ ...sample, atMs: sample.atMs + durationMs });
    requests += run.stats.requests;
    errors += run.stats.errors;
    durationMs += run.stats.durationMs;
    for (const [code, count] of Object.entries(run.stats.statusCodes))
      statusCodes[code] = (statusCodes[code] ?? 0) + count;
  }
  const latency = summarize(histogram);
  histogram.destroy();
  return {
    requests,
    errors,
    errorRate: requests ? errors / requests : 0,
    rps: durationMs ? Math.round((requests / durationMs) * 10_000) / 10 : 0,
    latency,
    statusCodes,
    durationMs,
    timeline,
  };
}
