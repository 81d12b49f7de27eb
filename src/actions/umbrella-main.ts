import { runEnabledGates } from "./umbrella.ts";

process.exitCode = await runEnabledGates();
