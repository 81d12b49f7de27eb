import { join } from "node:path";
import { execa } from "execa";
import { describe, expect, it } from "vitest";
import { c8Bin } from "../../../src/gates/coverage/c8.ts";
import { fixtureRepo } from "./repo.ts";
import { BIN } from "./runner-fixtures.ts";
import {
  countedFiles,
  figuresOf,
  outside,
  projectFigures,
  readSummary,
  scopedGate,
  uncoveredFiles,
} from "./scope-helpers.ts";

const SOURCES = {
  "src/calc.js":
    "export function add(a, b) {\n  return a + b;\n}\nexport function neg(a) {\n  return -a;\n}\n",
  "src/format.js":
    "export function format(n, unit) {\n  if (unit) return n + unit;\n  return String(n);\n}\n",
  // Loaded by the tests, left out by the project's configuration.
  "src/vendor/big.js": "export function big(x) {\n  if (x) return 1;\n  return 2;\n}\n",
  // Loaded by no test.
  "src/unloaded.js": "export function unloaded() {\n  return 1;\n}\n",
};

const IMPORTS = [
  'import assert from "node:assert";',
  'import { add } from "../src/calc.js";',
  'import { format } from "../src/format.js";',
  'import { big } from "../src/vendor/big.js";',
];
const CASES = [
  'test("adds", () => assert.equal(add(1, 2), 3));',
  'test("formats", () => assert.equal(format(1, "s"), "1s"));',
  'test("vendored", () => assert.equal(big(true), 1));',
  "",
];

/** c8's own report of `command`, run directly in `repo` with the project's configuration. */
async function c8Directly(repo: string, command: string[]) {
  const dir = outside("c8-own");
  await execa(process.execPath, [c8Bin(), "--reporter=json-summary", `--reports-dir=${dir}`, ...command], {
    cwd: repo,
  });
  return readSummary(dir);
}

describe("c8 for runners without coverage of their own: the project's c8 configuration decides, the policy narrows", () => {
  it("node:test with a .c8rc.json exclude: c8's files, run directly; the policy's include narrows", async () => {
    const repo = await fixtureRepo(
      {
        "package.json": `{ "type": "module", "private": true }\n`,
        // An exclude of its own replaces c8's defaults: the test file counts too.
        ".c8rc.json": `{ "exclude": ["src/vendor/**"] }\n`,
      },
      {
        ...SOURCES,
        "test/all.test.js": [...IMPORTS, 'import { test } from "node:test";', ...CASES].join("\n"),
      },
    );
    const own = await c8Directly(repo, ["node", "--test", "test/"]);
    expect(countedFiles(own, repo)).toEqual(["src/calc.js", "src/format.js", "test/all.test.js"]);

    const gate = await scopedGate(repo, '    command: node --test test/\n    include: ["src/**"]\n');
    expect(gate.stderr).toContain("running the tests with V8 coverage: node --test test/");
    expect(countedFiles(gate.kept(), repo)).toEqual(countedFiles(own, repo));
    expect(figuresOf(gate.kept(), repo)).toEqual(figuresOf(own, repo));
    expect(projectFigures(gate.result)).toEqual(figuresOf(own, repo, (file) => file.startsWith("src/")));
    expect(uncoveredFiles(gate.result)).toEqual(["src/calc.js", "src/format.js"]);
  });

  it("mocha with a .nycrc (all, include, exclude): c8's files, unloaded ones too, run directly; the policy's include narrows", async () => {
    const repo = await fixtureRepo(
      {
        "package.json": `{ "type": "module", "private": true }\n`,
        ".nycrc": `{ "all": true, "include": ["src/**"], "exclude": ["src/vendor/**"] }\n`,
      },
      {
        ...SOURCES,
        "test/all.test.js": [...IMPORTS, ...CASES.map((line) => line.replace(/^test/, "it"))].join("\n"),
      },
    );
    const mocha = join(BIN, "mocha");
    const own = await c8Directly(repo, [mocha]);
    expect(countedFiles(own, repo)).toEqual(["src/calc.js", "src/format.js", "src/unloaded.js"]);

    const narrow = (file: string) => file === "src/calc.js" || file === "src/unloaded.js";
    const gate = await scopedGate(
      repo,
      `    command: ${mocha}\n    include: ["src/calc.js", "src/unloaded.js"]\n`,
    );
    expect(countedFiles(gate.kept(), repo)).toEqual(countedFiles(own, repo));
    expect(figuresOf(gate.kept(), repo)).toEqual(figuresOf(own, repo));
    expect(projectFigures(gate.result)).toEqual(figuresOf(own, repo, narrow));
    expect(uncoveredFiles(gate.result)).toEqual(["src/calc.js", "src/unloaded.js"]);
  });
});
