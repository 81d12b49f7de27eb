/** Markdown for the load gate's job summary and PR comment. Pure. */

import { formatShare, plural, round } from "../../core/format.ts";
import type { LatencySummary } from "../../load/engine.ts";
import type { SloCheck } from "../../load/slo.ts";
import type { RegressionVerdict } from "./regression.ts";

export interface LoadSummaryInput {
  engine: string;
  target: string;
  requests: number;
  rps: number;
  errorRate: number;
  latency: LatencySummary;
  runs: number[];
  checks: SloCheck[];
  regression?: RegressionVerdict;
  base?: Record<string, number | null>;
  thresholds?: { metric: string; expression: string; ok: boolean }[];
}

const PERCENTILES = ["p50", "p90", "p95", "p99"] as const;

export function loadSummary(input: LoadSummaryInput): string {
  const lines = [
    `### Load: ${input.engine} against ${input.target}`,
    "",
    `${plural(input.requests, "request")}, ${input.rps} req/s, ${formatShare(input.errorRate)} errors` +
      (input.runs.length > 1
        ? `, ${plural(input.runs.length, "run")} (p95 per run: ${input.runs.map((p) => round(p, 2)).join(", ")} ms)`
        : ""),
    "",
    "| SLO | measured | limit | |",
    "|---|---|---|---|",
    ...input.checks.map(
      (check) =>
        `| ${LABEL[check.key]} | ${show(check.key, check.value)} | < ${show(check.key, check.threshold)} | ${check.ok ? "✅" : "❌"} |`,
    ),
  ];
  if (input.thresholds?.length) {
    lines.push("", "| k6 threshold | |", "|---|---|");
    for (const t of input.thresholds)
      lines.push(`| \`${t.metric}: ${t.expression}\` | ${t.ok ? "✅" : "❌"} |`);
  }
  const base = input.base;
  if (base) {
    const baseValues = PERCENTILES.map((p) => base[`${p}-ms`] ?? 0);
    const headValues = PERCENTILES.map((p) => input.latency[p]);
    lines.push(
      "",
      "#### Against the base",
      "",
      "| | base | head |",
      "|---|---|---|",
      ...PERCENTILES.map(
        (p, i) => `| ${p} | ${round(baseValues[i] ?? 0, 2)} ms | ${round(headValues[i] ?? 0, 2)} ms |`,
      ),
      `| error rate | ${formatShare(base["error-rate"] ?? 0)} | ${formatShare(input.errorRate)} |`,
      "",
      input.regression ? `${input.regression.regressed ? "❌" : "✅"} ${input.regression.message}` : "",
      "",
      "```mermaid",
      "xychart-beta",
      '  title "Latency percentiles (ms): bars = base, line = head"',
      `  x-axis [${PERCENTILES.join(", ")}]`,
      '  y-axis "ms"',
      `  bar [${baseValues.map((v) => round(v, 2)).join(", ")}]`,
      `  line [${headValues.map((v) => round(v, 2)).join(", ")}]`,
      "```",
    );
  }
  return `${lines.join("\n")}\n`;
}

const LABEL = { "p95-ms": "p95", "p99-ms": "p99", "error-rate": "error rate" } as const;

export function show(key: SloCheck["key"], value: number): string {
  return key === "error-rate" ? formatShare(value) : `${round(value, 2)} ms`;
}
