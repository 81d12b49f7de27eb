import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { packageRoot } from "../../src/package-root.ts";
import { actionYaml, runAction } from "../helpers/action-runner.ts";
import { type FixtureService, projectWithPolicy, startFixtureService } from "../load/fixture-service.ts";

let fast: FixtureService;
beforeAll(async () => {
  fast = await startFixtureService();
});
afterAll(async () => {
  await fast?.stop();
});

describe("actions/chaos as GitHub runs it", () => {
  it("starts the toxiproxy-server the action installed, fails a broken SLO, writes outputs and summary", async () => {
    const dir = projectWithPolicy(
      `version: 1\ngates:\n  chaos:\n    target: ${fast.url}\n    experiments:\n      - { name: slow, toxic: latency, attributes: { latency: 300 }, recovery-seconds: 2 }\n`,
    );
    const run = await runAction(
      "chaos",
      { "working-directory": dir, duration: "1s" },
      // Off PATH, as the action's install step leaves it.
      {
        PATH: "/usr/bin:/bin",
        TERRAFUSION_TOXIPROXY_SERVER: join(packageRoot(), ".tools/bin/toxiproxy-server"),
      },
    );
    expect(run.exitCode).toBe(1);
    expect(run.outputs.conclusion).toBe("failure");
    expect(run.outputs.headline).toBe("1 of 1 experiment failed: slow (the SLO broke under the fault)");
    expect(JSON.parse(run.outputs.metrics!)["slow.fault-p95-ms"]).toBeGreaterThanOrEqual(300);
    expect(run.summary).toContain("| experiment | fault | steady state | under fault | recovery | |");
    expect(run.outputs["result-file"]).toBe(join(run.runner, "terrafusion-chaos.json"));
  });

  it("passes every input to the gate through env and uploads terrafusion-gate-chaos", () => {
    const action = actionYaml("chaos");
    const gate = action.runs.steps.find((step) => step.id === "gate")!;
    for (const name of Object.keys(action.inputs)) {
      expect(gate.env?.[`INPUT_${name.toUpperCase().replace(/-/g, "_")}`]).toBe(`\${{ inputs.${name} }}`);
    }
    for (const step of action.runs.steps) expect(step.run ?? "").not.toContain("${{");
    const upload = action.runs.steps.find((step) => step.uses?.startsWith("actions/upload-artifact@"))!;
    expect(upload.with?.name).toBe("terrafusion-gate-chaos");
  });
});
