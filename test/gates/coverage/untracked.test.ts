import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { GateResult } from "../../../src/core/gate-result.ts";
import { cli } from "../../helpers/cli.ts";
import { fixtureRepo, git } from "./repo.ts";

// A developer's machine: a new module and its test written but not yet `git add`ed. They are part
// of the change, so every line of the new module is a changed line of the patch.
const BASE = {
  "package.json": `{ "type": "module", "private": true }\n`,
  ".gitignore": "scratch/\n",
  "src/half.js": "export function half(n) {\n  return n / 2;\n}\n",
  "test/half.test.js": [
    'import assert from "node:assert";',
    'import { test } from "node:test";',
    'import { half } from "../src/half.js";',
    'test("half", () => assert.equal(half(4), 2));',
    "",
  ].join("\n"),
};

const UNTRACKED = {
  // Lines 1-3 run; 5-7 are a function no test calls, so lines 5's body and end are uncovered.
  "src/extra.js": [
    "export function used(n) {",
    "  return n + 1;",
    "}",
    "",
    "export function unused(n) {",
    "  return n - 1;",
    "}",
    "",
  ].join("\n"),
  "test/extra.test.js": [
    'import assert from "node:assert";',
    'import { test } from "node:test";',
    'import { used } from "../src/extra.js";',
    'test("used", () => assert.equal(used(1), 2));',
    "",
  ].join("\n"),
  // Ignored by .gitignore: not part of the change, whatever it holds.
  "scratch/notes.js": "export const notes = 1;\n",
};

let repo: string;
let result: GateResult;
let code: number;

beforeAll(async () => {
  repo = await fixtureRepo(BASE, {});
  for (const [path, text] of Object.entries(UNTRACKED)) {
    mkdirSync(join(repo, path, ".."), { recursive: true });
    writeFileSync(join(repo, path), text);
  }
  const dir = mkdtempSync(join(tmpdir(), "tf-coverage-untracked-"));
  const policy = join(dir, "terrafusion.yml");
  writeFileSync(policy, "version: 1\ngates:\n  coverage:\n    command: node --test test/\n");
  const output = join(dir, "result.json");
  const run = await cli([
    "gate",
    "coverage",
    "--cwd",
    repo,
    "--policy",
    policy,
    "--base",
    "main",
    "--output",
    output,
  ]);
  code = run.code;
  result = JSON.parse(readFileSync(output, "utf8")) as GateResult;
}, 120_000);

describe("coverage's patch on a work tree with untracked files", () => {
  it("counts an untracked file's lines as changed lines, and leaves ignored files out", () => {
    expect(result.findings.map((f) => [f.path, f.line, f.endLine ?? f.line])).toEqual([
      ["src/extra.js", 6, 7],
    ]);
    expect(result.findings.some((f) => f.path.startsWith("scratch/"))).toBe(false);
    // Executable changed lines of src/extra.js: 1-3 and 5-7; 6 and 7 did not run.
    expect(result.metrics["patch-lines"]).toBe(6);
    expect(result.metrics["patch-covered"]).toBe(4);
    expect(code).toBe(1);
  });

  it("leaves the developer's index as it was: the files are still untracked", async () => {
    expect(await git(repo, "status", "--porcelain")).toBe("?? src/extra.js\n?? test/extra.test.js");
  });
});
