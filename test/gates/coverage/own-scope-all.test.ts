import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { execa } from "execa";
import { describe, expect, it } from "vitest";
import { parseScope } from "../../../src/gates/coverage/own-scope.ts";
import { scopeMismatch, scopeOptions } from "../../../src/gates/coverage/scope-options.ts";
import { packageRoot } from "../../../src/package-root.ts";
import { cli } from "../../helpers/cli.ts";
import { type Files, fixtureRepo } from "./repo.ts";
import { BIN } from "./runner-fixtures.ts";
import { countedFiles, figuresOf, outside, readSummary, scopedGate } from "./scope-helpers.ts";

const FIXTURES = join(packageRoot(), "test", "fixtures", "coverage", "own-scope-all");

/** A fixture project's files (see its README), with `changes` on top. */
function project(name: "jest" | "vitest", changes: Files = {}): Files {
  const root = join(FIXTURES, name);
  const files: Files = {};
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else files[relative(root, path)] = readFileSync(path, "utf8");
    }
  };
  walk(root);
  return { ...files, ...changes };
}

/** The fixture in a fresh repository: main holds the project, feature changes a line of calc. */
async function repoOf(files: Files): Promise<string> {
  const calc = Object.keys(files).find((path) => path.startsWith("src/calc."))!;
  return fixtureRepo(files, { [calc]: `${files[calc]}// changed\n` });
}

const jest = join(BIN, "jest");
const vitest = join(BIN, "vitest");

/** The runner's own report, run directly with its own coverage and scope. */
async function ownReport(runner: "jest" | "vitest", repo: string) {
  const dir = outside(`${runner}-own`);
  if (runner === "jest")
    await execa(
      jest,
      ["--ci", "--coverage", "--coverageReporters=json-summary", `--coverageDirectory=${dir}`],
      {
        cwd: repo,
      },
    );
  else
    await execa(
      vitest,
      [
        "run",
        "--globals",
        "--coverage.enabled",
        "--coverage.reporter=json-summary",
        `--coverage.reportsDirectory=${dir}`,
      ],
      { cwd: repo },
    );
  return readSummary(dir);
}

describe("all: true keeps the project's own coverage scope (the runner's configuration, read before the run)", () => {
  it("jest with collectCoverageFrom and a negation (luxon's `!src/zone.js`): the negated file stays out, the unloaded one counts", async () => {
    const repo = await repoOf(project("jest"));
    const own = await ownReport("jest", repo);
    // jest itself counts the unloaded file its collectCoverageFrom matches, and leaves the negated one out.
    expect(countedFiles(own, repo)).toEqual(["src/calc.js", "src/unloaded.js"]);

    const gate = await scopedGate(repo, `    command: ${jest} --ci\n    all: true\n`);
    expect(gate.code, gate.stderr).toBe(1);
    expect(gate.stderr).toContain("reading jest's own coverage scope");
    expect(countedFiles(gate.kept(), repo)).toEqual(["src/calc.js", "src/unloaded.js"]);
    expect(figuresOf(gate.kept(), repo)).toEqual(figuresOf(own, repo));
  });

  it("jest without collectCoverageFrom: the gate adds the files no test loads, and the project's coveragePathIgnorePatterns stay", async () => {
    const repo = await repoOf(
      project("jest", {
        "jest.config.js":
          'module.exports = { coveragePathIgnorePatterns: ["/node_modules/", "/src/zone\\\\.js$"] };\n',
      }),
    );
    const own = await ownReport("jest", repo);
    expect(countedFiles(own, repo)).toEqual(["src/calc.js"]);

    const gate = await scopedGate(repo, `    command: ${jest} --ci\n    all: true\n`);
    expect(gate.code, gate.stderr).toBe(1);
    expect(countedFiles(gate.kept(), repo)).toEqual(["src/calc.js", "src/unloaded.js"]);
    // The loaded file counts as jest counts it run directly.
    expect(figuresOf(gate.kept(), repo, (file) => file === "src/calc.js")).toEqual(figuresOf(own, repo));
  });

  it("vitest with coverage.exclude and no include: its exclude (a source file, dist/) stays, the unloaded file counts", async () => {
    const repo = await repoOf(project("vitest"));
    const own = await ownReport("vitest", repo);
    // vitest 4 without coverage.include counts only the files the tests load.
    expect(countedFiles(own, repo)).toEqual(["src/calc.ts"]);

    const gate = await scopedGate(repo, `    command: ${vitest} run --globals\n    all: true\n`);
    expect(gate.code, gate.stderr).toBe(1);
    expect(gate.stderr).toContain("reading vitest's own coverage scope");
    expect(countedFiles(gate.kept(), repo)).toEqual(["src/calc.ts", "src/unloaded.ts"]);
    expect(figuresOf(gate.kept(), repo, (file) => file === "src/calc.ts")).toEqual(figuresOf(own, repo));
  });

  it("vitest with its own coverage.include: vitest's own files, as run directly", async () => {
    const repo = await repoOf(
      project("vitest", {
        "vitest.config.js":
          'export default { test: { coverage: { include: ["src/**"], exclude: ["src/zone.ts"] } } };\n',
      }),
    );
    const own = await ownReport("vitest", repo);
    expect(countedFiles(own, repo)).toEqual(["src/calc.ts", "src/unloaded.ts"]);

    const gate = await scopedGate(repo, `    command: ${vitest} run --globals\n    all: true\n`);
    expect(gate.code, gate.stderr).toBe(1);
    expect(countedFiles(gate.kept(), repo)).toEqual(countedFiles(own, repo));
    expect(figuresOf(gate.kept(), repo)).toEqual(figuresOf(own, repo));
  });

  it("a configuration that cannot be read: one line, exit 2, no tests run", async () => {
    const repo = await repoOf(project("jest", { "jest.config.js": 'throw new Error("boom");\n' }));
    const policy = join(outside("unreadable"), "terrafusion.yml");
    writeFileSync(policy, `version: 1\ngates:\n  coverage:\n    command: ${jest} --ci\n    all: true\n`);
    const run = await cli(["gate", "coverage", "--cwd", repo, "--policy", policy]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /gates\.coverage\.all: true needs jest's own coverage scope, read before the run, and `jest --showConfig` failed in \S+ \(exit 1\): Error: boom\n/,
    );
    expect(run.stderr).not.toContain("running the tests");
  });

  it("a run in another folder than the one the gate read the scope in: refused after the run, exit 2", async () => {
    const repo = await repoOf(project("jest"));
    const gate = await scopedGate(repo, `    command: cd test && ${jest} --ci\n    all: true\n`);
    expect(gate.code).toBe(2);
    expect(gate.result.headline).toMatch(
      /^gates\.coverage\.all: true: the test command started jest in \S+\/test, not \S+ as the gate read its own coverage scope before the run/,
    );
  });
});

