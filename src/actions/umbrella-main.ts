import { runEnabledGates } from "./umbrella.ts";

process.exit(await runEnabledGates());
