import { runGateAction } from "../../src/actions/gate-action.ts";
import { input } from "../../src/actions/inputs.ts";
import { chaosGate } from "../../src/gates/chaos/index.ts";

process.exit(
  await runGateAction(chaosGate, process.env, {
    options: (env) => ({ toxiproxy: input("toxiproxy", env), duration: input("duration", env) }),
  }),
);
