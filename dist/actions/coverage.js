import { createRequire as __tfRequire } from 'node:module'; const require = __tfRequire(import.meta.url);
import {
  input,
  runGateAction
} from "../chunks/chunk-L3LEWAIX.js";
import {
  coverageGate
} from "../chunks/chunk-AMRVCAKW.js";
import "../chunks/chunk-E6D6TV3A.js";
import "../chunks/chunk-AOVMREJS.js";
import "../chunks/chunk-53OXJW6S.js";

// actions/coverage/main.ts
process.exitCode = await runGateAction(coverageGate, process.env, {
  options: (env) => ({ previous: input("previous-result", env), reportDir: input("report-dir", env) })
});
