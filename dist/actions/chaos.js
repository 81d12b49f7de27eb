import { createRequire as __tfRequire } from 'node:module'; const require = __tfRequire(import.meta.url);
import {
  chaosGate
} from "../chunks/chunk-JX7HLXOR.js";
import "../chunks/chunk-33EB42QA.js";
import "../chunks/chunk-D4T5WCNI.js";
import {
  runGateAction
} from "../chunks/chunk-GA3OGQF7.js";
import {
  input
} from "../chunks/chunk-N2J2DVWW.js";
import "../chunks/chunk-YARUGQXM.js";
import "../chunks/chunk-FV4S3KIS.js";
import "../chunks/chunk-CR3PXB5O.js";
import "../chunks/chunk-UCO5GRH5.js";
import "../chunks/chunk-XJ3SIHHK.js";
import "../chunks/chunk-WF6MYNSV.js";
import "../chunks/chunk-WJQ75HG4.js";
import "../chunks/chunk-DGX4CH5M.js";
import "../chunks/chunk-64HVLF7C.js";
import "../chunks/chunk-TFUP5NS4.js";

// actions/chaos/main.ts
process.exit(
  await runGateAction(chaosGate, process.env, {
    options: (env) => ({ toxiproxy: input("toxiproxy", env), duration: input("duration", env) })
  })
);
