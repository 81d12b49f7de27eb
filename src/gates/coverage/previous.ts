import { existsSync } from "node:fs";
import { z } from "zod";
import { UsageError } from "../../errors.ts";
import { FILE_LIMITS, ReadLimitedError, readLimited } from "../../fs/read-limited.ts";

const previousSchema = z.object({
  schema: z.literal("terrafusion/gate-result@1"),
  gate: z.string(),
  metrics: z.record(z.string(), z.number().nullable()),
});

export type PreviousResult =
  | { metrics: Record<string, number | null>; file: string }
  | { missing: string; file: string };

/**
 * The base branch's GateResult, to show the delta. A file that does not exist is not an error
 * (the first run on a branch has no cached result); a file that is not a coverage result is.
 */
export function readPrevious(file: string): PreviousResult {
  if (!existsSync(file)) return { missing: `no previous result at ${file}: no delta shown`, file };
  let data: unknown;
  try {
    data = JSON.parse(readLimited(file, FILE_LIMITS.json).toString("utf8"));
  } catch (error) {
    if (error instanceof ReadLimitedError)
      throw new UsageError(
        `previous result ${error.message}: pass the GateResult file a coverage run wrote (--output or result-file)`,
      );
    throw new UsageError(
      `previous result ${file} is not JSON (${(error as Error).message}): pass the GateResult file a coverage run wrote (--output or result-file)`,
    );
  }
  const parsed = previousSchema.safeParse(data);
  if (!parsed.success)
    throw new UsageError(
      `previous result ${file} is not a TerraFusion GateResult: pass the file a coverage run wrote (--output or result-file)`,
    );
  if (parsed.data.gate !== "coverage")
    throw new UsageError(`previous result ${file} is from the ${parsed.data.gate} gate, not coverage`);
  return { metrics: parsed.data.metrics, file };
}
