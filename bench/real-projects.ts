// The gates on real projects, each figure held against the project's own tool run side by side.
// Not part of `npm test`: it installs each project's dependencies from the npm registry.
//
//   npx tsx bench/real-projects.ts [CORPUS] [--work DIR] [--only NAME,...] [--keep]
//
// CORPUS is a folder of git repositories or git bundles (default: ../shared/corpus, the four
// bundles described in its README). For each project it prints:
//   - coverage: the gate's project figures against the project's own coverage report;
//   - patch: the gate's patch result for a real commit range, and every changed line the gate calls
//     uncovered that the project's own report shows as executed (a false patch failure);
//   - static analysis: the blocking findings of a full scan and of a diff-aware scan, each with its
//     verdict from bench/real-projects-verdicts.json (unreviewed when it has none).
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { execa } from "execa";

interface ProjectPlan {
  /** The project's own coverage command, with the reporters this script reads added. */
  ownCoverage: string[];
  /** A real commit range: the gate's --base for the patch and the diff-aware scan. */
  base: string;
  env?: Record<string, string>;
  /**
   * The team's policy, where the project states its scope outside any file the gate reads (express's
   * nyc flags live in an npm script): written beside the checkout's files, ignored by git.
   */
  policy?: string;
}

// How each corpus project measures its own coverage (from its package.json scripts and config).
const PLANS: Record<string, ProjectPlan> = {
  express: {
    // package.json "test-ci": nyc --exclude examples --exclude test --exclude benchmarks … npm test.
    // mocha has no coverage of its own and `npm test` starts no nyc, so the gate measures with c8 (V8);
    // the same exclusions through c8 are the like-for-like figure (nyc's istanbul counters count
    // branches and statements differently from V8's, by up to 5 points on express).
    ownCoverage: [
      // TerraFusion's own c8, the one the gate runs.
      resolve(import.meta.dirname, "../node_modules/.bin/c8"),
      "--exclude",
      "examples",
      "--exclude",
      "test",
      "--exclude",
      "benchmarks",
      "--reporter=json-summary",
      "--reporter=json",
      "npm",
      "test",
    ],
    base: "HEAD~20",
    // The scope of its test-ci script, said the way a team says it to TerraFusion.
    policy: 'version: 1\ngates:\n  coverage:\n    exclude: ["examples/**", "test/**", "benchmarks/**"]\n',
  },
  koa: {
    // package.json "test:coverage": c8 --reporter=lcov --reporter=text-summary node --test
    ownCoverage: ["npx", "c8", "--reporter=json-summary", "--reporter=json", "node", "--test"],
    base: "HEAD~20",
  },
  "path-to-regexp": {
    // ts-scripts test runs vitest with the coverage settings of vitest.config.mts
    ownCoverage: [
      "npx",
      "vitest",
      "run",
      "--coverage.enabled",
      // Its ReDoS checks have 10 s timeouts that a busy machine misses; the figures still count.
      "--coverage.reportOnFailure",
      "--coverage.reporter=json-summary",
      "--coverage.reporter=json",
    ],
    base: "HEAD~20",
  },
  luxon: {
    // package.json "test": jest --coverage (jest.config.js: babel provider, collectCoverageFrom)
    ownCoverage: [
      "npx",
      "jest",
      "--coverage",
      // jest.config.js writes to build/coverage; this script reads coverage/.
      "--coverageDirectory=coverage",
      "--coverageReporters=json-summary",
      "--coverageReporters=json",
    ],
    base: "90a6edae^1",
    env: { TZ: "America/New_York" },
  },
};

const ROOT = resolve(import.meta.dirname, "..");
const POLICY_FILE = ".tf-bench-policy.yml";
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    work: { type: "string" },
    only: { type: "string" },
    keep: { type: "boolean", default: false },
    help: { type: "boolean", default: false },
  },
});
if (values.help) {
  console.log(
    readFileSync(new URL(import.meta.url), "utf8")
      .split("\n")
      .slice(0, 12)
      .join("\n"),
  );
  process.exit(0);
}
const corpus = resolve(positionals[0] ?? join(ROOT, "../shared/corpus"));
const work = resolve(values.work ?? join(tmpdir(), "tf-real-projects"));
const only = values.only?.split(",");
if (!existsSync(corpus)) {
  console.error(`bench/real-projects: no corpus at ${corpus}: give a folder of git repositories or bundles`);
  process.exit(2);
}

