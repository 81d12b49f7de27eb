import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  statSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { isAbsolute, join, relative, resolve } from "node:path";
import { formatPercent, plural } from "../../core/format.ts";
import { gateResult } from "../../core/gate-result.ts";
import { ConfigError, ToolError, UsageError } from "../../errors.ts";
import { inRepository, repositoryRoot } from "../../fs/in-repository.ts";
import { FILE_LIMITS, readLimited } from "../../fs/read-limited.ts";
import { type Diff, diffAgainst } from "../../git/diff.ts";
import type { GateContext, GateDefinition } from "../types.ts";
import { c8Report } from "./c8.ts";
import { evaluate, type Observations, testProblem } from "./evaluate.ts";
import { parseLcov } from "./lcov.ts";
import { type PatchCoverage, patchCoverage } from "./patch.ts";
import { readPrevious } from "./previous.ts";
import { type ProjectCoverage, projectCoverage } from "./project.ts";
import { runTests } from "./run-tests.ts";
import { npmCommandProblem, RUNNER_LABEL, type RunnerCommand, runnerCommand } from "./runner.ts";
import { type CoverageSettings, coverageSettings } from "./settings.ts";
import { renderSummary } from "./summary.ts";

export interface CoverageOptions {
  /** A GateResult from the base branch, for the delta. */
  previous?: string;
  /** Keep c8's lcov.info and coverage-summary.json here (default: a temporary folder, removed). */
  reportDir?: string;
}

export const coverageGate: GateDefinition = {
  name: "coverage",
  summary: "run the tests under c8: project coverage and the coverage of the changed lines",
  configure(command) {
    command
      .option("--previous <file>", "the base branch's coverage GateResult JSON, to show the delta")
      .option("--report-dir <dir>", "keep c8's lcov.info and coverage-summary.json in this folder");
  },
  run: runCoverage,
};

