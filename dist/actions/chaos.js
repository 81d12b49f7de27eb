import { createRequire as __tfRequire } from 'node:module'; const require = __tfRequire(import.meta.url);
import {
  chaosGate
} from "../chunks/chunk-GETDY42E.js";
import "../chunks/chunk-CPQSCFFN.js";
import "../chunks/chunk-OZCFCN4O.js";
import {
  runGateAction
} from "../chunks/chunk-UBVHA5DU.js";
import "../chunks/chunk-3SPCBFXF.js";
import {
  input
} from "../chunks/chunk-PDWPDCDH.js";
import "../chunks/chunk-L6QCKW5G.js";
import "../chunks/chunk-7MQZKZ3M.js";
import "../chunks/chunk-LWM4XSZB.js";
import "../chunks/chunk-XPA2AM6C.js";
import "../chunks/chunk-DNNFEGON.js";
import "../chunks/chunk-YQYTSLDP.js";
import "../chunks/chunk-D5EYFRJN.js";
import "../chunks/chunk-53OXJW6S.js";

// actions/chaos/main.ts
process.exit(
  await runGateAction(chaosGate, process.env, {
    options: (env) => ({ toxiproxy: input("toxiproxy", env), duration: input("duration", env) })
  })
);
