import { createRequire as __tfRequire } from 'node:module'; const require = __tfRequire(import.meta.url);
import {
  loadGate
} from "../chunks/chunk-OW5FFSAB.js";
import "../chunks/chunk-CPQSCFFN.js";
import "../chunks/chunk-OZCFCN4O.js";
import {
  runGateAction
} from "../chunks/chunk-UBVHA5DU.js";
import "../chunks/chunk-3SPCBFXF.js";
import {
  input,
  numberInput
} from "../chunks/chunk-PDWPDCDH.js";
import {
  notice
} from "../chunks/chunk-L6QCKW5G.js";
import "../chunks/chunk-7MQZKZ3M.js";
import "../chunks/chunk-LWM4XSZB.js";
import "../chunks/chunk-XPA2AM6C.js";
import "../chunks/chunk-DNNFEGON.js";
import "../chunks/chunk-YQYTSLDP.js";
import "../chunks/chunk-D5EYFRJN.js";
import "../chunks/chunk-53OXJW6S.js";

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
