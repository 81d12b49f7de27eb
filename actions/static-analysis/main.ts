import { join, resolve } from "node:path";
import { runGateAction } from "../../src/actions/gate-action.ts";
import { input } from "../../src/actions/inputs.ts";
import { staticAnalysisGate } from "../../src/gates/static-analysis/index.ts";

process.exit(
  await runGateAction(staticAnalysisGate, process.env, {
    options: (env) => {
      const cwd = resolve(env.GITHUB_WORKSPACE ?? process.cwd(), input("working-directory", env) ?? ".");
      return {
        sarif: resolve(
          cwd,
          input("sarif-file", env) ?? join(env.RUNNER_TEMP ?? cwd, "terrafusion-static-analysis.sarif"),
        ),
        // The action installs semgrep into its own virtual environment when it is not on PATH.
        semgrep: env.TERRAFUSION_SEMGREP || undefined,
      };
    },
    outputs: (_result, options) => ({ "sarif-file": String(options.sarif) }),
  }),
);