const DEADLINE_MS = 20 * 60_000;
const run = (file: string, args: string[], cwd: string, env: Record<string, string> = {}) =>
  execa(file, args, {
    cwd,
    env: { ...env, CI: "true", FORCE_COLOR: "0" },
    reject: false,
    all: true,
    timeout: DEADLINE_MS,
    killSignal: "SIGKILL",
  });

/** The CLI from this checkout's source, as a user runs it. */
const terrafusion = (args: string[], cwd: string, env?: Record<string, string>) =>
  run(join(ROOT, "node_modules/.bin/tsx"), [join(ROOT, "src/cli/bin.ts"), ...args, "--json"], cwd, env);

interface Verdict {
  verdict: "true positive" | "false positive";
  why: string;
}
const verdicts: Record<string, Verdict> = JSON.parse(
  readFileSync(join(ROOT, "bench/real-projects-verdicts.json"), "utf8"),
);

interface Finding {
  path: string;
  line: number;
  rule: string;
  blocking: boolean;
  note?: string;
}
interface GateJson {
  conclusion: string;
  headline: string;
  metrics: Record<string, number | null>;
  findings: Finding[];
  error?: string;
}

function parseGate({ stdout, stderr }: { stdout: string; stderr: string }): GateJson {
  try {
    return JSON.parse(stdout) as GateJson;
  } catch {
    return {
      conclusion: "error",
      headline: `no GateResult: ${(stderr || stdout).slice(0, 300)}`,
      metrics: {},
      findings: [],
    };
  }
}

/** Istanbul's coverage-final.json: a line is executed when a statement starting on it ran. */
function executedLines(coverageJson: string, checkout: string): Map<string, Set<number>> {
  const lines = new Map<string, Set<number>>();
  if (!existsSync(coverageJson)) return lines;
  const data = JSON.parse(readFileSync(coverageJson, "utf8")) as Record<
    string,
    { statementMap: Record<string, { start: { line: number } }>; s: Record<string, number> }
  >;
  for (const [file, entry] of Object.entries(data)) {
    const hit = new Set<number>();
    for (const [id, count] of Object.entries(entry.s)) {
      if (count > 0) hit.add(entry.statementMap[id]!.start.line);
    }
    lines.set(file.startsWith(checkout) ? file.slice(checkout.length + 1) : file, hit);
  }
  return lines;
}

/** A working copy of the project under --work; a bundle or a repository is cloned once and reused. */
async function prepare(name: string, source: string): Promise<string> {
  const checkout = join(work, name);
  if (!existsSync(join(checkout, ".git"))) {
    mkdirSync(work, { recursive: true });
    const cloned = await run("git", ["clone", "-q", source, checkout], work);
    if (cloned.exitCode !== 0) throw new Error(`cannot clone ${source}: ${cloned.all}`);
  }
  return checkout;
}

const sources = readdirSync(corpus)
  .filter((entry) => entry.endsWith(".bundle") || existsSync(join(corpus, entry, ".git")))
  .map((entry) => ({ name: basename(entry, ".bundle"), path: join(corpus, entry) }))
  .filter(({ name }) => !only || only.includes(name))
  .filter(({ path }) => statSync(path).isFile() || statSync(path).isDirectory());

