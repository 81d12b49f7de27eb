import { existsSync, readdirSync, realpathSync, statSync } from "node:fs";
import { basename, dirname, join, parse } from "node:path";
import { readLimited } from "../../fs/read-limited.ts";
import type { Runner } from "./runner.ts";
import { npmScript } from "./runner.ts";
import { commandSegments } from "./shell.ts";

/** The runner a test command starts, and the steps that lead to it, for messages. */
export interface DetectedRunner {
  runner: Runner;
  /** `npm test` → `ts-scripts test && npm run size` → `ts-scripts test` → vitest. */
  via: string[];
  /**
   * The `NODE_OPTIONS=…` the command starts the runner with, when it drops the inherited value: the
   * gate reaches the runner through NODE_OPTIONS (preload.ts), so such a command hides it.
   */
  nodeOptions?: string;
  /**
   * The runner's program as the command names it (`jest`, `./node_modules/.bin/vitest`, the script
   * of `node node_modules/jest/bin/jest.js`) and the words after it; absent when a wrapper starts it.
   */
  program?: string;
  args?: string[];
}

export interface Project {
  dir: string;
  scripts?: Record<string, string> | undefined;
}

/**
 * Which of jest and vitest the command starts, read from the command and the package.json scripts
 * it runs: through `&&`/`||`/`;` chains and pipes, `npm test`, `npm run NAME`, `yarn NAME`,
 * `pnpm NAME`, environment assignments, `cross-env`, `dotenv`, `env`, `npx`, `pnpm exec`, `c8`/`nyc`,
 * `node path/to/bin`, and a wrapper whose package runs one of them (`ts-scripts test` spawns
 * vitest). Undefined when none is found. The gate does not rely on this alone: whichever runner
 * actually starts is seen at run time (see preload.ts); this decides how to collect and what to say.
 */
export function detectRunner(command: string, project: Project): DetectedRunner | undefined {
  return fromCommand(command, project, [], new Set(), 0);
}

const MAX_DEPTH = 8;

function fromCommand(
  command: string,
  project: Project,
  via: string[],
  seenScripts: Set<string>,
  depth: number,
): DetectedRunner | undefined {
  if (depth > MAX_DEPTH) return undefined;
  for (const segment of commandSegments(command)) {
    const found = fromWords(segment, project, via, seenScripts, depth);
    if (found) return found;
  }
  return undefined;
}

const ENV_ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;
/** Programs that run the rest of their words as a command, after their own options. */
const PASS_THROUGH = new Set([
  "npx",
  "pnpx",
  "bunx",
  "cross-env",
  "cross-env-shell",
  "env",
  "time",
  "nice",
  "c8",
  "nyc",
]);
/** dotenv-cli's options that take a value: `dotenv -e .env.test -- jest`. */
const DOTENV_VALUE_OPTIONS = new Set(["-e", "-c", "-v"]);

function fromWords(
  segment: string[],
  project: Project,
  via: string[],
  seenScripts: Set<string>,
  depth: number,
): DetectedRunner | undefined {
  let words = segment;
  const found = (detected: DetectedRunner) =>
    withNodeOptions(detected, segment.slice(0, segment.length - words.length));
  for (let guard = 0; guard < 10 && words.length; guard++) {
    while (words.length && ENV_ASSIGNMENT.test(words[0]!)) words = words.slice(1);
    const program = words[0];
    if (program === undefined) return undefined;
    const name = basename(program).replace(/\.(c|m)?js$/, "");
    if (name === "vitest" || name === "jest")
      return found({ runner: name, via, program, args: words.slice(1) });
    if (PASS_THROUGH.has(name)) {
      words = skipOptions(words.slice(1));
      continue;
    }
    if (name === "dotenv" || name === "dotenv-cli") {
      const separator = words.indexOf("--");
      words = separator >= 0 ? words.slice(separator + 1) : skipOptions(words.slice(1), DOTENV_VALUE_OPTIONS);
      continue;
    }
    if ((name === "pnpm" || name === "npm" || name === "yarn") && words[1] === "exec") {
      words = skipOptions(words.slice(2));
      continue;
    }
    if (name === "node") {
      // `node --require x node_modules/jest/bin/jest.js`: the script is the first word that is not an option.
      const [script, ...args] = skipOptions(
        words.slice(1),
        new Set(["-r", "--require", "--import", "--loader"]),
      );
      const runner = script ? runnerOfFile(join(project.dir, script)) : undefined;
      return runner ? found({ runner, via, program: script!, args }) : undefined;
    }
    const script = scriptName(words);
    if (script !== undefined) {
      const body = project.scripts?.[script];
      if (body === undefined || seenScripts.has(script)) return undefined;
      const inner = fromCommand(
        body,
        project,
        [...via, `${words.join(" ")} → ${body}`],
        new Set([...seenScripts, script]),
        depth + 1,
      );
      return inner && found(inner);
    }
    const wrapped = wrapperRunner(project.dir, name);
    return wrapped
      ? found({ runner: wrapped, via: [...via, `${words.slice(0, 2).join(" ")} (runs ${wrapped})`] })
      : undefined;
  }
  return undefined;
}

