import { join, resolve } from "node:path";
import * as core from "@actions/core";
import { runGateAction } from "../../src/actions/gate-action.ts";
import { input, numberInput } from "../../src/actions/inputs.ts";
import { describeError, UsageError } from "../../src/errors.ts";
import { staticAnalysisGate } from "../../src/gates/static-analysis/index.ts";
import { loadPolicy } from "../../src/policy/load.ts";

const env = process.env;
const cwd = resolve(env.GITHUB_WORKSPACE ?? process.cwd(), input("working-directory", env) ?? ".");

/** The annotation cap: the input, else the policy's max-annotations (a bad policy is reported by the gate run). */
async function annotationCap(): Promise<number | undefined> {
  const fromInput = numberInput("max-annotations", env);
  if (fromInput !== undefined) {
    if (!Number.isInteger(fromInput) || fromInput < 0 || fromInput > 50)
      throw new UsageError(`input max-annotations: expected a whole number from 0 to 50, got ${fromInput}`);
    return fromInput;
  }
  try {
    const { policy } = await loadPolicy({ cwd, file: input("policy", env) });
    return policy.gates?.["static-analysis"]?.["max-annotations"];
  } catch {
    return undefined;
  }
}

try {
  const sarif = resolve(
    cwd,
    input("sarif-file", env) ?? join(env.RUNNER_TEMP ?? cwd, "terrafusion-static-analysis.sarif"),
  );
  const maxAnnotations = await annotationCap();
  process.exitCode = await runGateAction(staticAnalysisGate, env, {
    // The action installs semgrep into its own virtual environment when it is not on PATH.
    options: () => ({ sarif, semgrep: env.TERRAFUSION_SEMGREP || undefined }),
    ...(maxAnnotations === undefined ? {} : { maxAnnotations }),
  });
  core.setOutput("sarif-file", sarif);
} catch (error) {
  const { message, exitCode } = describeError(error);
  core.error(message, { title: "TerraFusion static-analysis" });
  process.exitCode = exitCode;
}