const rows: string[] = [];
for (const { name, path } of sources) {
  const plan = PLANS[name];
  console.log(`\n## ${name}`);
  if (!plan) {
    console.log(`  no plan for ${name}: add its own coverage command to PLANS`);
    continue;
  }
  const checkout = await prepare(name, path);
  if (!existsSync(join(checkout, "node_modules"))) {
    console.log("  installing dependencies from the registry…");
    const installed = await run("npm", ["install", "--no-audit", "--no-fund"], checkout);
    if (installed.exitCode !== 0) {
      console.log(`  npm install failed (exit ${installed.exitCode}): ${installed.all?.slice(-400)}`);
      continue;
    }
  }

  // The project's own report first, then the gate.
  rmSync(join(checkout, "coverage"), { recursive: true, force: true });
  const own = await run(plan.ownCoverage[0]!, plan.ownCoverage.slice(1), checkout, plan.env);
  const summaryFile = join(checkout, "coverage/coverage-summary.json");
  const ownSummary = existsSync(summaryFile)
    ? (JSON.parse(readFileSync(summaryFile, "utf8")).total as Record<string, { pct: number }>)
    : undefined;
  const ownLines = executedLines(join(checkout, "coverage/coverage-final.json"), checkout);
  if (!ownSummary) console.log(`  own coverage wrote no summary (exit ${own.exitCode})`);

  const policyArgs: string[] = [];
  if (plan.policy) {
    writeFileSync(join(checkout, POLICY_FILE), plan.policy);
    appendFileSync(join(checkout, ".git/info/exclude"), `\n/${POLICY_FILE}\n`);
    policyArgs.push("--policy", POLICY_FILE);
  }
  const full = parseGate(
    await terrafusion(["gate", "coverage", "--cwd", checkout, ...policyArgs], checkout, plan.env),
  );
  const patchArgs = ["gate", "coverage", "--cwd", checkout, "--base", plan.base, ...policyArgs];
  const patch = parseGate(await terrafusion(patchArgs, checkout, plan.env));
  console.log(`  coverage (gate):  ${full.conclusion}: ${full.headline}`);
  for (const measure of ["lines", "branches", "functions", "statements"]) {
    const gate = full.metrics[`${measure}%`] ?? full.metrics[measure];
    const theirs = ownSummary?.[measure]?.pct;
    if (gate === undefined && theirs === undefined) continue;
    const delta = typeof gate === "number" && typeof theirs === "number" ? (gate - theirs).toFixed(2) : "n/a";
    console.log(`    ${measure.padEnd(10)} gate ${gate ?? "—"}  own ${theirs ?? "—"}  Δ ${delta}`);
    rows.push(`| ${name} | ${measure} | ${gate ?? "—"} | ${theirs ?? "—"} | ${delta} |`);
  }
  console.log(`  patch --base ${plan.base}: ${patch.conclusion}: ${patch.headline}`);
  const falseUncovered = patch.findings.filter((finding) => {
    const executed = ownLines.get(finding.path);
    return executed?.has(finding.line);
  });
  console.log(
    `    uncovered changed lines the project's own report executed: ${falseUncovered.length}${falseUncovered
      .map((finding) => ` ${finding.path}:${finding.line}`)
      .join("")}`,
  );

  for (const [label, args] of [
    ["full scan", ["gate", "static-analysis", "--cwd", checkout]],
    [`diff-aware --base ${plan.base}`, ["gate", "static-analysis", "--cwd", checkout, "--base", plan.base]],
  ] as const) {
    const result = parseGate(await terrafusion([...args], checkout));
    const blocking = result.findings.filter((finding) => finding.blocking);
    const reported = result.findings.length - blocking.length;
    console.log(
      `  static analysis, ${label}: ${result.conclusion}: ${result.headline} (${blocking.length} blocking, ${reported} reported without blocking)`,
    );
    for (const finding of blocking) {
      const verdict = verdicts[`${name} ${finding.rule} ${finding.path}:${finding.line}`];
      console.log(
        `    ${finding.rule} ${finding.path}:${finding.line}: ${verdict ? `${verdict.verdict} (${verdict.why})` : "unreviewed"}`,
      );
    }
  }
  if (!values.keep) rmSync(join(checkout, "coverage"), { recursive: true, force: true });
}

console.log("\n| project | measure | gate % | project's own % | Δ points |\n|---|---|---|---|---|");
for (const row of rows) console.log(row);