/** The runner with the first `NODE_OPTIONS=…` of the words before it that does not keep `$NODE_OPTIONS`. */
function withNodeOptions(detected: DetectedRunner, before: readonly string[]): DetectedRunner {
  if (detected.nodeOptions) return detected;
  const replaces = before.find(
    (word) => word.startsWith("NODE_OPTIONS=") && !/\$\{?NODE_OPTIONS\b/.test(word),
  );
  return replaces ? { ...detected, nodeOptions: replaces } : detected;
}

/** Drops leading options (`-x`, `--flag`, `--key=value`; `valued` ones take the next word too). */
function skipOptions(words: string[], valued: ReadonlySet<string> = new Set()): string[] {
  let at = 0;
  while (at < words.length && (words[at]!.startsWith("-") || ENV_ASSIGNMENT.test(words[at]!))) {
    if (words[at] === "--") return words.slice(at + 1);
    if (valued.has(words[at]!)) at++;
    at++;
  }
  return words.slice(at);
}

const PACKAGE_MANAGER_COMMANDS = new Set([
  "install",
  "add",
  "remove",
  "exec",
  "dlx",
  "why",
  "link",
  "publish",
  "create",
  "init",
  "ci",
  "i",
  "x",
]);

/** The package.json script a command runs: `npm test`, `npm run NAME`, `yarn NAME`, `pnpm run NAME`. */
function scriptName(words: string[]): string | undefined {
  const npm = npmScript(words);
  if (npm !== undefined) return npm;
  const [tool, verb, name] = words;
  if (tool !== "yarn" && tool !== "pnpm" && tool !== "bun") return undefined;
  if (verb === "test") return "test";
  if (verb === "run") return name && !name.startsWith("-") ? name : undefined;
  if (tool !== "bun" && verb && !verb.startsWith("-") && !PACKAGE_MANAGER_COMMANDS.has(verb)) return verb;
  return undefined;
}

/** A runner's own command-line program, by where it is installed (node_modules/vitest/vitest.mjs). */
export function runnerOfPath(path: string): Runner | undefined {
  const normal = path.replace(/\\/g, "/");
  if (/\/vitest\/vitest\.mjs$/.test(normal)) return "vitest";
  if (/\/jest(-cli)?\/bin\/jest\.js$/.test(normal)) return "jest";
  return undefined;
}

function runnerOfFile(path: string): Runner | undefined {
  try {
    return runnerOfPath(realpathSync(path));
  } catch {
    return undefined;
  }
}

/**
 * A runner's program or API named as a module in a wrapper's own code: `resolve("vitest/vitest.mjs")`
 * (ts-scripts), `require("jest-cli")`, `import("vitest/node")`. Not a bare "jest", which linters'
 * environment lists name too.
 */
const RUNNER_SPECIFIER =
  /["'`](vitest\/vitest\.mjs|vitest\/node|jest\/bin\/jest(?:\.js)?|jest-cli(?:\/bin\/jest(?:\.js)?)?)["'`]/;
const MAX_FILES = 200;
const MAX_FILE_BYTES = 1024 * 1024;

/**
 * A program from node_modules/.bin (of the project or a folder above it) whose package starts jest
 * or vitest: it depends on one, or its code names one as a module (ts-scripts resolves
 * "vitest/vitest.mjs" and spawns it). A bounded look: at most 200 files of 1 MB, no node_modules.
 */
function wrapperRunner(dir: string, name: string): Runner | undefined {
  const bin = findBin(dir, name);
  const root = bin && packageRootOf(bin);
  if (!root) return undefined;
  try {
    const manifest = JSON.parse(readLimited(join(root, "package.json"), MAX_FILE_BYTES).toString("utf8"));
    const depends = {
      ...manifest.dependencies,
      ...manifest.peerDependencies,
      ...manifest.optionalDependencies,
    };
    for (const runner of ["vitest", "jest"] as const) if (runner in depends) return runner;
    if ("jest-cli" in depends) return "jest";
  } catch {
    return undefined;
  }
  let files = 0;
  const scan = (folder: string): Runner | undefined => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (files >= MAX_FILES) return undefined;
      const path = join(folder, entry.name);
      if (entry.isDirectory() && entry.name !== "node_modules" && !entry.name.startsWith(".")) {
        const found = scan(path);
        if (found) return found;
      } else if (entry.isFile() && /\.(c|m)?js$/.test(entry.name) && statSync(path).size <= MAX_FILE_BYTES) {
        files++;
        const match = RUNNER_SPECIFIER.exec(readLimited(path, MAX_FILE_BYTES).toString("utf8"));
        if (match) return match[1]!.startsWith("vitest") ? "vitest" : "jest";
      }
    }
    return undefined;
  };
  try {
    return scan(root);
  } catch {
    return undefined;
  }
}

/** `node_modules/.bin/NAME` of the folder or the nearest folder above it that has one, resolved. */
export function findBin(dir: string, name: string): string | undefined {
  if (!/^[\w.@-]+$/.test(name)) return undefined;
  for (let folder = dir; ; folder = dirname(folder)) {
    const bin = join(folder, "node_modules", ".bin", name);
    if (existsSync(bin)) {
      try {
        return realpathSync(bin);
      } catch {
        return undefined;
      }
    }
    if (folder === parse(folder).root) return undefined;
  }
}

function packageRootOf(file: string): string | undefined {
  for (let folder = dirname(file); ; folder = dirname(folder)) {
    if (existsSync(join(folder, "package.json"))) return folder;
    if (folder === parse(folder).root || basename(folder) === "node_modules") return undefined;
  }
}
