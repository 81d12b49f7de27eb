import { readFile } from "node:fs/promises";
import { isColor } from "../drivers/types.ts";
import { ConfigError } from "../errors.ts";
import { writeFileAtomic } from "../fs/atomic-write.ts";
import { type TrafficSplit, weightProblem } from "./split.ts";

/** The state file, {"version":1,"active":"green","weight":10}: what the router must not forget across a restart. */
const FORM = '{"version":1,"active":"blue"|"green","weight":0-100}';

/** The state file could not be written: the change it was for did not happen. */
export class StateWriteError extends ConfigError {
  override name = "StateWriteError";
}

const FIX = "fix it, or remove it to start from the --active flag";

/**
 * The split the router left in `file`; undefined when there is no file yet (a first start). A file that is
 * there but is not a state the router wrote is an error: resuming from a default instead would silently send
 * traffic back to a color nobody chose.
 */
export async function readRouterState(file: string): Promise<TrafficSplit | undefined> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return undefined;
    throw new ConfigError(`router state ${file}: cannot read it (${code ?? (error as Error).message})`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const [line, column] = lineColumn(text, (error as Error).message);
    throw new ConfigError(
      `${file}:${line}:${column}: the router state is not JSON (${(error as Error).message}); ${FIX}`,
    );
  }
  const problem = stateProblem(parsed);
  if (problem) throw new ConfigError(`${file}: not a router state: ${problem} (expected ${FORM}); ${FIX}`);
  const { active, weight } = parsed as TrafficSplit;
  return { active, weight };
}

/** What is wrong with a parsed state file, or undefined when it is one. */
function stateProblem(state: unknown): string | undefined {
  if (typeof state !== "object" || state === null || Array.isArray(state)) return "not a JSON object";
  const { version, active, weight, ...rest } = state as Record<string, unknown>;
  const unknown = Object.keys(rest)[0];
  if (unknown !== undefined) return `unknown key ${JSON.stringify(unknown)}`;
  if (version !== 1) return `"version" is ${JSON.stringify(version) ?? "missing"}, not 1`;
  if (!isColor(active)) return `"active" is ${JSON.stringify(active) ?? "missing"}, not "blue" or "green"`;
  const weightWrong = weightProblem(weight);
  return weightWrong ? `"weight": ${weightWrong}` : undefined;
}

/** Writes the split atomically and durably (see writeFileAtomic): once this resolves, a crash keeps it. */
export async function writeRouterState(file: string, split: TrafficSplit): Promise<void> {
  try {
    await writeFileAtomic(file, `${JSON.stringify({ version: 1, ...split })}\n`);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new StateWriteError(
      `router state ${file}: cannot write it (${code}); give a --state in a writable folder`,
    );
  }
}

/** Line and column (1-based) of the position a JSON.parse message names; the end of the text otherwise. */
function lineColumn(text: string, message: string): [number, number] {
  const match = /position (\d+)/.exec(message);
  const at = match ? Number(match[1]) : text.length;
  const before = text.slice(0, at).split("\n");
  return [before.length, (before.at(-1)?.length ?? 0) + 1];
}
