import { createRequire as __tfRequire } from 'node:module'; const require = __tfRequire(import.meta.url);
import {
  staticAnalysisGate
} from "../chunks/chunk-5MOZ75FU.js";
import "../chunks/chunk-W2TU7OF2.js";
import "../chunks/chunk-NQSPKB2U.js";
import {
  runGateAction
} from "../chunks/chunk-BHVPU5H5.js";
import "../chunks/chunk-3SPCBFXF.js";
import {
  input
} from "../chunks/chunk-PTL6HFRJ.js";
import "../chunks/chunk-W4T2JXN5.js";
import "../chunks/chunk-XPA2AM6C.js";
import "../chunks/chunk-4CT3OAEX.js";
import "../chunks/chunk-OERY22B4.js";
import "../chunks/chunk-PPFQIDC3.js";
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
