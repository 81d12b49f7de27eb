import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { GateResult } from "../../../src/core/gate-result.ts";
import { c8Bin } from "../../../src/gates/coverage/c8.ts";
import { cli } from "../../helpers/cli.ts";
import { MAIN_BASE, MAIN_COMMAND, MAIN_HEAD } from "./fixtures.ts";
import { fixtureRepo, git } from "./repo.ts";

/** Writes a policy file outside the fixture repository, so the diff does not see it. */
function policy(yaml: string): string {
  const file = join(mkdtempSync(join(tmpdir(), "tf-coverage-policy-")), "terrafusion.yml");
  writeFileSync(file, `version: 1\n${yaml}`);
  return file;
}

async function runGate(args: string[]) {
  const output = join(mkdtempSync(join(tmpdir(), "tf-coverage-out-")), "result.json");
  const run = await cli(["gate", "coverage", ...args, "--output", output]);
  let result: GateResult | undefined;
  try {
    result = JSON.parse(readFileSync(output, "utf8"));
  } catch {
    result = undefined;
  }
  return { ...run, result };
}

describe("coverage gate on a pull request (real c8, node:test and a node script runner)", () => {
  let run: Awaited<ReturnType<typeof runGate>>;
  let result: GateResult;

  beforeAll(async () => {
    const repo = await fixtureRepo(MAIN_BASE, MAIN_HEAD);
    const previous = join(mkdtempSync(join(tmpdir(), "tf-coverage-prev-")), "base.json");
    writeFileSync(
      previous,
      JSON.stringify({
        schema: "terrafusion/gate-result@1",
        gate: "coverage",
        conclusion: "success",
        metrics: { "lines%": 70, "branches%": 87.5, "functions%": 60, "statements%": 70, "patch%": 100 },
      }),
    );
    // all: true, the policy's explicit choice: fresh.js, which no test loads, counts.
    const file = policy(`gates:\n  coverage:\n    command: ${MAIN_COMMAND}\n    all: true\n`);
    run = await runGate(["--cwd", repo, "--policy", file, "--base", "main", "--previous", previous]);
    result = run.result!;
  });

  it("counts project coverage as c8 does: 21 of 31 lines, 4 of 8 functions, 7 of 8 branches", () => {
    expect(result.metrics["lines%"]).toBe(67.74);
    expect(result.metrics["lines-covered"]).toBe(21);
    expect(result.metrics["lines-total"]).toBe(31);
    expect(result.metrics["statements%"]).toBe(67.74);
    expect(result.metrics["functions%"]).toBe(50);
    // c8 counts the module body and each function that ran as a branch; fresh.js, loaded by nobody, has one uncovered.
    expect(result.metrics["branches%"]).toBe(87.5);
  });

  it("counts patch coverage over the changed executable lines only: 5 of 11", () => {
    // calc.js 4 of 6, fresh.js 0 of 3 (never loaded), lib/moved.js 1 of 2 (renamed with edits),
    // renamed.js none (pure rename), notes.md none (not code), old.js none (deleted).
    expect(result.metrics["patch-lines"]).toBe(11);
    expect(result.metrics["patch-covered"]).toBe(5);
    expect(result.metrics["patch%"]).toBe(45.45);
  });

  it("turns each run of uncovered changed lines into a blocking finding", () => {
    const where = result.findings.map((f) => [f.path, f.line, f.endLine ?? f.line, f.blocking]);
    expect(where).toEqual([
      ["src/calc.js", 11, 12, true],
      ["src/fresh.js", 2, 4, true],
      ["src/lib/moved.js", 8, 8, true],
    ]);
    expect(result.findings[0]!.message).toBe("Changed lines 11–12 are not covered by tests.");
    expect(result.findings.some((f) => /renamed|old|notes|legacy/.test(f.path))).toBe(false);
  });

  it("fails with exit 1 and says which thresholds are missed", () => {
    expect(run.code).toBe(1);
    expect(result.conclusion).toBe("failure");
    expect(result.headline).toBe("coverage below threshold: lines 67.74 % < 90 %, patch 45.45 % < 90 %");
    expect(result.thresholds).toEqual({ "lines%": 90, "patch%": 90 });
  });

  it("shows the delta against the previous result in a markdown table", () => {
    expect(result.base).toEqual({
      "lines%": 70,
      "branches%": 87.5,
      "functions%": 60,
      "statements%": 70,
      "patch%": 100,
    });
    expect(result.summary).toContain("| | Covered | Total | Coverage | Threshold | Base | Δ | |");
    expect(result.summary).toContain("| Lines | 21 | 31 | 67.74 % | 90 % | 70 % | −2.26 | ❌ |");
    expect(result.summary).toContain("| Functions | 4 | 8 | 50 % | – | 60 % | −10 |  |");
    expect(result.summary).toContain("| Branches | 7 | 8 | 87.5 % | – | 87.5 % | ±0 |  |");
    expect(result.summary).toMatch(
      /\| Patch: changed lines since `main` \([0-9a-f]{7}\) \| 5 \| 11 \| 45.45 % \| 90 % \| – \| {2}\| ❌ \|/,
    );
    expect(result.summary).toContain("| `src/calc.js` | 11–12 |");
  });

  it("measures patch coverage against the base, so the summary does not say it was not measured", () => {
    expect(result.summary).not.toContain("not measured");
  });

  it("prints a progress line per phase", () => {
    const phases = run.stderr.split("\n").map((line) => line.replace(/^\s*[\d.]+s \[coverage\] /, ""));
    expect(phases).toEqual(
      expect.arrayContaining([
        "comparing with main",
        expect.stringMatching(/^merge base [0-9a-f]{7}: 8 files changed \(2 renamed, 1 deleted\)$/),
        `running the tests with V8 coverage: ${MAIN_COMMAND}`,
        expect.stringMatching(/^tests passed in [\d.]+s$/),
        "reading the coverage (c8 report)",
        "project: lines 67.74 %, branches 87.5 %, functions 50 %, statements 67.74 % (4 files)",
        "patch: 5 of 11 changed executable lines covered (45.45 %)",
      ]),
    );
  });
});

