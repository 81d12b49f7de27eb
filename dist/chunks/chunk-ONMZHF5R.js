import { createRequire as __tfRequire } from 'node:module'; const require = __tfRequire(import.meta.url);
import {
  assertAnswers,
  checkSlo,
  describeCheck,
  loadMetrics,
  startService
} from "./chunk-33EB42QA.js";
import {
  durationFlag,
  wholeNumberFlag
} from "./chunk-D4T5WCNI.js";
import {
  newHistogram,
  runLoad,
  runLoadRaw,
  summarize
} from "./chunk-FV4S3KIS.js";
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
  describeReadProblem,
  inRepository,
  readLimited,
  repositoryRoot
} from "./chunk-WJQ75HG4.js";
import {
  ConfigError,
  ToolError,
  UsageError,
  describeError,
  formatShare,
  parseDuration,
  plural,
  round
} from "./chunk-64HVLF7C.js";

// src/load/k6/find.ts
import { accessSync, constants, statSync } from "node:fs";
import { delimiter, join, resolve } from "node:path";
var K6_VERSION = "1.3.0";
async function findK6(options) {
  const env = options.env ?? process.env;
  if (options.explicit) {
    const path = resolve(options.cwd, options.explicit);
    if (!isExecutable(path))
      throw new UsageError(
        `k6 path ${options.explicit}: no executable file there; fix k6-path or drop it to use k6 from PATH`
      );
    return path;
  }
  for (const dir of (env.PATH ?? "").split(delimiter).filter(Boolean)) {
    const candidate = join(dir, "k6");
    if (isExecutable(candidate)) return candidate;
  }
  if (options.install && env.GITHUB_ACTIONS === "true" && env.RUNNER_TOOL_CACHE) return options.install();
  throw new ToolError(
    "k6",
    "not found on PATH; install it (grafana/setup-k6-action, or https://grafana.com/docs/k6/latest/set-up/install-k6/), pass its path as k6-path, or drop gates.load.script to use the built-in autocannon engine"
  );
}
function isExecutable(path) {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

// src/load/k6/install.ts
import { join as join2 } from "node:path";
async function installK6(version = K6_VERSION) {
  const tc = await import("./tool-cache-BO3VML7D.js");
  const arch = process.arch === "arm64" ? "arm64" : "amd64";
  const cached = tc.find("k6", version, arch);
  if (cached) return join2(cached, "k6");
  const name = `k6-v${version}-linux-${arch}`;
  try {
    const archive = await tc.downloadTool(
      `https://github.com/grafana/k6/releases/download/v${version}/${name}.tar.gz`
    );
    const extracted = await tc.extractTar(archive);
    const dir = await tc.cacheDir(join2(extracted, name), "k6", version, arch);
    return join2(dir, "k6");
  } catch (error) {
    throw new ToolError("k6", `cannot download k6 v${version}: ${error.message}`);
  }
}

// src/load/k6/run.ts
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join as join3 } from "node:path";

// src/load/k6/summary.ts
function parseK6Summary(data, file) {
  const metrics = data?.metrics;
  if (!metrics || typeof metrics !== "object")
    throw new ToolError("k6", `${file} has no "metrics": not a k6 summary`);
  const handleSummary = Object.values(metrics).some((metric) => metric && typeof metric.values === "object");
  const figures = (name) => {
    const metric = metrics[name];
    if (!metric) return {};
    return (handleSummary ? metric.values : metric) ?? {};
  };
  const number = (name, key) => {
    const value = figures(name)[key];
    return typeof value === "number" ? value : 0;
  };
  const thresholds = [];
  for (const [metric, body] of Object.entries(metrics)) {
    const declared = body?.thresholds;
    if (!declared) continue;
    for (const [expression, verdict] of Object.entries(declared)) {
      const ok = handleSummary ? Boolean(verdict?.ok) : (
        // In --summary-export, true means the threshold was crossed.
        verdict === false
      );
      thresholds.push({ metric, expression, ok });
    }
  }
  const failed = figures("http_req_failed");
  const errorRate = typeof failed.rate === "number" ? failed.rate : typeof failed.value === "number" ? failed.value : 0;
  return {
    format: handleSummary ? "handle-summary" : "summary-export",
    requests: number("http_reqs", "count"),
    rps: Math.round(number("http_reqs", "rate") * 10) / 10,
    errorRate,
    latency: {
      p50: number("http_req_duration", "med"),
      p90: number("http_req_duration", "p(90)"),
      p95: number("http_req_duration", "p(95)"),
      p99: number("http_req_duration", "p(99)"),
      max: number("http_req_duration", "max"),
      mean: number("http_req_duration", "avg")
    },
    thresholds
  };
}

