import { createRequire as __tfRequire } from 'node:module'; const require = __tfRequire(import.meta.url);
import {
  chaosGate
} from "../chunks/chunk-SAVPXN7S.js";
import "../chunks/chunk-7UCWUFZE.js";
import "../chunks/chunk-3SWB2AVF.js";
import {
  runGateAction
} from "../chunks/chunk-4CHDSQAS.js";
import "../chunks/chunk-3SPCBFXF.js";
import {
  input
} from "../chunks/chunk-ZUM32FTO.js";
import "../chunks/chunk-W4T2JXN5.js";
import "../chunks/chunk-XOVRN5AK.js";
import "../chunks/chunk-CR3PXB5O.js";
import "../chunks/chunk-LWM4XSZB.js";
import "../chunks/chunk-HSSU4YYT.js";
import "../chunks/chunk-4HCU2ILR.js";
import "../chunks/chunk-R3A4M7GK.js";
import "../chunks/chunk-V36F2TEL.js";
import "../chunks/chunk-TFUP5NS4.js";

// actions/chaos/main.ts
process.exit(
  await runGateAction(chaosGate, process.env, {
    options: (env) => ({ toxiproxy: input("toxiproxy", env), duration: input("duration", env) })
  })
);
