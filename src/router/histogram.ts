import type { ColorCounters } from "../drivers/types.ts";

/** Bucket bounds in ms: fine below 100 ms where SLOs live, coarse above. */
export const BUCKETS_MS = [
  0.5,
  1,
  2,
  3,
  5,
  7.5,
  10,
  15,
  20,
  30,
  40,
  50,
  75,
  100,
  125,
  150,
  200,
  250,
  300,
  400,
  500,
  750,
  1000,
  1500,
  2000,
  3000,
  5000,
  10000,
  Number.POSITIVE_INFINITY,
];

/** Request and error counts and a latency histogram, cumulative like a Prometheus histogram. */
export class LatencyCounters {
  requests = 0;
  errors = 0;
  latencySumMs = 0;
  private readonly perBucket = new Array<number>(BUCKETS_MS.length).fill(0);

  record(latencyMs: number, failed: boolean): void {
    this.requests++;
    if (failed) this.errors++;
    this.latencySumMs += latencyMs;
    const index = BUCKETS_MS.findIndex((bound) => latencyMs <= bound);
    this.perBucket[index === -1 ? BUCKETS_MS.length - 1 : index]! += 1;
  }

  snapshot(): ColorCounters {
    let running = 0;
    return {
      requests: this.requests,
      errors: this.errors,
      latencySumMs: this.latencySumMs,
      bucketsMs: [...BUCKETS_MS],
      bucketCounts: this.perBucket.map((count) => {
        running += count;
        return running;
      }),
    };
  }
}

/** Figures of the requests between two snapshots of the same counters. */
export interface WindowFigures {
  requests: number;
  errors: number;
  errorRate: number;
  p95Ms: number;
  p99Ms: number;
  meanMs: number;
}

export function windowFigures(previous: ColorCounters | undefined, after: ColorCounters): WindowFigures {
  // A counter that went down was reset (the router restarted): count from zero, as Prometheus's rate() does,
  // rather than report a negative window whose errors would pass unseen.
  const before = previous && !wasReset(previous, after) ? previous : undefined;
  const requests = after.requests - (before?.requests ?? 0);
  const errors = after.errors - (before?.errors ?? 0);
  const counts = after.bucketCounts.map((count, i) => count - (before?.bucketCounts[i] ?? 0));
  const sum = after.latencySumMs - (before?.latencySumMs ?? 0);
  return {
    requests,
    errors,
    errorRate: requests === 0 ? 0 : errors / requests,
    p95Ms: quantile(after.bucketsMs, counts, 0.95),
    p99Ms: quantile(after.bucketsMs, counts, 0.99),
    meanMs: requests === 0 ? 0 : sum / requests,
  };
}

function wasReset(before: ColorCounters, after: ColorCounters): boolean {
  return (
    after.requests < before.requests ||
    after.errors < before.errors ||
    after.bucketCounts.some((count, i) => count < (before.bucketCounts[i] ?? 0))
  );
}

/** A quantile from cumulative bucket counts, interpolated linearly inside its bucket (as Prometheus does). */
export function quantile(bounds: number[], cumulative: number[], q: number): number {
  const total = cumulative.at(-1) ?? 0;
  if (total === 0) return 0;
  const rank = q * total;
  for (let i = 0; i < bounds.length; i++) {
    if ((cumulative[i] ?? 0) >= rank) {
      const lower = i === 0 ? 0 : bounds[i - 1]!;
      const upper = bounds[i]!;
      // Above the last finite bound there is nothing to interpolate against: report the bound.
      if (!Number.isFinite(upper)) return lower;
      const below = i === 0 ? 0 : cumulative[i - 1]!;
      const inBucket = cumulative[i]! - below;
      return inBucket === 0 ? upper : lower + (upper - lower) * ((rank - below) / inBucket);
    }
  }
  return bounds.at(-2) ?? 0;
}
