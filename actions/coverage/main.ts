import { runGateAction } from "../../src/actions/gate-action.ts";
import { input } from "../../src/actions/inputs.ts";
import { coverageGate } from "../../src/gates/coverage/index.ts";

process.exit(
  await runGateAction(coverageGate, process.env, {
    options: (env) => ({ previous: input("previous-result", env), reportDir: input("report-dir", env) }),
  }),
);
