import { basename } from "node:path";

/**
 * Test runners that execute code through their own module loaders (vitest's vite runner, jest's
 * transforms and module wrapper). Raw V8 coverage of such code does not map back onto the sources
 * (and vitest's forks end before they write it), so for these the gate asks the runner's own V8
 * provider for lcov and json-summary reports instead of c8.
 */
export type Runner = "vitest" | "jest";

export interface RunnerCommand {
  runner: Runner;
  /** The command to run: the user's, with the coverage options appended. */
  command: string;
  /** The options appended, for the summary. */
  added: string[];
  /** The npm script the runner was found in, when the command is `npm test` or `npm run NAME`. */
  script?: string;
}

export interface RunnerCoverage {
  /** Where the runner writes lcov.info and coverage-summary.json. */
  reportsDir: string;
  include?: readonly string[];
  exclude?: readonly string[];
  /** Count files no test loads (c8 --all): needs include globs, else every source file. */
  all: boolean;
}

export const RUNNER_LABEL: Record<Runner, string> = {
  vitest: "vitest's own V8 coverage (@vitest/coverage-v8)",
  jest: "jest's own V8 coverage (--coverageProvider=v8)",
};

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

/** The files to count: the policy's include/exclude; with `all` and no include, every source file but c8's usual exclusions. */
function scope(coverage: RunnerCoverage): { include?: readonly string[]; exclude?: readonly string[] } {
  const include = coverage.include ?? (coverage.all ? [SOURCES] : undefined);
  const exclude =
    coverage.exclude ?? (coverage.include === undefined && coverage.all ? C8_DEFAULT_EXCLUDE : undefined);
  return { ...(include ? { include } : {}), ...(exclude ? { exclude } : {}) };
}

/** The runner's own options for V8 coverage into `reportsDir`, with our thresholds only (its own would fail the tests). */
export function coverageArgs(runner: Runner, coverage: RunnerCoverage): string[] {
  const { include, exclude } = scope(coverage);
  if (runner === "vitest")
    return [
      "--coverage.enabled=true",
      "--coverage.provider=v8",
      "--coverage.reporter=lcovonly",
      "--coverage.reporter=json-summary",
      `--coverage.reportsDirectory=${coverage.reportsDir}`,
      "--coverage.reportOnFailure=true",
      ...(include ?? []).map((glob) => `--coverage.include=${glob}`),
      ...(exclude ?? []).map((glob) => `--coverage.exclude=${glob}`),
    ];
  return [
    "--coverage",
    "--coverageProvider=v8",
    "--coverageReporters=lcovonly",
    "--coverageReporters=json-summary",
    `--coverageDirectory=${coverage.reportsDir}`,
    "--coverageThreshold={}",
    ...(include ?? []).map((glob) => `--collectCoverageFrom=${glob}`),
    ...(exclude ?? []).map((glob) => `--collectCoverageFrom=!${glob}`),
  ];
}

/**
 * Recognises a command that runs vitest or jest by itself: `vitest run`, `npx jest --ci`,
 * `./node_modules/.bin/jest`, or `npm test` / `npm run NAME` whose script is such a command.
 * Anything the shell would combine (`&&`, pipes, redirections, substitutions) is left to c8:
 * appending options there could reach the wrong program.
 */
export function runnerCommand(
  command: string,
  scripts: Record<string, string> | undefined,
  coverage: RunnerCoverage,
): RunnerCommand | undefined {
  const words = shellWords(command);
  if (!words) return undefined;
  const direct = runnerOf(words);
  if (direct) {
    const added = coverageArgs(direct, coverage);
    return { runner: direct, command: `${command} ${added.map(quote).join(" ")}`, added };
  }
  const script = npmScript(words);
  const body = script === undefined ? undefined : scripts?.[script];
  if (script === undefined || body === undefined) return undefined;
  const inner = shellWords(body);
  const runner = inner && runnerOf(inner);
  if (!runner) return undefined;
  const added = coverageArgs(runner, coverage);
  // npm passes what follows `--` on to the script's command.
  const separator = words.includes("--") ? "" : " --";
  return { runner, command: `${command}${separator} ${added.map(quote).join(" ")}`, added, script };
}

const WRAPPERS = new Set(["npx", "pnpx", "yarn", "bunx"]);

function runnerOf(words: string[]): Runner | undefined {
  let at = 0;
  while (at < words.length && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[at]!)) at++;
  if (words[at] === "pnpm" && words[at + 1] === "exec") at += 2;
  else if (WRAPPERS.has(words[at] ?? "")) {
    at++;
    while (words[at]?.startsWith("-")) at++;
  }
  const program = words[at];
  if (program === undefined) return undefined;
  const name = basename(program).replace(/\.(c|m)?js$/, "");
  return name === "vitest" || name === "jest" ? name : undefined;
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
function npmScript(words: string[]): string | undefined {
  if (words[0] !== "npm") return undefined;
  const verb = words[1];
  if (verb === "test" || verb === "t" || verb === "tst") return "test";
  if (verb === "run" || verb === "run-script") {
    const name = words[2];
    return name && !name.startsWith("-") ? name : undefined;
  }
  return undefined;
}

/**
 * Splits a command into words as sh would, or undefined when the shell would do more than run one
 * program (operators, redirections, expansions), which the gate does not try to understand.
 */
export function shellWords(command: string): string[] | undefined {
  const words: string[] = [];
  let word: string | undefined;
  let quote: "'" | '"' | undefined;
  for (let i = 0; i < command.length; i++) {
    const char = command[i]!;
    if (quote) {
      if (char === quote) quote = undefined;
      else if (quote === '"' && /[$`\\]/.test(char)) return undefined;
      else word += char;
      continue;
    }
    if (char === "'" || char === '"') {
      quote = char;
      word ??= "";
    } else if (/\s/.test(char)) {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else if (/[;&|<>()$`\\*?[\]{}~#!]/.test(char)) {
      return undefined;
    } else {
      word = (word ?? "") + char;
    }
  }
  if (quote) return undefined;
  if (word !== undefined) words.push(word);
  return words.length ? words : undefined;
}

/** Single-quotes a word for sh: our options hold globs and a temporary path. */
export function quote(word: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, "'\\''")}'`;
}
