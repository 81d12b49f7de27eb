import type { OwnScope } from "./own-scope.ts";
import { shellWords } from "./shell.ts";

/**
 * Test runners with their own coverage (jest's babel or V8 provider, vitest's v8 or istanbul
 * provider). They run code through their own module loaders (jest's transforms, vitest's vite
 * runner), so raw V8 coverage under c8 does not map back onto the sources (and vitest's workers end
 * before they write it). For these the gate runs the project's own configured coverage, adding only
 * the reporters it reads, a folder for them, and no thresholds of the runner's.
 */
export type Runner = "vitest" | "jest";

export const RUNNER_LABEL: Record<Runner, string> = {
  vitest: "vitest's own coverage",
  jest: "jest's own coverage",
};

/**
 * The files to count when the policy asks for files no test loads (`all: true`): the project's own
 * scope, as the gate read it from the runner before the run (own-scope.ts), and the policy's
 * include and exclude for a project that has no include of its own.
 */
export interface AllFiles {
  include?: readonly string[] | undefined;
  exclude?: readonly string[] | undefined;
  /** The scope of the runner the command starts; another runner gets no `all` options. */
  own?: OwnScope | undefined;
}

// c8's defaults (@istanbuljs/schema), so that "all files" means the same files for every runner.
const SOURCES = "**/*.{js,cjs,mjs,ts,cts,mts,tsx,jsx}";
export const C8_DEFAULT_EXCLUDE = [
  "coverage/**",
  "packages/*/test{,s}/**",
  "**/*.d.ts",
  "test{,s}/**",
  "test{,-*}.{js,cjs,mjs,ts,tsx,jsx}",
  "**/*{.,-}test.{js,cjs,mjs,ts,tsx,jsx}",
  "**/__tests__/**",
  "**/{ava,babel,nyc,jest,vitest}.config.{js,cjs,mjs,ts,mts}",
  "**/{karma,rollup,webpack}.config.js",
  "**/.{eslint,mocha}rc.{js,cjs}",
  "**/node_modules/**",
];

/**
 * The runner's options that the gate adds to each run of it: coverage on, with the project's own
 * provider and scope, lcov and json-summary written into `reportsDir`, and the runner's own
 * thresholds off (the policy's decide; the runner's would fail the tests). With `all`, the runner
 * also counts files no test loads, within the project's own scope (allScope).
 */
export function coverageArgs(runner: Runner, reportsDir: string, all?: AllFiles): string[] {
  const scope = all ? allScope(runner, all) : [];
  if (runner === "vitest")
    return [
      "--coverage.enabled=true",
      "--coverage.reporter=lcovonly",
      "--coverage.reporter=json-summary",
      `--coverage.reportsDirectory=${reportsDir}`,
      "--coverage.reportOnFailure=true",
      "--coverage.thresholds.lines=0",
      "--coverage.thresholds.functions=0",
      "--coverage.thresholds.branches=0",
      "--coverage.thresholds.statements=0",
      "--coverage.thresholds.perFile=false",
      "--coverage.thresholds.autoUpdate=false",
      ...scope,
    ];
  return [
    "--coverage",
    "--coverageReporters=lcovonly",
    "--coverageReporters=json-summary",
    `--coverageDirectory=${reportsDir}`,
    "--coverageThreshold={}",
    ...scope,
  ];
}

/**
 * The options that make a runner count files no test loads without losing the project's scope
 * (a runner's command-line include replaces its configuration's):
 * - a project with its own include keeps it whole: jest counts every file its `collectCoverageFrom`
 *   matches (`!` negations included), vitest 4 every file its `coverage.include` matches, less its
 *   `coverage.exclude`; before vitest 4, `coverage.all` turns that on;
 * - a project without one gets the policy's include (or every source file), less c8's usual
 *   exclusions, the policy's exclude and, for vitest, the project's own `coverage.exclude` (jest's
 *   `coveragePathIgnorePatterns` stay, as the gate does not set them).
 * The policy's include and exclude then narrow the report (scope.ts). Nothing for a runner whose
 * scope the gate did not read: such a run is refused after it (scope-options.ts), never guessed.
 */
function allScope(runner: Runner, all: AllFiles): string[] {
  const own = all.own;
  if (own?.runner !== runner) return [];
  const include = all.include ?? [SOURCES];
  const exclude = [...C8_DEFAULT_EXCLUDE, ...(all.exclude ?? [])];
  if (own.runner === "jest")
    return own.collectCoverageFrom.length
      ? []
      : [
          ...include.map((glob) => `--collectCoverageFrom=${glob}`),
          ...exclude.map((glob) => `--collectCoverageFrom=!${glob}`),
        ];
  if (own.all !== undefined) return ["--coverage.all=true"];
  if (own.include?.length) return [];
  return [
    ...include.map((glob) => `--coverage.include=${glob}`),
    ...[...own.exclude, ...exclude].map((glob) => `--coverage.exclude=${glob}`),
  ];
}

/**
 * Why npm cannot run the command in this folder, before the tests start: a missing package.json or
 * script is the policy's or the folder's fault (exit 2), not a failing test suite.
 */
export function npmCommandProblem(
  command: string,
  project: { dir: string; scripts?: Record<string, string> | undefined },
): string | undefined {
  const words = shellWords(command);
  const script = words && npmScript(words);
  if (script === undefined) return undefined;
  const setCommand = "set gates.coverage.command to what runs your tests";
  if (!project.scripts)
    return `gates.coverage.command: \`${command}\` needs a package.json with scripts in ${project.dir}; run the gate in the project's folder (--cwd, or the action's working-directory), or ${setCommand}`;
  if (!(script in project.scripts))
    return `gates.coverage.command: \`${command}\` runs the npm script "${script}", which ${project.dir}/package.json does not define; add it, or ${setCommand}`;
  return undefined;
}

/** The script `npm test`, `npm t`, `npm run NAME` or `npm run-script NAME` runs. */
export function npmScript(words: readonly string[]): string | undefined {
  if (words[0] !== "npm") return undefined;
  const verb = words[1];
  if (verb === "test" || verb === "t" || verb === "tst") return "test";
  if (verb === "run" || verb === "run-script") {
    const name = words[2];
    return name && !name.startsWith("-") ? name : undefined;
  }
  return undefined;
}
