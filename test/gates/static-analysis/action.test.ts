import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GateResult } from "../../../src/core/gate-result.ts";
import { runAction } from "../../helpers/action-runner.ts";
import { gitRepo } from "./repo.ts";

// The action as GitHub runs it: the bundled entry, INPUT_* variables, real GITHUB_OUTPUT and
// GITHUB_STEP_SUMMARY files. The policy caps annotations at 2 while the pull request adds 3 flaws.
let repo: Awaited<ReturnType<typeof gitRepo>>;
let temp: string;
let run: { exitCode: number | undefined; stdout: string };
let outputs: Record<string, string>;
let summary: string;

beforeAll(async () => {
  repo = await gitRepo("tf-sa-action-");
  await repo.pullRequest(
    {
      ".github/terrafusion.yml": "version: 1\ngates:\n  static-analysis:\n    max-annotations: 2\n",
      "src/index.ts": "export const version = 1;\n",
    },
    {
      "src/index.ts": [
        "export const version = 1;",
        "export const run = (code: string) => eval(code);",
        "export const make = (body: string) => new Function(body);",
        'process.env.NODE_TLS_REJECT_UNAUTHORIZED = "0";',
        "",
      ].join("\n"),
    },
  );
  const result = await runAction(
    "static-analysis",
    { base: "main", "working-directory": "." },
    {
      HOME: process.env.HOME ?? "",
      GITHUB_ACTIONS: "true",
      GITHUB_WORKSPACE: repo.dir,
      GITHUB_SHA: "0123456789abcdef0123456789abcdef01234567",
    },
    { cwd: repo.dir, timeout: 60_000 },
  );
  temp = result.runner;
  run = { exitCode: result.exitCode, stdout: result.stdout };
  outputs = result.outputs;
  summary = result.summary;
}, 90_000);

afterAll(() => {
  rmSync(repo.dir, { recursive: true, force: true });
  rmSync(temp, { recursive: true, force: true });
});

describe("actions/static-analysis (dist/actions/static-analysis.js)", () => {
  it("fails the step and writes the outputs", () => {
    expect(run.exitCode).toBe(1);
    expect(outputs.conclusion).toBe("failure");
    expect(outputs.headline).toBe("3 blocking findings, first eval-injection at src/index.ts:2");
    expect(JSON.parse(outputs.metrics!)).toMatchObject({ blocking: 3, new: 3, "pre-existing": 0 });
    expect(outputs["result-file"]).toBe(join(temp, "terrafusion-static-analysis.json"));
    expect(outputs["sarif-file"]).toBe(join(temp, "terrafusion-static-analysis.sarif"));
  });

  it("writes the GateResult and SARIF files", () => {
    const result = JSON.parse(readFileSync(outputs["result-file"]!, "utf8")) as GateResult;
    expect(result.sha).toBe("0123456789abcdef0123456789abcdef01234567");
    expect(result.findings.map((f) => `${f.rule}:${f.line}`)).toEqual([
      "eval-injection:2",
      "eval-injection:3",
      "tls-verification-disabled:4",
    ]);
    const sarif = JSON.parse(readFileSync(outputs["sarif-file"]!, "utf8"));
    expect(sarif.version).toBe("2.1.0");
    expect(sarif.runs[0].results).toHaveLength(3);
  });

  it("annotates up to the policy's cap and says how many more there are", () => {
    const errors = run.stdout
      .split("\n")
      .filter((line) => line.startsWith("::error ") && line.includes("file=src/index.ts"));
    expect(errors).toHaveLength(2);
    expect(run.stdout).toMatch(/::warning .*1 more finding is not annotated \(cap 2\)/);
    expect(summary).toContain("Annotations: 2 of 3 blocking findings annotated (cap 2");
  });

  it("appends the summary table to the job summary", () => {
    expect(summary).toContain("### Static analysis: semgrep 1.185.0");
    expect(summary).toContain("| blocking | 3 |");
    expect(summary).toContain("| ❌ blocks | CRITICAL | `eval-injection` | `src/index.ts:2` |");
  });
});
