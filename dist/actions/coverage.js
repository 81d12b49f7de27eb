import { createRequire as __tfRequire } from 'node:module'; const require = __tfRequire(import.meta.url);
import {
  coverageGate
} from "../chunks/chunk-T3HMNDHY.js";
import "../chunks/chunk-FYPZMEAT.js";
import {
  runGateAction
} from "../chunks/chunk-UBVHA5DU.js";
import "../chunks/chunk-3SPCBFXF.js";
import {
  input
} from "../chunks/chunk-PDWPDCDH.js";
import "../chunks/chunk-L6QCKW5G.js";
import "../chunks/chunk-LWM4XSZB.js";
import "../chunks/chunk-XPA2AM6C.js";
import "../chunks/chunk-DNNFEGON.js";
import "../chunks/chunk-YQYTSLDP.js";
import "../chunks/chunk-D5EYFRJN.js";
import "../chunks/chunk-53OXJW6S.js";

// actions/coverage/main.ts
process.exit(
  await runGateAction(coverageGate, process.env, {
    options: (env) => ({ previous: input("previous-result", env), reportDir: input("report-dir", env) })
  })
);
