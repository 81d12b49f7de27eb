import { createRequire as __tfRequire } from 'node:module'; const require = __tfRequire(import.meta.url);
import {
  chaosGate
} from "../chunks/chunk-YGTU7G7G.js";
import "../chunks/chunk-RFZ57XWV.js";
import "../chunks/chunk-NQSPKB2U.js";
import {
  runGateAction
} from "../chunks/chunk-BHVPU5H5.js";
import "../chunks/chunk-3SPCBFXF.js";
import {
  input
} from "../chunks/chunk-PTL6HFRJ.js";
import "../chunks/chunk-W4T2JXN5.js";
import "../chunks/chunk-XOVRN5AK.js";
import "../chunks/chunk-CR3PXB5O.js";
import "../chunks/chunk-LWM4XSZB.js";
import "../chunks/chunk-XPA2AM6C.js";
import "../chunks/chunk-4CT3OAEX.js";
import "../chunks/chunk-OERY22B4.js";
import "../chunks/chunk-PPFQIDC3.js";
import "../chunks/chunk-TFUP5NS4.js";

// actions/chaos/main.ts
process.exit(
  await runGateAction(chaosGate, process.env, {
    options: (env) => ({ toxiproxy: input("toxiproxy", env), duration: input("duration", env) })
  })
);