describe("coverage gate failures that are not a low figure", () => {
  const SMALL: Record<string, string> = {
    "package.json": `{ "type": "module", "private": true }\n`,
    "src/half.js": "export function half(n) {\n  return n / 2;\n}\n",
    "test/half.test.js": [
      'import assert from "node:assert";',
      'import { test } from "node:test";',
      'import { half } from "../src/half.js";',
      'test("half", () => assert.equal(half(4), 3, "half of 4 should be 3 (a deliberately wrong test)"));',
      "",
    ].join("\n"),
  };

  it("a failing test command fails the gate with the tail of its output, and still reports the coverage", async () => {
    const repo = await fixtureRepo(SMALL, {});
    const { code, result } = await runGate([
      "--cwd",
      repo,
      "--policy",
      policy("gates:\n  coverage:\n    command: node --test test/\n"),
    ]);
    expect(code).toBe(1);
    expect(result!.conclusion).toBe("failure");
    expect(result!.headline).toBe("tests failed (exit 1)");
    expect(result!.summary).toContain("Test output, last lines (tests failed (exit 1))");
    expect(result!.summary).toContain("half of 4 should be 3 (a deliberately wrong test)");
    // The test ran half(): 3 of 3 lines. A failing stage does not hide the figures.
    expect(result!.metrics["lines%"]).toBe(100);
    expect(result!.summary).toContain("| Lines | 3 | 3 | 100 % | 90 % | ✅ |");
  });

  it("a test command that outlives its timeout is stopped with the processes it started", async () => {
    const repo = await fixtureRepo(SMALL, {});
    const started = Date.now();
    const { code, result } = await runGate([
      "--cwd",
      repo,
      "--policy",
      policy(
        "gates:\n  coverage:\n    command: node -e 'setTimeout(() => {}, 60000)' && echo never\n    timeout: 500ms\n",
      ),
    ]);
    expect(code).toBe(1);
    expect(result!.headline).toBe("tests timed out after 500ms");
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it("a gate the policy turns off is skipped without running anything", async () => {
    const repo = await fixtureRepo(SMALL, {});
    const { code, result } = await runGate([
      "--cwd",
      repo,
      "--policy",
      policy("gates:\n  coverage:\n    enabled: false\n    command: exit 3\n"),
    ]);
    expect(code).toBe(0);
    expect(result).toMatchObject({
      conclusion: "skipped",
      headline: "disabled in the policy (gates.coverage.enabled: false)",
    });
  });

  it("a command that starts no node process: coverage not collected, an error (exit 2), never a figure", async () => {
    const repo = await fixtureRepo(SMALL, {});
    const { code, result } = await runGate([
      "--cwd",
      repo,
      "--policy",
      policy("gates:\n  coverage:\n    command: echo these tests run nothing\n"),
    ]);
    expect(code).toBe(2);
    expect(result!.conclusion).toBe("error");
    expect(result!.headline).toMatch(
      /^coverage not collected: the test command \(echo these tests run nothing\) started no node process that wrote V8 coverage, and no jest or vitest: /,
    );
    expect(result!.metrics).toEqual({});
  });

  it("tests whose every file the policy excludes: coverage not collected (exit 2)", async () => {
    const repo = await fixtureRepo(SMALL, {});
    const { code, result } = await runGate([
      "--cwd",
      repo,
      "--policy",
      policy('gates:\n  coverage:\n    command: node --test test/ || true\n    exclude: ["**"]\n'),
    ]);
    expect(code).toBe(2);
    expect(result!.headline).toBe(
      "coverage not collected: c8 measured files, but none is in the policy's scope (gates.coverage include/exclude)",
    );
  });

  it("a base that is not in the clone is an error (exit 2) naming the ref, before any test runs", async () => {
    const repo = await fixtureRepo(SMALL, {});
    const { code, result, stderr } = await runGate([
      "--cwd",
      repo,
      "--base",
      "nosuchbranch",
      "--policy",
      policy("gates:\n  coverage:\n    command: touch tests-ran && node --test test/\n"),
    ]);
    const message =
      'base "nosuchbranch" is not a branch, tag or commit in this clone, and there is no remote to fetch it from: pass a ref that exists here';
    expect(code).toBe(2);
    expect(stderr.trimEnd().split("\n").at(-1)).toBe(`terrafusion: ${message}`);
    expect(stderr).not.toContain("running the tests");
    expect(existsSync(join(repo, "tests-ran"))).toBe(false);
    expect(result).toMatchObject({ conclusion: "error", error: message, headline: message });
  });

  it("a base the remote does not have: one line saying how to fetch it, exit 2, no test run", async () => {
    const upstream = await fixtureRepo(SMALL, {});
    await git(upstream, "checkout", "--quiet", "main");
    const clone = mkdtempSync(join(tmpdir(), "tf-coverage-clone-"));
    await git(clone, "clone", "--quiet", "--branch=feature", `file://${upstream}`, ".");
    const { code, stdout, stderr } = await cli([
      "gate",
      "coverage",
      "--cwd",
      clone,
      "--base",
      "nosuchbranch",
      "--policy",
      policy("gates:\n  coverage:\n    command: touch tests-ran && node --test test/\n"),
    ]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.trimEnd().split("\n").at(-1)).toBe(
      `terrafusion: base "nosuchbranch" is not in this clone, and fetching branch nosuchbranch from origin failed (fatal: couldn't find remote ref refs/heads/nosuchbranch): pass a branch origin has (e.g. --base origin/main), or fetch the base first (git fetch origin BRANCH, or fetch-depth: 0 in actions/checkout)`,
    );
    expect(stderr).not.toContain("running the tests");
    expect(existsSync(join(clone, "tests-ran"))).toBe(false);
  });

  it("without --base, the summary says patch coverage was not measured, and why", async () => {
    const repo = await fixtureRepo(SMALL, {});
    const { result } = await runGate([
      "--cwd",
      repo,
      "--policy",
      policy("gates:\n  coverage:\n    command: node --test test/ || true\n"),
    ]);
    expect(result!.metrics["lines%"]).toBe(100);
    expect(result!.summary).toContain(
      "Patch coverage was not measured: no base given: pass --base REF (the action's base input), or run on a pull request.",
    );
  });

  it("npm test in a folder without package.json, or a script the package.json lacks, is a config error (exit 2) before any test runs", async () => {
    const bare = await fixtureRepo({ "src/a.js": "export const a = 1;\n" }, {});
    const missing = await runGate([
      "--cwd",
      bare,
      "--policy",
      policy("gates:\n  coverage:\n    command: npm test\n"),
    ]);
    expect(missing.code).toBe(2);
    expect(missing.result!.error).toBe(
      `gates.coverage.command: \`npm test\` needs a package.json with scripts in ${bare}; run the gate in the project's folder (--cwd, or the action's working-directory), or set gates.coverage.command to what runs your tests`,
    );
    expect(missing.stderr).not.toContain("running the tests");
    const noScript = await fixtureRepo(SMALL, {});
    writeFileSync(join(noScript, "package.json"), `{ "scripts": { "test": "node --test" } }\n`);
    const unknown = await runGate([
      "--cwd",
      noScript,
      "--policy",
      policy("gates:\n  coverage:\n    command: npm run test:unit\n"),
    ]);
    expect(unknown.code).toBe(2);
    expect(unknown.result!.error).toBe(
      `gates.coverage.command: \`npm run test:unit\` runs the npm script "test:unit", which ${noScript}/package.json does not define; add it, or set gates.coverage.command to what runs your tests`,
    );
  });

  it("a previous result that is not a coverage GateResult is a usage error (exit 2), before any test runs", async () => {
    const repo = await fixtureRepo(SMALL, {});
    const previous = join(repo, "..", `${repo.split("/").pop()}-prev.json`);
    writeFileSync(
      previous,
      JSON.stringify({ schema: "terrafusion/gate-result@1", gate: "load", metrics: {} }),
    );
    const { code, stderr, result } = await runGate(["--cwd", repo, "--previous", previous]);
    expect(code).toBe(2);
    expect(stderr).toContain(`previous result ${previous} is from the load gate, not coverage`);
    expect(stderr).not.toContain("running the tests");
    // --output still gets a result for the steps after this one: an error, not nothing.
    expect(result).toMatchObject({
      conclusion: "error",
      error: `previous result ${previous} is from the load gate, not coverage`,
    });
  });
});

describe("a test command that runs its own coverage tool", () => {
  const PASSING: Record<string, string> = {
    "package.json": `{ "type": "module", "private": true }\n`,
    "src/half.js":
      "export function half(n) {\n  return n / 2;\n}\nexport function twice(n) {\n  return n * 2;\n}\n",
    "test/half.test.js": [
      'import assert from "node:assert";',
      'import { test } from "node:test";',
      'import { half } from "../src/half.js";',
      'test("half", () => assert.equal(half(4), 2));',
      "",
    ].join("\n"),
  };
  // The common `"test": "c8 node --test"`: c8 collects into its own folder, not ours.
  const ownC8 = (reporters: string) => `node ${c8Bin()} ${reporters} --reports-dir=out node --test test/`;

  it("still feeds the gate: c8 inside writes where NODE_V8_COVERAGE points (4 of 6 lines)", async () => {
    const repo = await fixtureRepo(PASSING, {});
    const { result } = await runGate([
      "--cwd",
      repo,
      "--policy",
      policy(`gates:\n  coverage:\n    command: ${ownC8("--reporter=text")}\n`),
    ]);
    // half.js: twice() never runs, so its body and closing brace (lines 5 and 6) are not covered.
    expect(result!.metrics).toMatchObject({ "lines-covered": 4, "lines-total": 6, "lines%": 66.67 });
  });

  it("reads the lcov and json-summary reports it writes, named in gates.coverage.reports: 4 of 6 lines", async () => {
    const repo = await fixtureRepo(PASSING, {});
    const { code, result } = await runGate([
      "--cwd",
      repo,
      "--policy",
      policy(
        `gates:\n  coverage:\n    command: ${ownC8("--reporter=lcovonly --reporter=json-summary")}\n    reports: out\n    project: 60\n`,
      ),
    ]);
    expect(result!.headline).toBe("lines 66.67 %");
    expect(result!.metrics).toMatchObject({
      "lines%": 66.67,
      "lines-covered": 4,
      "lines-total": 6,
      "functions%": 50,
    });
    expect(code).toBe(0);
  });

  it("is 'coverage not collected' (exit 2) when the named reports are not written", async () => {
    const repo = await fixtureRepo(PASSING, {});
    const { code, result } = await runGate([
      "--cwd",
      repo,
      "--policy",
      policy("gates:\n  coverage:\n    command: echo no coverage tool here\n    reports: out\n"),
    ]);
    expect(code).toBe(2);
    expect(result!.headline).toBe(
      `coverage not collected: the test command wrote no ${repo}/out/lcov.info: turn on the lcov reporter of its coverage tool, writing into gates.coverage.reports.`,
    );
  });
});
