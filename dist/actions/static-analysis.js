import { createRequire as __tfRequire } from 'node:module'; const require = __tfRequire(import.meta.url);
import {
  staticAnalysisGate
} from "../chunks/chunk-MKWKCW2W.js";
import "../chunks/chunk-PPUTGJO5.js";
import "../chunks/chunk-3SWB2AVF.js";
import {
  runGateAction
} from "../chunks/chunk-4CHDSQAS.js";
import "../chunks/chunk-3SPCBFXF.js";
import {
  input
} from "../chunks/chunk-ZUM32FTO.js";
import "../chunks/chunk-W4T2JXN5.js";
import "../chunks/chunk-HSSU4YYT.js";
import "../chunks/chunk-4HCU2ILR.js";
import "../chunks/chunk-R3A4M7GK.js";
import "../chunks/chunk-V36F2TEL.js";
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
