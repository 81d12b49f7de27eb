import { describe, expect, it } from "vitest";
import { coverageArgs, quote, runnerCommand, shellWords } from "../../../src/gates/coverage/runner.ts";

const coverage = { reportsDir: "/tmp/run dir", all: false };

describe("recognising vitest and jest in the test command", () => {
  it("appends the runner's own V8 coverage options to a command that runs it alone", () => {
    expect(runnerCommand("vitest run", undefined, coverage)).toEqual({
      runner: "vitest",
      command:
        "vitest run --coverage.enabled=true --coverage.provider=v8 --coverage.reporter=lcovonly --coverage.reporter=json-summary '--coverage.reportsDirectory=/tmp/run dir' --coverage.reportOnFailure=true",
      added: coverageArgs("vitest", coverage),
    });
    for (const command of [
      "npx jest --ci",
      "npx --no-install jest",
      "pnpm exec jest",
      "CI=1 ./node_modules/.bin/jest 'src/a b'",
      "/abs/node_modules/jest/bin/jest.js",
    ])
      expect(runnerCommand(command, undefined, coverage)?.runner).toBe("jest");
  });

  it("sees through npm test and npm run to a script that runs the runner alone", () => {
    const scripts = { test: "vitest run", "test:unit": "jest --ci", lint: "biome check" };
    const viaTest = runnerCommand("npm test", scripts, coverage);
    expect(viaTest?.script).toBe("test");
    expect(viaTest?.command).toMatch(/^npm test -- --coverage\.enabled=true /);
    expect(runnerCommand("npm run test:unit -- --runInBand", scripts, coverage)?.command).toMatch(
      /^npm run test:unit -- --runInBand --coverage --coverageProvider=v8 /,
    );
    expect(runnerCommand("npm run lint", scripts, coverage)).toBeUndefined();
    expect(runnerCommand("npm test", undefined, coverage)).toBeUndefined();
  });

  it("leaves anything the shell would combine to c8: the options could reach the wrong program", () => {
    for (const command of [
      "vitest run && node e2e.js",
      "jest | tee out.txt",
      "jest > out.txt",
      "jest $ARGS",
      "jest src/*.test.js",
      "node --test",
      "mocha",
      "c8 jest",
    ])
      expect(runnerCommand(command, undefined, coverage), command).toBeUndefined();
    expect(runnerCommand("npm test", { test: "vitest run && eslint ." }, coverage)).toBeUndefined();
  });

  it("counts the policy's files: include and exclude, or every source file but c8's exclusions with all", () => {
    const jest = coverageArgs("jest", {
      reportsDir: "r",
      all: true,
      include: ["src/**"],
      exclude: ["src/gen/**"],
    });
    expect(jest.filter((arg) => arg.startsWith("--collectCoverageFrom"))).toEqual([
      "--collectCoverageFrom=src/**",
      "--collectCoverageFrom=!src/gen/**",
    ]);
    const all = coverageArgs("vitest", { reportsDir: "r", all: true });
    expect(all).toContain("--coverage.include=**/*.{js,cjs,mjs,ts,cts,mts,tsx,jsx}");
    expect(all).toContain("--coverage.exclude=test{,s}/**");
    expect(coverageArgs("vitest", { reportsDir: "r", all: false }).some((a) => a.includes("include"))).toBe(
      false,
    );
    // Our thresholds decide, not the project's own jest coverageThreshold.
    expect(jest).toContain("--coverageThreshold={}");
  });

  it("splits words as sh does and quotes what it appends", () => {
    expect(shellWords(`jest "a b" 'c'd`)).toEqual(["jest", "a b", "cd"]);
    expect(shellWords(`jest "$HOME"`)).toBeUndefined();
    expect(shellWords("jest 'unclosed")).toBeUndefined();
    expect(quote("--coverage.include=**/*.js")).toBe("'--coverage.include=**/*.js'");
    expect(quote("it's")).toBe(`'it'\\''s'`);
    expect(quote("--coverage")).toBe("--coverage");
  });
});
