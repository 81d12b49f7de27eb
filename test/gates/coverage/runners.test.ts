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

async function gate(cwd: string, command: string) {
  const dir = mkdtempSync(join(tmpdir(), "tf-coverage-runner-"));
  const policy = join(dir, "terrafusion.yml");
  writeFileSync(policy, `version: 1\ngates:\n  coverage:\n    command: ${JSON.stringify(command)}\n`);
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
    const { code, result, stderr } = await gate(join(repo, "app"), join(BIN, "mocha"));
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

  it("jest: the gate turns on jest's own V8 coverage and says so", async () => {
    const repo = await fixtureRepo(JEST_BASE, JEST_HEAD);
    const { result, stderr } = await gate(repo, `${join(BIN, "jest")} --ci`);
    expect(result.headline).toMatch(/^coverage below threshold/);
    expect(figures(result)).toEqual({ lines: [11, 19, 57.89], functions: 50, patch: [5, 12, 41.67] });
    expect(uncovered(result)).toEqual([
      ["src/calc.js", 11, 13],
      ["src/fresh.js", 2, 5],
    ]);
    expect(stderr).toContain(
      `running the tests with jest's own V8 coverage (--coverageProvider=v8): ${join(BIN, "jest")} --ci`,
    );
    expect(stderr).toContain("reading jest's coverage reports");
    expect(result.summary).toContain(
      "Coverage collected by jest's own V8 coverage (--coverageProvider=v8): the gate ran jest with `--coverage` `--coverageProvider=v8`",
    );
  });

  it("vitest through npm test: the gate turns on @vitest/coverage-v8 through the script", async () => {
    const repo = await fixtureRepo(VITEST_BASE, VITEST_HEAD);
    const { result } = await gate(repo, "npm test");
    expect(result.headline).toMatch(/^coverage below threshold/);
    expect(figures(result)).toEqual({ lines: [2, 4, 50], functions: 50, patch: [1, 3, 33.33] });
    expect(uncovered(result)).toEqual([
      ["src/calc.js", 10, 10],
      ["src/fresh.js", 3, 3],
    ]);
    expect(result.summary).toContain(
      "Coverage collected by vitest's own V8 coverage (@vitest/coverage-v8): the gate ran the vitest of npm script `test` with `--coverage.enabled=true` `--coverage.provider=v8`",
    );
  });
});
