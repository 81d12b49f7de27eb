import { createRequire as __tfRequire } from 'node:module'; const require = __tfRequire(import.meta.url);
import {
  loadGate
} from "../chunks/chunk-R27GMXNC.js";
import "../chunks/chunk-7UCWUFZE.js";
import "../chunks/chunk-3SWB2AVF.js";
import {
  runGateAction
} from "../chunks/chunk-4CHDSQAS.js";
import "../chunks/chunk-3SPCBFXF.js";
import {
  input,
  numberInput
} from "../chunks/chunk-ZUM32FTO.js";
import {
  notice
} from "../chunks/chunk-W4T2JXN5.js";
import "../chunks/chunk-XOVRN5AK.js";
import "../chunks/chunk-CR3PXB5O.js";
import "../chunks/chunk-LWM4XSZB.js";
import "../chunks/chunk-HSSU4YYT.js";
import "../chunks/chunk-4HCU2ILR.js";
import "../chunks/chunk-R3A4M7GK.js";
import "../chunks/chunk-V36F2TEL.js";
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
