import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { Log } from "sarif";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GateResult } from "../../../src/core/gate-result.ts";
import { gate, gitRepo, LEGACY, where } from "./repo.ts";

// The project lives in app/ of the repository, as a monorepo package or the umbrella action's
// working-directory. Git names files from the repository root, semgrep from the folder it scans:
// the gate must compare them as the same files and report repository paths (GitHub's annotations
// and code scanning want those).
const POLICY = `version: 1
gates:
  static-analysis:
    waivers:
      - rule: hard-coded-secret
        path: "src/config.ts"
        reason: sandbox key, written from the project folder
        expires: 2099-01-01
`;

const CALC = `export function calc(expression: string) {
  return eval(expression);
}
`;
const DB = `interface Db { query(sql: string): Promise<unknown> }

export function find(db: Db, id: string) {
  return db.query("SELECT * FROM orders WHERE user_id = " + id);
}
`;

let repo: Awaited<ReturnType<typeof gitRepo>>;
let diff: { code: number; result: GateResult; sarif: Log };
let full: { code: number; result: GateResult };

beforeAll(async () => {
  repo = await gitRepo("tf-sa-sub-");
  await repo.pullRequest(
    {
      "app/.github/terrafusion.yml": POLICY,
      "app/src/legacy.ts": LEGACY,
      "app/src/calc.ts": CALC,
      // Outside the project folder: the project's gate does not scan it.
      "tools/build.ts": LEGACY,
    },
    {
      "app/src/legacy.ts": `// kept for old clients\n${LEGACY}`,
      "app/src/db.ts": DB,
      "app/src/config.ts": `export const stripe = { apiKey: "sk_test_4eC39HqLyjWDarjtT1zdp7dc" };\n`,
      "tools/build.ts": `${LEGACY}\nexport function again(name: string) {\n  exec("rm -rf " + name);\n}\n`,
    },
    { "app/src/calc.ts": "app/lib/calc.ts" },
  );
  const cwd = join(repo.dir, "app");
  const sarifFile = `${repo.dir}.sarif`;
  const [diffRun, fullRun] = await Promise.all([
    gate(["--cwd", cwd, "--base", "main", "--sarif", sarifFile]),
    gate(["--cwd", cwd]),
  ]);
  diff = { ...diffRun, sarif: JSON.parse(readFileSync(sarifFile, "utf8")) as Log };
  full = fullRun;
}, 120_000);

afterAll(() => {
  rmSync(repo.dir, { recursive: true, force: true });
  rmSync(`${repo.dir}.sarif`, { force: true });
});

describe("static-analysis of a project in a subfolder of the repository", () => {
  it("on a pull request, blocks only the new flaw, named by its repository path", () => {
    expect(diff.result.findings.filter((f) => f.blocking).map(where)).toEqual([
      "sql-string-concatenation app/src/db.ts:4",
    ]);
    expect(diff.code).toBe(1);
  });

  it("recognises pre-existing flaws in a modified and in a renamed file of the project", () => {
    expect(
      diff.result.findings
        .filter((f) => f.note === "pre-existing")
        .map(where)
        .sort(),
    ).toEqual(["child-process-injection app/src/legacy.ts:5", "eval-injection app/lib/calc.ts:2"]);
    expect(diff.result.metrics).toMatchObject({ new: 2, "pre-existing": 2, blocking: 1, waived: 1 });
  });

  it("leaves files outside the project folder alone, and reads waiver paths from the project folder too", () => {
    expect(diff.result.findings.some((f) => f.path.startsWith("tools/"))).toBe(false);
    expect(diff.result.findings.find((f) => f.rule === "hard-coded-secret")).toMatchObject({
      path: "app/src/config.ts",
      blocking: false,
    });
  });

  it("writes SARIF with repository paths", () => {
    const uris = diff.sarif.runs[0]!.results!.map(
      (result) => result.locations![0]!.physicalLocation!.artifactLocation!.uri,
    );
    expect(uris.sort()).toEqual([
      "app/lib/calc.ts",
      "app/src/config.ts",
      "app/src/db.ts",
      "app/src/legacy.ts",
    ]);
  });

  it("in a full scan, reports repository paths as well", () => {
    expect(
      full.result.findings
        .filter((f) => f.blocking)
        .map(where)
        .sort(),
    ).toEqual([
      "child-process-injection app/src/legacy.ts:5",
      "eval-injection app/lib/calc.ts:2",
      "sql-string-concatenation app/src/db.ts:4",
    ]);
    expect(full.result.metrics["files-scanned"]).toBe(4);
  });
});
