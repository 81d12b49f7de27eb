import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execa } from "execa";
import { describe, expect, it } from "vitest";
import type { GateResult } from "../../../src/core/gate-result.ts";
import { packageRoot } from "../../../src/package-root.ts";
import { cli } from "../../helpers/cli.ts";
import { fixtureRepo } from "./repo.ts";
import { BIN } from "./runner-fixtures.ts";

/** jest 29 with collect-v8-coverage 1.0.1, as luxon's lockfile installs it (scripts/install-tools). */
const JEST_29 = join(
  packageRoot(),
  "test",
  "fixtures",
  "coverage",
  "jest-29",
  "node_modules",
  ".bin",
  "jest",
);

async function gate(cwd: string, yaml: string) {
  const dir = mkdtempSync(join(tmpdir(), "tf-own-coverage-"));
  const policy = join(dir, "terrafusion.yml");
  writeFileSync(policy, `version: 1\ngates:\n  coverage:\n${yaml}`);
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
  return { ...run, result: JSON.parse(readFileSync(output, "utf8")) as GateResult };
}

/** The runner's own figures, from its own json-summary report. */
function totals(file: string) {
  const total = JSON.parse(readFileSync(file, "utf8")).total;
  return { lines: total.lines.pct, branches: total.branches.pct, functions: total.functions.pct };
}

// luxon's fixOffset (src/datetime.js), reduced: line 13 is its line 127, the "hole time" return.
const OFFSET = [
  "// the offset of a local time in a zone (reduced from luxon's fixOffset)",
  "function fixOffset(localTS, o, tz) {",
  "  let utcGuess = localTS - o * 60 * 1000;",
  "  const o2 = tz.offset(utcGuess);",
  "  if (o === o2) {",
  "    return [utcGuess, o, false];",
  "  }",
  "  utcGuess -= (o2 - o) * 60 * 1000;",
  "  const o3 = tz.offset(utcGuess);",
  "  if (o2 === o3) {",
  "    return [utcGuess, o2, false];",
  "  }",
  "  return [localTS - Math.min(o2, o3) * 60 * 1000, Math.max(o2, o3), true];",
  "}",
  "module.exports = { fixOffset };",
  "",
].join("\n");
const JUMPING = "const jumping = { offset: (ts) => (ts < 0 ? -300 : -240) };";

