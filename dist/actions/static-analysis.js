import { createRequire as __tfRequire } from 'node:module'; const require = __tfRequire(import.meta.url);
import {
  staticAnalysisGate
} from "../chunks/chunk-R6NYKMBM.js";
import "../chunks/chunk-VKYFFGFY.js";
import "../chunks/chunk-7PFKME2G.js";
import {
  runGateAction
} from "../chunks/chunk-3ZM33T5G.js";
import "../chunks/chunk-3SPCBFXF.js";
import {
  input
} from "../chunks/chunk-MERND64U.js";
import "../chunks/chunk-YARUGQXM.js";
import "../chunks/chunk-HSSU4YYT.js";
import "../chunks/chunk-24ZLRMNR.js";
import "../chunks/chunk-4U4ERXYU.js";
import "../chunks/chunk-LLNZTNNU.js";
import "../chunks/chunk-QVIKY5XM.js";
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
