import { describe, expect, it } from "vitest";
import { detectRunner } from "../../../src/gates/coverage/detect-runner.ts";
import { coverageArgs } from "../../../src/gates/coverage/runner.ts";
import { commandSegments, shellWords } from "../../../src/gates/coverage/shell.ts";

const here = { dir: "/nonexistent-project" };

describe("finding the runner a test command starts", () => {
  it("sees jest or vitest behind environment assignments and wrappers", () => {
    for (const [command, runner] of [
      ["vitest run", "vitest"],
      ["npx jest --ci", "jest"],
      ["npx --no-install jest", "jest"],
      ["pnpm exec jest", "jest"],
      ["CI=1 ./node_modules/.bin/jest 'src/a b'", "jest"],
      ["/abs/node_modules/jest/bin/jest.js", "jest"],
      ["cross-env NODE_ENV=test TZ=UTC jest", "jest"],
      ["dotenv -e .env.test -- vitest run", "vitest"],
      ["dotenv -e .env.test vitest run", "vitest"],
      ["env TZ=America/New_York jest --coverage", "jest"],
      ["c8 --reporter=lcov vitest run", "vitest"],
      ["jest | tee out.txt", "jest"],
      ["tsc -p . && vitest run --coverage", "vitest"],
    ] as const)
      expect(detectRunner(command, here)?.runner, command).toBe(runner);
    for (const command of ["node --test", "mocha", "node test/run.js && echo done", "echo vitest"])
      expect(detectRunner(command, here), command).toBeUndefined();
  });

  it("follows npm, yarn and pnpm scripts through chains, and says how it got there", () => {
    const scripts = {
      test: "npm run lint && npm run unit",
      lint: "biome check",
      unit: "cross-env TZ=UTC vitest run",
      "test:yarn": "yarn unit",
      "test:loop": "npm run test:loop",
      "test:jest": "jest --ci",
    };
    expect(detectRunner("npm test", { dir: here.dir, scripts })).toEqual({
      runner: "vitest",
      via: ["npm test → npm run lint && npm run unit", "npm run unit → cross-env TZ=UTC vitest run"],
      program: "vitest",
      args: ["run"],
    });
    expect(detectRunner("npm run test:yarn", { dir: here.dir, scripts })?.runner).toBe("vitest");
    expect(detectRunner("pnpm test:jest", { dir: here.dir, scripts })?.runner).toBe("jest");
    expect(detectRunner("npm run test:loop", { dir: here.dir, scripts })).toBeUndefined();
    expect(detectRunner("npm run lint", { dir: here.dir, scripts })).toBeUndefined();
    expect(detectRunner("npm test", here)).toBeUndefined();
  });
});

describe("the coverage options the gate gives each run of a runner", () => {
  it("turn on the project's own coverage with the gate's reporters, and no provider or scope of the gate's", () => {
    const jest = coverageArgs("jest", "/r");
    expect(jest).toEqual([
      "--coverage",
      "--coverageReporters=lcovonly",
      "--coverageReporters=json-summary",
      "--coverageDirectory=/r",
      "--coverageThreshold={}",
    ]);
    const vitest = coverageArgs("vitest", "/r");
    expect(vitest.some((arg) => /provider|include|exclude/.test(arg))).toBe(false);
    expect(vitest).toContain("--coverage.thresholds.lines=0");
  });

  it("with the policy's all: true and a project without its own include: every source file but c8's exclusions, the policy's and the project's", () => {
    const policy = { include: ["src/**"], exclude: ["src/gen/**"] };
    const jest = coverageArgs("jest", "/r", { ...policy, own: { runner: "jest", collectCoverageFrom: [] } });
    expect(jest.filter((arg) => arg.startsWith("--collectCoverageFrom"))).toEqual(
      expect.arrayContaining([
        "--collectCoverageFrom=src/**",
        "--collectCoverageFrom=!src/gen/**",
        "--collectCoverageFrom=!coverage/**",
      ]),
    );
    const vitest = coverageArgs("vitest", "/r", { own: { runner: "vitest", exclude: ["src/zone.ts"] } });
    expect(vitest).toContain("--coverage.include=**/*.{js,cjs,mjs,ts,cts,mts,tsx,jsx}");
    expect(vitest).toContain("--coverage.exclude=test{,s}/**");
    // The project's own exclude stays: a command-line exclude replaces the configuration's.
    expect(vitest).toContain("--coverage.exclude=src/zone.ts");
  });

  it("with all: true and the project's own include: no scope options, so the runner keeps it (negations too)", () => {
    const policy = { include: ["src/**"], exclude: ["src/gen/**"] };
    const scopeOf = (args: string[]) =>
      args.filter((arg) => /collectCoverageFrom|include|exclude|\.all/.test(arg));
    const ownJest = { runner: "jest" as const, collectCoverageFrom: ["src/**/*.js", "!src/zone.js"] };
    expect(scopeOf(coverageArgs("jest", "/r", { ...policy, own: ownJest }))).toEqual([]);
    const ownVitest = { runner: "vitest" as const, include: ["src/**"], exclude: ["src/zone.ts"] };
    expect(scopeOf(coverageArgs("vitest", "/r", { ...policy, own: ownVitest }))).toEqual([]);
    // Before vitest 4 (coverage.all in its configuration): vitest's own all, over its own scope.
    const vitest3 = { runner: "vitest" as const, exclude: [], all: false };
    expect(scopeOf(coverageArgs("vitest", "/r", { own: vitest3 }))).toEqual(["--coverage.all=true"]);
    // A runner whose scope the gate did not read gets none of the policy's.
    expect(scopeOf(coverageArgs("vitest", "/r", { ...policy, own: ownJest }))).toEqual([]);
  });
});

describe("reading a command as sh splits it", () => {
  it("splits words and simple commands", () => {
    expect(shellWords(`jest "a b" 'c'd`)).toEqual(["jest", "a b", "cd"]);
    expect(shellWords(`jest "$HOME"`)).toBeUndefined();
    expect(shellWords("jest && eslint")).toBeUndefined();
    expect(commandSegments("a x && b 2>&1 | c > out.txt; (d)")).toEqual([["a", "x"], ["b"], ["c"], ["d"]]);
    expect(commandSegments(`FOO="a && b" jest # vitest`)).toEqual([["FOO=a && b", "jest"]]);
  });
});
