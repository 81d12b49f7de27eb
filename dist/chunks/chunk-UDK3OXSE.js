import { createRequire as __tfRequire } from 'node:module'; const require = __tfRequire(import.meta.url);
import {
  diffAgainst
} from "./chunk-PPUTGJO5.js";
import {
  gateResult
} from "./chunk-3SPCBFXF.js";
import {
  untrustedEnv
} from "./chunk-LWM4XSZB.js";
import {
  runSupervised
} from "./chunk-4HCU2ILR.js";
import {
  FILE_LIMITS,
  ReadLimitedError,
  inRepository,
  packageRoot,
  readLimited,
  repositoryRoot
} from "./chunk-R3A4M7GK.js";
import {
  ConfigError,
  ToolError,
  UsageError,
  external_exports,
  formatPercent,
  parseDuration,
  plural,
  round
} from "./chunk-V36F2TEL.js";

// src/gates/coverage/index.ts
import {
  copyFileSync,
  existsSync as existsSync3,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  statSync
} from "node:fs";
import { tmpdir } from "node:os";
import { isAbsolute, join as join2, relative, resolve } from "node:path";

// src/gates/coverage/c8.ts
import { existsSync } from "node:fs";
import { join } from "node:path";
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
    `--all=${options.all}`,
    ...(options.include ?? []).flatMap((glob) => ["--include", glob]),
    ...(options.exclude ?? []).flatMap((glob) => ["--exclude", glob])
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
  const errors = [observed.toolError].filter((text) => Boolean(text));
  const failures = [
    testProblem(observed.tests),
    observed.noData ? `no coverage data: ${observed.noData}` : void 0,
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

// src/gates/coverage/executable.ts
function nonExecutableLines(source) {
  const result = /* @__PURE__ */ new Set();
  const lines = source.split("\n");
  let inBlock = false;
  let quote2;
  lines.forEach((line, index) => {
    let code = false;
    for (let i = 0; i < line.length; i++) {
      const char = line[i];
      if (inBlock) {
        if (char === "*" && line[i + 1] === "/") {
          inBlock = false;
          i++;
        }
      } else if (quote2) {
        code = true;
        if (char === "\\") i++;
        else if (char === quote2) quote2 = void 0;
      } else if (char === "/" && line[i + 1] === "/") {
        break;
      } else if (char === "/" && line[i + 1] === "*") {
        inBlock = true;
        i++;
      } else if (char === '"' || char === "'" || char === "`") {
        quote2 = char;
        code = true;
      } else if (char.trim()) {
        code = true;
      }
    }
    if (quote2 && quote2 !== "`") quote2 = void 0;
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
import { existsSync as existsSync2 } from "node:fs";
var previousSchema = external_exports.object({
  schema: external_exports.literal("terrafusion/gate-result@1"),
  gate: external_exports.string(),
  metrics: external_exports.record(external_exports.string(), external_exports.number().nullable())
});
function readPrevious(file) {
  if (!existsSync2(file)) return { missing: `no previous result at ${file}: no delta shown`, file };
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

// src/gates/coverage/runner.ts
import { basename } from "node:path";
var RUNNER_LABEL = {
  vitest: "vitest's own V8 coverage (@vitest/coverage-v8)",
  jest: "jest's own V8 coverage (--coverageProvider=v8)"
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
function scope(coverage) {
  const include = coverage.include ?? (coverage.all ? [SOURCES] : void 0);
  const exclude = coverage.exclude ?? (coverage.include === void 0 && coverage.all ? C8_DEFAULT_EXCLUDE : void 0);
  return { ...include ? { include } : {}, ...exclude ? { exclude } : {} };
}
function coverageArgs(runner, coverage) {
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
      ...(exclude ?? []).map((glob) => `--coverage.exclude=${glob}`)
    ];
  return [
    "--coverage",
    "--coverageProvider=v8",
    "--coverageReporters=lcovonly",
    "--coverageReporters=json-summary",
    `--coverageDirectory=${coverage.reportsDir}`,
    "--coverageThreshold={}",
    ...(include ?? []).map((glob) => `--collectCoverageFrom=${glob}`),
    ...(exclude ?? []).map((glob) => `--collectCoverageFrom=!${glob}`)
  ];
}
function runnerCommand(command, scripts, coverage) {
  const words = shellWords(command);
  if (!words) return void 0;
  const direct = runnerOf(words);
  if (direct) {
    const added2 = coverageArgs(direct, coverage);
    return { runner: direct, command: `${command} ${added2.map(quote).join(" ")}`, added: added2 };
  }
  const script = npmScript(words);
  const body = script === void 0 ? void 0 : scripts?.[script];
  if (script === void 0 || body === void 0) return void 0;
  const inner = shellWords(body);
  const runner = inner && runnerOf(inner);
  if (!runner) return void 0;
  const added = coverageArgs(runner, coverage);
  const separator = words.includes("--") ? "" : " --";
  return { runner, command: `${command}${separator} ${added.map(quote).join(" ")}`, added, script };
}
var WRAPPERS = /* @__PURE__ */ new Set(["npx", "pnpx", "yarn", "bunx"]);
function runnerOf(words) {
  let at = 0;
  while (at < words.length && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[at])) at++;
  if (words[at] === "pnpm" && words[at + 1] === "exec") at += 2;
  else if (WRAPPERS.has(words[at] ?? "")) {
    at++;
    while (words[at]?.startsWith("-")) at++;
  }
  const program = words[at];
  if (program === void 0) return void 0;
  const name = basename(program).replace(/\.(c|m)?js$/, "");
  return name === "vitest" || name === "jest" ? name : void 0;
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
function shellWords(command) {
  const words = [];
  let word;
  let quote2;
  for (let i = 0; i < command.length; i++) {
    const char = command[i];
    if (quote2) {
      if (char === quote2) quote2 = void 0;
      else if (quote2 === '"' && /[$`\\]/.test(char)) return void 0;
      else word += char;
      continue;
    }
    if (char === "'" || char === '"') {
      quote2 = char;
      word ??= "";
    } else if (/\s/.test(char)) {
      if (word !== void 0) words.push(word);
      word = void 0;
    } else if (/[;&|<>()$`\\*?[\]{}~#!]/.test(char)) {
      return void 0;
    } else {
      word = (word ?? "") + char;
    }
  }
  if (quote2) return void 0;
  if (word !== void 0) words.push(word);
  return words.length ? words : void 0;
}
function quote(word) {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, "'\\''")}'`;
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
    all: section.all ?? true,
    ...section.include ? { include: section.include } : {},
    ...section.exclude ? { exclude: section.exclude } : {},
    ...section.reports ? { reports: section.reports } : {},
    ...section.timeout ? { timeoutMs: parseDuration(section.timeout), timeoutText: section.timeout } : {}
  };
}

// src/gates/coverage/summary.ts
var MAX_FILES = 20;
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
  if (observed.noData) out.push(`> **No coverage data.** ${observed.noData}`, "");
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
    for (const file of uncovered.slice(0, MAX_FILES)) {
      const lines = file.uncovered.map(([from, to]) => from === to ? `${from}` : `${from}\u2013${to}`);
      out.push(`| \`${file.path}\` | ${lines.join(", ")} |`);
    }
    if (uncovered.length > MAX_FILES)
      out.push("", `\u2026and ${plural(uncovered.length - MAX_FILES, "more file")}.`);
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
  summary: "run the tests under c8: project coverage and the coverage of the changed lines",
  configure(command) {
    command.option("--previous <file>", "the base branch's coverage GateResult JSON, to show the delta").option("--report-dir <dir>", "keep c8's lcov.info and coverage-summary.json in this folder");
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
  const previous = options.previous ? readPrevious(resolve(cwd, options.previous)) : void 0;
  if (previous && "missing" in previous) progress(previous.missing);
  const scripts = npmScripts(cwd);
  const npmProblem = npmCommandProblem(settings.command, { dir: cwd, scripts });
  if (npmProblem) throw new ConfigError(npmProblem);
  const ownReportsFolder = settings.reports ? reportsFolder(cwd, settings.reports) : void 0;
  let diff;
  if (context.base) {
    progress(`comparing with ${context.base}`);
    diff = await diffAgainst(cwd, context.base, { progress });
    progress(`merge base ${diff.mergeBase.slice(0, 7)}: ${describeChanges(diff)}`);
  }
  const work = mkdtempSync(join2(tmpdir(), "terrafusion-coverage-"));
  try {
    const runner = settings.reports ? void 0 : runnerCommand(settings.command, scripts, {
      reportsDir: join2(work, "runner"),
      all: settings.all,
      ...settings.include ? { include: settings.include } : {},
      ...settings.exclude ? { exclude: settings.exclude } : {}
    });
    const raw = settings.reports || runner ? void 0 : join2(work, "v8");
    if (raw) mkdirSync(raw);
    const collector = describeCollector(settings, runner);
    progress(
      runner ? `running the tests with ${RUNNER_LABEL[runner.runner]}: ${settings.command}` : `running the tests${raw ? " with V8 coverage" : ""}: ${settings.command}`
    );
    const testsStarted = Date.now();
    const tests = await runTests({
      command: runner?.command ?? settings.command,
      cwd,
      coverageDir: raw,
      timeoutMs: settings.timeoutMs,
      timeoutText: settings.timeoutText,
      signal: context.signal
    });
    progress(`${testProblem(tests) ?? "tests passed"} in ${(tests.durationMs / 1e3).toFixed(1)}s`);
    let project;
    let patch;
    let noData;
    let toolError;
    try {
      const reports = raw ? await collectWithC8(raw, settings, options, context, work) : runner ? ownReports(
        join2(work, "runner"),
        testsStarted,
        () => progress(`reading ${runner.runner}'s coverage reports`)
      ) : ownReports(ownReportsFolder, testsStarted, progress);
      if (runner && options.reportDir && !("noData" in reports))
        keepReports(reports, resolve(cwd, options.reportDir));
      if ("noData" in reports) {
        noData = reports.noData;
      } else {
        const found = projectCoverage(JSON.parse(readReport(reports.summary)));
        if (found.files === 0 || found.lines.total === 0) {
          noData = raw ? `c8 found coverage for no source file of the project: the tests ran, but every file they loaded is excluded (gates.coverage include/exclude, .c8rc, node_modules) or outside the project folder. ${OWN_TOOL_HINT}` : runner ? `${runner.runner} measured no source file of the project: every file the tests loaded is excluded (gates.coverage include/exclude) or outside the project folder.` : `${relative(cwd, reports.summary)} lists no source file.`;
        } else {
          project = found;
          progress(
            `project: lines ${formatPercent(found.lines.percent)}, branches ${formatPercent(found.branches.percent)}, functions ${formatPercent(found.functions.percent)}, statements ${formatPercent(found.statements.percent)} (${plural(found.files, "file")})`
          );
          if (diff) {
            patch = patchOf(diff, cwd, readReport(reports.lcov));
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
      collector,
      thresholds: settings.thresholds,
      ...project ? { project } : {},
      ...noData ? { noData } : {},
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
var OWN_TOOL_HINT = "The gate turns on vitest's and jest's own V8 coverage when the command (or the npm script it runs) is vitest or jest alone; when it is part of a longer command, or the command runs its own coverage tool (c8, nyc), let it write lcov and json-summary reports and name their folder in gates.coverage.reports.";
function describeCollector(settings, runner) {
  if (runner)
    return `${RUNNER_LABEL[runner.runner]}: the gate ran ${runner.script ? `the ${runner.runner} of npm script \`${runner.script}\`` : runner.runner} with ${runner.added.slice(0, 2).map((arg) => `\`${arg}\``).join(" ")} and lcov and json-summary reporters`;
  if (settings.reports) return `reports the test command wrote in \`${settings.reports}\``;
  return "c8, from the V8 coverage of every node process the test command started";
}
function npmScripts(cwd) {
  try {
    const scripts = JSON.parse(readFileSync(join2(cwd, "package.json"), "utf8")).scripts;
    return scripts && typeof scripts === "object" ? scripts : void 0;
  } catch {
    return void 0;
  }
}
function keepReports(reports, dir) {
  mkdirSync(dir, { recursive: true });
  copyFileSync(reports.lcov, join2(dir, "lcov.info"));
  copyFileSync(reports.summary, join2(dir, "coverage-summary.json"));
}
async function collectWithC8(raw, settings, options, context, work) {
  if (!readdirSync(raw).some((name) => name.endsWith(".json")))
    return {
      noData: `the test command started no node process that wrote V8 coverage. Check that gates.coverage.command runs your tests with node (not bun or deno) in processes that exit normally. ${OWN_TOOL_HINT}`
    };
  context.progress("reading the coverage (c8 report)");
  return c8Report({
    cwd: context.cwd,
    coverageDir: raw,
    reportDir: options.reportDir ? resolve(context.cwd, options.reportDir) : join2(work, "report"),
    all: settings.all,
    include: settings.include,
    exclude: settings.exclude,
    signal: context.signal
  });
}
function ownReports(dir, since, progress) {
  progress(`reading the coverage reports in ${dir}`);
  const files = { lcov: join2(dir, "lcov.info"), summary: join2(dir, "coverage-summary.json") };
  const reporter = { lcov: "lcov", summary: "json-summary" };
  for (const kind of ["lcov", "summary"]) {
    const file = files[kind];
    if (!existsSync3(file))
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
function patchOf(diff, cwd, lcov) {
  const project = realpathSync(cwd);
  const coverage = /* @__PURE__ */ new Map();
  for (const file of parseLcov(lcov)) {
    const path = relative(diff.root, isAbsolute(file.path) ? file.path : resolve(project, file.path));
    if (!path.startsWith("..")) coverage.set(path, file.hits);
  }
  const sources = /* @__PURE__ */ new Map();
  for (const path of diff.addedLines.keys()) {
    if (coverage.has(path)) sources.set(path, readFileSync(join2(diff.root, path), "utf8"));
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
