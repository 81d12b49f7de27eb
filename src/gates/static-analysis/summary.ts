import { plural } from "../../core/format.ts";
import type { Finding } from "../../core/gate-result.ts";
import { tableCell } from "../../core/markdown.ts";

export interface SummaryInput {
  mode: { kind: "full" } | { kind: "diff"; base: string; mergeBase: string; changed: number };
  semgrepVersion: string;
  filesScanned: number;
  failOn: readonly string[];
  findings: readonly Finding[];
  counts: {
    blocking: number;
    fresh: number;
    existing: number;
    waived: number;
    expiredWaivers: number;
    /** Findings that would block but lie in report-only-paths (not shipped code). */
    reportOnly: number;
  };
  annotationCap: number;
  sarifFile?: string;
  notes: readonly string[];
}

const MAX_ROWS = 50;

/** The job summary: what was scanned, what blocks and why, and what was shown but let through. */
export function renderSummary(input: SummaryInput): string {
  const { counts, mode } = input;
  const lines: string[] = [`### Static analysis: semgrep ${input.semgrepVersion}`, ""];
  lines.push(
    mode.kind === "diff"
      ? `Diff-aware: ${plural(mode.changed, "changed file")} against \`${mode.base}\` (merge base \`${mode.mergeBase.slice(0, 12)}\`), ${input.filesScanned} scanned. Only new findings block; unchanged files are covered by the full scan on push.`
      : `Full scan: ${plural(input.filesScanned, "file")} scanned.`,
  );
  lines.push("", `Blocks on: ${input.failOn.join(", ") || "nothing (fail-on is empty)"}.`, "");
  lines.push("| Findings | Count |", "|---|---:|");
  lines.push(`| blocking | ${counts.blocking} |`);
  if (mode.kind === "diff") {
    lines.push(`| new | ${counts.fresh} |`);
    lines.push(`| pre-existing (shown, not blocking) | ${counts.existing} |`);
  }
  lines.push(`| waived | ${counts.waived} |`);
  if (counts.reportOnly) lines.push(`| in report-only paths (shown, not blocking) | ${counts.reportOnly} |`);
  if (counts.expiredWaivers) lines.push(`| blocking because a waiver expired | ${counts.expiredWaivers} |`);
  lines.push(`| total | ${input.findings.length} |`, "");

  if (input.findings.length > 0) {
    const ordered = [...input.findings].sort((a, b) => Number(b.blocking) - Number(a.blocking));
    lines.push("| | Severity | Rule | Location | Message |", "|---|---|---|---|---|");
    for (const finding of ordered.slice(0, MAX_ROWS)) {
      const status = finding.blocking ? "❌ blocks" : `➖ ${finding.note ?? "not blocking"}`;
      lines.push(
        `| ${tableCell(status)} | ${finding.severity} | \`${finding.rule}\` | \`${finding.path}:${finding.line}\` | ${tableCell(firstSentence(finding.message))} |`,
      );
    }
    if (ordered.length > MAX_ROWS)
      lines.push(
        "",
        `${plural(ordered.length - MAX_ROWS, "more finding")} ${ordered.length - MAX_ROWS === 1 ? "is" : "are"} in the result file.`,
      );
    lines.push("");
  }
  if (counts.blocking > 0) {
    const shown = Math.min(counts.blocking, input.annotationCap);
    lines.push(
      `Annotations: ${shown} of ${plural(counts.blocking, "blocking finding")} annotated (cap ${input.annotationCap}, gates.static-analysis.max-annotations)${counts.blocking > shown ? `; ${counts.blocking - shown} more ${counts.blocking - shown === 1 ? "is" : "are"} listed above and in the result file` : ""}.`,
      "",
    );
  }
  if (counts.reportOnly)
    lines.push(
      `${plural(counts.reportOnly, "finding")} did not block because ${counts.reportOnly === 1 ? "its file is" : "their files are"} not shipped code: examples, demos, docs sites, fixtures, benchmarks or tests (\`gates.static-analysis.report-only-paths\`; the glob is in the table).`,
      "",
    );
  if (input.sarifFile) lines.push(`SARIF 2.1.0: \`${input.sarifFile}\``, "");
  for (const note of input.notes) lines.push(`> ${note}`, "");
  return `${lines.join("\n").trimEnd()}\n`;
}

function firstSentence(text: string): string {
  const match = /^(.+?[.!?])(\s|$)/.exec(text);
  return (match?.[1] ?? text).slice(0, 200);
}