// src/load/k6/thresholds.ts
function k6Thresholds(slo) {
  const thresholds = {};
  const duration = [];
  if (slo["p95-ms"] !== void 0) duration.push(`p(95)<${slo["p95-ms"]}`);
  if (slo["p99-ms"] !== void 0) duration.push(`p(99)<${slo["p99-ms"]}`);
  if (duration.length) thresholds.http_req_duration = duration;
  if (slo["error-rate"] !== void 0) thresholds.http_req_failed = [`rate<${slo["error-rate"]}`];
  return thresholds;
}

// src/load/k6/run.ts
var K6_THRESHOLDS_CROSSED = 99;
var K6_DEADLINE_MS = 36e5;
var HANDLE_SUMMARY_ENV = "TERRAFUSION_K6_SUMMARY";
async function runK6(options) {
  const dir = mkdtempSync(join3(tmpdir(), "terrafusion-k6-"));
  try {
    const config = join3(dir, "options.json");
    const exported = join3(dir, "summary-export.json");
    const handled = join3(dir, "handle-summary.json");
    writeFileSync(config, JSON.stringify({ thresholds: k6Thresholds(options.slo) }, null, 2));
    const args = [
      "run",
      "--config",
      config,
      "--summary-export",
      exported,
      "--summary-trend-stats",
      "avg,min,med,max,p(90),p(95),p(99)",
      "--no-color",
      ...options.target ? ["--env", `TARGET=${options.target}`] : [],
      options.script
    ];
    const result = await runSupervised({
      command: options.binary,
      args,
      cwd: options.cwd,
      // The team's script reads __ENV: none of TerraFusion's tokens reach it.
      env: { ...untrustedEnv({ ...process.env, ...options.env }), [HANDLE_SUMMARY_ENV]: handled },
      deadlineMs: options.deadlineMs ?? K6_DEADLINE_MS,
      ...options.signal ? { signal: options.signal } : {},
      graceMs: 5e3
    });
    const printed = result.output.text();
    if (result.stopped === "cancelled") throw new ToolError("k6", "interrupted");
    if (result.stopped) throw new ToolError("k6", `${result.stopped}: ${k6Message(printed)}`);
    if (result.spawnError || result.exitCode === void 0) {
      throw new ToolError(
        "k6",
        `cannot run ${options.binary}: ${result.spawnError?.message ?? `killed by ${result.signal}`}`
      );
    }
    if (result.exitCode !== 0 && result.exitCode !== K6_THRESHOLDS_CROSSED) {
      throw new ToolError("k6", `exited with code ${result.exitCode}: ${k6Message(printed)}`);
    }
    const file = existsSync(handled) ? handled : existsSync(exported) ? exported : void 0;
    if (!file)
      throw new ToolError(
        "k6",
        `finished (exit ${result.exitCode}) but wrote no summary; k6 printed: ${k6Message(printed)}`
      );
    let data;
    try {
      data = JSON.parse(readFileSync(file, "utf8"));
    } catch (error) {
      throw new ToolError("k6", `its summary is not JSON: ${error.message}`);
    }
    return {
      summary: parseK6Summary(data, file),
      exitCode: result.exitCode,
      thresholdsCrossed: result.exitCode === K6_THRESHOLDS_CROSSED,
      args
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
function k6Message(output) {
  const lines = output.split("\n").map((line) => line.trim()).filter(Boolean);
  const errors = lines.filter((line) => /level=(error|fatal)/.test(line)).map(
    (line) => /msg="((?:[^"\\]|\\.)*)"/.exec(line)?.[1]?.replace(/\\n/g, " ").replace(/\\"/g, '"') ?? line
  );
  const chosen = errors.length ? errors : lines.slice(-5);
  return chosen.join(" | ") || "no output";
}

