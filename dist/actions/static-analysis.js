import { createRequire as __tfRequire } from 'node:module'; const require = __tfRequire(import.meta.url);
import {
  staticAnalysisGate
} from "../chunks/chunk-RX74OZVW.js";
import "../chunks/chunk-X55BCG57.js";
import {
  runGateAction
} from "../chunks/chunk-UU3FDIQQ.js";
import "../chunks/chunk-3SPCBFXF.js";
import {
  input,
  numberInput
} from "../chunks/chunk-5LCCO2DY.js";
import {
  error,
  setOutput
} from "../chunks/chunk-L6QCKW5G.js";
import "../chunks/chunk-DNNFEGON.js";
import {
  UsageError,
  describeError,
  loadPolicy
} from "../chunks/chunk-IRIMDTO3.js";
import "../chunks/chunk-53OXJW6S.js";

// actions/static-analysis/main.ts
import { join, resolve } from "node:path";
var env = process.env;
var cwd = resolve(env.GITHUB_WORKSPACE ?? process.cwd(), input("working-directory", env) ?? ".");
async function annotationCap() {
  const fromInput = numberInput("max-annotations", env);
  if (fromInput !== void 0) {
    if (!Number.isInteger(fromInput) || fromInput < 0 || fromInput > 50)
      throw new UsageError(`input max-annotations: expected a whole number from 0 to 50, got ${fromInput}`);
    return fromInput;
  }
  try {
    const { policy } = await loadPolicy({ cwd, file: input("policy", env) });
    return policy.gates?.["static-analysis"]?.["max-annotations"];
  } catch {
    return void 0;
  }
}
try {
  const sarif = resolve(
    cwd,
    input("sarif-file", env) ?? join(env.RUNNER_TEMP ?? cwd, "terrafusion-static-analysis.sarif")
  );
  const maxAnnotations = await annotationCap();
  process.exitCode = await runGateAction(staticAnalysisGate, env, {
    // The action installs semgrep into its own virtual environment when it is not on PATH.
    options: () => ({ sarif, semgrep: env.TERRAFUSION_SEMGREP || void 0 }),
    ...maxAnnotations === void 0 ? {} : { maxAnnotations }
  });
  setOutput("sarif-file", sarif);
} catch (error2) {
  const { message, exitCode } = describeError(error2);
  error(message, { title: "TerraFusion static-analysis" });
  process.exitCode = exitCode;
}
