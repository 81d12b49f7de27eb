import { createRequire as __tfRequire } from 'node:module'; const require = __tfRequire(import.meta.url);
import {
  GATES
} from "./chunks/chunk-6TYMBEA6.js";
import "./chunks/chunk-JX7HLXOR.js";
import "./chunks/chunk-5MOUHJ6R.js";
import "./chunks/chunk-ONMZHF5R.js";
import "./chunks/chunk-33EB42QA.js";
import "./chunks/chunk-OB2H2OIL.js";
import "./chunks/chunk-U7Q2ZDOI.js";
import "./chunks/chunk-D4T5WCNI.js";
import {
  runGateAction
} from "./chunks/chunk-GA3OGQF7.js";
import {
  input
} from "./chunks/chunk-N2J2DVWW.js";
import {
  endGroup,
  error,
  setOutput,
  startGroup,
  warning
} from "./chunks/chunk-YARUGQXM.js";
import "./chunks/chunk-FV4S3KIS.js";
import "./chunks/chunk-CR3PXB5O.js";
import "./chunks/chunk-UCO5GRH5.js";
import "./chunks/chunk-XJ3SIHHK.js";
import "./chunks/chunk-WF6MYNSV.js";
import {
  loadPolicy
} from "./chunks/chunk-WJQ75HG4.js";
import "./chunks/chunk-DGX4CH5M.js";
import {
  UsageError,
  describeError
} from "./chunks/chunk-64HVLF7C.js";
import "./chunks/chunk-TFUP5NS4.js";

// src/actions/umbrella.ts
import { existsSync, rmSync } from "node:fs";
import { join } from "node:path";
async function runEnabledGates(env = process.env) {
  try {
    const cwd = env.GITHUB_WORKSPACE ?? process.cwd();
    const { policy } = await loadPolicy({ cwd, file: input("policy", env) }, env);
    const only = input("gates", env)?.split(/[\s,]+/).filter(Boolean);
    const unknown = only?.filter((name) => !GATES.some((gate) => gate.name === name)) ?? [];
    if (unknown.length > 0) {
      throw new UsageError(
        `input gates: unknown gate ${unknown.join(", ")} (expected ${GATES.map((g) => g.name).join(", ")})`
      );
    }
    const chosen = GATES.filter(
      (gate) => only ? only.includes(gate.name) : policy.gates?.[gate.name]?.enabled
    );
    if (chosen.length === 0) {
      warning("The policy enables no gate that this action runs: nothing was checked.");
      return 0;
    }
    const codes = [];
    for (const gate of chosen) {
      const resultFile = join(env.RUNNER_TEMP ?? cwd, `terrafusion-${gate.name}.json`);
      rmSync(resultFile, { force: true });
      startGroup(`TerraFusion ${gate.name}`);
      codes.push(await runGateAction(gate, { ...env, INPUT_RESULT_FILE: resultFile }));
      endGroup();
      if (existsSync(resultFile)) setOutput(`${gate.name}-result-file`, resultFile);
    }
    return Math.max(...codes);
  } catch (error2) {
    const { message, exitCode } = describeError(error2);
    error(message, { title: "TerraFusion" });
    return exitCode;
  }
}

// src/actions/umbrella-main.ts
process.exit(await runEnabledGates());
