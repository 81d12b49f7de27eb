import type { GateResult } from "../core/gate-result.ts";
import type { CheckRun } from "./ports.ts";

/** A gate job's check run concludes as its exit code says: 0 (success, skipped) passes, 1 and 2 fail. */
const CONCLUSION: Record<GateResult["conclusion"], string> = {
  success: "success",
  skipped: "skipped",
  failure: "failure",
  error: "failure",
};

/**
 * The check runs that gate results stand for where GitHub is out of reach (`terrafusion promote --results`):
 * one completed `TerraFusion / GATE` run each, which the policy's `requires:` then match as on GitHub.
 */
export function gateCheckRuns(results: readonly GateResult[]): CheckRun[] {
  return results.map((result) => ({
    name: `TerraFusion / ${result.gate}`,
    status: "completed",
    conclusion: CONCLUSION[result.conclusion],
  }));
}
