import { createHash } from "node:crypto";

/** A semgrep match reduced to what the gate compares and reports. */
export interface ScanFinding {
  rule: string;
  path: string;
  line: number;
  endLine: number;
  column: number;
  endColumn: number;
  severity: string;
  message: string;
  /** The matched source with whitespace collapsed: stable when lines move, changes when the code does. */
  code: string;
}

/** Collapses whitespace so that re-indenting or re-wrapping code does not make an old flaw look new. */
export function normaliseCode(code: string): string {
  return code.replace(/\s+/g, " ").trim();
}

/** The identity of a flaw across commits: rule, file (under its head name) and code, never the line. */
export function fingerprint(finding: Pick<ScanFinding, "rule" | "path" | "code">): string {
  return createHash("sha256")
    .update(`${finding.rule}\0${finding.path}\0${finding.code}`)
    .digest("hex")
    .slice(0, 32);
}

/**
 * Splits head findings into new and pre-existing. A base finding counts under its head path (renamed
 * files keep their flaws), and each base finding excuses at most one head finding with the same
 * fingerprint, so a flaw copied a second time into the same file is new.
 */
export function classify(
  head: readonly ScanFinding[],
  base: readonly ScanFinding[],
  headPathOf: (basePath: string) => string | undefined,
): { fresh: ScanFinding[]; existing: ScanFinding[] } {
  const budget = new Map<string, number>();
  for (const finding of base) {
    const path = headPathOf(finding.path);
    if (path === undefined) continue;
    const key = fingerprint({ ...finding, path });
    budget.set(key, (budget.get(key) ?? 0) + 1);
  }
  const fresh: ScanFinding[] = [];
  const existing: ScanFinding[] = [];
  for (const finding of head) {
    const key = fingerprint(finding);
    const left = budget.get(key) ?? 0;
    if (left > 0) {
      budget.set(key, left - 1);
      existing.push(finding);
    } else {
      fresh.push(finding);
    }
  }
  return { fresh, existing };
}
