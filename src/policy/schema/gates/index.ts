import { z } from "zod";
import { chaosGate } from "./chaos.ts";
import { coverageGate } from "./coverage.ts";
import { loadGate } from "./load.ts";
import { staticAnalysisGate } from "./static-analysis.ts";

export const GATE_NAMES = ["static-analysis", "coverage", "load", "chaos"] as const;
export type GateName = (typeof GATE_NAMES)[number];

export const gates = z.strictObject({
  "static-analysis": staticAnalysisGate.optional(),
  coverage: coverageGate.optional(),
  load: loadGate.optional(),
  chaos: chaosGate.optional(),
});

export { TOXICS } from "./chaos.ts";
export { SEVERITIES } from "./static-analysis.ts";
