/**
 * Runs a k6 script with thresholds generated from the policy's SLO and reads its summary.
 * Exit code 99 (thresholds crossed) is a measured failure; any other non-zero code is an error
 * carrying k6's own message (a script that does not compile, a bad option, a crash).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { untrustedEnv } from "../../core/untrusted-env.ts";
import { ToolError } from "../../errors.ts";
import { runSupervised } from "../../process/supervise.ts";
import type { Slo } from "../slo.ts";
import { type K6Summary, parseK6Summary } from "./summary.ts";
import { k6Thresholds } from "./thresholds.ts";

export const K6_THRESHOLDS_CROSSED = 99;
const K6_DEADLINE_MS = 3600_000;

/** The env var naming the file a script's handleSummary may write its JSON to (see docs/load.md). */
export const HANDLE_SUMMARY_ENV = "TERRAFUSION_K6_SUMMARY";

export interface K6Run {
  summary: K6Summary;
  exitCode: number;
  thresholdsCrossed: boolean;
  args: string[];
}

export async function runK6(options: {
  binary: string;
  script: string;
  cwd: string;
  slo: Slo;
  target?: string;
  signal?: AbortSignal;
  env?: NodeJS.ProcessEnv;
  /** Stop k6 and everything it started after this long (default 1 h: a script sets its own duration). */
  deadlineMs?: number;
}): Promise<K6Run> {
  const dir = mkdtempSync(join(tmpdir(), "terrafusion-k6-"));
  try {
    const config = join(dir, "options.json");
    const exported = join(dir, "summary-export.json");
    const handled = join(dir, "handle-summary.json");
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
      ...(options.target ? ["--env", `TARGET=${options.target}`] : []),
      options.script,
    ];
    const result = await runSupervised({
      command: options.binary,
      args,
      cwd: options.cwd,
      // The team's script reads __ENV: none of TerraFusion's tokens reach it.
      env: { ...untrustedEnv({ ...process.env, ...options.env }), [HANDLE_SUMMARY_ENV]: handled },
      deadlineMs: options.deadlineMs ?? K6_DEADLINE_MS,
      ...(options.signal ? { signal: options.signal } : {}),
      graceMs: 5_000,
    });
    const printed = result.output.text();
    if (result.stopped === "cancelled") throw new ToolError("k6", "interrupted");
    if (result.stopped) throw new ToolError("k6", `${result.stopped}: ${k6Message(printed)}`);
    if (result.spawnError || result.exitCode === undefined) {
      throw new ToolError(
        "k6",
        `cannot run ${options.binary}: ${result.spawnError?.message ?? `killed by ${result.signal}`}`,
      );
    }
    if (result.exitCode !== 0 && result.exitCode !== K6_THRESHOLDS_CROSSED) {
      throw new ToolError("k6", `exited with code ${result.exitCode}: ${k6Message(printed)}`);
    }
    const file = existsSync(handled) ? handled : existsSync(exported) ? exported : undefined;
    if (!file)
      throw new ToolError(
        "k6",
        `finished (exit ${result.exitCode}) but wrote no summary; k6 printed: ${k6Message(printed)}`,
      );
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(file, "utf8"));
    } catch (error) {
      throw new ToolError("k6", `its summary is not JSON: ${(error as Error).message}`);
    }
    return {
      summary: parseK6Summary(data, file),
      exitCode: result.exitCode,
      thresholdsCrossed: result.exitCode === K6_THRESHOLDS_CROSSED,
      args,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** k6 logs errors as `level=error msg="..."`; show those, else the last lines. */
export function k6Message(output: string): string {
  const lines = output
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
  const errors = lines
    .filter((line) => /level=(error|fatal)/.test(line))
    .map(
      (line) => /msg="((?:[^"\\]|\\.)*)"/.exec(line)?.[1]?.replace(/\\n/g, " ").replace(/\\"/g, '"') ?? line,
    );
  const chosen = errors.length ? errors : lines.slice(-5);
  return chosen.join(" | ") || "no output";
}
