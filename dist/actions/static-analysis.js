import { createRequire as __tfRequire } from 'node:module'; const require = __tfRequire(import.meta.url);
import {
  staticAnalysisGate
} from "../chunks/chunk-XMHBNRQN.js";
import "../chunks/chunk-FYPZMEAT.js";
import "../chunks/chunk-OZCFCN4O.js";
import {
  runGateAction
} from "../chunks/chunk-UBVHA5DU.js";
import "../chunks/chunk-3SPCBFXF.js";
import {
  input
} from "../chunks/chunk-PDWPDCDH.js";
import "../chunks/chunk-L6QCKW5G.js";
import "../chunks/chunk-XPA2AM6C.js";
import "../chunks/chunk-DNNFEGON.js";
import "../chunks/chunk-YQYTSLDP.js";
import "../chunks/chunk-D5EYFRJN.js";
import "../chunks/chunk-53OXJW6S.js";

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
