import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { parseK6Summary } from "../../src/load/k6/summary.ts";
import { k6Thresholds } from "../../src/load/k6/thresholds.ts";
import { cli } from "../helpers/cli.ts";
import { projectWithPolicy } from "./fixture-service.ts";

// k6 is AGPL and not installed here: these tests run the wrapper against test/load/k6-stand-in.mjs,
// a stand-in that follows k6's documented command line, exit codes and summary formats.
const STAND_IN = resolve(import.meta.dirname, "k6-stand-in.mjs");
const FIXTURES = resolve(import.meta.dirname, "../fixtures/k6");

/** A folder holding an executable named k6 that runs the stand-in. */
function standInBin(): string {
  const dir = mkdtempSync(join(tmpdir(), "k6-stand-in-bin-"));
  const k6 = join(dir, "k6");
  writeFileSync(k6, `#!/bin/sh\nexec "${process.execPath}" "${STAND_IN}" "$@"\n`);
  chmodSync(k6, 0o755);
  return dir;
}

/** A project with the k6 fixture script in it: a policy's script must be a file of the repository. */
function k6Project(script: string, slo = "{ p95-ms: 100, error-rate: 0.01 }") {
  const dir = projectWithPolicy(
    `version: 1\ngates:\n  load:\n    script: load/${script}\n    target: http://127.0.0.1:9\n    slo: ${slo}\n`,
  );
  mkdirSync(join(dir, "load"), { recursive: true });
  copyFileSync(join(FIXTURES, script), join(dir, "load", script));
  return dir;
}

