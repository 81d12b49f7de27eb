import { readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { type GateResult, isGateResult } from "../core/gate-result.ts";
import { UsageError } from "../errors.ts";
import { describeReadProblem, FILE_LIMITS, type ReadLimitedError, readLimited } from "./read-limited.ts";

const WRITE_ONE = "write one with terrafusion gate NAME --output FILE";

/**
 * The gate results `terrafusion promote --results` names: each path a GateResult JSON file or a folder of
 * them (the JSON files directly inside that are GateResults; other JSON there is not ours and is left out).
 * At most one result per gate: two would leave it open which one the promotion was judged by.
 */
export function readGateResults(cwd: string, paths: readonly string[]): GateResult[] {
  const byGate = new Map<string, { result: GateResult; file: string }>();
  for (const given of paths) {
    const stat = statSync(resolve(cwd, given), { throwIfNoEntry: false });
    if (!stat)
      throw new UsageError(
        `--results ${given}: no such file or folder (give a gate's GateResult JSON or a folder of them; ${WRITE_ONE})`,
      );
    const folder = stat.isDirectory();
    const files = folder
      ? readdirSync(resolve(cwd, given))
          .filter((name) => name.endsWith(".json"))
          .sort()
          .map((name) => join(given, name))
      : [given];
    let found = 0;
    for (const file of files) {
      const result = readResult(cwd, file, folder);
      if (!result) continue;
      found += 1;
      const seen = byGate.get(result.gate);
      if (seen)
        throw new UsageError(
          `--results: two ${result.gate} results (${seen.file} and ${file}); give one result per gate`,
        );
      byGate.set(result.gate, { result, file });
    }
    if (folder && found === 0)
      throw new UsageError(`--results ${given}: no GateResult JSON in this folder (${WRITE_ONE})`);
  }
  return [...byGate.values()].map(({ result }) => result);
}

/** One file's GateResult; in a folder, a file that is not one is skipped (undefined) rather than an error. */
function readResult(cwd: string, file: string, inFolder: boolean): GateResult | undefined {
  let value: unknown;
  try {
    value = JSON.parse(readLimited(resolve(cwd, file), FILE_LIMITS.json).toString("utf8"));
  } catch (error) {
    if (inFolder) return undefined;
    const problem = (error as ReadLimitedError).problem;
    throw new UsageError(
      `--results ${file}: ${problem ? describeReadProblem(problem) : `not JSON (${(error as Error).message})`}`,
    );
  }
  if (isGateResult(value)) return value;
  if (inFolder) return undefined;
  throw new UsageError(
    `--results ${file}: not a GateResult (expected schema terrafusion/gate-result@1 with a gate and a conclusion); ${WRITE_ONE}`,
  );
}
