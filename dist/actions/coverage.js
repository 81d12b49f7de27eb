import { createRequire as __tfRequire } from 'node:module'; const require = __tfRequire(import.meta.url);
import {
  coverageGate
} from "../chunks/chunk-MXXGTP2A.js";
import "../chunks/chunk-A7NUSCFP.js";
import {
  runGateAction
} from "../chunks/chunk-Z3IMB3BR.js";
import "../chunks/chunk-3SPCBFXF.js";
import {
  input
} from "../chunks/chunk-BDBA4WU2.js";
import "../chunks/chunk-L6QCKW5G.js";
import "../chunks/chunk-DNNFEGON.js";
import "../chunks/chunk-AD44LN4I.js";
import "../chunks/chunk-IRB5CAUC.js";
import "../chunks/chunk-53OXJW6S.js";

// actions/coverage/main.ts
process.exitCode = await runGateAction(coverageGate, process.env, {
  options: (env) => ({ previous: input("previous-result", env), reportDir: input("report-dir", env) })
});
