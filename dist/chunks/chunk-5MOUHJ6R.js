import { createRequire as __tfRequire } from 'node:module'; const require = __tfRequire(import.meta.url);
import {
  diffAgainst
} from "./chunk-U7Q2ZDOI.js";
import {
  untrustedEnv
} from "./chunk-UCO5GRH5.js";
import {
  gateResult
} from "./chunk-XJ3SIHHK.js";
import {
  runSupervised
} from "./chunk-WF6MYNSV.js";
import {
  FILE_LIMITS,
  ReadLimitedError,
  inRepository,
  packageRoot,
  readLimited,
  repositoryRoot
} from "./chunk-WJQ75HG4.js";
import {
  ConfigError,
  ToolError,
  UsageError,
  compileGlobs,
  external_exports,
  formatPercent,
  parseDuration,
  plural,
  round
} from "./chunk-64HVLF7C.js";

// src/gates/coverage/index.ts
import { copyFileSync, mkdirSync as mkdirSync3, mkdtempSync, readFileSync, realpathSync as realpathSync3, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname as dirname4, isAbsolute as isAbsolute2, join as join6, relative as relative3, resolve as resolve3 } from "node:path";

// src/gates/coverage/collect.ts
import { existsSync as existsSync2, mkdirSync as mkdirSync2, readdirSync as readdirSync2, statSync } from "node:fs";
import { join as join3, relative } from "node:path";

// src/gates/coverage/c8.ts
import { existsSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
function c8Bin(env = process.env) {
  if (env.TERRAFUSION_C8) {
    if (!existsSync(env.TERRAFUSION_C8))
      throw new ToolError("c8", `TERRAFUSION_C8=${env.TERRAFUSION_C8} does not exist`);
    return env.TERRAFUSION_C8;
  }
  const bundled = join(packageRoot(), "dist", "tools", "c8.cjs");
  if (!existsSync(bundled))
    throw new ToolError(
      "c8",
      `${bundled} is missing: run npm run build in ${packageRoot()}, or set TERRAFUSION_C8 to c8's bin/c8.js`
    );
  return bundled;
}
var REPORT_DEADLINE_MS = 10 * 6e4;
async function c8Report(options) {
  const args = [
    c8Bin(),
    "report",
    "--temp-directory",
    options.coverageDir,
    "--reports-dir",
    options.reportDir,
    "--reporter",
    "lcovonly",
    "--reporter",
    "json-summary",
    "--check-coverage=false",
    "--skip-full=false",
    ...options.all === void 0 ? [] : [`--all=${options.all}`],
    ...options.config ? ["--config", options.config] : []
  ];
  const result = await runSupervised({
    command: process.execPath,
    args,
    cwd: options.cwd,
    env: process.env,
    deadlineMs: REPORT_DEADLINE_MS,
    deadlineText: "10m",
    ...options.signal ? { signal: options.signal } : {}
  });
  const lcov = join(options.reportDir, "lcov.info");
  const summary = join(options.reportDir, "coverage-summary.json");
  if (result.exitCode !== 0 || !existsSync(summary)) {
    const why = result.stopped ?? `exit ${result.exitCode ?? result.signal ?? result.spawnError?.code}`;
    throw new ToolError("c8", `c8 report failed (${why}): ${result.output.lastLines(5) || "no output"}`);
  }
  return { lcov, summary };
}
var C8_CONFIG_FILES = [".c8rc", ".c8rc.json", ".nycrc", ".nycrc.json"];
function nycPackageConfig(cwd, packageJson, into) {
  const nyc = packageJson?.nyc;
  if (!nyc || typeof nyc !== "object" || packageJson?.c8 !== void 0) return void 0;
  for (let folder = cwd; ; folder = dirname(folder)) {
    if (C8_CONFIG_FILES.some((name) => existsSync(join(folder, name)))) return void 0;
    if (folder === dirname(folder)) break;
  }
  writeFileSync(into, JSON.stringify(nyc));
  return into;
}

// src/gates/coverage/preload.ts
import { mkdirSync, readdirSync, writeFileSync as writeFileSync2 } from "node:fs";
import { join as join2 } from "node:path";

// src/gates/coverage/shell.ts
function shellWords(command) {
  const segments = commandSegments(command);
  if (segments.length !== 1 || /[;&|<>()$`\\*?[\]{}~#!]/.test(unquoted(command))) return void 0;
  return segments[0];
}
function commandSegments(command) {
  const segments = [];
  let words = [];
  let word;
  let quote;
  let redirect = false;
  const endWord = () => {
    if (word !== void 0) {
      if (redirect) redirect = false;
      else words.push(word);
    }
    word = void 0;
  };
  const endSegment = () => {
    endWord();
    if (words.length) segments.push(words);
    words = [];
    redirect = false;
  };
  for (let i = 0; i < command.length; i++) {
    const char = command[i];
    if (quote) {
      if (char === quote) quote = void 0;
      else if (quote === '"' && char === "\\" && i + 1 < command.length) word += command[++i];
      else word += char;
      continue;
    }
    if (char === "'" || char === '"') {
      quote = char;
      word ??= "";
    } else if (char === "\\" && i + 1 < command.length) {
      word = (word ?? "") + command[++i];
    } else if (/\s/.test(char)) {
      endWord();
    } else if (/[;&|()\n]/.test(char)) {
      endSegment();
    } else if (char === "<" || char === ">") {
      if (word !== void 0 && /^\d+$/.test(word)) word = void 0;
      endWord();
      if (command[i + 1] === "&") i++;
      redirect = true;
    } else if (char === "#" && word === void 0) {
      while (i < command.length && command[i] !== "\n") i++;
      endSegment();
    } else {
      word = (word ?? "") + char;
    }
  }
  endSegment();
  return segments;
}
function unquoted(command) {
  return command.replace(/'[^']*'|"(?:[^"\\$`]|\\.)*"/g, (match) => " ".repeat(match.length));
}

// src/gates/coverage/runner.ts
var RUNNER_LABEL = {
  vitest: "vitest's own coverage",
  jest: "jest's own coverage"
};
var SOURCES = "**/*.{js,cjs,mjs,ts,cts,mts,tsx,jsx}";
var C8_DEFAULT_EXCLUDE = [
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
  "**/node_modules/**"
];
function coverageArgs(runner, reportsDir, all) {
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
      ...scope
    ];
  return [
    "--coverage",
    "--coverageReporters=lcovonly",
    "--coverageReporters=json-summary",
    `--coverageDirectory=${reportsDir}`,
    "--coverageThreshold={}",
    ...scope
  ];
}
function allScope(runner, all) {
  const own = all.own;
  if (own?.runner !== runner) return [];
  const include = all.include ?? [SOURCES];
  const exclude = [...C8_DEFAULT_EXCLUDE, ...all.exclude ?? []];
  if (own.runner === "jest")
    return own.collectCoverageFrom.length ? [] : [
      ...include.map((glob) => `--collectCoverageFrom=${glob}`),
      ...exclude.map((glob) => `--collectCoverageFrom=!${glob}`)
    ];
  if (own.all !== void 0) return ["--coverage.all=true"];
  if (own.include?.length) return [];
  return [
    ...include.map((glob) => `--coverage.include=${glob}`),
    ...[...own.exclude, ...exclude].map((glob) => `--coverage.exclude=${glob}`)
  ];
}
function npmCommandProblem(command, project) {
  const words = shellWords(command);
  const script = words && npmScript(words);
  if (script === void 0) return void 0;
  const setCommand = "set gates.coverage.command to what runs your tests";
  if (!project.scripts)
    return `gates.coverage.command: \`${command}\` needs a package.json with scripts in ${project.dir}; run the gate in the project's folder (--cwd, or the action's working-directory), or ${setCommand}`;
  if (!(script in project.scripts))
    return `gates.coverage.command: \`${command}\` runs the npm script "${script}", which ${project.dir}/package.json does not define; add it, or ${setCommand}`;
  return void 0;
}
function npmScript(words) {
  if (words[0] !== "npm") return void 0;
  const verb = words[1];
  if (verb === "test" || verb === "t" || verb === "tst") return "test";
  if (verb === "run" || verb === "run-script") {
    const name = words[2];
    return name && !name.startsWith("-") ? name : void 0;
  }
  return void 0;
}

