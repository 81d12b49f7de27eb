import { createRequire as __tfRequire } from 'node:module'; const require = __tfRequire(import.meta.url);
import {
  GATES
} from "./chunks/chunk-7LIMDNSA.js";
import "./chunks/chunk-GETDY42E.js";
import "./chunks/chunk-T3HMNDHY.js";
import "./chunks/chunk-OW5FFSAB.js";
import "./chunks/chunk-CPQSCFFN.js";
import "./chunks/chunk-XMHBNRQN.js";
import "./chunks/chunk-FYPZMEAT.js";
import "./chunks/chunk-OZCFCN4O.js";
import {
  runGateAction
} from "./chunks/chunk-UBVHA5DU.js";
import "./chunks/chunk-3SPCBFXF.js";
import {
  input
} from "./chunks/chunk-PDWPDCDH.js";
import {
  endGroup,
  error,
  startGroup,
  warning
} from "./chunks/chunk-L6QCKW5G.js";
import "./chunks/chunk-7MQZKZ3M.js";
import "./chunks/chunk-LWM4XSZB.js";
import "./chunks/chunk-XPA2AM6C.js";
import "./chunks/chunk-DNNFEGON.js";
import {
  loadPolicy
} from "./chunks/chunk-YQYTSLDP.js";
import {
  UsageError,
  describeError
} from "./chunks/chunk-D5EYFRJN.js";
import "./chunks/chunk-53OXJW6S.js";

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
