import { existsSync } from "node:fs";
import { resolve } from "node:path";
import * as core from "@actions/core";
import { runGateAction } from "../../src/actions/gate-action.ts";
import { input, numberInput } from "../../src/actions/inputs.ts";
import { loadGate } from "../../src/gates/load/index.ts";

process.exit(
  await runGateAction(loadGate, process.env, {
    options: (env) => {
      const cwd = resolve(env.GITHUB_WORKSPACE ?? process.cwd(), input("working-directory", env) ?? ".");
      let previous = input("previous-result", env);
      // The base branch may have no result yet (first run, expired artifact): compare with nothing.
      if (previous && !existsSync(resolve(cwd, previous))) {
        core.notice(`previous-result ${previous} does not exist: no comparison with the base this time`);
        previous = undefined;
      }
      return {
        previous,
        runs: numberInput("runs", env),
        k6: input("k6-path", env),
        duration: input("duration", env),
      };
    },
  }),
);
