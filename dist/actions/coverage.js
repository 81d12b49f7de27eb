import { createRequire as __tfRequire } from 'node:module'; const require = __tfRequire(import.meta.url);
import {
  coverageGate
} from "../chunks/chunk-5TUGEGWQ.js";
import "../chunks/chunk-W2TU7OF2.js";
import {
  runGateAction
} from "../chunks/chunk-BHVPU5H5.js";
import "../chunks/chunk-3SPCBFXF.js";
import {
  input
} from "../chunks/chunk-PTL6HFRJ.js";
import "../chunks/chunk-W4T2JXN5.js";
import "../chunks/chunk-LWM4XSZB.js";
import "../chunks/chunk-XPA2AM6C.js";
import "../chunks/chunk-4CT3OAEX.js";
import "../chunks/chunk-OERY22B4.js";
import "../chunks/chunk-PPFQIDC3.js";
import "../chunks/chunk-TFUP5NS4.js";

// actions/coverage/main.ts
process.exit(
  await runGateAction(coverageGate, process.env, {
    options: (env) => ({ previous: input("previous-result", env), reportDir: input("report-dir", env) })
  })
);
