import { isAbsolute, relative, resolve } from "node:path";
import { compileGlobs } from "../../core/safe-glob.ts";
import { KINDS } from "./project.ts";

/**
 * The policy's say on which files count, applied to the report the project's own tool wrote: its
 * `include` and `exclude` narrow the project's scope (a file counts when the project's tool counted
 * it and the policy does not leave it out), never widen it or replace the tool's defaults; `all:
 * false` leaves out files with no executed line (files no test loaded).
 */
export interface PolicyScope {
  /** The project folder: globs are relative to it. */
  root: string;
  include?: readonly string[] | undefined;
  exclude?: readonly string[] | undefined;
  dropUnloaded?: boolean;
}

export function narrows(scope: PolicyScope): boolean {
  return Boolean(scope.include?.length || scope.exclude?.length || scope.dropUnloaded);
}

/** Whether a file the report names (absolute, or relative to the project folder) is in the policy's scope. */
export function inScope(scope: PolicyScope): (path: string) => boolean {
  const included = scope.include?.length ? compileGlobs(scope.include) : () => true;
  const excluded = scope.exclude?.length ? compileGlobs(scope.exclude) : () => false;
  return (path) => {
    const inProject = relative(scope.root, isAbsolute(path) ? path : resolve(scope.root, path)).replace(
      /\\/g,
      "/",
    );
    return included(inProject) && !excluded(inProject);
  };
}

type Counts = { total: number; covered: number; skipped?: number; pct?: number | string };
type Summary = Record<string, Partial<Record<(typeof KINDS)[number], Counts>>>;

/**
 * A json-summary report (coverage-summary.json) with only the files in scope, and its totals summed
 * again from them, as istanbul sums them.
 */
export function narrowSummary(summary: unknown, scope: PolicyScope): Summary {
  const report = (summary ?? {}) as Summary;
  if (!narrows(scope)) return report;
  const keep = inScope(scope);
  const files = Object.entries(report).filter(
    ([path, counts]) =>
      path !== "total" && keep(path) && !(scope.dropUnloaded && Number(counts.lines?.covered ?? 0) === 0),
  );
  const total: Summary[string] = {};
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

/** The files of a narrowed summary, to keep the same files of the lcov report. */
export function summaryFiles(summary: Summary, root: string): Set<string> {
  return new Set(
    Object.keys(summary)
      .filter((path) => path !== "total")
      .map((path) => (isAbsolute(path) ? path : resolve(root, path))),
  );
}
