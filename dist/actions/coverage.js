import { createRequire as __tfRequire } from 'node:module'; const require = __tfRequire(import.meta.url);
import {
  coverageGate
} from "../chunks/chunk-5MOUHJ6R.js";
import "../chunks/chunk-U7Q2ZDOI.js";
import {
  runGateAction
} from "../chunks/chunk-GA3OGQF7.js";
import {
  input
} from "../chunks/chunk-N2J2DVWW.js";
import "../chunks/chunk-YARUGQXM.js";
import "../chunks/chunk-UCO5GRH5.js";
import "../chunks/chunk-XJ3SIHHK.js";
import "../chunks/chunk-WF6MYNSV.js";
import "../chunks/chunk-WJQ75HG4.js";
import "../chunks/chunk-DGX4CH5M.js";
import "../chunks/chunk-64HVLF7C.js";
import "../chunks/chunk-TFUP5NS4.js";

// actions/coverage/main.ts
process.exit(
  await runGateAction(coverageGate, process.env, {
    options: (env) => ({ previous: input("previous-result", env), reportDir: input("report-dir", env) })
  })
);
