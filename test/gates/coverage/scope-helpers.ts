import { mkdtempSync, readFileSync, realpathSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { isAbsolute, join, relative, resolve } from "node:path";
import type { GateResult } from "../../../src/core/gate-result.ts";
import { percentOf } from "../../../src/gates/coverage/figures.ts";
import { cli } from "../../helpers/cli.ts";

type Counts = { total: number; covered: number };
/** A json-summary report (coverage-summary.json), as jest, vitest and c8 write it. */
export type Summary = Record<string, Record<"lines" | "branches" | "functions" | "statements", Counts>>;

/** A folder outside the fixture repository, so nothing written there shows in its diff or its scope. */
export function outside(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `tf-${prefix}-`));
}

export function readSummary(dir: string): Summary {
  return JSON.parse(readFileSync(join(dir, "coverage-summary.json"), "utf8")) as Summary;
}

/**
 * Runs the coverage gate on `cwd` with the policy's coverage section `yaml` (indented four
 * spaces), keeping the reports the gate read in a folder outside the repository.
 */
export async function scopedGate(cwd: string, yaml: string) {
  const dir = outside("coverage-scope");
  const policy = join(dir, "terrafusion.yml");
  writeFileSync(policy, `version: 1\ngates:\n  coverage:\n${yaml}`);
  const output = join(dir, "result.json");
  const kept = join(dir, "kept");
  const run = await cli([
    "gate",
    "coverage",
    "--cwd",
    cwd,
    "--policy",
    policy,
    "--base",
    "main",
    "--output",
    output,
    "--report-dir",
    kept,
  ]);
  const result = JSON.parse(readFileSync(output, "utf8")) as GateResult;
  return { ...run, result, kept: () => readSummary(kept) };
}

/** A report's files by their path relative to the project folder, with their counts. */
function entriesOf(summary: Summary, root: string): [string, Summary[string]][] {
  const real = realpathSync(root);
  return Object.entries(summary)
    .filter(([path]) => path !== "total")
    .map(([path, counts]) => [
      relative(real, realpathSync(isAbsolute(path) ? path : resolve(root, path))),
      counts,
    ]);
}

/** The files a report counts, relative to the project folder, sorted. */
export function countedFiles(summary: Summary, root: string): string[] {
  return entriesOf(summary, root)
    .map(([file]) => file)
    .sort();
}

/** The gate's metrics a report's files (those `keep` keeps) add up to, as the gate rounds them. */
export function figuresOf(summary: Summary, root: string, keep: (file: string) => boolean = () => true) {
  const files = entriesOf(summary, root).filter(([file]) => keep(file));
  const sum = (kind: keyof Summary[string]) => {
    let covered = 0;
    let total = 0;
    for (const [, counts] of files) {
      covered += counts[kind].covered;
      total += counts[kind].total;
    }
    return { covered, total };
  };
  const percent = (kind: keyof Summary[string]) => {
    const { covered, total } = sum(kind);
    return percentOf(covered, total);
  };
  const lines = sum("lines");
  return {
    "lines-covered": lines.covered,
    "lines-total": lines.total,
    "lines%": percent("lines"),
    "branches%": percent("branches"),
    "functions%": percent("functions"),
    "statements%": percent("statements"),
  };
}

/** The same metrics from a GateResult. */
export function projectFigures(result: GateResult) {
  const pick = (name: string) => result.metrics[name];
  return {
    "lines-covered": pick("lines-covered"),
    "lines-total": pick("lines-total"),
    "lines%": pick("lines%"),
    "branches%": pick("branches%"),
    "functions%": pick("functions%"),
    "statements%": pick("statements%"),
  };
}

/** The files with uncovered changed lines, as the gate reports them. */
export function uncoveredFiles(result: GateResult): string[] {
  return [...new Set(result.findings.map((finding) => finding.path))].sort();
}