describe("the scope options of a runner's arguments, and the check that a run used the scope the gate read", () => {
  it("keeps the options that choose the configuration, with their values", () => {
    expect(
      scopeOptions("jest", ["--ci", "-c", "jest.unit.js", "--projects", "a", "b", "--silent", "src/x"]),
    ).toEqual(["-c", "jest.unit.js", "--projects", "a", "b"]);
    expect(scopeOptions("jest", ["--config=jest.json", "--", "--rootDir", "x"])).toEqual([
      "--config=jest.json",
    ]);
    expect(
      scopeOptions("vitest", ["run", "--globals", "--root", "pkg", "--coverage.include=src/**"]),
    ).toEqual(["--root", "pkg", "--coverage.include=src/**"]);
  });

  it("names what differs, and nothing when the run is the one read", () => {
    const read = { runner: "jest" as const, program: "/p/jest/bin/jest.js", cwd: "/r", options: [] };
    expect(scopeMismatch(read, { ...read })).toBeUndefined();
    expect(scopeMismatch(read, { ...read, options: ["-c", "other.js"] })).toContain(
      "started jest with `-c other.js`, not no scope options as the gate read",
    );
    expect(scopeMismatch(read, { ...read, runner: "vitest" })).toContain(
      "started vitest, but the gate found jest in the command",
    );
    expect(scopeMismatch(undefined, read)).toContain(
      "which the gate did not find in the command before the run",
    );
  });

  it("reads jest's --showConfig and the vitest reader's line, after lines a config prints itself", () => {
    const showConfig = JSON.stringify(
      { configs: [{}], globalConfig: { collectCoverageFrom: ["a", "!b"] } },
      null,
      2,
    );
    expect(parseScope("jest", `config loaded {\n${showConfig}\n`)).toEqual({
      runner: "jest",
      collectCoverageFrom: ["a", "!b"],
    });
    expect(parseScope("jest", "not json")).toBeUndefined();
    expect(parseScope("vitest", '{"exclude":["x"]}')).toEqual({ runner: "vitest", exclude: ["x"] });
    expect(parseScope("vitest", '{"include":[1],"exclude":[]}')).toBeUndefined();
  });
});
