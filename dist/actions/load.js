import { createRequire as __tfRequire } from 'node:module'; const require = __tfRequire(import.meta.url);
import {
  loadGate
} from "../chunks/chunk-2RX6MZAT.js";
import "../chunks/chunk-RFZ57XWV.js";
import "../chunks/chunk-NQSPKB2U.js";
import {
  runGateAction
} from "../chunks/chunk-BHVPU5H5.js";
import "../chunks/chunk-3SPCBFXF.js";
import {
  input,
  numberInput
} from "../chunks/chunk-PTL6HFRJ.js";
import {
  notice
} from "../chunks/chunk-W4T2JXN5.js";
import "../chunks/chunk-XOVRN5AK.js";
import "../chunks/chunk-CR3PXB5O.js";
import "../chunks/chunk-LWM4XSZB.js";
import "../chunks/chunk-XPA2AM6C.js";
import "../chunks/chunk-4CT3OAEX.js";
import "../chunks/chunk-OERY22B4.js";
import "../chunks/chunk-PPFQIDC3.js";
import "../chunks/chunk-TFUP5NS4.js";

// actions/load/main.ts
import { existsSync } from "node:fs";
import { resolve } from "node:path";
process.exit(
  await runGateAction(loadGate, process.env, {
    options: (env) => {
      const cwd = resolve(env.GITHUB_WORKSPACE ?? process.cwd(), input("working-directory", env) ?? ".");
      let previous = input("previous-result", env);
      if (previous && !existsSync(resolve(cwd, previous))) {
        notice(`previous-result ${previous} does not exist: no comparison with the base this time`);
        previous = void 0;
      }
      return {
        previous,
        runs: numberInput("runs", env),
        k6: input("k6-path", env),
        duration: input("duration", env)
      };
    }
  })
);
