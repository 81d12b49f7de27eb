import { createRequire as __tfRequire } from 'node:module'; const require = __tfRequire(import.meta.url);
import {
  coverageGate
} from "../chunks/chunk-RMWWQP6U.js";
import "../chunks/chunk-X55BCG57.js";
import {
  runGateAction
} from "../chunks/chunk-UU3FDIQQ.js";
import "../chunks/chunk-3SPCBFXF.js";
import {
  input
} from "../chunks/chunk-5LCCO2DY.js";
import "../chunks/chunk-L6QCKW5G.js";
import "../chunks/chunk-DNNFEGON.js";
import "../chunks/chunk-IRIMDTO3.js";
import "../chunks/chunk-53OXJW6S.js";

// actions/coverage/main.ts
process.exitCode = await runGateAction(coverageGate, process.env, {
  options: (env) => ({ previous: input("previous-result", env), reportDir: input("report-dir", env) })
});
