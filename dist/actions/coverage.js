import { createRequire as __tfRequire } from 'node:module'; const require = __tfRequire(import.meta.url);
import {
  input,
  runGateAction
} from "../chunks/chunk-GX3CJRHN.js";
import {
  coverageGate
} from "../chunks/chunk-XT2K6OU4.js";
import "../chunks/chunk-E6D6TV3A.js";
import "../chunks/chunk-JM3L5SWR.js";
import "../chunks/chunk-53OXJW6S.js";

// actions/coverage/main.ts
process.exitCode = await runGateAction(coverageGate, process.env, {
  options: (env) => ({ previous: input("previous-result", env), reportDir: input("report-dir", env) })
});
