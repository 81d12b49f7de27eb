import { existsSync, mkdirSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { plural } from "../../core/format.ts";
import { ConfigError } from "../../errors.ts";
import type { GateContext } from "../types.ts";
import { c8Report, nycPackageConfig } from "./c8.ts";
import type { DetectedRunner } from "./detect-runner.ts";
import type { ReadScope } from "./own-scope.ts";
import { runnerCoverageEnv, type StartedRunner, startedRunners } from "./preload.ts";
import type { TestRun } from "./run-tests.ts";
import { RUNNER_LABEL, type Runner } from "./runner.ts";
import { type RunnerStart, scopeMismatch, scopeOptions } from "./scope-options.ts";
import type { CoverageSettings } from "./settings.ts";

/** The reports to read, or why there are none: `setup` when that is the project's setup to fix whatever the tests did. */
export type Reports = { lcov: string; summary: string } | { noData: string; setup?: boolean };

/** How one run of the gate collects coverage, decided before the tests start. */
export interface Collection {
  /** jest or vitest, read from the command and the scripts it runs (see detect-runner.ts). */
  detected?: DetectedRunner;
  /** Where V8 writes raw coverage for c8 (NODE_V8_COVERAGE): only when no runner with its own coverage is expected. */
  raw?: string;
  /** Environment for the test command: the preload that turns on jest's and vitest's own coverage. */
  env: Record<string, string>;
  runnerDir: string;
  /** With `all: true`: the scope of the detected runner, read before the run (own-scope.ts). */
  own?: ReadScope;
}

export function planCollection(
  settings: CoverageSettings,
  detected: DetectedRunner | undefined,
  work: string,
  own?: ReadScope,
): Collection {
  const runnerDir = join(work, "runner");
  if (settings.reports) return { env: {}, runnerDir };
  const all = settings.all
    ? { include: settings.include, exclude: settings.exclude, own: own?.scope }
    : undefined;
  const env = runnerCoverageEnv(runnerDir, all, process.env);
  const read = settings.all && own ? { own } : {};
  if (detected) return { detected, env, runnerDir, ...read };
  const raw = join(work, "v8");
  mkdirSync(raw);
  return { raw, env, runnerDir, ...read };
}

/** The command's way to the runner, for messages: "npm test → ts-scripts test (runs vitest)". */
export function describeWay(command: string, detected: DetectedRunner): string {
  const steps = detected.via.length ? detected.via : [command];
  return steps.join(", then ");
}

/** Where the reports of this run are, which tool wrote them, or why there are none (with the fix). */
export async function readCollected(options: {
  settings: CoverageSettings;
  collection: Collection;
  tests: TestRun;
  testsStarted: number;
  ownReportsFolder: string | undefined;
  context: GateContext;
  reportDir: string;
  packageJson: Record<string, unknown> | undefined;
  work: string;
}): Promise<{ reports: Reports; collector: string }> {
  const { settings, collection, tests, context } = options;
  const command = settings.command;
  if (options.ownReportsFolder)
    return {
      reports: ownReports(options.ownReportsFolder, options.testsStarted, context.progress),
      collector: `reports the test command wrote in \`${settings.reports}\``,
    };

  const started = startedRunners(collection.runnerDir);
  const written = started.filter((run) => reportsWritten(run.reports));
  const runner: Runner | undefined = started[0]?.runner ?? collection.detected?.runner;
  if (written.length > 1)
    return {
      reports: {
        noData: `the test command ran ${runCounts(written.map((run) => run.runner))}, and the gate reads one coverage report; make gates.coverage.command run the runner once (e.g. one vitest run with projects, or jest with projects)`,
      },
      collector: collectorOf(written[0]!, collection),
    };
  if (written.length === 1) {
    const run = written[0]!;
    const mismatch = settings.all === true ? scopeMismatch(collection.own, runnerStart(run)) : undefined;
    if (mismatch) throw new ConfigError(mismatch);
    context.progress(`reading ${run.runner}'s coverage reports`);
    return {
      reports: { lcov: join(run.reports, "lcov.info"), summary: join(run.reports, "coverage-summary.json") },
      collector: collectorOf(run, collection),
    };
  }
  if (runner) {
    const provider = missingProvider(tests.tail);
    const label = RUNNER_LABEL[runner];
    const way = collection.detected ? ` (${describeWay(command, collection.detected)})` : "";
    if (provider)
      return {
        reports: {
          noData: `${runner}${way} needs its coverage provider ${provider}, which the project does not install: add it at the same version as vitest (npm install -D ${provider}@<vitest's version>)`,
          setup: true,
        },
        collector: label,
      };
    const nodeOptions = collection.detected?.nodeOptions;
    if (!started.length && nodeOptions)
      return {
        reports: {
          noData: `${runner}${way} is started with ${nodeOptions}, which replaces the NODE_OPTIONS the gate turns on ${runner}'s coverage through: add to it instead (NODE_OPTIONS="$NODE_OPTIONS ${nodeOptions.slice("NODE_OPTIONS=".length)}"), or let the command write lcov and json-summary reports and name their folder in gates.coverage.reports`,
        },
        collector: label,
      };
    if (!started.length)
      return {
        reports: {
          noData: `the gate expected ${runner}${way}, but no ${runner} process started: set gates.coverage.command to the command that starts ${runner} (run by node from node_modules), or let the command write its own reports and name their folder in gates.coverage.reports`,
        },
        collector: label,
      };
    return {
      reports: {
        noData: `${runner}${way} ran but wrote no coverage report: check that its configuration does not turn coverage off for this run (a custom coverage provider, or a reporter setup the command line cannot change), or let the command write lcov and json-summary reports and name their folder in gates.coverage.reports`,
      },
      collector: label,
    };
  }

  const raw = collection.raw!;
  const collector = "c8, from the V8 coverage of every node process the test command started";
  if (!readdirSync(raw).some((name) => name.endsWith(".json")))
    return {
      reports: {
        noData: `the test command (${command}) started no node process that wrote V8 coverage, and no jest or vitest: check that gates.coverage.command runs your tests with node (not bun or deno) in processes that exit normally, or let the command write lcov and json-summary reports and name their folder in gates.coverage.reports`,
      },
      collector,
    };
  context.progress("reading the coverage (c8 report)");
  const config = nycPackageConfig(context.cwd, options.packageJson, join(options.work, "nyc-config.json"));
  const reports = await c8Report({
    cwd: context.cwd,
    coverageDir: raw,
    reportDir: options.reportDir,
    all: settings.all,
    config,
    signal: context.signal,
  });
  return { reports, collector };
}

/** How a run started, as its note says, to compare with how the gate read its scope. */
function runnerStart(run: StartedRunner): RunnerStart {
  return {
    runner: run.runner,
    program: run.program ?? "(unknown)",
    cwd: run.cwd ?? "(unknown)",
    options: scopeOptions(run.runner, run.argv),
  };
}

function collectorOf(run: StartedRunner, collection: Collection): string {
  const way = collection.detected ? describeWay("", collection.detected) : "";
  return `${RUNNER_LABEL[run.runner]} (the project's provider and scope; the gate added its lcov and json-summary reporters${way ? `; found through ${way}` : ""})`;
}

function runCounts(runners: Runner[]): string {
  const counts = new Map<Runner, number>();
  for (const runner of runners) counts.set(runner, (counts.get(runner) ?? 0) + 1);
  return [...counts].map(([runner, count]) => `${runner} ${plural(count, "time")}`).join(" and ");
}

function reportsWritten(dir: string): boolean {
  return existsSync(join(dir, "lcov.info")) && existsSync(join(dir, "coverage-summary.json"));
}

/** vitest stops when the project's coverage provider is not installed: "Cannot find dependency '@vitest/coverage-v8'". */
function missingProvider(output: string): string | undefined {
  return /Cannot find (?:dependency|package) '(@vitest\/coverage-[a-z0-9-]+)'/.exec(output)?.[1];
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

/** Why a report with no executed line is not a figure, naming what collected it. */
export function nothingExecuted(summaryPath: string, cwd: string, collector: string): string {
  return `${collector.split(/ \(|, /)[0]} reported no executed line in any file (${relative(cwd, summaryPath) || summaryPath}): the tests passed, so the coverage was not collected from the processes that ran them`;
}
