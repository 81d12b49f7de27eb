import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { GateResult } from "../../../src/core/gate-result.ts";
import { packageRoot } from "../../../src/package-root.ts";
import { actionYaml, runAction } from "../../helpers/action-runner.ts";
import { MAIN_BASE, MAIN_COMMAND, MAIN_HEAD } from "./fixtures.ts";
import { fixtureRepo } from "./repo.ts";

const ENTRY = join(packageRoot(), "dist/actions/coverage.js");

describe("actions/coverage as GitHub runs it", () => {
  let repo: string;
  let run: Awaited<ReturnType<typeof runAction>>;

  beforeAll(async () => {
    repo = await fixtureRepo(MAIN_BASE, MAIN_HEAD);
    const policy = join(mkdtempSync(join(tmpdir(), "tf-coverage-policy-")), "terrafusion.yml");
    writeFileSync(
      policy,
      `version: 1\ngates:\n  coverage:\n    command: ${MAIN_COMMAND}\n    all: true\n    project: 60\n    patch: 45\n`,
    );
    run = await runAction("coverage", {
      "working-directory": repo,
      policy,
      base: "main",
      "previous-result": join(repo, "no-cached-result.json"),
    });
  });

  it("passes (exit 0) when the figures meet the policy, and writes the outputs", () => {
    expect(run.exitCode).toBe(0);
    expect(run.outputs.conclusion).toBe("success");
    expect(run.outputs.headline).toBe("lines 67.74 %, patch 45.45 % (5 of 11 changed lines)");
    expect(JSON.parse(run.outputs.metrics!)).toMatchObject({
      "lines%": 67.74,
      "patch%": 45.45,
      "patch-lines": 11,
    });
    expect(run.outputs["result-file"]).toBe(join(run.runner, "terrafusion-coverage.json"));
  });

  it("writes the GateResult file the upload step sends as an artifact", () => {
    const result: GateResult = JSON.parse(readFileSync(run.outputs["result-file"]!, "utf8"));
    expect(result).toMatchObject({ gate: "coverage", conclusion: "success", sha: "0123456789abcdef" });
    expect(result.findings.every((finding) => !finding.blocking)).toBe(true);
    expect(result.findings).toHaveLength(3);
  });

  it("appends the markdown table to the job summary, noting the missing previous result", () => {
    expect(run.summary).toContain("### Coverage: ✅ passed");
    expect(run.summary).toContain("| Lines | 21 | 31 | 67.74 % | 60 % | ✅ |");
    expect(run.summary).toContain("| `src/fresh.js` | 2–4 |");
    expect(run.summary).toContain(
      `_no previous result at ${join(repo, "no-cached-result.json")}: no delta shown._`,
    );
  });

  it("logs a progress line per phase and annotates nothing that does not block", () => {
    expect(run.stdout).toContain("[coverage] running the tests with V8 coverage");
    expect(run.stdout).toContain("[coverage] patch: 5 of 11 changed executable lines covered (45.45 %)");
    expect(run.stdout).not.toContain("::error");
  });

  it("a bad input is one clear error line and exit 2", async () => {
    const previous = join(mkdtempSync(join(tmpdir(), "tf-coverage-prev-")), "base.json");
    writeFileSync(previous, "{ not json");
    const bad = await runAction("coverage", { "working-directory": repo, "previous-result": previous });
    expect(bad.exitCode).toBe(2);
    const errors = bad.stdout.split("\n").filter((line) => line.startsWith("::error"));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      new RegExp(`^::error title=TerraFusion coverage::previous result ${previous} is not JSON`),
    );
    expect(bad.stdout + bad.stderr).not.toMatch(/\n\s+at /);
  });
});

describe("actions/coverage/action.yml", () => {
  const action = actionYaml("coverage");
  const steps = action.runs.steps;

  it("passes every input through env:, never into a run: script", () => {
    for (const step of steps) expect(String(step.run ?? "")).not.toContain("${{");
    const gate = steps.find((step) => step.id === "gate")!;
    const env = gate.env!;
    for (const name of Object.keys(action.inputs)) {
      expect(env[`INPUT_${name.toUpperCase().replace(/-/g, "_")}`]).toBe(`\${{ inputs.${name} }}`);
    }
    expect(gate.run).toBe('node "$GITHUB_ACTION_PATH/../../dist/actions/coverage.js"');
    expect(existsSync(ENTRY)).toBe(true);
  });

  it("uploads the GateResult as the terrafusion-gate-coverage artifact with upload-artifact v4, pinned", () => {
    const upload = steps.find((step) => String(step.uses).startsWith("actions/upload-artifact@"))!;
    expect(upload.uses).toMatch(/^actions\/upload-artifact@[0-9a-f]{40}$/);
    expect(upload.with).toMatchObject({
      name: "terrafusion-gate-coverage",
      path: `\${{ steps.gate.outputs.result-file }}`,
    });
    expect(upload.if).toContain("always()");
  });
});
