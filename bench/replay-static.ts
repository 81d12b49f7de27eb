// Replays a real project's history through the diff-aware static-analysis scan: each of the last N
// commits against its (first) parent, as a pull request of one commit. For every finding in the
// commit's changed files, an independent check says whether it existed before: git's own line diff
// maps the finding's lines to the parent, and the same rule firing in the same file at the parent on
// the corresponding lines (the unchanged line, or the lines a hunk replaced) makes it pre-existing.
// Two matchers are scored against that, side by side on the same semgrep results: the one before
// issue 14 (same rule, file and code up to whitespace) and the current one (`classify`).
//
// Not part of npm test: it takes minutes. Run:
//   npx tsx bench/replay-static.ts ../shared/corpus/path-to-regexp.bundle [--commits 50] [--rules DIR] [--verbose]
// The repository (a folder or a git bundle) is cloned to a temporary folder; --rules names a folder
// of semgrep rules to use instead of the bundled pack (copied into the clone, ignored by git there).
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { appendFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { execa } from "execa";
import { classify, fingerprint, type ScanFinding } from "../src/gates/static-analysis/compare.ts";
import { diffScan } from "../src/gates/static-analysis/diff-scan.ts";
import { readRuleInfo, resolveRulePaths } from "../src/gates/static-analysis/rules.ts";
import { useInstalledTools } from "../src/package-root.ts";

useInstalledTools(process.env);
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    commits: { type: "string", default: "50" },
    rules: { type: "string" },
    verbose: { type: "boolean", default: false },
  },
});
if (positionals.length !== 1) {
  console.error(
    "usage: npx tsx bench/replay-static.ts REPOSITORY-OR-BUNDLE [--commits 50] [--rules DIR] [--verbose]",
  );
  process.exit(2);
}
const source = resolve(positionals[0]!);
const count = Number(values.commits);

/** The matcher before issue 14: same rule, same file (under its head name), same code up to whitespace. */
function legacyClassify(
  head: readonly ScanFinding[],
  base: readonly ScanFinding[],
  headPathOf: (basePath: string) => string | undefined,
): Set<ScanFinding> {
  const budget = new Map<string, number>();
  for (const finding of base) {
    const path = headPathOf(finding.path);
    if (path === undefined) continue;
    const key = fingerprint({ ...finding, path });
    budget.set(key, (budget.get(key) ?? 0) + 1);
  }
  const existing = new Set<ScanFinding>();
  for (const finding of head) {
    const key = fingerprint(finding);
    const left = budget.get(key) ?? 0;
    if (left > 0) {
      budget.set(key, left - 1);
      existing.add(finding);
    }
  }
  return existing;
}

interface Hunk {
  oldStart: number;
  oldCount: number;
  newStart: number;
  newCount: number;
}

