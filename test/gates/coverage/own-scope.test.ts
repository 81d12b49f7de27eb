import { join } from "node:path";
import { execa } from "execa";
import { describe, expect, it } from "vitest";
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

/**
 * Files no project counts, whatever its runner: a runner's config, a coverage report left in the
 * tree, a build's output. Were any counted, its never-run lines would show as uncovered findings.
 */
const STRAYS = {
  "coverage/lcov-report/prettify.js": "window.prettyPrint = function () {\n  return 1;\n};\n",
  "dist/index.d.ts": "export declare function add(a: number, b: number): number;\n",
  "dist/index.js": "exports.add = function (a, b) {\n  return a + b;\n};\n",
};

describe("the project's own coverage scope, under each runner with coverage of its own", () => {
  it("jest's collectCoverageFrom (a negated file) and coveragePathIgnorePatterns: the gate counts jest's files, a policy exclude only narrows", async () => {
    const jest = join(BIN, "jest");
    const repo = await fixtureRepo(
      {
        "package.json": `{ "private": true }\n`,
        "jest.config.js": [
          "module.exports = {",
          '  collectCoverageFrom: ["src/**/*.js", "!src/zone.js"],',
          '  coveragePathIgnorePatterns: ["/node_modules/", "/src/generated/"],',
          "};",
          "",
        ].join("\n"),
      },
      {
        ...STRAYS,
        "src/calc.js":
          "function add(a, b) {\n  return a + b;\n}\nfunction neg(a) {\n  return -a;\n}\nmodule.exports = { add, neg };\n",
        "src/format.js":
          "function format(n, unit) {\n  if (unit) return n + unit;\n  return String(n);\n}\nmodule.exports = { format };\n",
        // collectCoverageFrom counts it though no test loads it.
        "src/unloaded.js": "function unloaded() {\n  return 1;\n}\nmodule.exports = { unloaded };\n",
        // Loaded by the tests, left out by the project: the negated pattern, the ignore pattern, outside src.
        "src/zone.js":
          'function offset(zone) {\n  if (zone === "UTC") return 0;\n  return 60;\n}\nmodule.exports = { offset };\n',
        "src/generated/parser.js":
          'function parse(text) {\n  if (text === "") return [];\n  return text.split(",");\n}\nmodule.exports = { parse };\n',
        "lib/helper.js":
          "function helper(x) {\n  if (x) return 1;\n  return 2;\n}\nmodule.exports = { helper };\n",
        "test/all.test.js": [
          'const { add } = require("../src/calc.js");',
          'const { format } = require("../src/format.js");',
          'const { offset } = require("../src/zone.js");',
          'const { parse } = require("../src/generated/parser.js");',
          'const { helper } = require("../lib/helper.js");',
          'test("adds", () => expect(add(1, 2)).toBe(3));',
          'test("formats", () => expect(format(1, "s")).toBe("1s"));',
          'test("zone", () => expect(offset("UTC")).toBe(0));',
          'test("parses", () => expect(parse("a,b")).toEqual(["a", "b"]));',
          'test("helps", () => expect(helper(true)).toBe(1));',
          "",
        ].join("\n"),
      },
    );
    // jest's own report, run directly.
    const ownDir = outside("jest-own");
    await execa(
      jest,
      ["--ci", "--coverage", "--coverageReporters=json-summary", `--coverageDirectory=${ownDir}`],
      { cwd: repo },
    );
    const own = readSummary(ownDir);
    expect(countedFiles(own, repo)).toEqual(["src/calc.js", "src/format.js", "src/unloaded.js"]);

    const gate = await scopedGate(repo, `    command: ${jest} --ci\n    exclude: ["src/format.js"]\n`);
    // jest ran with the project's scope, file for file as run directly (the gate kept what it read)...
    expect(countedFiles(gate.kept(), repo)).toEqual(countedFiles(own, repo));
    expect(figuresOf(gate.kept(), repo)).toEqual(figuresOf(own, repo));
    // ...and the policy's exclude narrowed that report afterwards, re-adding nothing the project leaves out.
    expect(projectFigures(gate.result)).toEqual(figuresOf(own, repo, (file) => file !== "src/format.js"));
    // Every counted file has an uncovered changed line; the strays and the project's exclusions have none.
    expect(uncoveredFiles(gate.result)).toEqual(["src/calc.js", "src/unloaded.js"]);
  });

  it("vitest's coverage include/exclude (benchmarks left out) through a compound npm test: vitest's files, a policy exclude only narrows", async () => {
    const vitest = join(BIN, "vitest");
    const repo = await fixtureRepo(
      {
        "package.json": JSON.stringify({
          type: "module",
          private: true,
          scripts: { test: `TZ=UTC ${vitest} run --globals && node -e 0` },
        }),
        "vitest.config.js": [
          "export default {",
          '  test: { coverage: { include: ["src/**"], exclude: ["**/*.bench.ts", "src/generated/**"] } },',
          "};",
          "",
        ].join("\n"),
      },
      {
        ...STRAYS,
        "src/calc.ts":
          "export function add(a: number, b: number): number {\n  return a + b;\n}\nexport function neg(a: number): number {\n  return -a;\n}\n",
        "src/format.ts":
          "export function format(n: number, unit?: string): string {\n  if (unit) return n + unit;\n  return String(n);\n}\n",
        // The project's include counts it though no test loads it.
        "src/unloaded.ts": "export function unloaded(): number {\n  return 1;\n}\n",
        // Loaded by the tests, left out by the project: its excludes, and outside its include.
        "src/speed.bench.ts":
          "export function slow(n: number): number {\n  if (n > 1) return n;\n  return 0;\n}\n",
        "src/generated/parser.ts":
          'export function parse(text: string): string[] {\n  if (text === "") return [];\n  return text.split(",");\n}\n',
        "lib/helper.ts": "export function helper(x: boolean): number {\n  if (x) return 1;\n  return 2;\n}\n",
        "test/all.test.ts": [
          'import { add } from "../src/calc.ts";',
          'import { format } from "../src/format.ts";',
          'import { slow } from "../src/speed.bench.ts";',
          'import { parse } from "../src/generated/parser.ts";',
          'import { helper } from "../lib/helper.ts";',
          'test("adds", () => expect(add(1, 2)).toBe(3));',
          'test("formats", () => expect(format(1, "s")).toBe("1s"));',
          'test("benchmarks", () => expect(slow(2)).toBe(2));',
          'test("parses", () => expect(parse("a,b")).toEqual(["a", "b"]));',
          'test("helps", () => expect(helper(true)).toBe(1));',
          "",
        ].join("\n"),
      },
    );
    const ownDir = outside("vitest-own");
    await execa(
      vitest,
      [
        "run",
        "--globals",
        "--coverage.enabled",
        "--coverage.reporter=json-summary",
        `--coverage.reportsDirectory=${ownDir}`,
      ],
      { cwd: repo },
    );
    const own = readSummary(ownDir);
    expect(countedFiles(own, repo)).toEqual(["src/calc.ts", "src/format.ts", "src/unloaded.ts"]);

    const gate = await scopedGate(repo, '    command: npm test\n    exclude: ["src/format.ts"]\n');
    expect(gate.stderr).toContain("running the tests with vitest's own coverage (npm test → TZ=UTC ");
    expect(countedFiles(gate.kept(), repo)).toEqual(countedFiles(own, repo));
    expect(figuresOf(gate.kept(), repo)).toEqual(figuresOf(own, repo));
    expect(projectFigures(gate.result)).toEqual(figuresOf(own, repo, (file) => file !== "src/format.ts"));
    expect(uncoveredFiles(gate.result)).toEqual(["src/calc.ts", "src/unloaded.ts"]);
  });
});
