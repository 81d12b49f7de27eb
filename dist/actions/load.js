import { createRequire as __tfRequire } from 'node:module'; const require = __tfRequire(import.meta.url);
import {
  loadGate
} from "../chunks/chunk-ONMZHF5R.js";
import "../chunks/chunk-33EB42QA.js";
import "../chunks/chunk-D4T5WCNI.js";
import {
  runGateAction
} from "../chunks/chunk-GA3OGQF7.js";
import {
  input,
  numberInput
} from "../chunks/chunk-N2J2DVWW.js";
import {
  notice
} from "../chunks/chunk-YARUGQXM.js";
import "../chunks/chunk-FV4S3KIS.js";
import "../chunks/chunk-CR3PXB5O.js";
import "../chunks/chunk-UCO5GRH5.js";
import "../chunks/chunk-XJ3SIHHK.js";
import "../chunks/chunk-WF6MYNSV.js";
import "../chunks/chunk-WJQ75HG4.js";
import "../chunks/chunk-DGX4CH5M.js";
import "../chunks/chunk-64HVLF7C.js";
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
