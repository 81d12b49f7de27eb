import { createRequire as __tfRequire } from 'node:module'; const require = __tfRequire(import.meta.url);
import {
  coverageGate
} from "../chunks/chunk-WYJEYUZ3.js";
import "../chunks/chunk-VKYFFGFY.js";
import {
  runGateAction
} from "../chunks/chunk-3ZM33T5G.js";
import "../chunks/chunk-3SPCBFXF.js";
import {
  input
} from "../chunks/chunk-MERND64U.js";
import "../chunks/chunk-YARUGQXM.js";
import "../chunks/chunk-UCO5GRH5.js";
import "../chunks/chunk-HSSU4YYT.js";
import "../chunks/chunk-24ZLRMNR.js";
import "../chunks/chunk-4U4ERXYU.js";
import "../chunks/chunk-LLNZTNNU.js";
import "../chunks/chunk-QVIKY5XM.js";
import "../chunks/chunk-TFUP5NS4.js";

// actions/coverage/main.ts
process.exit(
  await runGateAction(coverageGate, process.env, {
    options: (env) => ({ previous: input("previous-result", env), reportDir: input("report-dir", env) })
  })
);
