import { createRequire as __tfRequire } from 'node:module'; const require = __tfRequire(import.meta.url);
import {
  chaosGate
} from "../chunks/chunk-CD7IJUMF.js";
import "../chunks/chunk-FZBKLAZT.js";
import "../chunks/chunk-7PFKME2G.js";
import {
  runGateAction
} from "../chunks/chunk-3ZM33T5G.js";
import "../chunks/chunk-3SPCBFXF.js";
import {
  input
} from "../chunks/chunk-MERND64U.js";
import "../chunks/chunk-YARUGQXM.js";
import "../chunks/chunk-XOVRN5AK.js";
import "../chunks/chunk-CR3PXB5O.js";
import "../chunks/chunk-UCO5GRH5.js";
import "../chunks/chunk-HSSU4YYT.js";
import "../chunks/chunk-24ZLRMNR.js";
import "../chunks/chunk-4U4ERXYU.js";
import "../chunks/chunk-LLNZTNNU.js";
import "../chunks/chunk-QVIKY5XM.js";
import "../chunks/chunk-TFUP5NS4.js";

// actions/chaos/main.ts
process.exit(
  await runGateAction(chaosGate, process.env, {
    options: (env) => ({ toxiproxy: input("toxiproxy", env), duration: input("duration", env) })
  })
);
