import { existsSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { ToolError } from "../../errors.ts";
import { packageRoot } from "../../package-root.ts";
import { runSupervised } from "../../process/supervise.ts";

/**
 * c8's command-line program: TERRAFUSION_C8 if set, else the copy bundled into dist/tools/c8.cjs
 * (scripts/bundle.mjs), so the gate runs from a checkout or a package without node_modules.
 */
export function c8Bin(env: NodeJS.ProcessEnv = process.env): string {
  if (env.TERRAFUSION_C8) {
    if (!existsSync(env.TERRAFUSION_C8))
      throw new ToolError("c8", `TERRAFUSION_C8=${env.TERRAFUSION_C8} does not exist`);
    return env.TERRAFUSION_C8;
  }
  const bundled = join(packageRoot(), "dist", "tools", "c8.cjs");
  if (!existsSync(bundled))
    throw new ToolError(
      "c8",
      `${bundled} is missing: run npm run build in ${packageRoot()}, or set TERRAFUSION_C8 to c8's bin/c8.js`,
    );
  return bundled;
}

/** Reading raw coverage into reports: minutes for the largest projects, never hours. */
const REPORT_DEADLINE_MS = 10 * 60_000;

export interface ReportOptions {
  cwd: string;
  /** Where the test run wrote raw V8 coverage (NODE_V8_COVERAGE). */
  coverageDir: string;
  reportDir: string;
  /** The policy's `all`, when it sets one; else the project's c8 configuration decides (c8's default: false). */
  all?: boolean | undefined;
  /** A c8 configuration file to use, when the project's lives where c8 does not look (package.json `nyc`). */
  config?: string | undefined;
  signal?: AbortSignal;
}

/**
 * `c8 report`: turns the raw V8 coverage into lcov and a JSON summary (source maps applied, the
 * project's own configuration honoured: .c8rc, .c8rc.json, .nycrc, .nycrc.json, package.json `c8`,
 * and its `nyc` through `config`). The policy's include/exclude narrow that afterwards (scope.ts), so
 * c8's own defaults stay. Thresholds are ours, so c8's check-coverage stays off even if the
 * project's config turns it on.
 */
export async function c8Report(options: ReportOptions): Promise<{ lcov: string; summary: string }> {
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
    ...(options.all === undefined ? [] : [`--all=${options.all}`]),
    ...(options.config ? ["--config", options.config] : []),
  ];
  const result = await runSupervised({
    command: process.execPath,
    args,
    cwd: options.cwd,
    env: process.env,
    deadlineMs: REPORT_DEADLINE_MS,
    deadlineText: "10m",
    ...(options.signal ? { signal: options.signal } : {}),
  });
  const lcov = join(options.reportDir, "lcov.info");
  const summary = join(options.reportDir, "coverage-summary.json");
  if (result.exitCode !== 0 || !existsSync(summary)) {
    const why = result.stopped ?? `exit ${result.exitCode ?? result.signal ?? result.spawnError?.code}`;
    throw new ToolError("c8", `c8 report failed (${why}): ${result.output.lastLines(5) || "no output"}`);
  }
  return { lcov, summary };
}

const C8_CONFIG_FILES = [".c8rc", ".c8rc.json", ".nycrc", ".nycrc.json"];

/**
 * The project's `nyc` key of package.json, written to `into` for c8's --config, when the project
 * has no configuration c8 finds by itself (those files, found upwards, or a package.json `c8` key).
 */
export function nycPackageConfig(
  cwd: string,
  packageJson: Record<string, unknown> | undefined,
  into: string,
): string | undefined {
  const nyc = packageJson?.nyc;
  if (!nyc || typeof nyc !== "object" || packageJson?.c8 !== undefined) return undefined;
  for (let folder = cwd; ; folder = dirname(folder)) {
    if (C8_CONFIG_FILES.some((name) => existsSync(join(folder, name)))) return undefined;
    if (folder === dirname(folder)) break;
  }
  writeFileSync(into, JSON.stringify(nyc));
  return into;
}
