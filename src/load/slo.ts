/** Holding load figures against a policy's SLO: pure, shared by the load and chaos gates. */
import { formatShare, round } from "../core/format.ts";
import type { LoadStats } from "./engine.ts";

export interface Slo {
  "p95-ms"?: number;
  "p99-ms"?: number;
  "error-rate"?: number;
}

export interface SloCheck {
  key: keyof Slo;
  value: number;
  threshold: number;
  ok: boolean;
}

export interface Figures {
  requests: number;
  errorRate: number;
  latency: { p95: number; p99: number };
}

/** Every figure the SLO names, checked; no request at all fails every check (no data is not a pass). */
export function checkSlo(figures: Figures, slo: Slo): SloCheck[] {
  const checks: SloCheck[] = [];
  const none = figures.requests === 0;
  const add = (key: keyof Slo, value: number) => {
    const threshold = slo[key];
    if (threshold === undefined) return;
    checks.push({ key, value, threshold, ok: !none && value < threshold });
  };
  add("p95-ms", figures.latency.p95);
  add("p99-ms", figures.latency.p99);
  add("error-rate", figures.errorRate);
  return checks;
}

export function sloHolds(figures: Figures, slo: Slo): boolean {
  return checkSlo(figures, slo).every((check) => check.ok);
}

export function describeCheck(check: SloCheck): string {
  const show = (value: number) => (check.key === "error-rate" ? formatShare(value) : `${round(value, 1)} ms`);
  const name = check.key === "error-rate" ? "error rate" : check.key.replace("-ms", "");
  return `${name} ${show(check.value)} ${check.ok ? "<" : "≥"} ${show(check.threshold)}`;
}

/** The metrics every load-measuring gate reports, keyed like the SLO. */
export function loadMetrics(stats: LoadStats): Record<string, number> {
  return {
    requests: stats.requests,
    rps: stats.rps,
    "error-rate": round(stats.errorRate, 5),
    "p50-ms": stats.latency.p50,
    "p90-ms": stats.latency.p90,
    "p95-ms": stats.latency.p95,
    "p99-ms": stats.latency.p99,
    "max-ms": stats.latency.max,
    "mean-ms": stats.latency.mean,
  };
}
