import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import { formatPercent, plural } from "../../core/format.ts";
import { gateResult } from "../../core/gate-result.ts";
import { ConfigError, ToolError, UsageError } from "../../errors.ts";
import { inRepository, repositoryRoot } from "../../fs/in-repository.ts";
import { FILE_LIMITS, readLimited } from "../../fs/read-limited.ts";
import { type Diff, diffAgainst } from "../../git/diff.ts";
import type { GateContext, GateDefinition } from "../types.ts";
import { describeWay, nothingExecuted, planCollection, readCollected } from "./collect.ts";
import { detectRunner } from "./detect-runner.ts";
import { evaluate, type Observations, testProblem } from "./evaluate.ts";
import { parseLcov } from "./lcov.ts";
import { type ReadScope, readOwnScope } from "./own-scope.ts";
import { type PatchCoverage, patchCoverage } from "./patch.ts";
import { readPrevious } from "./previous.ts";
import { type ProjectCoverage, projectCoverage } from "./project.ts";
import { runTests } from "./run-tests.ts";
import { npmCommandProblem, RUNNER_LABEL } from "./runner.ts";
import { narrowSummary, narrows, summaryFiles } from "./scope.ts";
import { coverageSettings } from "./settings.ts";
import { renderSummary } from "./summary.ts";

export interface CoverageOptions {
  /** A GateResult from the base branch, for the delta. */
  previous?: string;
  /** Keep the lcov.info and coverage-summary.json read here (default: a temporary folder, removed). */
  reportDir?: string;
}

export const coverageGate: GateDefinition = {
  name: "coverage",
  summary:
    "run the tests with the project's own coverage (jest's, vitest's, or c8 for the others): project coverage and the coverage of the changed lines",
  configure(command) {
    command
      .option("--previous <file>", "the base branch's coverage GateResult JSON, to show the delta")
      .option(
        "--report-dir <dir>",
        "keep the lcov.info and coverage-summary.json the gate read in this folder",
      );
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
  const packageJson = readPackageJson(cwd);
  const scripts = scriptsOf(packageJson);
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
    const detected = settings.reports ? undefined : detectRunner(settings.command, { dir: cwd, scripts });
    // all: true counts files no test loads within the project's own scope: read it first, or stop (exit 2).
    let own: ReadScope | undefined;
    if (settings.all === true && detected) {
      progress(`reading ${detected.runner}'s own coverage scope`);
      own = await readOwnScope({ detected, cwd, signal: context.signal });
    }
    const collection = planCollection(settings, detected, work, own);
    progress(
      detected
        ? `running the tests with ${RUNNER_LABEL[detected.runner]}${detected.via.length ? ` (${describeWay(settings.command, detected)})` : ""}: ${settings.command}`
        : `running the tests${collection.raw ? " with V8 coverage" : ""}: ${settings.command}`,
    );
    const testsStarted = Date.now();
    const tests = await runTests({
      command: settings.command,
      cwd,
      coverageDir: collection.raw,
      env: collection.env,
      timeoutMs: settings.timeoutMs,
      timeoutText: settings.timeoutText,
      signal: context.signal,
    });
    progress(`${testProblem(tests) ?? "tests passed"} in ${(tests.durationMs / 1000).toFixed(1)}s`);

    let project: ProjectCoverage | undefined;
    let patch: PatchCoverage | undefined;
    let noData: string | undefined;
    let setupProblem = false;
    let toolError: string | undefined;
    let collector: string | undefined;
    try {
      const collected = await readCollected({
        settings,
        collection,
        tests,
        testsStarted,
        ownReportsFolder,
        context,
        reportDir: options.reportDir ? resolve(cwd, options.reportDir) : join(work, "report"),
        packageJson,
        work,
      });
      collector = collected.collector;
      const reports = collected.reports;
      const keepIn = options.reportDir ? resolve(cwd, options.reportDir) : undefined;
      if (keepIn && !("noData" in reports) && dirname(reports.summary) !== keepIn)
        keepReports(reports, keepIn);
      if ("noData" in reports) {
        noData = reports.noData;
        setupProblem = reports.setup === true;
      } else {
        const root = realpathSync(cwd);
        const scope = {
          root,
          include: settings.include,
          exclude: settings.exclude,
          dropUnloaded: settings.all === false,
        };
        const summary = narrowSummary(JSON.parse(readReport(reports.summary)), scope);
        const found = projectCoverage(summary);
        if (found.files === 0 || found.lines.total === 0) {
          noData = narrows(scope)
            ? `${toolName(collector)} measured files, but none is in the policy's scope (gates.coverage include/exclude${settings.all === false ? ", all: false" : ""})`
            : `${toolName(collector)} measured no source file of the project: every file the tests loaded is excluded by the project's coverage configuration, or lies outside the project folder`;
        } else if (found.lines.covered === 0) {
          noData = nothingExecuted(reports.summary, cwd, collector);
        } else {
          project = found;
          progress(
            `project: lines ${formatPercent(found.lines.percent)}, branches ${formatPercent(found.branches.percent)}, functions ${formatPercent(found.functions.percent)}, statements ${formatPercent(found.statements.percent)} (${plural(found.files, "file")})`,
          );
          if (diff) {
            patch = patchOf(diff, root, readReport(reports.lcov), summaryFiles(summary, root));
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
      ...(collector ? { collector } : {}),
      thresholds: settings.thresholds,
      ...(project ? { project } : {}),
      ...(noData ? { noData } : {}),
      ...(setupProblem ? { setupProblem } : {}),
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

/** "c8", "jest's own coverage": the collector's name without its explanation. */
function toolName(collector: string): string {
  return collector.split(/ \(|, /)[0]!;
}

/** The project's package.json, when there is a readable one: its scripts, its `nyc` key. */
function readPackageJson(cwd: string): Record<string, unknown> | undefined {
  try {
    const parsed = JSON.parse(readLimited(join(cwd, "package.json"), FILE_LIMITS.json).toString("utf8"));
    return parsed && typeof parsed === "object" ? parsed : undefined;
  } catch {
    return undefined;
  }
}

function scriptsOf(packageJson: Record<string, unknown> | undefined): Record<string, string> | undefined {
  const scripts = packageJson?.scripts;
  return scripts && typeof scripts === "object" ? (scripts as Record<string, string>) : undefined;
}

function keepReports(reports: { lcov: string; summary: string }, dir: string): void {
  mkdirSync(dir, { recursive: true });
  copyFileSync(reports.lcov, join(dir, "lcov.info"));
  copyFileSync(reports.summary, join(dir, "coverage-summary.json"));
}

/**
 * Maps the lcov report's paths (relative to the project folder, or absolute) onto the diff's
 * repository paths, keeping the files the summary counts (the policy's scope).
 */
function patchOf(diff: Diff, project: string, lcov: string, counted: Set<string>): PatchCoverage {
  const coverage = new Map<string, Map<number, number>>();
  for (const file of parseLcov(lcov)) {
    const absolute = isAbsolute(file.path) ? file.path : resolve(project, file.path);
    if (!counted.has(absolute)) continue;
    const path = relative(diff.root, absolute);
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
