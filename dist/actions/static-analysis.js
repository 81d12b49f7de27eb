import { createRequire as __tfRequire } from 'node:module'; const require = __tfRequire(import.meta.url);
import {
  staticAnalysisGate
} from "../chunks/chunk-OB2H2OIL.js";
import "../chunks/chunk-U7Q2ZDOI.js";
import "../chunks/chunk-D4T5WCNI.js";
import {
  runGateAction
} from "../chunks/chunk-GA3OGQF7.js";
import {
  input
} from "../chunks/chunk-N2J2DVWW.js";
import "../chunks/chunk-YARUGQXM.js";
import "../chunks/chunk-XJ3SIHHK.js";
import "../chunks/chunk-WF6MYNSV.js";
import "../chunks/chunk-WJQ75HG4.js";
import "../chunks/chunk-DGX4CH5M.js";
import "../chunks/chunk-64HVLF7C.js";
import "../chunks/chunk-TFUP5NS4.js";

// actions/static-analysis/main.ts
import { join, resolve } from "node:path";
process.exit(
  await runGateAction(staticAnalysisGate, process.env, {
    options: (env) => {
      const cwd = resolve(env.GITHUB_WORKSPACE ?? process.cwd(), input("working-directory", env) ?? ".");
      return {
        sarif: resolve(
          cwd,
          input("sarif-file", env) ?? join(env.RUNNER_TEMP ?? cwd, "terrafusion-static-analysis.sarif")
        ),
        // The action installs semgrep into its own virtual environment when it is not on PATH.
        semgrep: env.TERRAFUSION_SEMGREP || void 0
      };
    },
    outputs: (_result, options) => ({ "sarif-file": String(options.sarif) })
  })
);
