#!/usr/bin/env node
// A STAND-IN FOR k6, used only by test/load/k6.test.ts. k6 is AGPL-licensed and not installed on
// these machines (DESIGN.md), so the wrapper is tested against k6's documented interface instead:
// - `k6 run [--config FILE] [--summary-export FILE] [--summary-trend-stats LIST] [--env K=V] SCRIPT`
// - a script with a syntax error fails before the test starts (exit 107, `level=error msg="SyntaxError..."`)
// - thresholds come from the --config options file and are evaluated against the run's figures
// - `--summary-export` JSON: figures on the metric, thresholds as booleans that are TRUE WHEN FAILED
// - a script that defines handleSummary() gets the summary object, which our documented snippet
//   writes as JSON to $TERRAFUSION_K6_SUMMARY: figures under `values`, thresholds as `{ ok }`
// - exit code 99 when a threshold is crossed, 0 otherwise
// It sends no traffic: the figures of the "run" come from the test, through these variables:
//   K6_STAND_IN_P95, K6_STAND_IN_FAILED_RATE, K6_STAND_IN_REQUESTS, K6_STAND_IN_EXIT + K6_STAND_IN_MESSAGE,
//   K6_STAND_IN_FORMATS (summary-export | handle-summary | both), K6_STAND_IN_ARGS (a file to record argv)
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const args = process.argv.slice(2);
if (process.env.K6_STAND_IN_ARGS) writeFileSync(process.env.K6_STAND_IN_ARGS, JSON.stringify(args));
if (args[0] !== "run") {
  console.error(`level=error msg="unknown command ${args[0]}"`);
  process.exit(255);
}
const flag = (name) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const script = args.at(-1);
let source;
try {
  source = readFileSync(script, "utf8");
} catch {
  console.error(`level=error msg="The moduleSpecifier \\"${script}\\" couldn't be found on local disk."`);
  process.exit(107);
}
// k6 compiles the script before running anything; node --check parses the same ES module syntax.
const copy = join(mkdtempSync(join(tmpdir(), "k6-stand-in-")), "script.mjs");
copyFileSync(script, copy);
try {
  execFileSync(process.execPath, ["--check", copy], { stdio: "pipe" });
} catch (error) {
  const reason =
    String(error.stderr)
      .split("\n")
      .find((line) => line.startsWith("SyntaxError")) ?? "SyntaxError";
  console.error(`time="2025-01-01T00:00:00Z" level=error msg="${reason} at ${script}"`);
  process.exit(107);
}
if (process.env.K6_STAND_IN_EXIT) {
  console.error(`level=error msg="${process.env.K6_STAND_IN_MESSAGE ?? "failure"}"`);
  process.exit(Number(process.env.K6_STAND_IN_EXIT));
}

const p95 = Number(process.env.K6_STAND_IN_P95 ?? 40);
const failedRate = Number(process.env.K6_STAND_IN_FAILED_RATE ?? 0);
const requests = Number(process.env.K6_STAND_IN_REQUESTS ?? 500);
const duration = {
  avg: p95 * 0.6,
  min: 1,
  med: p95 * 0.5,
  max: p95 * 1.5,
  "p(90)": p95 * 0.9,
  "p(95)": p95,
  "p(99)": p95 * 1.2,
};
const failed = {
  rate: failedRate,
  passes: Math.round(requests * failedRate),
  fails: requests - Math.round(requests * failedRate),
};
const reqs = { count: requests, rate: requests / 10 };
const figures = { http_req_duration: duration, http_req_failed: failed, http_reqs: reqs };

const config = flag("--config") ? JSON.parse(readFileSync(flag("--config"), "utf8")) : {};
const thresholds = config.thresholds ?? {};
const holds = (metric, expression) => {
  const match = /^(p\((\d+(?:\.\d+)?)\)|rate|avg|med|max|min|count)\s*(<=|<|>=|>)\s*([\d.]+)$/.exec(
    expression,
  );
  if (!match) {
    console.error(`level=error msg="invalid threshold ${expression}"`);
    process.exit(104);
  }
  const stat = match[2] ? `p(${match[2]})` : match[1];
  const value = figures[metric]?.[stat];
  const limit = Number(match[4]);
  return { "<": value < limit, "<=": value <= limit, ">": value > limit, ">=": value >= limit }[match[3]];
};
const results = {};
for (const [metric, expressions] of Object.entries(thresholds))
  results[metric] = Object.fromEntries(expressions.map((e) => [e, holds(metric, e)]));
const crossed = Object.values(results).some((byExpression) => Object.values(byExpression).some((ok) => !ok));

const formats = process.env.K6_STAND_IN_FORMATS ?? "summary-export";
if (flag("--summary-export") && formats !== "handle-summary") {
  const metrics = {};
  for (const [name, values] of Object.entries(figures)) {
    const exported =
      name === "http_req_failed"
        ? { value: values.rate, passes: values.passes, fails: values.fails }
        : { ...values };
    if (results[name])
      exported.thresholds = Object.fromEntries(Object.entries(results[name]).map(([e, ok]) => [e, !ok]));
    metrics[name] = exported;
  }
  writeFileSync(
    flag("--summary-export"),
    JSON.stringify(
      {
        root_group: { name: "", path: "", id: "d41d8cd98f00b204e9800998ecf8427e", groups: {}, checks: {} },
        metrics,
      },
      null,
      2,
    ),
  );
}
if (formats !== "summary-export" && source.includes("handleSummary") && process.env.TERRAFUSION_K6_SUMMARY) {
  const types = {
    http_req_duration: ["trend", "time"],
    http_req_failed: ["rate", "default"],
    http_reqs: ["counter", "default"],
  };
  const metrics = {};
  for (const [name, values] of Object.entries(figures)) {
    metrics[name] = { type: types[name][0], contains: types[name][1], values };
    if (results[name])
      metrics[name].thresholds = Object.fromEntries(
        Object.entries(results[name]).map(([e, ok]) => [e, { ok }]),
      );
  }
  writeFileSync(
    process.env.TERRAFUSION_K6_SUMMARY,
    JSON.stringify({
      root_group: {},
      options: { summaryTrendStats: ["avg", "min", "med", "max", "p(90)", "p(95)", "p(99)"] },
      state: { isStdOutTTY: false, isStdErrTTY: false, testRunDurationMs: 10000 },
      metrics,
    }),
  );
}
if (crossed) console.error("level=error msg=\"thresholds on metrics 'http_req_duration' have been crossed\"");
process.exit(crossed ? 99 : 0);
