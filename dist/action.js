import { createRequire as __tfRequire } from 'node:module'; const require = __tfRequire(import.meta.url);
import {
  GATES
} from "./chunks/chunk-ADOQ4W6C.js";
import "./chunks/chunk-YGTU7G7G.js";
import "./chunks/chunk-5TUGEGWQ.js";
import "./chunks/chunk-2RX6MZAT.js";
import "./chunks/chunk-RFZ57XWV.js";
import "./chunks/chunk-5MOZ75FU.js";
import "./chunks/chunk-W2TU7OF2.js";
import "./chunks/chunk-NQSPKB2U.js";
import {
  runGateAction
} from "./chunks/chunk-BHVPU5H5.js";
import "./chunks/chunk-3SPCBFXF.js";
import {
  input
} from "./chunks/chunk-PTL6HFRJ.js";
import {
  endGroup,
  error,
  startGroup,
  warning
} from "./chunks/chunk-W4T2JXN5.js";
import "./chunks/chunk-XOVRN5AK.js";
import "./chunks/chunk-CR3PXB5O.js";
import "./chunks/chunk-LWM4XSZB.js";
import "./chunks/chunk-XPA2AM6C.js";
import "./chunks/chunk-4CT3OAEX.js";
import {
  loadPolicy
} from "./chunks/chunk-OERY22B4.js";
import {
  UsageError,
  describeError
} from "./chunks/chunk-PPFQIDC3.js";
import "./chunks/chunk-TFUP5NS4.js";

// src/actions/umbrella.ts
async function runEnabledGates(env = process.env) {
  try {
    const cwd = env.GITHUB_WORKSPACE ?? process.cwd();
    const { policy } = await loadPolicy({ cwd, file: input("policy", env) });
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
      startGroup(`TerraFusion ${gate.name}`);
      codes.push(await runGateAction(gate, env));
      endGroup();
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
