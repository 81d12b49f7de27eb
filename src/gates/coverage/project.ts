import { percentOf } from "./figures.ts";

export const KINDS = ["lines", "branches", "functions", "statements"] as const;
export type Kind = (typeof KINDS)[number];

export interface Count {
  covered: number;
  total: number;
  percent: number | null;
}

export type ProjectCoverage = Record<Kind, Count> & { files: number };

/** The project's totals from c8's json-summary report (coverage-summary.json). */
export function projectCoverage(summary: unknown): ProjectCoverage {
  const report = (summary ?? {}) as Record<string, Record<string, { covered?: number; total?: number }>>;
  const total = report.total ?? {};
  const count = (kind: Kind): Count => {
    const covered = Number(total[kind]?.covered ?? 0);
    const all = Number(total[kind]?.total ?? 0);
    return { covered, total: all, percent: percentOf(covered, all) };
  };
  return {
    lines: count("lines"),
    branches: count("branches"),
    functions: count("functions"),
    statements: count("statements"),
    files: Object.keys(report).filter((key) => key !== "total").length,
  };
}
