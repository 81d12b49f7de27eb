import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { plural } from "../../core/format.ts";
import { type ChangedFile, changedFiles, repoRoot } from "../../git/diff.ts";
import { extractFiles } from "../../git/extract.ts";
import type { ScanFinding } from "./compare.ts";
import { runSemgrep, type SemgrepRun, type SemgrepScan } from "./semgrep.ts";

export interface DiffScanInput {
  /** The project folder semgrep runs in. */
  cwd: string;
  /** The project folder's place in the repository ("app/", or ""). */
  prefix: string;
  /** The commit to compare with (the merge base). */
  since: string;
  /** Which changed files (repository paths) the policy puts in scope. */
  inScope: (path: string) => boolean;
  semgrep: Omit<SemgrepRun, "cwd" | "only" | "targets" | "pathPrefix" | "baseDir">;
  progress: (message: string) => void;
}

export interface DiffScan {
  /** Changed files in scope, deleted ones left out. */
  changes: ChangedFile[];
  /** The head's scan: findings in changed files only. */
  head: SemgrepScan;
  /** Findings in the base's copies of the changed files, under their base paths. */
  base: { findings: ScanFinding[]; errors: string[] };
  /** A base path's head path (renamed files keep their flaws). */
  headPathOf: (basePath: string) => string | undefined;
}

/**
 * The changed files and their copies at the merge base, scanned in one semgrep run: semgrep's start
 * (seconds of rule parsing) is most of a small scan, so a second run would nearly double it. The base
 * copies go to a folder outside the repository; semgrep names them by absolute path, which tells the
 * two sides apart. Undefined when nothing in scope changed.
 */
export async function diffScan(input: DiffScanInput): Promise<DiffScan | undefined> {
  const { cwd, prefix, since, inScope, progress } = input;
  // Git names changes from the repository root; files outside the project folder are not ours to scan.
  const changes = (await changedFiles(cwd, since)).filter(
    (change) => change.status !== "deleted" && change.path.startsWith(prefix) && inScope(change.path),
  );
  if (changes.length === 0) return undefined;
  const baseNameOf = new Map<string, string>();
  for (const change of changes) {
    if (change.status === "added") continue;
    baseNameOf.set(change.path, change.oldPath ?? change.path);
  }
  const headNameOf = new Map([...baseNameOf].map(([headPath, basePath]) => [basePath, headPath]));
  const baseDir = mkdtempSync(join(tmpdir(), "terrafusion-base-"));
  try {
    const basePaths = await extractFiles(cwd, since, [...baseNameOf.values()], baseDir);
    copyIgnoreFiles(await repoRoot(cwd), prefix, baseDir);
    progress(
      `semgrep on ${plural(changes.length, "changed file")} and ${basePaths.length} at the merge base, in one run`,
    );
    const changed = new Set(changes.map((change) => change.path));
    const scanned = await runSemgrep({
      ...input.semgrep,
      cwd,
      pathPrefix: prefix,
      only: [...new Set([...changed, ...basePaths])],
      ...(basePaths.length ? { baseDir } : {}),
    });
    return {
      changes,
      // A base path may also name a head file outside the change: only changed files count here.
      head: { ...scanned, findings: scanned.findings.filter((finding) => changed.has(finding.path)) },
      base: scanned.base ?? { findings: [], errors: [] },
      headPathOf: (path) => headNameOf.get(path),
    };
  } finally {
    rmSync(baseDir, { recursive: true, force: true });
  }
}

/**
 * The project's .semgrepignore files, copied beside the base copies:
 * semgrep reads them from the folders it scans, and without them the base side would follow
 * semgrep's default list (which skips tests/) where the head follows the project's.
 */
function copyIgnoreFiles(root: string, prefix: string, baseDir: string): void {
  for (const folder of new Set(["", prefix])) {
    const from = join(root, folder, ".semgrepignore");
    if (!existsSync(from)) continue;
    mkdirSync(join(baseDir, folder), { recursive: true });
    copyFileSync(from, join(baseDir, folder, ".semgrepignore"));
  }
}
