import { existsSync, rmSync } from "node:fs";
import { join } from "node:path";
import * as core from "@actions/core";
import { describeError, UsageError } from "../errors.ts";
import { loadPolicy } from "../fs/load-policy.ts";
import { GATES } from "../gates/registry.ts";
import { runGateAction } from "./gate-action.ts";
import { input } from "./inputs.ts";

/**
 * The umbrella action: every gate the policy enables, one after another. A gate that fails or
 * cannot run is reported and the others still run; the step's exit code is the worst of them.
 * Each gate's GateResult goes to $RUNNER_TEMP/terrafusion-NAME.json (the name the app looks for in
 * the artifact `terrafusion-gate-NAME`), and the output NAME-result-file names it for the upload steps.
 */
export async function runEnabledGates(env: NodeJS.ProcessEnv = process.env): Promise<number> {
  try {
    const cwd = env.GITHUB_WORKSPACE ?? process.cwd();
    const { policy } = await loadPolicy({ cwd, file: input("policy", env) }, env);
    const only = input("gates", env)
      ?.split(/[\s,]+/)
      .filter(Boolean);
    const unknown = only?.filter((name) => !GATES.some((gate) => gate.name === name)) ?? [];
    if (unknown.length > 0) {
      throw new UsageError(
        `input gates: unknown gate ${unknown.join(", ")} (expected ${GATES.map((g) => g.name).join(", ")})`,
      );
    }
    const chosen = GATES.filter((gate) =>
      only ? only.includes(gate.name) : policy.gates?.[gate.name]?.enabled,
    );
    if (chosen.length === 0) {
      core.warning("The policy enables no gate that this action runs: nothing was checked.");
      return 0;
    }
    const codes: number[] = [];
    for (const gate of chosen) {
      const resultFile = join(env.RUNNER_TEMP ?? cwd, `terrafusion-${gate.name}.json`);
      // A file left by an earlier step is not this gate's result.
      rmSync(resultFile, { force: true });
      core.startGroup(`TerraFusion ${gate.name}`);
      codes.push(await runGateAction(gate, { ...env, INPUT_RESULT_FILE: resultFile }));
      core.endGroup();
      if (existsSync(resultFile)) core.setOutput(`${gate.name}-result-file`, resultFile);
    }
    return Math.max(...codes);
  } catch (error) {
    const { message, exitCode } = describeError(error);
    core.error(message, { title: "TerraFusion" });
    return exitCode;
  }
}
