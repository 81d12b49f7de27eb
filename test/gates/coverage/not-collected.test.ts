import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { detectRunner } from "../../../src/gates/coverage/detect-runner.ts";
import { fixtureRepo } from "./repo.ts";
import { BIN } from "./runner-fixtures.ts";
import { scopedGate } from "./scope-helpers.ts";

const here = { dir: "/nonexistent-project" };

describe("a command that sets NODE_OPTIONS itself, which hides the runner from the gate", () => {
  it("is seen on the way to the runner, unless it keeps $NODE_OPTIONS", () => {
    const scripts = {
      test: "NODE_OPTIONS=--experimental-vm-modules jest",
      keeps: 'NODE_OPTIONS="$NODE_OPTIONS --experimental-vm-modules" jest',
      unit: "vitest run",
    };
    for (const [command, nodeOptions] of [
      ["NODE_OPTIONS=--max-old-space-size=4096 jest --ci", "NODE_OPTIONS=--max-old-space-size=4096"],
      [
        "cross-env NODE_OPTIONS=--max-old-space-size=4096 vitest run",
        "NODE_OPTIONS=--max-old-space-size=4096",
      ],
      ["env TZ=UTC NODE_OPTIONS=--no-warnings jest", "NODE_OPTIONS=--no-warnings"],
      ["npm test", "NODE_OPTIONS=--experimental-vm-modules"],
      ["NODE_OPTIONS=--no-warnings npm run unit", "NODE_OPTIONS=--no-warnings"],
      ["npm run keeps", undefined],
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the shell's expansion, as a command has it
      ['NODE_OPTIONS="${NODE_OPTIONS} --no-warnings" vitest run', undefined],
      ["TZ=UTC jest --ci", undefined],
      ["jest NODE_OPTIONS=--not-an-assignment", undefined],
    ] as const)
      expect(detectRunner(command, { ...here, scripts })?.nodeOptions, command).toBe(nodeOptions);
  });

  it("tests pass without coverage: exit 2, naming jest and the fix, which then collects", async () => {
    const jest = join(BIN, "jest");
    const repo = await fixtureRepo(
      { "package.json": `{ "private": true }\n` },
      {
        "src/add.js": "function add(a, b) {\n  return a + b;\n}\nmodule.exports = { add };\n",
        "test/add.test.js":
          'const { add } = require("../src/add.js");\ntest("adds", () => expect(add(1, 2)).toBe(3));\n',
      },
    );
    const command = `NODE_OPTIONS=--max-old-space-size=2048 ${jest} --ci`;
    const hidden = await scopedGate(repo, `    command: ${JSON.stringify(command)}\n`);
    expect(hidden.stderr).toContain("tests passed");
    expect(hidden.code).toBe(2);
    expect(hidden.result.conclusion).toBe("error");
    expect(hidden.result.headline).toBe(
      `coverage not collected: jest (${command}) is started with NODE_OPTIONS=--max-old-space-size=2048, which replaces the NODE_OPTIONS the gate turns on jest's coverage through: add to it instead (NODE_OPTIONS="$NODE_OPTIONS --max-old-space-size=2048"), or let the command write lcov and json-summary reports and name their folder in gates.coverage.reports`,
    );
    expect(hidden.result.metrics).toEqual({});

    const fixed = `NODE_OPTIONS="$NODE_OPTIONS --max-old-space-size=2048" ${jest} --ci`;
    const kept = await scopedGate(repo, `    command: ${JSON.stringify(fixed)}\n`);
    expect(kept.result.metrics).toMatchObject({ "lines%": 100, "patch%": 100 });
    expect(kept.code).toBe(0);
  });
});
