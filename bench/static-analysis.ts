// Diff-aware against full scan, the gate's overhead against semgrep alone, and the diff-aware scan
// against semgrep's floor (one start on one file with the same pack: the target is at most 1.2x), on
// a generated repository of about 2,000 files with a one-file change. The floor and the diff-aware
// scan alternate for BENCH_ROUNDS rounds (default 3) and their medians are compared, so that load
// on the machine hits both alike. Run: npx tsx bench/static-analysis.ts
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { execa } from "execa";
import { loadPolicy } from "../src/fs/load-policy.ts";
import { staticAnalysisGate } from "../src/gates/static-analysis/index.ts";
import { readRuleInfo, resolveRulePaths } from "../src/gates/static-analysis/rules.ts";
import { semgrepArgs, semgrepEnv } from "../src/gates/static-analysis/semgrep.ts";
import { useInstalledTools } from "../src/package-root.ts";

const FILES = Number(process.env.BENCH_FILES ?? 2000);
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 3));
useInstalledTools(process.env);

function source(i: number): string {
  // Ordinary code, with a pre-existing flaw in every 50th file.
  const flaw = i % 50 === 0 ? `export const run${i} = (code: string) => eval(code);\n` : "";
  return `import { readFileSync } from "node:fs";

export interface Item${i} { id: string; name: string; tags: string[] }

export function parse${i}(text: string): Item${i}[] {
  return JSON.parse(text).map((row: Item${i}) => ({ ...row, tags: row.tags ?? [] }));
}

export function load${i}(file: string): Item${i}[] {
  return parse${i}(readFileSync(file, "utf8"));
}

export function total${i}(items: Item${i}[]): number {
  let sum = 0;
  for (const item of items) sum += item.name.length + item.tags.length;
  return sum;
}
${flaw}`;
}

async function time<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await run();
  return { ms: performance.now() - started, value };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const dir = mkdtempSync(join(tmpdir(), "tf-bench-sa-"));
try {
  const git = (...args: string[]) => execa("git", args, { cwd: dir });
  await git("init", "-q", "-b", "main");
  for (let i = 0; i < FILES; i++) {
    const path = join(dir, `src/module${Math.floor(i / 100)}/file${i}.ts`);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, source(i));
  }
  await git("add", "-A");
  await git("-c", "user.email=b@b", "-c", "user.name=b", "commit", "-q", "-m", "base");
  await git("checkout", "-q", "-b", "feature");
  writeFileSync(
    join(dir, "src/module0/file7.ts"),
    `${source(7)}export const token = Math.random().toString(36);\n`,
  );
  await git("-c", "user.email=b@b", "-c", "user.name=b", "commit", "-q", "-am", "one-file change");

  const { policy } = await loadPolicy({ cwd: dir });
  const context = { cwd: dir, policy, options: {}, progress: () => {} };
  const configs = resolveRulePaths(["terrafusion:default"], dir);
  readRuleInfo(configs);

  console.log(`repository: ${FILES} files, 1 changed; rules: terrafusion:default; semgrep 1.185.0`);
  const semgrep = (args: string[]) =>
    execa("semgrep", args, { cwd: dir, env: semgrepEnv(), maxBuffer: 1 << 30 });
  const direct = await time(() => semgrep(semgrepArgs({ configs })));
  const full = await time(() => staticAnalysisGate.run(context));
  const floors: number[] = [];
  const diffs: number[] = [];
  let diff: Awaited<ReturnType<typeof staticAnalysisGate.run>> | undefined;
  for (let round = 0; round < ROUNDS; round++) {
    floors.push((await time(() => semgrep(semgrepArgs({ configs, targets: ["src/module0/file7.ts"] })))).ms);
    const run = await time(() => staticAnalysisGate.run({ ...context, base: "main" }));
    diffs.push(run.ms);
    diff = run.value;
  }
  const floor = median(floors);
  const diffMs = median(diffs);
  const row = (name: string, ms: number) =>
    console.log(`${name.padEnd(52)} ${(ms / 1000).toFixed(2).padStart(7)} s`);
  row("semgrep directly, full scan (same arguments)", direct.ms);
  row("gate, full scan", full.ms);
  row(`semgrep directly, one file (median of ${ROUNDS})`, floor);
  row(`gate, diff-aware (--base main, median of ${ROUNDS})`, diffMs);
  console.log(
    `full: ${full.value.metrics.findings} findings in ${full.value.metrics["files-scanned"]} files; diff-aware: ${diff!.metrics.new} new, ${diff!.metrics["pre-existing"]} pre-existing`,
  );
  console.log(`diff-aware / full scan:          ${(diffMs / full.ms).toFixed(3)}`);
  console.log(`gate full scan / semgrep direct: ${(full.ms / direct.ms).toFixed(3)} (wrapper overhead)`);
  console.log(
    `diff-aware / semgrep on one file: ${(diffMs / floor).toFixed(3)} (one semgrep start; target <= 1.2)`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
