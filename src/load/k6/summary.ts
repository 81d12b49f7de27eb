/**
 * Reads k6's two machine-readable summaries (pure):
 * - `--summary-export FILE` (the legacy format): a metric's figures sit on the metric itself
 *   (`{ avg, med, "p(95)", ... }`, a rate has `{ value, passes, fails }`) and each threshold maps to a
 *   boolean that is TRUE WHEN THE THRESHOLD FAILED (grafana/k6#1498, kept for compatibility).
 * - the `handleSummary(data)` object written as JSON: figures under `values`, thresholds as `{ ok }`.
 */
import { ToolError } from "../../errors.ts";
import type { LatencySummary } from "../engine.ts";

export interface K6Threshold {
  metric: string;
  expression: string;
  ok: boolean;
}

export interface K6Summary {
  format: "summary-export" | "handle-summary";
  requests: number;
  rps: number;
  errorRate: number;
  latency: LatencySummary;
  thresholds: K6Threshold[];
}

type Figures = Record<string, unknown>;

export function parseK6Summary(data: unknown, file: string): K6Summary {
  const metrics = (data as { metrics?: Record<string, Figures> } | null)?.metrics;
  if (!metrics || typeof metrics !== "object")
    throw new ToolError("k6", `${file} has no "metrics": not a k6 summary`);
  const handleSummary = Object.values(metrics).some((metric) => metric && typeof metric.values === "object");
  const figures = (name: string): Figures => {
    const metric = metrics[name];
    if (!metric) return {};
    return (handleSummary ? (metric.values as Figures) : metric) ?? {};
  };
  const number = (name: string, key: string) => {
    const value = figures(name)[key];
    return typeof value === "number" ? value : 0;
  };
  const thresholds: K6Threshold[] = [];
  for (const [metric, body] of Object.entries(metrics)) {
    const declared = body?.thresholds as Record<string, unknown> | undefined;
    if (!declared) continue;
    for (const [expression, verdict] of Object.entries(declared)) {
      const ok = handleSummary
        ? Boolean((verdict as { ok?: boolean } | null)?.ok)
        : // In --summary-export, true means the threshold was crossed.
          verdict === false;
      thresholds.push({ metric, expression, ok });
    }
  }
  const failed = figures("http_req_failed");
  const errorRate =
    typeof failed.rate === "number" ? failed.rate : typeof failed.value === "number" ? failed.value : 0;
  return {
    format: handleSummary ? "handle-summary" : "summary-export",
    requests: number("http_reqs", "count"),
    rps: Math.round(number("http_reqs", "rate") * 10) / 10,
    errorRate,
    latency: {
      p50: number("http_req_duration", "med"),
      p90: number("http_req_duration", "p(90)"),
      p95: number("http_req_duration", "p(95)"),
      p99: number("http_req_duration", "p(99)"),
      max: number("http_req_duration", "max"),
      mean: number("http_req_duration", "avg"),
    },
    thresholds,
  };
}
