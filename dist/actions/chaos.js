import { createRequire as __tfRequire } from 'node:module'; const require = __tfRequire(import.meta.url);
import {
  chaosGate
} from "../chunks/chunk-RANQIBRH.js";
import "../chunks/chunk-UK3QRPXH.js";
import {
  runGateAction
} from "../chunks/chunk-Z3IMB3BR.js";
import "../chunks/chunk-3SPCBFXF.js";
import {
  input
} from "../chunks/chunk-BDBA4WU2.js";
import "../chunks/chunk-L6QCKW5G.js";
import "../chunks/chunk-7MQZKZ3M.js";
import "../chunks/chunk-DNNFEGON.js";
import "../chunks/chunk-AD44LN4I.js";
import "../chunks/chunk-IRB5CAUC.js";
import "../chunks/chunk-53OXJW6S.js";

// actions/chaos/main.ts
process.exitCode = await runGateAction(chaosGate, process.env, {
  options: (env) => ({ toxiproxy: input("toxiproxy", env), duration: input("duration", env) })
});