// src/gates/load/merge.ts
function mergeRuns(runs) {
  const histogram = newHistogram();
  let requests = 0;
  let errors = 0;
  let durationMs = 0;
  const statusCodes = {};
  const timeline = [];
  for (const run of runs) {
    histogram.add(run.histogram);
    run.histogram.destroy();
    for (const sample of run.stats.timeline) timeline.push({ ...sample, atMs: sample.atMs + durationMs });
    requests += run.stats.requests;
    errors += run.stats.errors;
    durationMs += run.stats.durationMs;
    for (const [code, count] of Object.entries(run.stats.statusCodes))
      statusCodes[code] = (statusCodes[code] ?? 0) + count;
  }
  const latency = summarize(histogram);
  histogram.destroy();
  return {
    requests,
    errors,
    errorRate: requests ? errors / requests : 0,
    rps: durationMs ? Math.round(requests / durationMs * 1e4) / 10 : 0,
    latency,
    statusCodes,
    durationMs,
    timeline
  };
}

// src/gates/load/previous.ts
import { resolve as resolve2 } from "node:path";
function readPrevious(cwd, file) {
  const path = resolve2(cwd, file);
  let text;
  try {
    text = readLimited(path, FILE_LIMITS.json).toString("utf8");
  } catch (error) {
    const problem = error.problem;
    throw new UsageError(
      problem?.kind === "missing" ? `previous result ${file}: no such file; pass the load GateResult JSON of the base branch, or drop --previous` : `previous result ${file}: ${problem ? describeReadProblem(problem) : String(error)}; pass the load GateResult JSON of the base branch`
    );
  }
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`previous result ${file}: not JSON (${error.message})`);
  }
  if (parsed?.schema !== "terrafusion/gate-result@1" || parsed.gate !== "load" || !parsed.metrics) {
    throw new UsageError(
      `previous result ${file}: not a load GateResult (expected schema terrafusion/gate-result@1 and gate "load"); write one with \`terrafusion gate load --output FILE\``
    );
  }
  return parsed;
}

// src/gates/load/regression.ts
var NOISE_FLOOR_MS = 0.5;
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return 0;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
function spread(values) {
  if (values.length < 2) return 0;
  return (Math.max(...values) - Math.min(...values)) / 2;
}
function baseP95Of(base) {
  const value = base["p95-ms-best"] ?? base["p95-ms"];
  return typeof value === "number" && value > 0 ? value : void 0;
}
function compareWithBase(input) {
  const baseP95 = baseP95Of(input.base);
  if (baseP95 === void 0 || input.headRuns.length === 0) return void 0;
  const headP95 = Math.min(...input.headRuns);
  const growth = (headP95 - baseP95) / baseP95;
  const regressed = growth > input.maxRegression && headP95 - baseP95 > NOISE_FLOOR_MS;
  const allowed = formatShare(input.maxRegression, 1);
  const change = `p95 ${growth >= 0 ? "+" : ""}${formatShare(growth, 1)} against the base (best runs ${round(baseP95, 2)} \u2192 ${round(headP95, 2)} ms)`;
  const message = regressed ? `${change}: more than the allowed ${allowed}` : growth > input.maxRegression ? `${change}: within the ${NOISE_FLOOR_MS} ms noise floor` : `${change}: within the allowed ${allowed}`;
  return { baseP95, headP95, growth, regressed, message };
}

