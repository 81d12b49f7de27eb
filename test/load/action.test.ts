import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actionYaml, runAction } from "../helpers/action-runner.ts";
import { type FixtureService, projectWithPolicy, startFixtureService } from "./fixture-service.ts";

let fast: FixtureService;
let slow: FixtureService;
beforeAll(async () => {
  [fast, slow] = await Promise.all([startFixtureService(), startFixtureService({ DELAY_MS: "150" })]);
});
afterAll(async () => {
  await Promise.all([fast?.stop(), slow?.stop()]);
});

const policy = (url: string) => `version: 1\ngates:\n  load:\n    target: ${url}\n    duration: 1s\n`;

describe("actions/load as GitHub runs it", () => {
  it("passes a fast service: outputs, job summary and the GateResult file", async () => {
    const dir = projectWithPolicy(policy(fast.url));
    const run = await runAction("load", {
      "working-directory": dir,
      runs: "2",
      "previous-result": "no-base-result-yet.json",
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.conclusion).toBe("success");
    expect(run.outputs.headline).toMatch(/^p95 [\d.]+ ms, 0 % errors: within the SLO$/);
    expect(JSON.parse(run.outputs.metrics!)).toMatchObject({ "error-rate": 0, runs: 2 });
    expect(run.outputs["result-file"]).toBe(join(run.runner, "terrafusion-load.json"));
    const result = JSON.parse(readFileSync(run.outputs["result-file"]!, "utf8"));
    expect(result).toMatchObject({
      schema: "terrafusion/gate-result@1",
      gate: "load",
      sha: "0123456789abcdef",
    });
    expect(run.summary).toContain("### Load: autocannon against");
    expect(run.stdout).toContain("previous-result no-base-result-yet.json does not exist");
  });

  it("fails (exit 1) a service slower than the SLO, with an error annotation", async () => {
    const dir = projectWithPolicy(policy(slow.url));
    const run = await runAction("load", { "working-directory": dir, runs: "1" });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.conclusion).toBe("failure");
    expect(run.stdout).toMatch(/::error title=TerraFusion load::p95 1\d\d/);
    expect(run.summary).toContain("| p95 | 1");
  });

  it("passes every input to the gate through env, never inside run:", () => {
    const action = actionYaml("load");
    expect(action.runs.using).toBe("composite");
    const gate = action.runs.steps.find((step) => step.id === "gate")!;
    for (const name of Object.keys(action.inputs)) {
      expect(gate.env?.[`INPUT_${name.toUpperCase().replace(/-/g, "_")}`]).toBe(`\${{ inputs.${name} }}`);
    }
    for (const step of action.runs.steps) expect(step.run ?? "").not.toContain("${{");
    const upload = action.runs.steps.find((step) => step.uses?.startsWith("actions/upload-artifact@"))!;
    expect(upload.uses).toMatch(/@[0-9a-f]{40}$/);
    expect(upload.with?.name).toBe("terrafusion-gate-load");
  });
});
