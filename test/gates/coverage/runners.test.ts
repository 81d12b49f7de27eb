import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { GateResult } from "../../../src/core/gate-result.ts";
import { cli } from "../../helpers/cli.ts";
import { fixtureRepo } from "./repo.ts";
import {
  BIN,
  JEST_BASE,
  JEST_HEAD,
  MOCHA_BASE,
  MOCHA_HEAD,
  VITEST_BASE,
  VITEST_HEAD,
} from "./runner-fixtures.ts";

async function gate(cwd: string, command: string, more = "") {
  const dir = mkdtempSync(join(tmpdir(), "tf-coverage-runner-"));
  const policy = join(dir, "terrafusion.yml");
  writeFileSync(policy, `version: 1\ngates:\n  coverage:\n    command: ${JSON.stringify(command)}\n${more}`);
  const output = join(dir, "result.json");
  const run = await cli([
    "gate",
    "coverage",
    "--cwd",
    cwd,
    "--policy",
    policy,
    "--base",
    "main",
    "--output",
    output,
  ]);
  const result = JSON.parse(readFileSync(output, "utf8")) as GateResult;
  return { ...run, result };
}

const figures = (result: GateResult) => ({
  lines: [result.metrics["lines-covered"], result.metrics["lines-total"], result.metrics["lines%"]],
  functions: result.metrics["functions%"],
  patch: [result.metrics["patch-covered"], result.metrics["patch-lines"], result.metrics["patch%"]],
});
const uncovered = (result: GateResult) => result.findings.map((f) => [f.path, f.line, f.endLine ?? f.line]);

describe("coverage gate with each test runner (real runners, hand-counted fixtures)", () => {
  it("mocha under c8, in a project folder of the repository: paths are the repository's", async () => {
    const repo = await fixtureRepo(MOCHA_BASE, MOCHA_HEAD);
    // all: true, the policy's explicit choice: fresh.js, which no test loads, counts.
    const { code, result, stderr } = await gate(join(repo, "app"), join(BIN, "mocha"), "    all: true\n");
    expect(figures(result)).toEqual({ lines: [9, 15, 60], functions: 50, patch: [4, 9, 44.44] });
    expect(result.metrics["branches%"]).toBe(75);
    // Annotations need paths from the repository root, not from app/.
    expect(uncovered(result)).toEqual([
      ["app/src/calc.js", 10, 11],
      ["app/src/fresh.js", 2, 4],
    ]);
    expect(code).toBe(1);
    expect(stderr).toContain(`running the tests with V8 coverage: ${join(BIN, "mocha")}`);
    expect(result.summary).toContain(
      "Coverage collected by c8, from the V8 coverage of every node process the test command started.",
    );
  });

  it("mocha under c8 without all: only the files the tests load count, as c8 counts by default", async () => {
    const repo = await fixtureRepo(MOCHA_BASE, MOCHA_HEAD);
    const { result } = await gate(join(repo, "app"), join(BIN, "mocha"));
    // calc.js alone: 9 of 11 lines, functions 2 of 3 (add, mul; not neg); patch 4 of 6.
    expect(figures(result)).toEqual({ lines: [9, 11, 81.82], functions: 66.67, patch: [4, 6, 66.67] });
    expect(uncovered(result)).toEqual([["app/src/calc.js", 10, 11]]);
  });

  it("jest: the gate runs jest's own coverage with the project's provider (babel by default) and says so", async () => {
    const repo = await fixtureRepo(JEST_BASE, JEST_HEAD);
    const { result, stderr } = await gate(repo, `${join(BIN, "jest")} --ci`);
    expect(result.headline).toMatch(/^coverage below threshold/);
    expect(figures(result)).toEqual({ lines: [5, 6, 83.33], functions: 66.67, patch: [3, 4, 75] });
    expect(uncovered(result)).toEqual([["src/calc.js", 12, 12]]);
    expect(stderr).toContain(`running the tests with jest's own coverage: ${join(BIN, "jest")} --ci`);
    expect(stderr).toContain("reading jest's coverage reports");
    expect(result.summary).toContain(
      "Coverage collected by jest's own coverage (the project's provider and scope; the gate added its lcov and json-summary reporters).",
    );
  });

  it("jest with all: true counts the files no test loads, and the project's V8 provider when it names one", async () => {
    const repo = await fixtureRepo(
      { ...JEST_BASE, "jest.config.js": `module.exports = { coverageProvider: "v8" };\n` },
      JEST_HEAD,
    );
    const { result } = await gate(repo, `${join(BIN, "jest")} --ci`, "    all: true\n");
    // V8 counts every line: calc.js 14, 11-13 uncovered; fresh.js, loaded by nobody, 5 uncovered.
    expect(figures(result)).toEqual({ lines: [11, 19, 57.89], functions: 50, patch: [5, 12, 41.67] });
    expect(uncovered(result)).toEqual([
      ["src/calc.js", 11, 13],
      ["src/fresh.js", 2, 5],
    ]);
  });

  it("vitest through npm test: the gate turns on vitest's own coverage through the script", async () => {
    const repo = await fixtureRepo(VITEST_BASE, VITEST_HEAD);
    const { result } = await gate(repo, "npm test");
    expect(result.headline).toMatch(/^coverage below threshold/);
    expect(figures(result)).toEqual({ lines: [2, 3, 66.67], functions: 66.67, patch: [1, 2, 50] });
    expect(uncovered(result)).toEqual([["src/calc.js", 10, 10]]);
    expect(result.summary).toContain(
      "Coverage collected by vitest's own coverage (the project's provider and scope; the gate added its lcov and json-summary reporters; found through npm test → ",
    );
  });
});