async function gate(dir: string, ...flags: string[]) {
  const run = await cli(["gate", "load", "--cwd", dir, "--json", ...flags]);
  return { ...run, result: JSON.parse(run.stdout) };
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("k6 thresholds and summaries", () => {
  it("generates thresholds from the policy's SLO", () => {
    expect(k6Thresholds({ "p95-ms": 100, "error-rate": 0.01 })).toEqual({
      http_req_duration: ["p(95)<100"],
      http_req_failed: ["rate<0.01"],
    });
    expect(k6Thresholds({ "p95-ms": 250, "p99-ms": 400 })).toEqual({
      http_req_duration: ["p(95)<250", "p(99)<400"],
    });
    expect(k6Thresholds({})).toEqual({});
  });

  it("reads a --summary-export threshold marked true as FAILED", () => {
    const summary = parseK6Summary(
      {
        metrics: {
          http_req_duration: {
            avg: 90,
            med: 80,
            max: 300,
            "p(90)": 120,
            "p(95)": 150,
            "p(99)": 200,
            thresholds: { "p(95)<100": true },
          },
          http_req_failed: { value: 0.002, passes: 1, fails: 499, thresholds: { "rate<0.01": false } },
          http_reqs: { count: 500, rate: 49.96 },
        },
      },
      "summary-export.json",
    );
    expect(summary.format).toBe("summary-export");
    expect(summary.thresholds).toEqual([
      { metric: "http_req_duration", expression: "p(95)<100", ok: false },
      { metric: "http_req_failed", expression: "rate<0.01", ok: true },
    ]);
    expect(summary.latency).toEqual({ p50: 80, p90: 120, p95: 150, p99: 200, max: 300, mean: 90 });
    expect(summary.errorRate).toBe(0.002);
    expect(summary.requests).toBe(500);
  });

  it("reads handleSummary JSON, where a threshold says { ok: false }", () => {
    const summary = parseK6Summary(
      {
        metrics: {
          http_req_duration: {
            type: "trend",
            contains: "time",
            values: { med: 5, "p(95)": 9, "p(99)": 12, max: 20, avg: 6, "p(90)": 8 },
            thresholds: { "p(95)<100": { ok: true } },
          },
          http_req_failed: {
            type: "rate",
            contains: "default",
            values: { rate: 0.05, passes: 25, fails: 475 },
            thresholds: { "rate<0.01": { ok: false } },
          },
          http_reqs: { type: "counter", contains: "default", values: { count: 500, rate: 50 } },
        },
      },
      "summary.json",
    );
    expect(summary.format).toBe("handle-summary");
    expect(summary.thresholds.map((t) => t.ok)).toEqual([true, false]);
    expect(summary.errorRate).toBe(0.05);
    expect(summary.latency.p95).toBe(9);
  });

  it("rejects a file that is not a k6 summary", () => {
    expect(() => parseK6Summary({ hello: 1 }, "x.json")).toThrow(
      'k6: x.json has no "metrics": not a k6 summary',
    );
  });
});

describe("load gate with the k6 engine (stand-in)", () => {
  it("passes the generated thresholds to k6 and passes when they hold", async () => {
    const argsFile = join(mkdtempSync(join(tmpdir(), "k6-args-")), "args.json");
    vi.stubEnv("K6_STAND_IN_ARGS", argsFile);
    vi.stubEnv("K6_STAND_IN_P95", "42");
    const { code, result } = await gate(k6Project("smoke.js"), "--k6", join(standInBin(), "k6"));
    expect(result.conclusion).toBe("success");
    expect(code).toBe(0);
    expect(result.metrics["p95-ms"]).toBe(42);
    const args: string[] = JSON.parse(readFileSync(argsFile, "utf8"));
    expect(args[0]).toBe("run");
    expect(args).toContain("--summary-export");
    expect(args).toContain("TARGET=http://127.0.0.1:9");
    expect(args.at(-1)).toBe("load/smoke.js");
    expect(result.summary).toContain("| `http_req_duration: p(95)<100` | ✅ |");
    expect(result.summary).toContain("| `http_req_failed: rate<0.01` | ✅ |");
  });

  it("fails the gate on exit code 99 (thresholds crossed), reading the failed threshold", async () => {
    vi.stubEnv("K6_STAND_IN_P95", "150");
    vi.stubEnv("PATH", `${standInBin()}:${process.env.PATH}`);
    const { code, result } = await gate(k6Project("smoke.js"));
    expect(code).toBe(1);
    expect(result.conclusion).toBe("failure");
    expect(result.headline).toContain("k6 threshold http_req_duration p(95)<100 crossed");
    expect(result.summary).toContain("| `http_req_duration: p(95)<100` | ❌ |");
  });

  it("reads the handleSummary JSON when the script writes it, a failed threshold as failed", async () => {
    vi.stubEnv("K6_STAND_IN_FORMATS", "handle-summary");
    vi.stubEnv("K6_STAND_IN_FAILED_RATE", "0.05");
    const { code, result } = await gate(
      k6Project("with-handle-summary.js"),
      "--k6",
      join(standInBin(), "k6"),
    );
    expect(code).toBe(1);
    expect(result.summary).toContain("k6 (handle-summary)");
    expect(result.metrics["error-rate"]).toBe(0.05);
    expect(result.headline).toContain("k6 threshold http_req_failed rate<0.01 crossed");
  });

  it("turns any other exit code into an error carrying k6's message", async () => {
    vi.stubEnv("K6_STAND_IN_EXIT", "105");
    vi.stubEnv("K6_STAND_IN_MESSAGE", "test run was aborted by an external signal");
    const { code, result } = await gate(k6Project("smoke.js"), "--k6", join(standInBin(), "k6"));
    expect(code).toBe(2);
    expect(result.conclusion).toBe("error");
    expect(result.error).toBe("k6: exited with code 105: test run was aborted by an external signal");
  });

  it("reports a script that does not compile", async () => {
    const { code, result } = await gate(k6Project("broken.js"), "--k6", join(standInBin(), "k6"));
    expect(code).toBe(2);
    expect(result.error).toMatch(/^k6: exited with code 107: SyntaxError: .* at .*broken\.js$/);
  });

  it("says how to get k6 when it is missing", async () => {
    vi.stubEnv("GITHUB_ACTIONS", "");
    vi.stubEnv("PATH", mkdtempSync(join(tmpdir(), "no-k6-")));
    const { code, result } = await gate(k6Project("smoke.js"));
    expect(code).toBe(2);
    expect(result.error).toMatch(/^k6: not found on PATH; install it \(grafana\/setup-k6-action/);
    const wrong = await gate(k6Project("smoke.js"), "--k6", "/nonexistent/k6");
    expect(wrong.result.error).toBe(
      "k6 path /nonexistent/k6: no executable file there; fix k6-path or drop it to use k6 from PATH",
    );
  });
});
