import { createRequire as __tfRequire } from 'node:module'; const require = __tfRequire(import.meta.url);
import {
  chaosGate
} from "../chunks/chunk-PCWOI22D.js";
import "../chunks/chunk-SY5II6Q6.js";
import {
  runGateAction
} from "../chunks/chunk-UU3FDIQQ.js";
import "../chunks/chunk-3SPCBFXF.js";
import {
  input
} from "../chunks/chunk-5LCCO2DY.js";
import "../chunks/chunk-L6QCKW5G.js";
import "../chunks/chunk-7MQZKZ3M.js";
import "../chunks/chunk-DNNFEGON.js";
import "../chunks/chunk-IRIMDTO3.js";
import "../chunks/chunk-53OXJW6S.js";

// actions/chaos/main.ts
process.exitCode = await runGateAction(chaosGate, process.env, {
  options: (env) => ({ toxiproxy: input("toxiproxy", env), duration: input("duration", env) })
});