// src/gates/coverage/preload.ts
var PRELOAD = `"use strict";
(() => {
  try {
    if (!require("node:worker_threads").isMainThread) return;
    const fs = require("node:fs");
    const path = require("node:path");
    const main = process.argv[1];
    if (!main) return;
    const real = fs.realpathSync(main).replace(/\\\\/g, "/");
    const runner = /\\/vitest\\/vitest\\.mjs$/.test(real) ? "vitest" : /\\/jest(-cli)?\\/bin\\/jest\\.js$/.test(real) ? "jest" : undefined;
    if (!runner) return;
    const plan = JSON.parse(process.env.TERRAFUSION_COVERAGE_PLAN || "{}");
    if (!plan.dir || !plan.args || !plan.args[runner]) return;
    const reports = path.join(plan.dir, runner + "-" + process.pid);
    const argv = process.argv.slice(2);
    process.argv.push(...plan.args[runner].map((arg) => arg.split(plan.token).join(reports)));
    fs.writeFileSync(path.join(plan.dir, "started-" + process.pid + ".json"), JSON.stringify({ runner, reports, argv, program: real, cwd: process.cwd() }));
  } catch {
    // Never the reason a test run fails: without the note the gate says coverage was not collected.
  }
})();
`;
var TOKEN = "\0reports\0";
function runnerCoverageEnv(dir, all, env) {
  mkdirSync(dir, { recursive: true });
  const preload = join2(dir, "preload.cjs");
  writeFileSync2(preload, PRELOAD);
  const plan = {
    dir,
    token: TOKEN,
    args: { vitest: coverageArgs("vitest", TOKEN, all), jest: coverageArgs("jest", TOKEN, all) }
  };
  const require2 = `--require "${preload.replace(/(["\\])/g, "\\$1")}"`;
  return {
    NODE_OPTIONS: env.NODE_OPTIONS ? `${env.NODE_OPTIONS} ${require2}` : require2,
    TERRAFUSION_COVERAGE_PLAN: JSON.stringify(plan)
  };
}
function startedRunners(dir) {
  const started = [];
  let names;
  try {
    names = readdirSync(dir).filter((name) => /^started-\d+\.json$/.test(name));
  } catch {
    return started;
  }
  for (const name of names.sort()) {
    try {
      const note = JSON.parse(readLimited(join2(dir, name), 1024 * 1024).toString("utf8"));
      if ((note.runner === "vitest" || note.runner === "jest") && typeof note.reports === "string")
        started.push({
          runner: note.runner,
          reports: note.reports,
          argv: Array.isArray(note.argv) ? note.argv : [],
          ...typeof note.program === "string" ? { program: note.program } : {},
          ...typeof note.cwd === "string" ? { cwd: note.cwd } : {}
        });
    } catch {
    }
  }
  return started;
}

// src/gates/coverage/scope-options.ts
var SCOPE_OPTIONS = {
  jest: /* @__PURE__ */ new Set([
    "-c",
    "--config",
    "--rootDir",
    "--roots",
    "--projects",
    "--selectProjects",
    "--ignoreProjects",
    "--preset",
    "--collectCoverageFrom",
    "--coveragePathIgnorePatterns"
  ]),
  vitest: /* @__PURE__ */ new Set([
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
    "--coverage.all"
  ])
};
function scopeOptions(runner, argv) {
  const names = SCOPE_OPTIONS[runner];
  const kept = [];
  for (let at = 0; at < argv.length; at++) {
    const word = argv[at];
    if (word === "--") break;
    const name = word.split("=", 1)[0];
    if (!names.has(name)) continue;
    kept.push(word);
    if (word.includes("=")) continue;
    while (at + 1 < argv.length && !argv[at + 1].startsWith("-")) kept.push(argv[++at]);
  }
  return kept;
}
function scopeMismatch(read, run) {
  const fix = "make gates.coverage.command start the runner directly with the options it needs (the gate reads its scope with them), or leave gates.coverage.all unset";
  if (!read)
    return `gates.coverage.all: true: the test command started ${run.runner}, which the gate did not find in the command before the run, so it could not read ${run.runner}'s own coverage scope; ${fix}`;
  if (read.runner !== run.runner)
    return `gates.coverage.all: true: the test command started ${run.runner}, but the gate found ${read.runner} in the command and read its own coverage scope before the run; ${fix}`;
  const differs = [
    slash(read.program) !== slash(run.program) ? `from ${run.program}, not ${read.program}` : "",
    slash(read.cwd) !== slash(run.cwd) ? `in ${run.cwd}, not ${read.cwd}` : "",
    read.options.join(" ") !== run.options.join(" ") ? `with ${describe(run.options)}, not ${describe(read.options)}` : ""
  ].filter(Boolean);
  if (!differs.length) return void 0;
  return `gates.coverage.all: true: the test command started ${run.runner} ${differs.join(", ")} as the gate read its own coverage scope before the run, so that scope may not be the run's; ${fix}`;
}
function slash(path) {
  return path.replace(/\\/g, "/");
}
function describe(options) {
  return options.length ? `\`${options.join(" ")}\`` : "no scope options";
}