// src/gates/load/summary.ts
var PERCENTILES = ["p50", "p90", "p95", "p99"];
function loadSummary(input) {
  const lines = [
    `### Load: ${input.engine} against ${input.target}`,
    "",
    `${plural(input.requests, "request")}, ${input.rps} req/s, ${formatShare(input.errorRate)} errors` + (input.runs.length > 1 ? `, ${plural(input.runs.length, "run")} (p95 per run: ${input.runs.map((p) => round(p, 2)).join(", ")} ms)` : ""),
    "",
    "| SLO | measured | limit | |",
    "|---|---|---|---|",
    ...input.checks.map(
      (check) => `| ${LABEL[check.key]} | ${show(check.key, check.value)} | < ${show(check.key, check.threshold)} | ${check.ok ? "\u2705" : "\u274C"} |`
    )
  ];
  if (input.thresholds?.length) {
    lines.push("", "| k6 threshold | |", "|---|---|");
    for (const t of input.thresholds)
      lines.push(`| \`${t.metric}: ${t.expression}\` | ${t.ok ? "\u2705" : "\u274C"} |`);
  }
  const base = input.base;
  if (base) {
    const baseValues = PERCENTILES.map((p) => base[`${p}-ms`] ?? 0);
    const headValues = PERCENTILES.map((p) => input.latency[p]);
    lines.push(
      "",
      "#### Against the base",
      "",
      "| | base | head |",
      "|---|---|---|",
      ...PERCENTILES.map(
        (p, i) => `| ${p} | ${round(baseValues[i] ?? 0, 2)} ms | ${round(headValues[i] ?? 0, 2)} ms |`
      ),
      `| error rate | ${formatShare(base["error-rate"] ?? 0)} | ${formatShare(input.errorRate)} |`,
      "",
      input.regression ? `${input.regression.regressed ? "\u274C" : "\u2705"} ${input.regression.message}` : "",
      "",
      "```mermaid",
      "xychart-beta",
      '  title "Latency percentiles (ms): bars = base, line = head"',
      `  x-axis [${PERCENTILES.join(", ")}]`,
      '  y-axis "ms"',
      `  bar [${baseValues.map((v) => round(v, 2)).join(", ")}]`,
      `  line [${headValues.map((v) => round(v, 2)).join(", ")}]`,
      "```"
    );
  }
  return `${lines.join("\n")}
`;
}
var LABEL = { "p95-ms": "p95", "p99-ms": "p99", "error-rate": "error rate" };
function show(key, value) {
  return key === "error-rate" ? formatShare(value) : `${round(value, 2)} ms`;
}