describe("the project's own coverage", () => {
  it("jest with its default babel provider counts the line jest 29's V8 provider drops (luxon's case)", async () => {
    const repo = await fixtureRepo(
      { "package.json": `{ "private": true, "scripts": { "test": "${JEST_29}" } }\n` },
      {
        "src/offset.js": OFFSET,
        "test/shift.test.js": `const { fixOffset } = require("../src/offset.js");\n${JUMPING}\ntest("an hour off, no hole", () => expect(fixOffset(-1e6, -300, jumping)[2]).toBe(false));\ntest("right guess", () => expect(fixOffset(0, -240, jumping)[2]).toBe(false));\n`,
        "test/hole.test.js": `const { fixOffset } = require("../src/offset.js");\n${JUMPING}\ntest("hole", () => expect(fixOffset(-16e6, -300, jumping)[2]).toBe(true));\n`,
      },
    );
    // What a forced --coverageProvider=v8 gives: line 13 ran (hole.test.js) but has no hits.
    const v8 = join(repo, "..", `${repo.split("/").pop()}-v8`);
    await execa(
      JEST_29,
      ["--coverage", "--coverageProvider=v8", "--coverageReporters=lcovonly", `--coverageDirectory=${v8}`],
      { cwd: repo },
    );
    expect(readFileSync(join(v8, "lcov.info"), "utf8")).toContain("DA:13,0");

    const { code, result } = await gate(repo, "    command: npm test\n    patch: 100\n");
    expect(result.findings).toEqual([]);
    expect(result.metrics).toMatchObject({ "patch%": 100, "lines%": 100 });
    expect(code).toBe(0);
  });

  it("a compound npm test (`x && vitest run`, with workers): vitest's own figures, its exclude kept, the policy's exclude narrowing", async () => {
    const files = {
      "package.json": JSON.stringify({
        type: "module",
        private: true,
        scripts: {
          test: `echo checking && ${join(BIN, "vitest")} run --globals --pool=forks --maxWorkers=2`,
        },
      }),
      // The project's own scope: src only, benchmarks left out (path-to-regexp's config).
      "vitest.config.js": `export default { test: { coverage: { include: ["src/**"], exclude: ["**/*.bench.js"] } } };\n`,
      "src/a.js": "export function a(x) {\n  if (x) return 1;\n  return 2;\n}\n",
      "src/b.js": "export function b() {\n  return 3;\n}\nexport function unused() {\n  return 4;\n}\n",
      "src/speed.bench.js": "export function slow() {\n  return 5;\n}\n",
      "test/a.test.js": 'import { a } from "../src/a.js";\ntest("a", () => expect(a(true)).toBe(1));\n',
      "test/b.test.js": 'import { b } from "../src/b.js";\ntest("b", () => expect(b()).toBe(3));\n',
    };
    const repo = await fixtureRepo({ "README.md": "x\n" }, files);
    const own = join(repo, "..", `${repo.split("/").pop()}-own`);
    await execa(
      join(BIN, "vitest"),
      [
        "run",
        "--globals",
        "--coverage.enabled",
        "--coverage.reporter=json-summary",
        `--coverage.reportsDirectory=${own}`,
      ],
      { cwd: repo },
    );

    const { result, stderr } = await gate(repo, "    command: npm test\n");
    expect(stderr).toContain("running the tests with vitest's own coverage (npm test → echo checking && ");
    const runner = totals(join(own, "coverage-summary.json"));
    // Within 0.1 point: istanbul truncates its percentages (66.66), the gate rounds (66.67).
    for (const kind of ["lines", "branches", "functions"] as const)
      expect(Math.abs(Number(result.metrics[`${kind}%`]) - runner[kind])).toBeLessThan(0.1);
    expect(result.findings.map((f) => f.path)).not.toContain("src/speed.bench.js");

    const narrowed = await gate(repo, '    command: npm test\n    exclude: ["src/b.js"]\n');
    expect(narrowed.result.findings.map((f) => f.path)).toEqual(["src/a.js"]);
    expect(narrowed.result.metrics["functions%"]).toBe(100);
  });

  it("a wrapper package that spawns vitest (as ts-scripts does), behind env and an npm script", async () => {
    const repo = await fixtureRepo(
      { "README.md": "x\n" },
      {
        "package.json": JSON.stringify({
          type: "module",
          private: true,
          scripts: { test: "env TZ=UTC run-specs test" },
        }),
        "src/a.js": "export function a() {\n  return 1;\n}\n",
        "test/a.test.js": 'import { a } from "../src/a.js";\ntest("a", () => expect(a()).toBe(1));\n',
      },
    );
    const wrapper = join(repo, "node_modules", "run-specs");
    mkdirSync(wrapper, { recursive: true });
    writeFileSync(
      join(wrapper, "package.json"),
      `{ "name": "run-specs", "bin": { "run-specs": "bin.cjs" }, "peerDependencies": { "vitest": "*" } }\n`,
    );
    writeFileSync(
      join(wrapper, "bin.cjs"),
      [
        "#!/usr/bin/env node",
        'const { spawnSync } = require("node:child_process");',
        `const root = require("node:path").dirname(require.resolve("vitest/package.json", { paths: [${JSON.stringify(packageRoot())}] }));`,
        'const vitest = require("node:path").join(root, "vitest.mjs");',
        'const run = spawnSync(process.execPath, [vitest, "run", "--globals"], { stdio: "inherit" });',
        "process.exit(run.status ?? 1);",
        "",
      ].join("\n"),
      { mode: 0o755 },
    );
    mkdirSync(join(repo, "node_modules", ".bin"));
    symlinkSync("../run-specs/bin.cjs", join(repo, "node_modules", ".bin", "run-specs"));
    const { code, result, stderr } = await gate(repo, "    command: npm test\n");
    expect(result.headline).toBe("lines 100 %, patch 100 % (1 of 1 changed line)");
    expect(stderr).toContain(
      "running the tests with vitest's own coverage (npm test → env TZ=UTC run-specs test, then run-specs test (runs vitest))",
    );
    expect(result.metrics).toMatchObject({ "lines%": 100, "patch%": 100 });
    expect(code).toBe(0);
  });

  it("vitest whose coverage provider is not installed: coverage not collected, naming vitest and the fix, exit 2", async () => {
    const repo = await fixtureRepo(
      { "README.md": "x\n" },
      {
        "package.json": JSON.stringify({
          type: "module",
          private: true,
          scripts: { test: `${join(BIN, "vitest")} run --globals` },
        }),
        "vitest.config.js": `export default { test: { coverage: { provider: "istanbul" } } };\n`,
        "src/a.js": "export function a() {\n  return 1;\n}\n",
        "test/a.test.js": 'import { a } from "../src/a.js";\ntest("a", () => expect(a()).toBe(1));\n',
      },
    );
    const { code, result } = await gate(repo, "    command: npm test\n");
    expect(code).toBe(2);
    expect(result.conclusion).toBe("error");
    expect(result.headline).toMatch(
      /^coverage not collected: vitest \(npm test → .*\) needs its coverage provider @vitest\/coverage-istanbul, which the project does not install: add it at the same version as vitest \(npm install -D @vitest\/coverage-istanbul@<vitest's version>\)$/,
    );
    expect(result.metrics).toEqual({});
  });
});
