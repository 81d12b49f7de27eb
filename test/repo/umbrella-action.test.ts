import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { GATES } from "../../src/gates/registry.ts";
import { packageRoot } from "../../src/package-root.ts";
import { actionYaml, runAction } from "../helpers/action-runner.ts";

/** The example shop, with a policy that enables static analysis and coverage only. */
function shopWith(policy: string): string {
  const dir = mkdtempSync(join(tmpdir(), "tf-umbrella-"));
  cpSync(join(packageRoot(), "examples/shop"), dir, { recursive: true });
  writeFileSync(join(dir, ".github/terrafusion.yml"), policy);
  return dir;
}

describe("the umbrella action (action.yml at the root)", () => {
  it("passes its inputs through env, never into the script", () => {
    const action = actionYaml(".");
    const run = action.runs.steps.find((step) => step.run?.includes("dist/action.js"));
    expect(run?.env).toEqual({
      INPUT_POLICY: "${{ inputs.policy }}",
      INPUT_GATES: "${{ inputs.gates }}",
      INPUT_BASE: "${{ inputs.base }}",
    });
    for (const step of action.runs.steps) expect(step.run ?? "").not.toMatch(/\$\{\{/);
  });

  it("runs every gate the policy enables; one failing gate does not hide the other", async () => {
    // Coverage is held to 100 % of a project whose tests leave lines uncovered once a file is added
    // and the policy counts files no test loads (all: true).
    const workspace = shopWith(
      "version: 1\ngates:\n  coverage: { project: 100, all: true }\n  static-analysis: {}\n",
    );
    writeFileSync(join(workspace, "src/extra.js"), "export function unused(a) {\n  return a * 2;\n}\n");
    const run = await runAction(".", {}, { GITHUB_WORKSPACE: workspace });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/::group::TerraFusion static-analysis/);
    expect(run.stdout).toMatch(/::group::TerraFusion coverage/);
    expect(run.stdout).toMatch(/^success: no blocking findings/m);
    expect(run.stdout).toMatch(/^failure: coverage below threshold: lines [\d.]+ % < 100 %/m);
    expect(run.summary).toMatch(/### Static analysis/);
    expect(run.summary).toMatch(/### Coverage: ❌ failed/);
    // Each gate's own result file, named as the app expects inside terrafusion-gate-NAME.
    expect(run.outputs["static-analysis-result-file"]).toBe(
      join(run.runner, "terrafusion-static-analysis.json"),
    );
    expect(run.outputs["coverage-result-file"]).toBe(join(run.runner, "terrafusion-coverage.json"));
    expect(run.outputs["load-result-file"]).toBeUndefined();
    const read = (file: string) => JSON.parse(readFileSync(file, "utf8"));
    expect(read(run.outputs["static-analysis-result-file"]!)).toMatchObject({
      gate: "static-analysis",
      conclusion: "success",
    });
    expect(read(run.outputs["coverage-result-file"]!)).toMatchObject({
      gate: "coverage",
      conclusion: "failure",
    });
  }, 60_000);

  it("uploads each gate's result as terrafusion-gate-NAME, also when a gate failed", () => {
    const action = actionYaml(".");
    const gates = action.runs.steps.find((step) => step.run?.includes("dist/action.js"));
    expect(gates?.id).toBe("gates");
    const uploads = action.runs.steps.filter((step) => step.uses?.startsWith("actions/upload-artifact@"));
    expect(uploads.map((step) => step.with?.name)).toEqual(
      GATES.map((gate) => `terrafusion-gate-${gate.name}`),
    );
    for (const [i, gate] of GATES.entries()) {
      const output = `steps.gates.outputs.${gate.name}-result-file`;
      expect(uploads[i]!.if).toBe(`always() && ${output} != ''`);
      expect(uploads[i]!.with?.path).toBe(`\${{ ${output} }}`);
      // The same pinned upload as the single-gate actions.
      const single = actionYaml(gate.name).runs.steps.find((step) =>
        step.uses?.startsWith("actions/upload-artifact@"),
      );
      expect(uploads[i]!.uses).toBe(single?.uses);
    }
  });

  it("an unknown gate in the gates input is a usage error", async () => {
    const workspace = shopWith("version: 1\n");
    const run = await runAction(".", { gates: "coverage,lint" }, { GITHUB_WORKSPACE: workspace });
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toMatch(/::error title=TerraFusion::input gates: unknown gate lint/);
  });

  it("a gate action with a broken policy annotates the problem and still leaves an error result", async () => {
    const workspace = shopWith("version: 1\ngates:\n  coverage: { project: 150 }\n");
    const run = await runAction("coverage", {}, { GITHUB_WORKSPACE: workspace });
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toMatch(
      /^::error title=TerraFusion policy,file=\.github\/terrafusion\.yml,line=3,col=24::\.github\/terrafusion\.yml:3:24 gates\.coverage\.project: a percentage is at most 100/m,
    );
    expect(run.outputs.conclusion).toBe("error");
    const result = JSON.parse(readFileSync(run.outputs["result-file"]!, "utf8"));
    expect(result).toMatchObject({ gate: "coverage", conclusion: "error" });
    expect(result.error).toMatch(/gates\.coverage\.project: a percentage is at most 100/);
    expect(run.summary).toMatch(/### coverage: could not run/);
  });
});
