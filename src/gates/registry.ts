import { coverageGate } from "./coverage/index.ts";
import { loadGate } from "./load/index.ts";
import type { GateDefinition } from "./types.ts";

/** Every gate the CLI and the umbrella action can run. */
export const GATES: GateDefinition[] = [coverageGate, loadGate];
