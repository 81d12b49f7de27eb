import { formatPercent, plural } from "../../core/format.ts";
import type { Conclusion, Finding } from "../../core/gate-result.ts";
import type { PatchCoverage } from "./patch.ts";
import { KINDS, type ProjectCoverage } from "./project.ts";
import type { TestRun } from "./run-tests.ts";
import type { Measure } from "./settings.ts";

/** Everything one run of the gate found out; each stage fills its part even when another failed. */
export interface Observations {
  tests: TestRun;
  /** How the coverage was collected (c8, the runner's own provider, the command's reports), for the summary. */
  collector?: string;
  /** Absent when there is no coverage data at all (see noData). */
  project?: ProjectCoverage;
  /** Why there is no coverage data, in words a user can act on. */
  noData?: string;
  /** The reason there is no data is the project's setup (a missing coverage provider), whatever the tests did. */
  setupProblem?: boolean;
  /** Absent on a full run (no base) or when the diff could not be made. */
  patch?: PatchCoverage;
  diff?: { base: string; mergeBase: string; files: number };
  /** Why patch coverage was not measured (a run without a base), for the summary. */
  patchNotMeasured?: string;
  /** c8 could not read the coverage. */
  toolError?: string;
  /** The base branch's metrics, from a previous result. */
  base?: Record<string, number | null>;
  thresholds: Partial<Record<Measure, number>>;
}

export interface Verdict {
  conclusion: Conclusion;
  headline: string;
  metrics: Record<string, number | null>;
  thresholds: Record<string, number>;
  findings: Finding[];
  /** Each measure held against its threshold: true passed, false failed, undefined not held. */
  held: Partial<Record<Measure, boolean>>;
  error?: string;
}

export const LABEL: Record<Measure, string> = {
  lines: "lines",
  branches: "branches",
  functions: "functions",
  statements: "statements",
  patch: "patch",
};

export function key(measure: Measure): string {
  return `${measure}%`;
}

export function testProblem(tests: TestRun): string | undefined {
  if (tests.stopped) return `tests ${tests.stopped}`;
  if (tests.exitCode === 127) return "test command not found (exit 127)";
  if (tests.exitCode !== 0) return `tests failed (exit ${tests.exitCode})`;
  return undefined;
}

/** The pure verdict: figures against thresholds, with each kind of failure named apart. */
export function evaluate(observed: Observations): Verdict {
  const metrics: Record<string, number | null> = {};
  const thresholds: Record<string, number> = {};
  const held: Partial<Record<Measure, boolean>> = {};
  const below: string[] = [];

  // The figure shown is rounded; the threshold holds against the exact one, so nothing rounds up into a pass.
  const hold = (
    measure: Measure,
    { covered, total, percent }: { covered: number; total: number; percent: number | null },
  ) => {
    metrics[key(measure)] = percent;
    const threshold = observed.thresholds[measure];
    if (threshold === undefined) return;
    thresholds[key(measure)] = threshold;
    if (percent === null) return;
    held[measure] = covered * 100 >= threshold * total;
    if (!held[measure])
      below.push(
        `${LABEL[measure]} ${shownBelow((covered / total) * 100, threshold)} < ${formatPercent(threshold)}`,
      );
  };

  if (observed.project) {
    for (const kind of KINDS) hold(kind, observed.project[kind]);
    metrics["lines-covered"] = observed.project.lines.covered;
    metrics["lines-total"] = observed.project.lines.total;
  }
  if (observed.patch) {
    hold("patch", { ...observed.patch, total: observed.patch.executable });
    metrics["patch-covered"] = observed.patch.covered;
    metrics["patch-lines"] = observed.patch.executable;
  }

  const patchBlocks = held.patch === false;
  const findings: Finding[] = (observed.patch?.files ?? []).flatMap((file) =>
    file.uncovered.map(([line, endLine]) => ({
      path: file.path,
      line,
      ...(endLine !== line ? { endLine } : {}),
      severity: "uncovered",
      rule: "uncovered-changed-line",
      message:
        endLine === line
          ? `Changed line ${line} is not covered by tests.`
          : `Changed lines ${line}–${endLine} are not covered by tests.`,
      blocking: patchBlocks,
      onChangedLine: true,
      ...(patchBlocks ? {} : { note: "patch coverage meets its threshold" }),
    })),
  );

  // Tests that passed without any coverage to show mean the coverage was not collected: a setup to
  // fix (exit 2), never a figure such as "lines 0 %". When the tests failed, that is the failure.
  const testsFailed = testProblem(observed.tests);
  const notCollected =
    observed.noData && (!testsFailed || observed.setupProblem)
      ? `coverage not collected: ${observed.noData}`
      : undefined;
  const errors = [observed.toolError, notCollected].filter((text): text is string => Boolean(text));
  const failures = [
    notCollected ? undefined : testsFailed,
    below.length ? `coverage below threshold: ${below.join(", ")}` : undefined,
  ].filter((text): text is string => Boolean(text));

  const conclusion: Conclusion = errors.length ? "error" : failures.length ? "failure" : "success";
  const headline = [...errors, ...failures].join("; ") || passedHeadline(observed);
  return {
    conclusion,
    headline,
    metrics,
    thresholds,
    findings,
    held,
    ...(errors.length ? { error: errors.join("; ") } : {}),
  };
}

/** A figure under its threshold, with the decimals it takes to show that: 89.996 % < 90 %, not 90 % < 90 %. */
function shownBelow(exact: number, threshold: number): string {
  for (let digits = 2; digits < 6; digits++)
    if (formatPercent(exact, digits) !== formatPercent(threshold, digits))
      return formatPercent(exact, digits);
  return formatPercent(exact, 6);
}

function passedHeadline(observed: Observations): string {
  const parts = [`lines ${formatPercent(observed.project?.lines.percent)}`];
  const patch = observed.patch;
  if (patch)
    parts.push(
      patch.percent === null
        ? "patch: no changed executable lines"
        : `patch ${formatPercent(patch.percent)} (${patch.covered} of ${plural(patch.executable, "changed line")})`,
    );
  return parts.join(", ");
}
