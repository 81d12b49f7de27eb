/** Markdown for the chaos gate: per experiment, steady state, under fault and recovery side by side. Pure. */
import type { ExperimentResult, PhaseFigures } from "../../chaos/experiment.ts";
import { formatShare, round } from "../../core/format.ts";

export function chaosSummary(results: ExperimentResult[]): string {
  const lines = [
    "### Chaos",
    "",
    "| experiment | fault | steady state | under fault | recovery | |",
    "|---|---|---|---|---|---|",
    ...results.map(
      (r) =>
        `| ${r.name} | ${r.toxic} | ${phase(r.steady)} | ${phase(r.fault)} | ${recovery(r)} | ${r.passed ? "✅" : "❌"} |`,
    ),
  ];
  const failed = results.filter((r) => !r.passed);
  if (failed.length) {
    lines.push("", ...failed.map((r) => `- **${r.name}**: ${r.reasons.join("; ")}`));
  }
  return `${lines.join("\n")}\n`;
}

function phase(figures: PhaseFigures): string {
  const mark = figures.holds ? "" : " ⚠️";
  return `p95 ${round(figures.latency.p95, 1)} ms · ${formatShare(figures.errorRate)} errors · ${figures.requests} req${mark}`;
}

function recovery(r: ExperimentResult): string {
  const limit = `${r.recoveryLimitMs / 1000}s`;
  return r.recoveryMs === null ? `not within ${limit}` : `${round(r.recoveryMs / 1000, 2)}s (limit ${limit})`;
}
