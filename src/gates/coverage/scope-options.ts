import type { Runner } from "./runner.ts";

/**
 * A runner's command-line options that decide which configuration it reads, and so its coverage
 * scope: the config file, the root, the projects, and the scope options themselves. Other options
 * (`--ci`, test name filters, reporters) leave the scope as it is.
 */
const SCOPE_OPTIONS: Record<Runner, ReadonlySet<string>> = {
  jest: new Set([
    "-c",
    "--config",
    "--rootDir",
    "--roots",
    "--projects",
    "--selectProjects",
    "--ignoreProjects",
    "--preset",
    "--collectCoverageFrom",
    "--coveragePathIgnorePatterns",
  ]),
  vitest: new Set([
    "-c",
    "--config",
    "-r",
    "--root",
    "--dir",
    "--project",
    "--workspace",
    "--mode",
    "--coverage.include",
    "--coverage.exclude",
    "--coverage.all",
  ]),
};

/**
 * The words of `argv` (a runner's own arguments) that are scope options, with their values:
 * `--config=x`, or `--config x` and the words after it up to the next option (jest's `--projects a
 * b` takes several). Reading the configuration with these is reading the scope this run uses.
 */
export function scopeOptions(runner: Runner, argv: readonly string[]): string[] {
  const names = SCOPE_OPTIONS[runner];
  const kept: string[] = [];
  for (let at = 0; at < argv.length; at++) {
    const word = argv[at]!;
    if (word === "--") break;
    const name = word.split("=", 1)[0]!;
    if (!names.has(name)) continue;
    kept.push(word);
    if (word.includes("=")) continue;
    while (at + 1 < argv.length && !argv[at + 1]!.startsWith("-")) kept.push(argv[++at]!);
  }
  return kept;
}

/** How the gate read a runner's scope, and how a run of it started: the same program, folder and scope options. */
export interface RunnerStart {
  runner: Runner;
  /** The runner's program, resolved (…/jest/bin/jest.js, …/vitest/vitest.mjs). */
  program: string;
  cwd: string;
  /** Its scope options (scopeOptions). */
  options: string[];
}

/**
 * Why the scope the gate read before the run is not the scope a run used, for `all: true`, or
 * undefined when it is: the gate counts files no test loads only within the project's own scope,
 * and never guesses it.
 */
export function scopeMismatch(read: RunnerStart | undefined, run: RunnerStart): string | undefined {
  const fix =
    "make gates.coverage.command start the runner directly with the options it needs (the gate reads its scope with them), or leave gates.coverage.all unset";
  if (!read)
    return `gates.coverage.all: true: the test command started ${run.runner}, which the gate did not find in the command before the run, so it could not read ${run.runner}'s own coverage scope; ${fix}`;
  if (read.runner !== run.runner)
    return `gates.coverage.all: true: the test command started ${run.runner}, but the gate found ${read.runner} in the command and read its own coverage scope before the run; ${fix}`;
  const differs = [
    slash(read.program) !== slash(run.program) ? `from ${run.program}, not ${read.program}` : "",
    slash(read.cwd) !== slash(run.cwd) ? `in ${run.cwd}, not ${read.cwd}` : "",
    read.options.join(" ") !== run.options.join(" ")
      ? `with ${describe(run.options)}, not ${describe(read.options)}`
      : "",
  ].filter(Boolean);
  if (!differs.length) return undefined;
  return `gates.coverage.all: true: the test command started ${run.runner} ${differs.join(", ")} as the gate read its own coverage scope before the run, so that scope may not be the run's; ${fix}`;
}

function slash(path: string): string {
  return path.replace(/\\/g, "/");
}

function describe(options: readonly string[]): string {
  return options.length ? `\`${options.join(" ")}\`` : "no scope options";
}
