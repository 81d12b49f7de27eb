import { createRequire as __tfRequire } from 'node:module'; const require = __tfRequire(import.meta.url);
import {
  coverageGate
} from "../chunks/chunk-UDK3OXSE.js";
import "../chunks/chunk-PPUTGJO5.js";
import {
  runGateAction
} from "../chunks/chunk-4CHDSQAS.js";
import "../chunks/chunk-3SPCBFXF.js";
import {
  input
} from "../chunks/chunk-ZUM32FTO.js";
import "../chunks/chunk-W4T2JXN5.js";
import "../chunks/chunk-LWM4XSZB.js";
import "../chunks/chunk-HSSU4YYT.js";
import "../chunks/chunk-4HCU2ILR.js";
import "../chunks/chunk-R3A4M7GK.js";
import "../chunks/chunk-V36F2TEL.js";
import "../chunks/chunk-TFUP5NS4.js";

// actions/coverage/main.ts
process.exit(
  await runGateAction(coverageGate, process.env, {
    options: (env) => ({ previous: input("previous-result", env), reportDir: input("report-dir", env) })
  })
);
