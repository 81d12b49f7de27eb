import { nonExecutableLines } from "./executable.ts";
import { percentOf } from "./figures.ts";

export interface PatchFile {
  /** Relative to the repository root. */
  path: string;
  /** Changed lines that can run (the coverage report counts them, and they are not blank or comment). */
  executable: number;
  covered: number;
  /** Uncovered changed lines as [first, last] ranges; a range may span blank and comment lines. */
  uncovered: Array<[number, number]>;
}

export interface PatchCoverage {
  executable: number;
  covered: number;
  /** null when no changed line is executable: nothing to hold against a threshold. */
  percent: number | null;
  /** Changed files that have executable changed lines, by path. */
  files: PatchFile[];
}

export interface PatchInput {
  /** Added line numbers per changed file (head paths, relative to the repository root). */
  addedLines: Map<string, number[]>;
  /** Hit counts per line for every file the coverage report lists (same relative paths). */
  coverage: Map<string, Map<number, number>>;
  /** Head source of the changed files that have coverage, to tell code from blank and comment lines. */
  sources: Map<string, string>;
}

/**
 * Patch coverage: of the changed lines the coverage report counts, how many ran. A changed file
 * the report does not list (a README, a file excluded from coverage) has no executable lines.
 */
export function patchCoverage({ addedLines, coverage, sources }: PatchInput): PatchCoverage {
  const files: PatchFile[] = [];
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
      uncovered: ranges(missed, skip),
    });
  }
  const executable = files.reduce((sum, file) => sum + file.executable, 0);
  const covered = files.reduce((sum, file) => sum + file.covered, 0);
  return { executable, covered, percent: percentOf(covered, executable), files };
}

/** Joins uncovered lines into ranges when only blank or comment lines lie between them. */
function ranges(lines: number[], skip: Set<number>): Array<[number, number]> {
  const result: Array<[number, number]> = [];
  for (const line of lines) {
    const last = result.at(-1);
    if (last && onlySkippedBetween(last[1], line, skip)) last[1] = line;
    else result.push([line, line]);
  }
  return result;
}

function onlySkippedBetween(from: number, to: number, skip: Set<number>): boolean {
  for (let n = from + 1; n < to; n++) if (!skip.has(n)) return false;
  return true;
}
