import { resolve } from "node:path";
import type { GateResult } from "../../core/gate-result.ts";
import { UsageError } from "../../errors.ts";
import {
  describeReadProblem,
  FILE_LIMITS,
  type ReadLimitedError,
  readLimited,
} from "../../fs/read-limited.ts";

/** Reads the base branch's load GateResult (`--previous FILE`, input previous-result). */
export function readPrevious(cwd: string, file: string): GateResult {
  const path = resolve(cwd, file);
  let text: string;
  try {
    text = readLimited(path, FILE_LIMITS.json).toString("utf8");
  } catch (error) {
    const problem = (error as ReadLimitedError).problem;
    throw new UsageError(
      problem?.kind === "missing"
        ? `previous result ${file}: no such file; pass the load GateResult JSON of the base branch, or drop --previous`
        : `previous result ${file}: ${problem ? describeReadProblem(problem) : String(error)}; pass the load GateResult JSON of the base branch`,
    );
  }
  let parsed: Partial<GateResult>;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`previous result ${file}: not JSON (${(error as Error).message})`);
  }
  if (parsed?.schema !== "terrafusion/gate-result@1" || parsed.gate !== "load" || !parsed.metrics) {
    throw new UsageError(
      `previous result ${file}: not a load GateResult (expected schema terrafusion/gate-result@1 and gate "load"); write one with \`terrafusion gate load --output FILE\``,
    );
  }
  return parsed as GateResult;
}
