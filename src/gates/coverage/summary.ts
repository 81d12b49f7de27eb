import { formatPercent, plural } from "../../core/format.ts";
import type { Conclusion } from "../../core/gate-result.ts";
import { key, type Observations, testProblem, type Verdict } from "./evaluate.ts";
import { formatDelta } from "./figures.ts";
import { KINDS } from "./project.ts";
import type { Measure } from "./settings.ts";

const MAX_FILES = 20;
const TITLE: Record<Conclusion, string> = {
  success: "✅ passed",
  failure: "❌ failed",
  error: "⚠️ could not be measured",
  skipped: "skipped",
};
const NAME: Record<Measure, string> = {
  lines: "Lines",
  branches: "Branches",
  functions: "Functions",
  statements: "Statements",
  patch: "Patch",
};

/** The job summary / PR comment: one table of figures, then what to look at. */
export function renderSummary(observed: Observations, verdict: Verdict): string {
  const out = [`### Coverage: ${TITLE[verdict.conclusion]}`, "", verdict.headline, ""];
  if (verdict.error) out.push(`> **Error:** ${verdict.error}`, "");
  if (observed.noData && !verdict.error) out.push(`> **No coverage data.** ${observed.noData}`, "");

  if (observed.project || observed.patch) {
    const withBase = Boolean(observed.base);
    out.push(
      `| | Covered | Total | Coverage | Threshold |${withBase ? " Base | Δ |" : ""} |`,
      `|---|--:|--:|--:|--:|${withBase ? "--:|--:|" : ""}:-:|`,
    );
    const row = (measure: Measure, label: string, covered: number, total: number, percent: number | null) => {
      const threshold = observed.thresholds[measure];
      const mark = verdict.held[measure] === undefined ? "" : verdict.held[measure] ? "✅" : "❌";
      const base = measure === "patch" ? undefined : observed.base?.[key(measure)];
      const baseCells = withBase ? ` ${formatPercent(base)} | ${formatDelta(percent, base)} |` : "";
      out.push(
        `| ${label} | ${covered} | ${total} | ${formatPercent(percent)} | ${threshold === undefined ? "–" : formatPercent(threshold)} |${baseCells} ${mark} |`,
      );
    };
    if (observed.project)
      for (const kind of KINDS) {
        const count = observed.project[kind];
        row(kind, NAME[kind], count.covered, count.total, count.percent);
      }
    if (observed.patch && observed.diff) {
      const label = `Patch: changed lines since \`${observed.diff.base}\` (${observed.diff.mergeBase.slice(0, 7)})`;
      row("patch", label, observed.patch.covered, observed.patch.executable, observed.patch.percent);
    }
    out.push("");
  }
  if (observed.patchNotMeasured)
    out.push(`Patch coverage was not measured: ${observed.patchNotMeasured}.`, "");
  if (observed.collector && (observed.project || observed.noData))
    out.push(`Coverage collected by ${observed.collector}.`, "");
  if (observed.diff && observed.patch?.executable === 0)
    out.push(`No executable line changed in ${plural(observed.diff.files, "changed file")}.`, "");

  const uncovered = observed.patch?.files.filter((file) => file.uncovered.length) ?? [];
  if (uncovered.length) {
    out.push("**Changed lines not covered by tests**", "", "| File | Lines |", "|---|---|");
    for (const file of uncovered.slice(0, MAX_FILES)) {
      const lines = file.uncovered.map(([from, to]) => (from === to ? `${from}` : `${from}–${to}`));
      out.push(`| \`${file.path}\` | ${lines.join(", ")} |`);
    }
    if (uncovered.length > MAX_FILES)
      out.push("", `…and ${plural(uncovered.length - MAX_FILES, "more file")}.`);
    out.push("");
  }

  const problem = testProblem(observed.tests);
  if (problem) {
    const fence = "`".repeat(
      Math.max(3, ...[...observed.tests.tail.matchAll(/`+/g)].map((m) => m[0].length + 1)),
    );
    out.push(
      `<details open><summary>Test output, last lines (${problem})</summary>`,
      "",
      `${fence}text`,
      observed.tests.tail || "(no output)",
      fence,
      "",
      "</details>",
      "",
    );
  }
  return `${out.join("\n").trimEnd()}\n`;
}