// src/gates/coverage/collect.ts
function planCollection(settings, detected, work, own) {
  const runnerDir = join3(work, "runner");
  if (settings.reports) return { env: {}, runnerDir };
  const all = settings.all ? { include: settings.include, exclude: settings.exclude, own: own?.scope } : void 0;
  const env = runnerCoverageEnv(runnerDir, all, process.env);
  const read = settings.all && own ? { own } : {};
  if (detected) return { detected, env, runnerDir, ...read };
  const raw = join3(work, "v8");
  mkdirSync2(raw);
  return { raw, env, runnerDir, ...read };
}
function describeWay(command, detected) {
  const steps = detected.via.length ? detected.via : [command];
  return steps.join(", then ");
}
async function readCollected(options) {
  const { settings, collection, tests, context } = options;
  const command = settings.command;
  if (options.ownReportsFolder)
    return {
      reports: ownReports(options.ownReportsFolder, options.testsStarted, context.progress),
      collector: `reports the test command wrote in \`${settings.reports}\``
    };
  const started = startedRunners(collection.runnerDir);
  const written = started.filter((run) => reportsWritten(run.reports));
  const runner = started[0]?.runner ?? collection.detected?.runner;
  if (written.length > 1)
    return {
      reports: {
        noData: `the test command ran ${runCounts(written.map((run) => run.runner))}, and the gate reads one coverage report; make gates.coverage.command run the runner once (e.g. one vitest run with projects, or jest with projects)`
      },
      collector: collectorOf(written[0], collection)
    };
  if (written.length === 1) {
    const run = written[0];
    const mismatch = settings.all === true ? scopeMismatch(collection.own, runnerStart(run)) : void 0;
    if (mismatch) throw new ConfigError(mismatch);
    context.progress(`reading ${run.runner}'s coverage reports`);
    return {
      reports: { lcov: join3(run.reports, "lcov.info"), summary: join3(run.reports, "coverage-summary.json") },
      collector: collectorOf(run, collection)
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
          setup: true
        },
        collector: label
      };
    const nodeOptions = collection.detected?.nodeOptions;
    if (!started.length && nodeOptions)
      return {
        reports: {
          noData: `${runner}${way} is started with ${nodeOptions}, which replaces the NODE_OPTIONS the gate turns on ${runner}'s coverage through: add to it instead (NODE_OPTIONS="$NODE_OPTIONS ${nodeOptions.slice("NODE_OPTIONS=".length)}"), or let the command write lcov and json-summary reports and name their folder in gates.coverage.reports`
        },
        collector: label
      };
    if (!started.length)
      return {
        reports: {
          noData: `the gate expected ${runner}${way}, but no ${runner} process started: set gates.coverage.command to the command that starts ${runner} (run by node from node_modules), or let the command write its own reports and name their folder in gates.coverage.reports`
        },
        collector: label
      };
    return {
      reports: {
        noData: `${runner}${way} ran but wrote no coverage report: check that its configuration does not turn coverage off for this run (a custom coverage provider, or a reporter setup the command line cannot change), or let the command write lcov and json-summary reports and name their folder in gates.coverage.reports`
      },
      collector: label
    };
  }
  const raw = collection.raw;
  const collector = "c8, from the V8 coverage of every node process the test command started";
  if (!readdirSync2(raw).some((name) => name.endsWith(".json")))
    return {
      reports: {
        noData: `the test command (${command}) started no node process that wrote V8 coverage, and no jest or vitest: check that gates.coverage.command runs your tests with node (not bun or deno) in processes that exit normally, or let the command write lcov and json-summary reports and name their folder in gates.coverage.reports`
      },
      collector
    };
  context.progress("reading the coverage (c8 report)");
  const config = nycPackageConfig(context.cwd, options.packageJson, join3(options.work, "nyc-config.json"));
  const reports = await c8Report({
    cwd: context.cwd,
    coverageDir: raw,
    reportDir: options.reportDir,
    all: settings.all,
    config,
    signal: context.signal
  });
  return { reports, collector };
}
function runnerStart(run) {
  return {
    runner: run.runner,
    program: run.program ?? "(unknown)",
    cwd: run.cwd ?? "(unknown)",
    options: scopeOptions(run.runner, run.argv)
  };
}
function collectorOf(run, collection) {
  const way = collection.detected ? describeWay("", collection.detected) : "";
  return `${RUNNER_LABEL[run.runner]} (the project's provider and scope; the gate added its lcov and json-summary reporters${way ? `; found through ${way}` : ""})`;
}
function runCounts(runners) {
  const counts = /* @__PURE__ */ new Map();
  for (const runner of runners) counts.set(runner, (counts.get(runner) ?? 0) + 1);
  return [...counts].map(([runner, count]) => `${runner} ${plural(count, "time")}`).join(" and ");
}
function reportsWritten(dir) {
  return existsSync2(join3(dir, "lcov.info")) && existsSync2(join3(dir, "coverage-summary.json"));
}
function missingProvider(output) {
  return /Cannot find (?:dependency|package) '(@vitest\/coverage-[a-z0-9-]+)'/.exec(output)?.[1];
}
function ownReports(dir, since, progress) {
  progress(`reading the coverage reports in ${dir}`);
  const files = { lcov: join3(dir, "lcov.info"), summary: join3(dir, "coverage-summary.json") };
  const reporter = { lcov: "lcov", summary: "json-summary" };
  for (const kind of ["lcov", "summary"]) {
    const file = files[kind];
    if (!existsSync2(file))
      return {
        noData: `the test command wrote no ${file}: turn on the ${reporter[kind]} reporter of its coverage tool, writing into gates.coverage.reports.`
      };
    if (statSync(file).mtimeMs < since - 1e3)
      return {
        noData: `${file} is older than this test run: the test command did not write coverage this time.`
      };
  }
  return files;
}
function nothingExecuted(summaryPath, cwd, collector) {
  return `${collector.split(/ \(|, /)[0]} reported no executed line in any file (${relative(cwd, summaryPath) || summaryPath}): the tests passed, so the coverage was not collected from the processes that ran them`;
}

