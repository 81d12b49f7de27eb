import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { execa } from "execa";
import type { Log } from "sarif";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GateResult } from "../../../src/core/gate-result.ts";
import { gate, gitRepo, LEGACY, where } from "./repo.ts";

// One repository for the whole file: base on main, a pull request on `feature`.
// semgrep takes seconds per run, so each test reads a run shared through beforeAll where it can.
const POLICY = `version: 1
gates:
  static-analysis:
    waivers:
      - rule: hard-coded-secret
        path: "src/config.ts"
        reason: test key for the sandbox, rotated by INFRA-12
        expires: 2026-07-01
`;

const HELPERS = `export function add(a: number, b: number) {
  return a + b;
}

export function double(n: number) {
  return n * 2;
}

export function greet(name: string) {
  return "hello " + name;
}
`;
const MOVED_BASE = `${HELPERS}
export function calc(expression: string) {
  return eval(expression);
}
`;
// The renamed file also shifts the flaw down two lines and re-indents it: still not new.
const MOVED_HEAD = `// helpers moved to lib/

${HELPERS}
export function calc(expression: string) {
    return eval(expression);
}
`;

const DB_HEAD = `interface Db { query(sql: string, values?: unknown[]): Promise<unknown> }

export async function find(db: Db, id: string) {
  await db.query("SELECT * FROM users WHERE id = $1", [id]);
  return db.query("SELECT * FROM orders WHERE user_id = " + id);
}
`;

let repo: Awaited<ReturnType<typeof gitRepo>>;
let diff: { code: number; result: GateResult; sarif: Log };
let full: { code: number; result: GateResult };

beforeAll(async () => {
  repo = await gitRepo();
  await repo.pullRequest(
    {
      ".github/terrafusion.yml": POLICY,
      "src/legacy.ts": LEGACY,
      "src/helpers.ts": MOVED_BASE,
      "src/db.ts": `export const noop = 1;\n`,
    },
    {
      "lib/helpers.ts": MOVED_HEAD,
      "src/db.ts": DB_HEAD,
      "src/legacy.ts": `${LEGACY}\nexport const version = 2;\n`,
      "src/config.ts": `export const stripe = { apiKey: "sk_test_4eC39HqLyjWDarjtT1zdp7dc" };\n`,
    },
    { "src/helpers.ts": "lib/helpers.ts" },
  );
  const sarifFile = join(repo.dir, "..", `${repo.dir.split("/").pop()}.sarif`);
  const [diffRun, fullRun] = await Promise.all([
    gate(["--cwd", repo.dir, "--base", "main", "--now", "2026-06-01", "--sarif", sarifFile]),
    gate(["--cwd", repo.dir, "--now", "2026-06-01"]),
  ]);
  diff = { ...diffRun, sarif: JSON.parse(readFileSync(sarifFile, "utf8")) as Log };
  full = fullRun;
}, 120_000);

afterAll(() => rmSync(repo.dir, { recursive: true, force: true }));

describe("static-analysis on a pull request (--base)", () => {
  it("blocks a new flaw with the right rule, file and line", () => {
    expect(diff.code).toBe(1);
    expect(diff.result.conclusion).toBe("failure");
    expect(diff.result.findings.filter((f) => f.blocking).map(where)).toEqual([
      "sql-string-concatenation src/db.ts:5",
    ]);
    expect(diff.result.headline).toContain("sql-string-concatenation at src/db.ts:5");
  });

  it("shows pre-existing flaws, in modified and in renamed files, without blocking", () => {
    const existing = diff.result.findings.filter((f) => f.note === "pre-existing").map(where);
    expect(existing.sort()).toEqual([
      "child-process-injection src/legacy.ts:4",
      "eval-injection lib/helpers.ts:16",
    ]);
    expect(diff.result.metrics).toMatchObject({ new: 2, "pre-existing": 2, blocking: 1, waived: 1 });
    expect(diff.result.summary).toContain("| pre-existing (shown, not blocking) | 2 |");
  });

  it("lets a waived finding through before the waiver's day", () => {
    const secret = diff.result.findings.find((f) => f.rule === "hard-coded-secret");
    expect(secret).toMatchObject({ path: "src/config.ts", line: 1, blocking: false });
    expect(secret?.note).toBe("waived until 2026-07-01: test key for the sandbox, rotated by INFRA-12");
  });

  it("writes SARIF 2.1.0 with baseline states and the waiver as a suppression", () => {
    expect(diff.sarif.version).toBe("2.1.0");
    const results = diff.sarif.runs[0]!.results!;
    const byRule = Object.fromEntries(results.map((r) => [r.ruleId, r]));
    expect(byRule["sql-string-concatenation"]).toMatchObject({
      baselineState: "new",
      level: "error",
      locations: [{ physicalLocation: { artifactLocation: { uri: "src/db.ts" }, region: { startLine: 5 } } }],
    });
    expect(byRule["eval-injection"]?.baselineState).toBe("unchanged");
    expect(byRule["hard-coded-secret"]?.suppressions?.[0]?.justification).toContain("INFRA-12");
    const rules = diff.sarif.runs[0]!.tool.driver.rules!.map((rule) => rule.id);
    for (const result of results) expect(rules[result.ruleIndex!]).toBe(result.ruleId);
  });
});

describe("static-analysis without --base (full scan)", () => {
  it("blocks every finding at or above fail-on, pre-existing or not", () => {
    expect(full.code).toBe(1);
    expect(
      full.result.findings
        .filter((f) => f.blocking)
        .map(where)
        .sort(),
    ).toEqual([
      "child-process-injection src/legacy.ts:4",
      "eval-injection lib/helpers.ts:16",
      "sql-string-concatenation src/db.ts:5",
    ]);
    expect(full.result.metrics["files-scanned"]).toBe(4);
  });
});

describe("a shallow clone of the pull request, after the waiver expired", () => {
  it("fetches the base and enough history, and blocks the secret naming the expired waiver", async () => {
    const clone = `${repo.dir}-shallow`;
    await execa("git", ["clone", "-q", "--depth=1", "--branch", "feature", `file://${repo.dir}`, clone]);
    try {
      expect((await execa("git", ["rev-parse", "--is-shallow-repository"], { cwd: clone })).stdout).toBe(
        "true",
      );
      const run = await gate(["--cwd", clone, "--base", "origin/main", "--now", "2026-07-01"]);
      // The base branch was not in the single-branch clone: the gate fetched it.
      await execa("git", ["rev-parse", "--verify", "origin/main"], { cwd: clone });
      expect(run.code).toBe(1);
      expect(
        run.result.findings
          .filter((f) => f.blocking)
          .map(where)
          .sort(),
      ).toEqual(["hard-coded-secret src/config.ts:1", "sql-string-concatenation src/db.ts:5"]);
      const secret = run.result.findings.find((f) => f.rule === "hard-coded-secret")!;
      expect(secret.message).toContain(
        "waiver expired on 2026-07-01 (rule hard-coded-secret on src/config.ts: test key for the sandbox, rotated by INFRA-12)",
      );
      expect(run.result.metrics).toMatchObject({ "pre-existing": 2, waived: 0 });
    } finally {
      rmSync(clone, { recursive: true, force: true });
    }
  }, 60_000);
});