export async function runCoverage(context: GateContext): Promise<ReturnType<typeof gateResult>> {
  const startedAt = new Date();
  const { cwd, progress } = context;
  const options = context.options as CoverageOptions;
  const settings = coverageSettings(context.policy);
  const finish = (fields: Omit<Parameters<typeof gateResult>[0], "gate" | "startedAt" | "durationMs">) =>
    gateResult({
      gate: "coverage",
      startedAt: startedAt.toISOString(),
      durationMs: Date.now() - startedAt.getTime(),
      ...fields,
    });
  if (!settings.enabled)
    return finish({
      conclusion: "skipped",
      headline: "disabled in the policy (gates.coverage.enabled: false)",
    });

  const previous = options.previous ? readPrevious(resolve(cwd, options.previous)) : undefined;
  if (previous && "missing" in previous) progress(previous.missing);
  const scripts = npmScripts(cwd);
  const npmProblem = npmCommandProblem(settings.command, { dir: cwd, scripts });
  if (npmProblem) throw new ConfigError(npmProblem);
  const ownReportsFolder = settings.reports ? reportsFolder(cwd, settings.reports) : undefined;

  // A base that cannot be compared with is a mistake to fix (exit 2) before minutes of tests.
  let diff: Diff | undefined;
  if (context.base) {
    progress(`comparing with ${context.base}`);
    diff = await diffAgainst(cwd, context.base, { progress });
    progress(`merge base ${diff.mergeBase.slice(0, 7)}: ${describeChanges(diff)}`);
  }

  const work = mkdtempSync(join(tmpdir(), "terrafusion-coverage-"));
  try {
    const runner = settings.reports
      ? undefined
      : runnerCommand(settings.command, scripts, {
          reportsDir: join(work, "runner"),
          all: settings.all,
          ...(settings.include ? { include: settings.include } : {}),
          ...(settings.exclude ? { exclude: settings.exclude } : {}),
        });
    const raw = settings.reports || runner ? undefined : join(work, "v8");
    if (raw) mkdirSync(raw);
    const collector = describeCollector(settings, runner);
    progress(
      runner
        ? `running the tests with ${RUNNER_LABEL[runner.runner]}: ${settings.command}`
        : `running the tests${raw ? " with V8 coverage" : ""}: ${settings.command}`,
    );
    const testsStarted = Date.now();
    const tests = await runTests({
      command: runner?.command ?? settings.command,
      cwd,
      coverageDir: raw,
      timeoutMs: settings.timeoutMs,
      timeoutText: settings.timeoutText,
      signal: context.signal,
    });
    progress(`${testProblem(tests) ?? "tests passed"} in ${(tests.durationMs / 1000).toFixed(1)}s`);

    let project: ProjectCoverage | undefined;
    let patch: PatchCoverage | undefined;
    let noData: string | undefined;
    let toolError: string | undefined;
    try {
      const reports = raw
        ? await collectWithC8(raw, settings, options, context, work)
        : runner
          ? ownReports(join(work, "runner"), testsStarted, () =>
              progress(`reading ${runner.runner}'s coverage reports`),
            )
          : ownReports(ownReportsFolder!, testsStarted, progress);
      if (runner && options.reportDir && !("noData" in reports))
        keepReports(reports, resolve(cwd, options.reportDir));
      if ("noData" in reports) {
        noData = reports.noData;
      } else {
        const found = projectCoverage(JSON.parse(readReport(reports.summary)));
        if (found.files === 0 || found.lines.total === 0) {
          noData = raw
            ? `c8 found coverage for no source file of the project: the tests ran, but every file they loaded is excluded (gates.coverage include/exclude, .c8rc, node_modules) or outside the project folder. ${OWN_TOOL_HINT}`
            : runner
              ? `${runner.runner} measured no source file of the project: every file the tests loaded is excluded (gates.coverage include/exclude) or outside the project folder.`
              : `${relative(cwd, reports.summary)} lists no source file.`;
        } else {
          project = found;
          progress(
            `project: lines ${formatPercent(found.lines.percent)}, branches ${formatPercent(found.branches.percent)}, functions ${formatPercent(found.functions.percent)}, statements ${formatPercent(found.statements.percent)} (${plural(found.files, "file")})`,
          );
          if (diff) {
            patch = patchOf(diff, cwd, readReport(reports.lcov));
            progress(
              patch.executable === 0
                ? "patch: no changed executable lines"
                : `patch: ${patch.covered} of ${patch.executable} changed executable lines covered (${formatPercent(patch.percent)})`,
            );
          }
        }
      }
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      toolError = error.message;
    }

    const observed: Observations = {
      tests,
      collector,
      thresholds: settings.thresholds,
      ...(project ? { project } : {}),
      ...(noData ? { noData } : {}),
      ...(patch ? { patch } : {}),
      ...(diff ? { diff: { base: diff.base, mergeBase: diff.mergeBase, files: diff.files.length } } : {}),
      ...(context.base ? {} : { patchNotMeasured: NO_BASE }),
      ...(toolError ? { toolError } : {}),
      ...(previous && "metrics" in previous ? { base: previous.metrics } : {}),
    };
    const verdict = evaluate(observed);
    let summary = renderSummary(observed, verdict);
    if (previous && "missing" in previous) summary += `\n_${previous.missing}._\n`;
    return finish({
      conclusion: verdict.conclusion,
      headline: verdict.headline,
      metrics: verdict.metrics,
      thresholds: verdict.thresholds,
      findings: verdict.findings,
      summary,
      ...(observed.base ? { base: pickPercents(observed.base) } : {}),
      ...(verdict.error ? { error: verdict.error } : {}),
    });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const NO_BASE = "no base given: pass --base REF (the action's base input), or run on a pull request";

const OWN_TOOL_HINT =
  "The gate turns on vitest's and jest's own V8 coverage when the command (or the npm script it runs) is vitest or jest alone; when it is part of a longer command, or the command runs its own coverage tool (c8, nyc), let it write lcov and json-summary reports and name their folder in gates.coverage.reports.";

/** How the coverage was collected, in words for the summary. */
function describeCollector(settings: CoverageSettings, runner: RunnerCommand | undefined): string {
  if (runner)
    return `${RUNNER_LABEL[runner.runner]}: the gate ran ${runner.script ? `the ${runner.runner} of npm script \`${runner.script}\`` : runner.runner} with ${runner.added
      .slice(0, 2)
      .map((arg) => `\`${arg}\``)
      .join(" ")} and lcov and json-summary reporters`;
  if (settings.reports) return `reports the test command wrote in \`${settings.reports}\``;
  return "c8, from the V8 coverage of every node process the test command started";
}

/** The scripts of the project's package.json, to see through `npm test` (none when there is no readable one). */
function npmScripts(cwd: string): Record<string, string> | undefined {
  try {
    const scripts = JSON.parse(readFileSync(join(cwd, "package.json"), "utf8")).scripts;
    return scripts && typeof scripts === "object" ? scripts : undefined;
  } catch {
    return undefined;
  }
}

function keepReports(reports: { lcov: string; summary: string }, dir: string): void {
  mkdirSync(dir, { recursive: true });
  copyFileSync(reports.lcov, join(dir, "lcov.info"));
  copyFileSync(reports.summary, join(dir, "coverage-summary.json"));
}

type Reports = { lcov: string; summary: string } | { noData: string };

async function collectWithC8(
  raw: string,
  settings: CoverageSettings,
  options: CoverageOptions,
  context: GateContext,
  work: string,
): Promise<Reports> {
  if (!readdirSync(raw).some((name) => name.endsWith(".json")))
    return {
      noData: `the test command started no node process that wrote V8 coverage. Check that gates.coverage.command runs your tests with node (not bun or deno) in processes that exit normally. ${OWN_TOOL_HINT}`,
    };
  context.progress("reading the coverage (c8 report)");
  return c8Report({
    cwd: context.cwd,
    coverageDir: raw,
    reportDir: options.reportDir ? resolve(context.cwd, options.reportDir) : join(work, "report"),
    all: settings.all,
    include: settings.include,
    exclude: settings.exclude,
    signal: context.signal,
  });
}

/** Reports the test command wrote itself; files left over from an earlier run do not count. */
function ownReports(dir: string, since: number, progress: (message: string) => void): Reports {
  progress(`reading the coverage reports in ${dir}`);
  const files = { lcov: join(dir, "lcov.info"), summary: join(dir, "coverage-summary.json") };
  const reporter = { lcov: "lcov", summary: "json-summary" } as const;
  for (const kind of ["lcov", "summary"] as const) {
    const file = files[kind];
    if (!existsSync(file))
      return {
        noData: `the test command wrote no ${file}: turn on the ${reporter[kind]} reporter of its coverage tool, writing into gates.coverage.reports.`,
      };
    if (statSync(file).mtimeMs < since - 1_000)
      return {
        noData: `${file} is older than this test run: the test command did not write coverage this time.`,
      };
  }
  return files;
}

/** Maps c8's lcov paths (relative to the project folder, or absolute) onto the diff's repository paths. */
function patchOf(diff: Diff, cwd: string, lcov: string): PatchCoverage {
  const project = realpathSync(cwd);
  const coverage = new Map<string, Map<number, number>>();
  for (const file of parseLcov(lcov)) {
    const path = relative(diff.root, isAbsolute(file.path) ? file.path : resolve(project, file.path));
    if (!path.startsWith("..")) coverage.set(path, file.hits);
  }
  const sources = new Map<string, string>();
  for (const path of diff.addedLines.keys()) {
    if (coverage.has(path)) sources.set(path, readFileSync(join(diff.root, path), "utf8"));
  }
  return patchCoverage({ addedLines: diff.addedLines, coverage, sources });
}

function describeChanges(diff: Diff): string {
  const count = (status: string) => diff.files.filter((file) => file.status === status).length;
  const extra = [
    count("renamed") ? `${count("renamed")} renamed` : "",
    count("deleted") ? `${count("deleted")} deleted` : "",
  ].filter(Boolean);
  return `${plural(diff.files.length, "file")} changed${extra.length ? ` (${extra.join(", ")})` : ""}`;
}

function pickPercents(metrics: Record<string, number | null>): Record<string, number | null> {
  return Object.fromEntries(Object.entries(metrics).filter(([name]) => name.endsWith("%")));
}

/** A coverage report the tests (or c8) wrote: a regular file of bounded size, or a ToolError saying why not. */
function readReport(path: string): string {
  try {
    return readLimited(path, FILE_LIMITS.report).toString("utf8");
  } catch (error) {
    throw new ToolError("coverage", error instanceof Error ? error.message : String(error));
  }
}

/** The folder `gates.coverage.reports` names: in the repository, like every path a policy names. */
function reportsFolder(cwd: string, reports: string): string {
  const contained = inRepository(repositoryRoot(cwd), reports, cwd);
  if (!contained.inside)
    throw new ConfigError(`gates.coverage.reports: ${JSON.stringify(reports)} ${contained.reason}`);
  return contained.absolute;
}
