import { realpathSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { untrustedEnv } from "../../core/untrusted-env.ts";
import { ConfigError } from "../../errors.ts";
import { FILE_LIMITS, readLimited } from "../../fs/read-limited.ts";
import { runSupervised } from "../../process/supervise.ts";
import { type DetectedRunner, findBin, runnerOfPath } from "./detect-runner.ts";
import type { Runner } from "./runner.ts";
import { type RunnerStart, scopeOptions } from "./scope-options.ts";

/**
 * The project's own coverage scope, as the runner resolves its configuration: jest's
 * `collectCoverageFrom` (negations included), vitest's `coverage.include`, `coverage.exclude` (with
 * the exclusions vitest adds itself) and, before vitest 4, `coverage.all`.
 */
export type OwnScope =
  | { runner: "jest"; collectCoverageFrom: string[] }
  | { runner: "vitest"; include?: string[]; exclude: string[]; all?: boolean };

/** The scope, and the program, folder and options it was read with (to check the run used the same). */
export type ReadScope = RunnerStart & { scope: OwnScope };

/** Reading a configuration takes seconds; a config that hangs must not hold the gate. */
const READ_DEADLINE_MS = 2 * 60_000;
const MAX_OUTPUT_BYTES = 16 * 1024 * 1024;

/**
 * vitest has no --showConfig: its node API resolves the configuration as `vitest` does, from the
 * same command-line options. Run by the project's node in a child process, never in the gate's.
 */
const VITEST_READER = `
const [api, options] = process.argv.slice(1);
const { parseCLI, resolveConfig } = await import(api);
if (typeof parseCLI !== "function" || typeof resolveConfig !== "function") {
  console.error("Error: this vitest's node API has no parseCLI and resolveConfig (vitest 2 or later has them)");
  process.exit(1);
}
const { vitestConfig } = await resolveConfig(parseCLI(["vitest", ...JSON.parse(options)]).options);
const coverage = vitestConfig.coverage ?? {};
process.stdout.write(JSON.stringify({ include: coverage.include, exclude: coverage.exclude, all: coverage.all }));
process.exit(0);
`;

/**
 * Reads the coverage scope of the runner the command starts, with the scope options the command
 * gives it, through the runner's own program (`jest --showConfig`; vitest's resolveConfig) in the
 * project folder. A ConfigError (exit 2) when it cannot be read: the gate never guesses a scope.
 */
export async function readOwnScope(options: {
  detected: DetectedRunner;
  cwd: string;
  signal?: AbortSignal | undefined;
}): Promise<ReadScope> {
  const { detected, cwd } = options;
  const runner = detected.runner;
  const needs = `gates.coverage.all: true needs ${runner}'s own coverage scope, read before the run`;
  const program = runnerProgram(detected, cwd);
  if (!program)
    throw new ConfigError(
      `${needs}, and the gate cannot find the ${runner} program the command runs (${detected.program ?? runner}) from ${cwd}: install ${runner} in the project (node_modules/.bin/${runner}), or name its program's path in gates.coverage.command`,
    );
  const scopeArgs = scopeOptions(runner, detected.args ?? []);
  const label =
    runner === "jest"
      ? `jest --showConfig${scopeArgs.length ? ` ${scopeArgs.join(" ")}` : ""}`
      : `vitest's resolveConfig(${scopeArgs.length ? scopeArgs.join(" ") : "no options"})`;
  const args =
    runner === "jest"
      ? [program, "--showConfig", ...scopeArgs]
      : ["--input-type=module", "-e", VITEST_READER, vitestNodeApi(program), JSON.stringify(scopeArgs)];
  const outcome = await runSupervised({
    command: process.execPath,
    args,
    cwd,
    env: { ...untrustedEnv(process.env), FORCE_COLOR: "0" },
    deadlineMs: READ_DEADLINE_MS,
    deadlineText: "2m",
    ...(options.signal ? { signal: options.signal } : {}),
    stdoutBytes: MAX_OUTPUT_BYTES,
    outputLimits: { headLines: 20, tailLines: 20, lineLength: 400 },
  });
  const why =
    outcome.stopped ??
    (outcome.spawnError
      ? `cannot start node: ${outcome.spawnError.code ?? outcome.spawnError.message}`
      : outcome.exitCode !== 0
        ? `exit ${outcome.exitCode ?? outcome.signal}`
        : outcome.stdoutOverflow
          ? `more than ${MAX_OUTPUT_BYTES / 1024 / 1024} MB of output`
          : undefined);
  if (why)
    throw new ConfigError(
      `${needs}, and \`${label}\` failed in ${cwd} (${why}): ${errorLine(outcome.output.text())}`,
    );
  const scope = parseScope(runner, outcome.stdout);
  if (!scope)
    throw new ConfigError(
      `${needs}, and \`${label}\` in ${cwd} printed no ${runner === "jest" ? "collectCoverageFrom" : "coverage include and exclude"} the gate can read`,
    );
  return { runner, program, cwd: realpath(cwd) ?? cwd, options: scopeArgs, scope };
}

/**
 * The runner's program, resolved: the path the command names (`./node_modules/.bin/jest`,
 * `node node_modules/jest/bin/jest.js`), else node_modules/.bin of the project or a folder above.
 */
function runnerProgram(detected: DetectedRunner, cwd: string): string | undefined {
  const named = detected.program;
  const byPath = named !== undefined && (/[\\/]/.test(named) || /\.(c|m)?js$/.test(named));
  const found = byPath ? realpath(resolve(cwd, named)) : findBin(cwd, detected.runner);
  return found && runnerOfPath(found) === detected.runner ? found : undefined;
}

function realpath(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}

/** The module vitest's package exports as `vitest/node`, next to its program (vitest/vitest.mjs). */
function vitestNodeApi(program: string): string {
  const root = dirname(program);
  let entry = "./dist/node.js";
  try {
    const manifest = JSON.parse(readLimited(join(root, "package.json"), FILE_LIMITS.json).toString("utf8"));
    entry = exportPath(manifest.exports?.["./node"]) ?? entry;
  } catch {
    // The usual place, then: a failing import says so in the one line of the ConfigError.
  }
  return pathToFileURL(join(root, entry)).href;
}

/** The ESM file of an `exports` entry: a path, or the `import` or `default` condition of one. */
function exportPath(entry: unknown): string | undefined {
  if (typeof entry === "string") return entry;
  if (!entry || typeof entry !== "object") return undefined;
  const conditions = entry as Record<string, unknown>;
  return exportPath(conditions.import) ?? exportPath(conditions.default);
}

/** The scope in what the reader printed: jest's --showConfig JSON, or the vitest reader's line. */
export function parseScope(runner: Runner, stdout: string): OwnScope | undefined {
  const parsed = parseJson(stdout);
  if (!parsed || typeof parsed !== "object") return undefined;
  if (runner === "jest") {
    const from = (parsed as { globalConfig?: { collectCoverageFrom?: unknown } }).globalConfig
      ?.collectCoverageFrom;
    if (from === undefined || from === null) return { runner, collectCoverageFrom: [] };
    return strings(from) ? { runner, collectCoverageFrom: from } : undefined;
  }
  const { include, exclude, all } = parsed as Record<string, unknown>;
  if (!(include === undefined || strings(include)) || !(exclude === undefined || strings(exclude)))
    return undefined;
  return {
    runner,
    ...(include?.length ? { include } : {}),
    exclude: exclude ?? [],
    ...(typeof all === "boolean" ? { all } : {}),
  };
}

/**
 * JSON printed last on stdout: a config may print lines of its own before it. jest's is indented,
 * its first line a lone `{`; the vitest reader's is one line.
 */
function parseJson(stdout: string): unknown {
  const lines = stdout.trimEnd().split("\n");
  for (let at = lines.length - 1; at >= 0; at--) {
    const line = lines[at]!;
    if (line !== "{" && !line.startsWith('{"')) continue;
    try {
      return JSON.parse(lines.slice(at).join("\n"));
    } catch {
      // A `{` of the config's own output: look further up.
    }
  }
  return undefined;
}

function strings(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === "string");
}

/** The line of a failed read that says why: the first `…Error: …` line, else the last line printed. */
function errorLine(output: string): string {
  const lines = output
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
  return lines.find((line) => /^[\w.]*Error\b.*:/.test(line)) ?? lines.at(-1) ?? "no output";
}