/** Hunks per head path from `git diff -U0 -M parent commit`. */
function parseHunks(patch: string): Map<string, Hunk[]> {
  const hunks = new Map<string, Hunk[]>();
  let current: Hunk[] | undefined;
  for (const line of patch.split("\n")) {
    if (line.startsWith("diff --git ")) current = undefined;
    else if (line.startsWith("+++ ")) {
      const target = line.slice(4);
      current = target === "/dev/null" ? undefined : [];
      if (current) hunks.set(target.replace(/^b\//, ""), current);
    } else if (current) {
      const match = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(line);
      if (match)
        current.push({
          oldStart: Number(match[1]),
          oldCount: match[2] === undefined ? 1 : Number(match[2]),
          newStart: Number(match[3]),
          newCount: match[4] === undefined ? 1 : Number(match[4]),
        });
    }
  }
  return hunks;
}

/**
 * The parent's lines that correspond to head lines [from, to]: the one line it was, when no hunk
 * touches them; the lines the touching hunks replaced, otherwise (empty for a pure insertion).
 */
function parentLines(
  hunks: readonly Hunk[],
  from: number,
  to: number,
): { unchanged: boolean; lines: number[] } {
  const touching = hunks.filter(
    (hunk) => hunk.newCount > 0 && hunk.newStart <= to && from < hunk.newStart + hunk.newCount,
  );
  if (touching.length === 0) {
    let delta = 0;
    for (const hunk of hunks) {
      const end = hunk.newCount === 0 ? hunk.newStart : hunk.newStart + hunk.newCount - 1;
      if (end < from) delta += hunk.newCount - hunk.oldCount;
    }
    return { unchanged: true, lines: [from - delta] };
  }
  const lines: number[] = [];
  for (const hunk of touching)
    for (let line = hunk.oldStart; line < hunk.oldStart + hunk.oldCount; line++) lines.push(line);
  return { unchanged: false, lines };
}

const clone = mkdtempSync(join(tmpdir(), "tf-replay-"));
const git = async (...args: string[]) => (await execa("git", args, { cwd: clone })).stdout;
try {
  await execa("git", ["clone", "--quiet", source, clone]);
  const pack = values.rules ? ".tf-replay-pack" : "terrafusion:default";
  if (values.rules) {
    cpSync(resolve(values.rules), join(clone, pack), { recursive: true });
    await appendFile(join(clone, ".git/info/exclude"), `\n/${pack}/\n`);
  }
  const configs = resolveRulePaths([pack], clone);
  const rules = readRuleInfo(configs);
  const semgrep = { configs, timeoutMs: 600_000, knownRules: [...rules.keys()] };
  const commits = (await git("rev-list", "--first-parent", `--max-count=${count}`, "HEAD"))
    .split("\n")
    .reverse();
  const name = source.split("/").pop();
  console.log(
    `${name}: replaying ${commits.length} commits against their parents; rules: ${values.rules ?? "terrafusion:default"}`,
  );

  const tally = {
    findings: 0,
    trulyExisting: 0,
    trulyNew: 0,
    before: { falseNew: 0, keptNew: 0, lostNew: 0 },
    after: { falseNew: 0, keptNew: 0, lostNew: 0 },
  };
  const started = performance.now();
  for (const commit of commits) {
    const parents = (await git("rev-list", "--parents", "-n", "1", commit)).split(" ").slice(1);
    if (parents.length === 0) continue;
    const parent = parents[0]!;
    await git("checkout", "--quiet", "--detach", commit);
    const scan = await diffScan({
      cwd: clone,
      prefix: "",
      since: parent,
      inScope: () => true,
      semgrep,
      progress: () => {},
    });
    if (!scan) continue;
    if (scan.head.errors.length && values.verbose)
      console.log(`  ${commit.slice(0, 7)}: semgrep errors: ${scan.head.errors[0]}`);
    const headFindings = scan.head.findings;
    const before = legacyClassify(headFindings, scan.base.findings, scan.headPathOf);
    const after = new Set(classify(headFindings, scan.base.findings, scan.headPathOf).existing);
    const hunks = parseHunks(
      await git(
        "-c",
        "core.quotePath=false",
        "diff",
        "--no-color",
        "--no-ext-diff",
        "-M",
        "-U0",
        parent,
        commit,
        "--",
      ),
    );
    const basePathOf = new Map(scan.changes.map((change) => [change.path, change.oldPath ?? change.path]));
    // The independent check, one parent finding per head finding: unchanged lines first.
    const used = new Set<ScanFinding>();
    const truth = new Map<ScanFinding, boolean>();
    const mapped = headFindings.map((finding) => ({
      finding,
      ...parentLines(hunks.get(finding.path) ?? [], finding.line, finding.endLine),
    }));
    for (const { finding, unchanged, lines } of mapped.sort(
      (a, b) => Number(b.unchanged) - Number(a.unchanged),
    )) {
      const oldPath = basePathOf.get(finding.path);
      const match = scan.base.findings.find(
        (old) =>
          !used.has(old) &&
          old.rule === finding.rule &&
          old.path === oldPath &&
          lines.some((line) => old.line <= line && line <= old.endLine),
      );
      if (match) used.add(match);
      truth.set(finding, match !== undefined);
      if (values.verbose && !unchanged && match)
        console.log(
          `  ${commit.slice(0, 7)} edited, pre-existing: ${finding.rule} ${finding.path}:${finding.line}`,
        );
    }
    for (const finding of headFindings) {
      const existed = truth.get(finding)!;
      tally.findings++;
      existed ? tally.trulyExisting++ : tally.trulyNew++;
      for (const [side, existing] of [
        ["before", before],
        ["after", after],
      ] as const) {
        const saysNew = !existing.has(finding);
        if (saysNew && existed) tally[side].falseNew++;
        if (saysNew && !existed) tally[side].keptNew++;
        if (!saysNew && !existed) tally[side].lostNew++;
        if (values.verbose && saysNew === existed)
          console.log(
            `  ${commit.slice(0, 7)} ${side}: ${finding.rule} ${finding.path}:${finding.line} reported ${saysNew ? "new" : "pre-existing"}, truly ${existed ? "pre-existing" : "new"}: ${finding.code.slice(0, 100)}`,
          );
      }
    }
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  console.log(
    `findings in changed files: ${tally.findings} (${tally.trulyExisting} pre-existing, ${tally.trulyNew} new by the line check); ${seconds} s`,
  );
  console.log("matcher                     reported new but pre-existing   real new kept   real new missed");
  for (const side of ["before", "after"] as const) {
    const row = tally[side];
    console.log(
      `${(side === "before" ? "before (same code)" : "after (scope + edits)").padEnd(28)}${String(row.falseNew).padStart(31)}${String(row.keptNew).padStart(16)}${String(row.lostNew).padStart(18)}`,
    );
  }
} finally {
  rmSync(clone, { recursive: true, force: true });
}
