import { chaosGate } from "./chaos/index.ts";
import { coverageGate } from "./coverage/index.ts";
import { loadGate } from "./load/index.ts";
import { staticAnalysisGate } from "./static-analysis/index.ts";
import type { GateDefinition } from "./types.ts";

/** Every gate the CLI and the umbrella action can run. */
export const GATES: GateDefinition[] = [staticAnalysisGate, coverageGate, loadGate, chaosGate];