// src/gates/coverage/detect-runner.ts
import { existsSync as existsSync3, readdirSync as readdirSync3, realpathSync, statSync as statSync2 } from "node:fs";
import { basename, dirname as dirname2, join as join4, parse } from "node:path";
function detectRunner(command, project) {
  return fromCommand(command, project, [], /* @__PURE__ */ new Set(), 0);
}
var MAX_DEPTH = 8;
function fromCommand(command, project, via, seenScripts, depth) {
  if (depth > MAX_DEPTH) return void 0;
  for (const segment of commandSegments(command)) {
    const found = fromWords(segment, project, via, seenScripts, depth);
    if (found) return found;
  }
  return void 0;
}
var ENV_ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;
var PASS_THROUGH = /* @__PURE__ */ new Set([
  "npx",
  "pnpx",
  "bunx",
  "cross-env",
  "cross-env-shell",
  "env",
  "time",
  "nice",
  "c8",
  "nyc"
]);
var DOTENV_VALUE_OPTIONS = /* @__PURE__ */ new Set(["-e", "-c", "-v"]);
function fromWords(segment, project, via, seenScripts, depth) {
  let words = segment;
  const found = (detected) => withNodeOptions(detected, segment.slice(0, segment.length - words.length));
  for (let guard = 0; guard < 10 && words.length; guard++) {
    while (words.length && ENV_ASSIGNMENT.test(words[0])) words = words.slice(1);
    const program = words[0];
    if (program === void 0) return void 0;
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
      const [script2, ...args] = skipOptions(
        words.slice(1),
        /* @__PURE__ */ new Set(["-r", "--require", "--import", "--loader"])
      );
      const runner = script2 ? runnerOfFile(join4(project.dir, script2)) : void 0;
      return runner ? found({ runner, via, program: script2, args }) : void 0;
    }
    const script = scriptName(words);
    if (script !== void 0) {
      const body = project.scripts?.[script];
      if (body === void 0 || seenScripts.has(script)) return void 0;
      const inner = fromCommand(
        body,
        project,
        [...via, `${words.join(" ")} \u2192 ${body}`],
        /* @__PURE__ */ new Set([...seenScripts, script]),
        depth + 1
      );
      return inner && found(inner);
    }
    const wrapped = wrapperRunner(project.dir, name);
    return wrapped ? found({ runner: wrapped, via: [...via, `${words.slice(0, 2).join(" ")} (runs ${wrapped})`] }) : void 0;
  }
  return void 0;
}
function withNodeOptions(detected, before) {
  if (detected.nodeOptions) return detected;
  const replaces = before.find(
    (word) => word.startsWith("NODE_OPTIONS=") && !/\$\{?NODE_OPTIONS\b/.test(word)
  );
  return replaces ? { ...detected, nodeOptions: replaces } : detected;
}
function skipOptions(words, valued = /* @__PURE__ */ new Set()) {
  let at = 0;
  while (at < words.length && (words[at].startsWith("-") || ENV_ASSIGNMENT.test(words[at]))) {
    if (words[at] === "--") return words.slice(at + 1);
    if (valued.has(words[at])) at++;
    at++;
  }
  return words.slice(at);
}
var PACKAGE_MANAGER_COMMANDS = /* @__PURE__ */ new Set([
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
  "x"
]);
function scriptName(words) {
  const npm = npmScript(words);
  if (npm !== void 0) return npm;
  const [tool, verb, name] = words;
  if (tool !== "yarn" && tool !== "pnpm" && tool !== "bun") return void 0;
  if (verb === "test") return "test";
  if (verb === "run") return name && !name.startsWith("-") ? name : void 0;
  if (tool !== "bun" && verb && !verb.startsWith("-") && !PACKAGE_MANAGER_COMMANDS.has(verb)) return verb;
  return void 0;
}
function runnerOfPath(path) {
  const normal = path.replace(/\\/g, "/");
  if (/\/vitest\/vitest\.mjs$/.test(normal)) return "vitest";
  if (/\/jest(-cli)?\/bin\/jest\.js$/.test(normal)) return "jest";
  return void 0;
}
function runnerOfFile(path) {
  try {
    return runnerOfPath(realpathSync(path));
  } catch {
    return void 0;
  }
}
var RUNNER_SPECIFIER = /["'`](vitest\/vitest\.mjs|vitest\/node|jest\/bin\/jest(?:\.js)?|jest-cli(?:\/bin\/jest(?:\.js)?)?)["'`]/;
var MAX_FILES = 200;
var MAX_FILE_BYTES = 1024 * 1024;
function wrapperRunner(dir, name) {
  const bin = findBin(dir, name);
  const root = bin && packageRootOf(bin);
  if (!root) return void 0;
  try {
    const manifest = JSON.parse(readLimited(join4(root, "package.json"), MAX_FILE_BYTES).toString("utf8"));
    const depends = {
      ...manifest.dependencies,
      ...manifest.peerDependencies,
      ...manifest.optionalDependencies
    };
    for (const runner of ["vitest", "jest"]) if (runner in depends) return runner;
    if ("jest-cli" in depends) return "jest";
  } catch {
    return void 0;
  }
  let files = 0;
  const scan = (folder) => {
    for (const entry of readdirSync3(folder, { withFileTypes: true })) {
      if (files >= MAX_FILES) return void 0;
      const path = join4(folder, entry.name);
      if (entry.isDirectory() && entry.name !== "node_modules" && !entry.name.startsWith(".")) {
        const found = scan(path);
        if (found) return found;
      } else if (entry.isFile() && /\.(c|m)?js$/.test(entry.name) && statSync2(path).size <= MAX_FILE_BYTES) {
        files++;
        const match = RUNNER_SPECIFIER.exec(readLimited(path, MAX_FILE_BYTES).toString("utf8"));
        if (match) return match[1].startsWith("vitest") ? "vitest" : "jest";
      }
    }
    return void 0;
  };
  try {
    return scan(root);
  } catch {
    return void 0;
  }
}
function findBin(dir, name) {
  if (!/^[\w.@-]+$/.test(name)) return void 0;
  for (let folder = dir; ; folder = dirname2(folder)) {
    const bin = join4(folder, "node_modules", ".bin", name);
    if (existsSync3(bin)) {
      try {
        return realpathSync(bin);
      } catch {
        return void 0;
      }
    }
    if (folder === parse(folder).root) return void 0;
  }
}
function packageRootOf(file) {
  for (let folder = dirname2(file); ; folder = dirname2(folder)) {
    if (existsSync3(join4(folder, "package.json"))) return folder;
    if (folder === parse(folder).root || basename(folder) === "node_modules") return void 0;
  }
}

// src/gates/coverage/figures.ts
function percentOf(covered, total) {
  if (total === 0) return null;
  return round(covered / total * 100, 2);
}
function formatDelta(head, base) {
  if (head === null || head === void 0 || base === null || base === void 0) return "";
  const delta = round(head - base, 2);
  if (delta === 0) return "\xB10";
  return delta > 0 ? `+${delta}` : `\u2212${-delta}`;
}

// src/gates/coverage/project.ts
var KINDS = ["lines", "branches", "functions", "statements"];
function projectCoverage(summary) {
  const report = summary ?? {};
  const total = report.total ?? {};
  const count = (kind) => {
    const covered = Number(total[kind]?.covered ?? 0);
    const all = Number(total[kind]?.total ?? 0);
    return { covered, total: all, percent: percentOf(covered, all) };
  };
  return {
    lines: count("lines"),
    branches: count("branches"),
    functions: count("functions"),
    statements: count("statements"),
    files: Object.keys(report).filter((key2) => key2 !== "total").length
  };
}

// src/gates/coverage/evaluate.ts
var LABEL = {
  lines: "lines",
  branches: "branches",
  functions: "functions",
  statements: "statements",
  patch: "patch"
};
function key(measure) {
  return `${measure}%`;
}
function testProblem(tests) {
  if (tests.stopped) return `tests ${tests.stopped}`;
  if (tests.exitCode === 127) return "test command not found (exit 127)";
  if (tests.exitCode !== 0) return `tests failed (exit ${tests.exitCode})`;
  return void 0;
}
function evaluate(observed) {
  const metrics = {};
  const thresholds = {};
  const held = {};
  const below = [];
  const hold = (measure, { covered, total, percent }) => {
    metrics[key(measure)] = percent;
    const threshold = observed.thresholds[measure];
    if (threshold === void 0) return;
    thresholds[key(measure)] = threshold;
    if (percent === null) return;
    held[measure] = covered * 100 >= threshold * total;
    if (!held[measure])
      below.push(
        `${LABEL[measure]} ${shownBelow(covered / total * 100, threshold)} < ${formatPercent(threshold)}`
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
  const findings = (observed.patch?.files ?? []).flatMap(
    (file) => file.uncovered.map(([line, endLine]) => ({
      path: file.path,
      line,
      ...endLine !== line ? { endLine } : {},
      severity: "uncovered",
      rule: "uncovered-changed-line",
      message: endLine === line ? `Changed line ${line} is not covered by tests.` : `Changed lines ${line}\u2013${endLine} are not covered by tests.`,
      blocking: patchBlocks,
      onChangedLine: true,
      ...patchBlocks ? {} : { note: "patch coverage meets its threshold" }
    }))
  );
  const testsFailed = testProblem(observed.tests);
  const notCollected = observed.noData && (!testsFailed || observed.setupProblem) ? `coverage not collected: ${observed.noData}` : void 0;
  const errors = [observed.toolError, notCollected].filter((text) => Boolean(text));
  const failures = [
    notCollected ? void 0 : testsFailed,
    below.length ? `coverage below threshold: ${below.join(", ")}` : void 0
  ].filter((text) => Boolean(text));
  const conclusion = errors.length ? "error" : failures.length ? "failure" : "success";
  const headline = [...errors, ...failures].join("; ") || passedHeadline(observed);
  return {
    conclusion,
    headline,
    metrics,
    thresholds,
    findings,
    held,
    ...errors.length ? { error: errors.join("; ") } : {}
  };
}
function shownBelow(exact, threshold) {
  for (let digits = 2; digits < 6; digits++)
    if (formatPercent(exact, digits) !== formatPercent(threshold, digits))
      return formatPercent(exact, digits);
  return formatPercent(exact, 6);
}
function passedHeadline(observed) {
  const parts = [`lines ${formatPercent(observed.project?.lines.percent)}`];
  const patch = observed.patch;
  if (patch)
    parts.push(
      patch.percent === null ? "patch: no changed executable lines" : `patch ${formatPercent(patch.percent)} (${patch.covered} of ${plural(patch.executable, "changed line")})`
    );
  return parts.join(", ");
}

// src/gates/coverage/lcov.ts
function parseLcov(text) {
  const files = [];
  let current;
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (line.startsWith("SF:")) {
      current = { path: line.slice(3), hits: /* @__PURE__ */ new Map() };
      files.push(current);
    } else if (line.startsWith("DA:") && current) {
      const [number, count] = line.slice(3).split(",");
      const lineNumber = Number(number);
      if (Number.isInteger(lineNumber)) current.hits.set(lineNumber, Number(count) || 0);
    } else if (line === "end_of_record") {
      current = void 0;
    }
  }
  return files;
}

// src/gates/coverage/own-scope.ts
import { realpathSync as realpathSync2 } from "node:fs";
import { dirname as dirname3, join as join5, resolve } from "node:path";
import { pathToFileURL } from "node:url";
var READ_DEADLINE_MS = 2 * 6e4;
var MAX_OUTPUT_BYTES = 16 * 1024 * 1024;
var VITEST_READER = `
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
async function readOwnScope(options) {
  const { detected, cwd } = options;
  const runner = detected.runner;
  const needs = `gates.coverage.all: true needs ${runner}'s own coverage scope, read before the run`;
  const program = runnerProgram(detected, cwd);
  if (!program)
    throw new ConfigError(
      `${needs}, and the gate cannot find the ${runner} program the command runs (${detected.program ?? runner}) from ${cwd}: install ${runner} in the project (node_modules/.bin/${runner}), or name its program's path in gates.coverage.command`
    );
  const scopeArgs = scopeOptions(runner, detected.args ?? []);
  const label = runner === "jest" ? `jest --showConfig${scopeArgs.length ? ` ${scopeArgs.join(" ")}` : ""}` : `vitest's resolveConfig(${scopeArgs.length ? scopeArgs.join(" ") : "no options"})`;
  const args = runner === "jest" ? [program, "--showConfig", ...scopeArgs] : ["--input-type=module", "-e", VITEST_READER, vitestNodeApi(program), JSON.stringify(scopeArgs)];
  const outcome = await runSupervised({
    command: process.execPath,
    args,
    cwd,
    env: { ...untrustedEnv(process.env), FORCE_COLOR: "0" },
    deadlineMs: READ_DEADLINE_MS,
    deadlineText: "2m",
    ...options.signal ? { signal: options.signal } : {},
    stdoutBytes: MAX_OUTPUT_BYTES,
    outputLimits: { headLines: 20, tailLines: 20, lineLength: 400 }
  });
  const why = outcome.stopped ?? (outcome.spawnError ? `cannot start node: ${outcome.spawnError.code ?? outcome.spawnError.message}` : outcome.exitCode !== 0 ? `exit ${outcome.exitCode ?? outcome.signal}` : outcome.stdoutOverflow ? `more than ${MAX_OUTPUT_BYTES / 1024 / 1024} MB of output` : void 0);
  if (why)
    throw new ConfigError(
      `${needs}, and \`${label}\` failed in ${cwd} (${why}): ${errorLine(outcome.output.text())}`
    );
  const scope = parseScope(runner, outcome.stdout);
  if (!scope)
    throw new ConfigError(
      `${needs}, and \`${label}\` in ${cwd} printed no ${runner === "jest" ? "collectCoverageFrom" : "coverage include and exclude"} the gate can read`
    );
  return { runner, program, cwd: realpath(cwd) ?? cwd, options: scopeArgs, scope };
}
function runnerProgram(detected, cwd) {
  const named = detected.program;
  const byPath = named !== void 0 && (/[\\/]/.test(named) || /\.(c|m)?js$/.test(named));
  const found = byPath ? realpath(resolve(cwd, named)) : findBin(cwd, detected.runner);
  return found && runnerOfPath(found) === detected.runner ? found : void 0;
}
function realpath(path) {
  try {
    return realpathSync2(path);
  } catch {
    return void 0;
  }
}
function vitestNodeApi(program) {
  const root = dirname3(program);
  let entry = "./dist/node.js";
  try {
    const manifest = JSON.parse(readLimited(join5(root, "package.json"), FILE_LIMITS.json).toString("utf8"));
    entry = exportPath(manifest.exports?.["./node"]) ?? entry;
  } catch {
  }
  return pathToFileURL(join5(root, entry)).href;
}
function exportPath(entry) {
  if (typeof entry === "string") return entry;
  if (!entry || typeof entry !== "object") return void 0;
  const conditions = entry;
  return exportPath(conditions.import) ?? exportPath(conditions.default);
}
function parseScope(runner, stdout) {
  const parsed = parseJson(stdout);
  if (!parsed || typeof parsed !== "object") return void 0;
  if (runner === "jest") {
    const from = parsed.globalConfig?.collectCoverageFrom;
    if (from === void 0 || from === null) return { runner, collectCoverageFrom: [] };
    return strings(from) ? { runner, collectCoverageFrom: from } : void 0;
  }
  const { include, exclude, all } = parsed;
  if (!(include === void 0 || strings(include)) || !(exclude === void 0 || strings(exclude)))
    return void 0;
  return {
    runner,
    ...include?.length ? { include } : {},
    exclude: exclude ?? [],
    ...typeof all === "boolean" ? { all } : {}
  };
}
function parseJson(stdout) {
  const lines = stdout.trimEnd().split("\n");
  for (let at = lines.length - 1; at >= 0; at--) {
    const line = lines[at];
    if (line !== "{" && !line.startsWith('{"')) continue;
    try {
      return JSON.parse(lines.slice(at).join("\n"));
    } catch {
    }
  }
  return void 0;
}
function strings(value) {
  return Array.isArray(value) && value.every((item) => typeof item === "string");
}
function errorLine(output) {
  const lines = output.split("\n").map((line) => line.trim()).filter(Boolean);
  return lines.find((line) => /^[\w.]*Error\b.*:/.test(line)) ?? lines.at(-1) ?? "no output";
}

// src/gates/coverage/executable.ts
function nonExecutableLines(source) {
  const result = /* @__PURE__ */ new Set();
  const lines = source.split("\n");
  let inBlock = false;
  let quote;
  lines.forEach((line, index) => {
    let code = false;
    for (let i = 0; i < line.length; i++) {
      const char = line[i];
      if (inBlock) {
        if (char === "*" && line[i + 1] === "/") {
          inBlock = false;
          i++;
        }
      } else if (quote) {
        code = true;
        if (char === "\\") i++;
        else if (char === quote) quote = void 0;
      } else if (char === "/" && line[i + 1] === "/") {
        break;
      } else if (char === "/" && line[i + 1] === "*") {
        inBlock = true;
        i++;
      } else if (char === '"' || char === "'" || char === "`") {
        quote = char;
        code = true;
      } else if (char.trim()) {
        code = true;
      }
    }
    if (quote && quote !== "`") quote = void 0;
    if (!code) result.add(index + 1);
  });
  return result;
}

// src/gates/coverage/patch.ts
function patchCoverage({ addedLines, coverage, sources }) {
  const files = [];
  for (const [path, lines] of [...addedLines].sort(([a], [b]) => a.localeCompare(b))) {
    const hits = coverage.get(path);
    if (!hits) continue;
    const skip = nonExecutableLines(sources.get(path) ?? "");
    const counted = lines.filter((line) => hits.has(line) && !skip.has(line)).sort((a, b) => a - b);
    if (counted.length === 0) continue;
    const missed = counted.filter((line) => hits.get(line) === 0);
    files.push({
      path,
      executable: counted.length,
      covered: counted.length - missed.length,
      uncovered: ranges(missed, skip)
    });
  }
  const executable = files.reduce((sum, file) => sum + file.executable, 0);
  const covered = files.reduce((sum, file) => sum + file.covered, 0);
  return { executable, covered, percent: percentOf(covered, executable), files };
}
function ranges(lines, skip) {
  const result = [];
  for (const line of lines) {
    const last = result.at(-1);
    if (last && onlySkippedBetween(last[1], line, skip)) last[1] = line;
    else result.push([line, line]);
  }
  return result;
}
function onlySkippedBetween(from, to, skip) {
  for (let n = from + 1; n < to; n++) if (!skip.has(n)) return false;
  return true;
}

// src/gates/coverage/previous.ts
import { existsSync as existsSync4 } from "node:fs";
var previousSchema = external_exports.object({
  schema: external_exports.literal("terrafusion/gate-result@1"),
  gate: external_exports.string(),
  metrics: external_exports.record(external_exports.string(), external_exports.number().nullable())
});
function readPrevious(file) {
  if (!existsSync4(file)) return { missing: `no previous result at ${file}: no delta shown`, file };
  let data;
  try {
    data = JSON.parse(readLimited(file, FILE_LIMITS.json).toString("utf8"));
  } catch (error) {
    if (error instanceof ReadLimitedError)
      throw new UsageError(
        `previous result ${error.message}: pass the GateResult file a coverage run wrote (--output or result-file)`
      );
    throw new UsageError(
      `previous result ${file} is not JSON (${error.message}): pass the GateResult file a coverage run wrote (--output or result-file)`
    );
  }
  const parsed = previousSchema.safeParse(data);
  if (!parsed.success)
    throw new UsageError(
      `previous result ${file} is not a TerraFusion GateResult: pass the file a coverage run wrote (--output or result-file)`
    );
  if (parsed.data.gate !== "coverage")
    throw new UsageError(`previous result ${file} is from the ${parsed.data.gate} gate, not coverage`);
  return { metrics: parsed.data.metrics, file };
}

// src/gates/coverage/run-tests.ts
var TAIL_LINES = 40;
var DEFAULT_TIMEOUT_MS = 15 * 6e4;
async function runTests(options) {
  const outcome = await runSupervised({
    command: options.command,
    shell: true,
    cwd: options.cwd,
    // The pull request's code: none of TerraFusion's tokens reach it.
    env: {
      ...untrustedEnv(process.env),
      FORCE_COLOR: "0",
      ...options.env,
      ...options.coverageDir ? { NODE_V8_COVERAGE: options.coverageDir } : {}
    },
    deadlineMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    deadlineText: options.timeoutText ?? "15m",
    ...options.signal ? { signal: options.signal } : {},
    outputLimits: { headLines: 10, tailLines: TAIL_LINES, lineLength: 400 }
  });
  if (outcome.spawnError)
    throw new ToolError(
      "coverage",
      `cannot start the test command in ${options.cwd} (${outcome.spawnError.code ?? outcome.spawnError.message}); check the folder (--cwd, working-directory) exists`
    );
  const stopped = outcome.stopped ?? (outcome.signal ? `killed by ${outcome.signal}` : void 0);
  return {
    exitCode: outcome.exitCode,
    ...stopped ? { stopped } : {},
    durationMs: outcome.durationMs,
    tail: outcome.output.lastLines(TAIL_LINES)
  };
}

// src/gates/coverage/scope.ts
import { isAbsolute, relative as relative2, resolve as resolve2 } from "node:path";
function narrows(scope) {
  return Boolean(scope.include?.length || scope.exclude?.length || scope.dropUnloaded);
}
function inScope(scope) {
  const included = scope.include?.length ? compileGlobs(scope.include) : () => true;
  const excluded = scope.exclude?.length ? compileGlobs(scope.exclude) : () => false;
  return (path) => {
    const inProject = relative2(scope.root, isAbsolute(path) ? path : resolve2(scope.root, path)).replace(
      /\\/g,
      "/"
    );
    return included(inProject) && !excluded(inProject);
  };
}
function narrowSummary(summary, scope) {
  const report = summary ?? {};
  if (!narrows(scope)) return report;
  const keep = inScope(scope);
  const files = Object.entries(report).filter(
    ([path, counts]) => path !== "total" && keep(path) && !(scope.dropUnloaded && Number(counts.lines?.covered ?? 0) === 0)
  );
  const total = {};
  for (const kind of KINDS) {
    const sum = { total: 0, covered: 0, skipped: 0 };
    for (const [, counts] of files) {
      sum.total += Number(counts[kind]?.total ?? 0);
      sum.covered += Number(counts[kind]?.covered ?? 0);
      sum.skipped += Number(counts[kind]?.skipped ?? 0);
    }
    total[kind] = sum;
  }
  return { total, ...Object.fromEntries(files) };
}
function summaryFiles(summary, root) {
  return new Set(
    Object.keys(summary).filter((path) => path !== "total").map((path) => isAbsolute(path) ? path : resolve2(root, path))
  );
}

// src/gates/coverage/settings.ts
function coverageSettings(policy) {
  const section = policy.gates?.coverage ?? {};
  const thresholds = {};
  const set = (measure, value) => {
    if (value !== void 0) thresholds[measure] = value;
  };
  set("lines", section.project);
  set("branches", section.branches);
  set("functions", section.functions);
  set("statements", section.statements);
  set("patch", section.patch);
  return {
    enabled: section.enabled !== false,
    command: section.command ?? "npm test",
    thresholds,
    ...section.all === void 0 ? {} : { all: section.all },
    ...section.include ? { include: section.include } : {},
    ...section.exclude ? { exclude: section.exclude } : {},
    ...section.reports ? { reports: section.reports } : {},
    ...section.timeout ? { timeoutMs: parseDuration(section.timeout), timeoutText: section.timeout } : {}
  };
}

// src/gates/coverage/summary.ts
var MAX_FILES2 = 20;
var TITLE = {
  success: "\u2705 passed",
  failure: "\u274C failed",
  error: "\u26A0\uFE0F could not be measured",
  skipped: "skipped"
};
var NAME = {
  lines: "Lines",
  branches: "Branches",
  functions: "Functions",
  statements: "Statements",
  patch: "Patch"
};
function renderSummary(observed, verdict) {
  const out = [`### Coverage: ${TITLE[verdict.conclusion]}`, "", verdict.headline, ""];
  if (verdict.error) out.push(`> **Error:** ${verdict.error}`, "");
  if (observed.noData && !verdict.error) out.push(`> **No coverage data.** ${observed.noData}`, "");
  if (observed.project || observed.patch) {
    const withBase = Boolean(observed.base);
    out.push(
      `| | Covered | Total | Coverage | Threshold |${withBase ? " Base | \u0394 |" : ""} |`,
      `|---|--:|--:|--:|--:|${withBase ? "--:|--:|" : ""}:-:|`
    );
    const row = (measure, label, covered, total, percent) => {
      const threshold = observed.thresholds[measure];
      const mark = verdict.held[measure] === void 0 ? "" : verdict.held[measure] ? "\u2705" : "\u274C";
      const base = measure === "patch" ? void 0 : observed.base?.[key(measure)];
      const baseCells = withBase ? ` ${formatPercent(base)} | ${formatDelta(percent, base)} |` : "";
      out.push(
        `| ${label} | ${covered} | ${total} | ${formatPercent(percent)} | ${threshold === void 0 ? "\u2013" : formatPercent(threshold)} |${baseCells} ${mark} |`
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
    for (const file of uncovered.slice(0, MAX_FILES2)) {
      const lines = file.uncovered.map(([from, to]) => from === to ? `${from}` : `${from}\u2013${to}`);
      out.push(`| \`${file.path}\` | ${lines.join(", ")} |`);
    }
    if (uncovered.length > MAX_FILES2)
      out.push("", `\u2026and ${plural(uncovered.length - MAX_FILES2, "more file")}.`);
    out.push("");
  }
  const problem = testProblem(observed.tests);
  if (problem) {
    const fence = "`".repeat(
      Math.max(3, ...[...observed.tests.tail.matchAll(/`+/g)].map((m) => m[0].length + 1))
    );
    out.push(
      `<details open><summary>Test output, last lines (${problem})</summary>`,
      "",
      `${fence}text`,
      observed.tests.tail || "(no output)",
      fence,
      "",
      "</details>",
      ""
    );
  }
  return `${out.join("\n").trimEnd()}
`;
}

// src/gates/coverage/index.ts
var coverageGate = {
  name: "coverage",
  summary: "run the tests with the project's own coverage (jest's, vitest's, or c8 for the others): project coverage and the coverage of the changed lines",
  configure(command) {
    command.option("--previous <file>", "the base branch's coverage GateResult JSON, to show the delta").option(
      "--report-dir <dir>",
      "keep the lcov.info and coverage-summary.json the gate read in this folder"
    );
  },
  run: runCoverage
};
async function runCoverage(context) {
  const startedAt = /* @__PURE__ */ new Date();
  const { cwd, progress } = context;
  const options = context.options;
  const settings = coverageSettings(context.policy);
  const finish = (fields) => gateResult({
    gate: "coverage",
    startedAt: startedAt.toISOString(),
    durationMs: Date.now() - startedAt.getTime(),
    ...fields
  });
  if (!settings.enabled)
    return finish({
      conclusion: "skipped",
      headline: "disabled in the policy (gates.coverage.enabled: false)"
    });
  const previous = options.previous ? readPrevious(resolve3(cwd, options.previous)) : void 0;
  if (previous && "missing" in previous) progress(previous.missing);
  const packageJson = readPackageJson(cwd);
  const scripts = scriptsOf(packageJson);
  const npmProblem = npmCommandProblem(settings.command, { dir: cwd, scripts });
  if (npmProblem) throw new ConfigError(npmProblem);
  const ownReportsFolder = settings.reports ? reportsFolder(cwd, settings.reports) : void 0;
  let diff;
  if (context.base) {
    progress(`comparing with ${context.base}`);
    diff = await diffAgainst(cwd, context.base, { progress });
    progress(`merge base ${diff.mergeBase.slice(0, 7)}: ${describeChanges(diff)}`);
  }
  const work = mkdtempSync(join6(tmpdir(), "terrafusion-coverage-"));
  try {
    const detected = settings.reports ? void 0 : detectRunner(settings.command, { dir: cwd, scripts });
    let own;
    if (settings.all === true && detected) {
      progress(`reading ${detected.runner}'s own coverage scope`);
      own = await readOwnScope({ detected, cwd, signal: context.signal });
    }
    const collection = planCollection(settings, detected, work, own);
    progress(
      detected ? `running the tests with ${RUNNER_LABEL[detected.runner]}${detected.via.length ? ` (${describeWay(settings.command, detected)})` : ""}: ${settings.command}` : `running the tests${collection.raw ? " with V8 coverage" : ""}: ${settings.command}`
    );
    const testsStarted = Date.now();
    const tests = await runTests({
      command: settings.command,
      cwd,
      coverageDir: collection.raw,
      env: collection.env,
      timeoutMs: settings.timeoutMs,
      timeoutText: settings.timeoutText,
      signal: context.signal
    });
    progress(`${testProblem(tests) ?? "tests passed"} in ${(tests.durationMs / 1e3).toFixed(1)}s`);
    let project;
    let patch;
    let noData;
    let setupProblem = false;
    let toolError;
    let collector;
    try {
      const collected = await readCollected({
        settings,
        collection,
        tests,
        testsStarted,
        ownReportsFolder,
        context,
        reportDir: options.reportDir ? resolve3(cwd, options.reportDir) : join6(work, "report"),
        packageJson,
        work
      });
      collector = collected.collector;
      const reports = collected.reports;
      const keepIn = options.reportDir ? resolve3(cwd, options.reportDir) : void 0;
      if (keepIn && !("noData" in reports) && dirname4(reports.summary) !== keepIn)
        keepReports(reports, keepIn);
      if ("noData" in reports) {
        noData = reports.noData;
        setupProblem = reports.setup === true;
      } else {
        const root = realpathSync3(cwd);
        const scope = {
          root,
          include: settings.include,
          exclude: settings.exclude,
          dropUnloaded: settings.all === false
        };
        const summary2 = narrowSummary(JSON.parse(readReport(reports.summary)), scope);
        const found = projectCoverage(summary2);
        if (found.files === 0 || found.lines.total === 0) {
          noData = narrows(scope) ? `${toolName(collector)} measured files, but none is in the policy's scope (gates.coverage include/exclude${settings.all === false ? ", all: false" : ""})` : `${toolName(collector)} measured no source file of the project: every file the tests loaded is excluded by the project's coverage configuration, or lies outside the project folder`;
        } else if (found.lines.covered === 0) {
          noData = nothingExecuted(reports.summary, cwd, collector);
        } else {
          project = found;
          progress(
            `project: lines ${formatPercent(found.lines.percent)}, branches ${formatPercent(found.branches.percent)}, functions ${formatPercent(found.functions.percent)}, statements ${formatPercent(found.statements.percent)} (${plural(found.files, "file")})`
          );
          if (diff) {
            patch = patchOf(diff, root, readReport(reports.lcov), summaryFiles(summary2, root));
            progress(
              patch.executable === 0 ? "patch: no changed executable lines" : `patch: ${patch.covered} of ${patch.executable} changed executable lines covered (${formatPercent(patch.percent)})`
            );
          }
        }
      }
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      toolError = error.message;
    }
    const observed = {
      tests,
      ...collector ? { collector } : {},
      thresholds: settings.thresholds,
      ...project ? { project } : {},
      ...noData ? { noData } : {},
      ...setupProblem ? { setupProblem } : {},
      ...patch ? { patch } : {},
      ...diff ? { diff: { base: diff.base, mergeBase: diff.mergeBase, files: diff.files.length } } : {},
      ...context.base ? {} : { patchNotMeasured: NO_BASE },
      ...toolError ? { toolError } : {},
      ...previous && "metrics" in previous ? { base: previous.metrics } : {}
    };
    const verdict = evaluate(observed);
    let summary = renderSummary(observed, verdict);
    if (previous && "missing" in previous) summary += `
_${previous.missing}._
`;
    return finish({
      conclusion: verdict.conclusion,
      headline: verdict.headline,
      metrics: verdict.metrics,
      thresholds: verdict.thresholds,
      findings: verdict.findings,
      summary,
      ...observed.base ? { base: pickPercents(observed.base) } : {},
      ...verdict.error ? { error: verdict.error } : {}
    });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
var NO_BASE = "no base given: pass --base REF (the action's base input), or run on a pull request";
function toolName(collector) {
  return collector.split(/ \(|, /)[0];
}
function readPackageJson(cwd) {
  try {
    const parsed = JSON.parse(readLimited(join6(cwd, "package.json"), FILE_LIMITS.json).toString("utf8"));
    return parsed && typeof parsed === "object" ? parsed : void 0;
  } catch {
    return void 0;
  }
}
function scriptsOf(packageJson) {
  const scripts = packageJson?.scripts;
  return scripts && typeof scripts === "object" ? scripts : void 0;
}
function keepReports(reports, dir) {
  mkdirSync3(dir, { recursive: true });
  copyFileSync(reports.lcov, join6(dir, "lcov.info"));
  copyFileSync(reports.summary, join6(dir, "coverage-summary.json"));
}
function patchOf(diff, project, lcov, counted) {
  const coverage = /* @__PURE__ */ new Map();
  for (const file of parseLcov(lcov)) {
    const absolute = isAbsolute2(file.path) ? file.path : resolve3(project, file.path);
    if (!counted.has(absolute)) continue;
    const path = relative3(diff.root, absolute);
    if (!path.startsWith("..")) coverage.set(path, file.hits);
  }
  const sources = /* @__PURE__ */ new Map();
  for (const path of diff.addedLines.keys()) {
    if (coverage.has(path)) sources.set(path, readFileSync(join6(diff.root, path), "utf8"));
  }
  return patchCoverage({ addedLines: diff.addedLines, coverage, sources });
}
function describeChanges(diff) {
  const count = (status) => diff.files.filter((file) => file.status === status).length;
  const extra = [
    count("renamed") ? `${count("renamed")} renamed` : "",
    count("deleted") ? `${count("deleted")} deleted` : ""
  ].filter(Boolean);
  return `${plural(diff.files.length, "file")} changed${extra.length ? ` (${extra.join(", ")})` : ""}`;
}
function pickPercents(metrics) {
  return Object.fromEntries(Object.entries(metrics).filter(([name]) => name.endsWith("%")));
}
function readReport(path) {
  try {
    return readLimited(path, FILE_LIMITS.report).toString("utf8");
  } catch (error) {
    throw new ToolError("coverage", error instanceof Error ? error.message : String(error));
  }
}
function reportsFolder(cwd, reports) {
  const contained = inRepository(repositoryRoot(cwd), reports, cwd);
  if (!contained.inside)
    throw new ConfigError(`gates.coverage.reports: ${JSON.stringify(reports)} ${contained.reason}`);
  return contained.absolute;
}

export {
  coverageGate
};
