import { createRequire as __tfRequire } from 'node:module'; const require = __tfRequire(import.meta.url);
import {
  loadGate
} from "../chunks/chunk-KR3KQFAS.js";
import "../chunks/chunk-EBAM3KZW.js";
import {
  input,
  numberInput,
  runGateAction
} from "../chunks/chunk-Z5NOGEDO.js";
import "../chunks/chunk-C643MZ6X.js";
import {
  notice
} from "../chunks/chunk-WKINPCKS.js";
import "../chunks/chunk-EKZYEJIX.js";
import "../chunks/chunk-53OXJW6S.js";

// actions/load/main.ts
import { existsSync } from "node:fs";
import { resolve } from "node:path";
process.exitCode = await runGateAction(loadGate, process.env, {
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
});