// src/gates/load/gate.ts
var DEFAULT_SLO = { "p95-ms": 100, "error-rate": 0.01 };
var DEFAULT_RUNS = 3;
var MIN_RUN_MS = 500;
var WARMUP_MS = 300;
var loadGate = {
  name: "load",
  summary: "load the service (autocannon or k6) and hold p95, p99 and error rate against the policy's SLO",
  configure(command) {
    command.option(
      "--previous <file>",
      "the base branch's load GateResult JSON: fail when p95 grew more than max-regression"
    ).option(
      "--runs <n>",
      "repeat the load this many times, 1 to 20; the best runs are compared with the base (default: 3)",
      wholeNumberFlag("--runs", 1, 20)
    ).option("--k6 <path>", "the k6 binary (default: k6 on PATH)").option(
      "--duration <duration>",
      "total load time, e.g. 2s; overrides gates.load.duration (default: the policy's, else 10s)",
      durationFlag("--duration", "2s")
    );
  },
  async run(context) {
    const startedAt = /* @__PURE__ */ new Date();
    try {
      return await measure(context, startedAt);
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      const { message } = describeError(error);
      return gateResult({
        gate: "load",
        conclusion: "error",
        headline: message.split("\n")[0] ?? message,
        error: message,
        summary: `### Load

**Could not measure:** ${message}
`,
        startedAt: startedAt.toISOString(),
        durationMs: Date.now() - startedAt.getTime()
      });
    }
  }
};
async function measure(context, startedAt) {
  const config = context.policy.gates?.load;
  const options = context.options;
  const finish = (fields) => gateResult({
    gate: "load",
    ...fields,
    startedAt: startedAt.toISOString(),
    durationMs: Date.now() - startedAt.getTime()
  });
  if (!config || config.enabled === false) {
    return finish({
      conclusion: "skipped",
      headline: "the load gate is not enabled in the policy",
      summary: "### Load\n\nSkipped: add `gates.load` to `.github/terrafusion.yml` to enable it.\n"
    });
  }
  const slo = { ...DEFAULT_SLO, ...config.slo };
  const durationText = options.duration ?? config.duration ?? "10s";
  const durationMs = parseDuration(durationText);
  if (durationMs === void 0)
    throw new UsageError(
      `--duration ${JSON.stringify(durationText)}: expected a duration such as 2s or 500ms`
    );
  const runs = options.runs ?? DEFAULT_RUNS;
  if (!Number.isInteger(runs) || runs < 1 || runs > 20)
    throw new UsageError(`--runs ${runs}: expected a whole number from 1 to 20`);
  const previous = options.previous ? readPrevious(context.cwd, options.previous) : void 0;
  const engine = config.engine ?? (config.script ? "k6" : "autocannon");
  const target = config.target ?? (config.service ? new URL(config.service["ready-url"]).origin : void 0);
  if (engine === "autocannon" && !target)
    throw new ConfigError(
      "gates.load.target: nothing to load; set target (e.g. http://127.0.0.1:3000) or service.ready-url"
    );
  if (engine === "k6" && !config.script)
    throw new ConfigError("gates.load.script: engine k6 needs a k6 script (e.g. script: test/load/smoke.js)");
  if (config.script) {
    const contained = inRepository(repositoryRoot(context.cwd), config.script, context.cwd);
    if (!contained.inside)
      throw new ConfigError(`gates.load.script: ${JSON.stringify(config.script)} ${contained.reason}`);
  }
  let service;
  try {
    if (config.service) {
      const timeoutMs = config.service.timeout ? parseDuration(config.service.timeout) : void 0;
      context.progress(`starting the service: ${config.service.command}`);
      service = await startService(
        {
          command: config.service.command,
          readyUrl: config.service["ready-url"],
          timeoutMs,
          instances: config.service.instances,
          cwd: context.cwd
        },
        { signal: context.signal, progress: context.progress }
      );
    }
    if (engine === "k6") {
      const binary = await findK6({ explicit: options.k6, cwd: context.cwd, install: () => installK6() });
      context.progress(`running k6 ${config.script}`);
      const k6 = await runK6({
        binary,
        script: config.script,
        cwd: context.cwd,
        slo,
        target,
        signal: context.signal
      });
      const s = k6.summary;
      const checks2 = checkSlo(s, slo);
      const crossed = s.thresholds.filter((t) => !t.ok);
      const failed2 = k6.thresholdsCrossed || crossed.length > 0 || checks2.some((c) => !c.ok);
      const metrics = loadMetrics({ ...s, errors: 0, statusCodes: {}, durationMs: 0, timeline: [] });
      return finish({
        conclusion: failed2 ? "failure" : "success",
        headline: headline(s.latency.p95, s.errorRate, failed2, [
          ...crossed.map((t) => `k6 threshold ${t.metric} ${t.expression} crossed`),
          ...checks2.filter((c) => !c.ok).map(describeCheck)
        ]),
        metrics,
        thresholds: thresholdsOf(slo),
        summary: loadSummary({
          engine: `k6 (${s.format})`,
          target: target ?? config.script,
          ...s,
          runs: [s.latency.p95],
          checks: checks2,
          thresholds: s.thresholds
        })
      });
    }
    const urls = service && service.instances.length > 1 ? service.instances.map((i) => i.baseUrl) : [target];
    const runMs = Math.max(MIN_RUN_MS, Math.round(durationMs / runs));
    if (!service)
      for (const url of urls)
        await assertAnswers(
          url,
          "gates.load.target",
          "start the service first, or set gates.load.service so the gate starts it"
        );
    context.progress(`warming up for ${WARMUP_MS} ms`);
    await runLoad({
      url: urls,
      paths: config.paths,
      durationMs: WARMUP_MS,
      connections: config.connections ?? 10,
      rate: config.rate,
      signal: context.signal
    });
    const raw = [];
    const runOnce = async (label) => {
      context.progress(
        `${label}: ${plural(config.connections ?? 10, "connection")} for ${runMs / 1e3}s against ${urls.join(", ")}${config.paths ? ` (${config.paths.join(", ")})` : ""}`
      );
      const one = await runLoadRaw({
        url: urls,
        paths: config.paths,
        durationMs: runMs,
        connections: config.connections ?? 10,
        rate: config.rate,
        signal: context.signal
      });
      context.progress(
        `${label}: ${plural(one.stats.requests, "request")}, p95 ${one.stats.latency.p95} ms, ${formatShare(one.stats.errorRate)} errors`
      );
      raw.push(one);
    };
    for (let run = 1; run <= runs && !context.signal?.aborted; run++) await runOnce(`run ${run}/${runs}`);
    const maxRegression = config["max-regression"] ?? 0.1;
    const compare = () => previous ? compareWithBase({
      headRuns: raw.map((one) => one.stats.latency.p95),
      base: previous.metrics,
      maxRegression
    }) : void 0;
    let regression = compare();
    if (regression?.regressed && !context.signal?.aborted) {
      context.progress(`${regression.message}; confirming with ${plural(runs, "more run")}`);
      for (let run = 1; run <= runs && !context.signal?.aborted; run++)
        await runOnce(`confirmation ${run}/${runs}`);
      regression = compare();
    }
    const stats = mergeRuns(raw);
    const runP95s = raw.map((one) => one.stats.latency.p95);
    const checks = checkSlo(stats, slo);
    const failed = checks.some((c) => !c.ok) || Boolean(regression?.regressed);
    const reasons = checks.filter((c) => !c.ok).map(describeCheck);
    if (regression?.regressed) reasons.push(regression.message);
    return finish({
      conclusion: failed ? "failure" : "success",
      headline: headline(stats.latency.p95, stats.errorRate, failed, reasons) + (regression && !failed ? `; ${regression.message}` : ""),
      metrics: {
        ...loadMetrics(stats),
        runs: raw.length,
        "p95-ms-best": round(Math.min(...runP95s), 3),
        "p95-ms-median": round(median(runP95s), 3),
        "p95-ms-spread": round(spread(runP95s), 3)
      },
      thresholds: {
        ...thresholdsOf(slo),
        ...previous ? { "max-regression": maxRegression } : {}
      },
      base: previous?.metrics,
      summary: loadSummary({
        engine: "autocannon",
        target: urls.join(", "),
        ...stats,
        runs: runP95s,
        checks,
        regression,
        base: previous?.metrics
      })
    });
  } finally {
    if (service) {
      context.progress("stopping the service");
      await service.stop();
    }
  }
}
function thresholdsOf(slo) {
  return Object.fromEntries(Object.entries(slo).filter(([, v]) => typeof v === "number"));
}
function headline(p95, errorRate, failed, reasons) {
  const figures = `p95 ${round(p95, 2)} ms, ${formatShare(errorRate)} errors`;
  return failed ? `${figures}: ${reasons.join("; ")}` : `${figures}: within the SLO`;
}

export {
  loadGate
};
