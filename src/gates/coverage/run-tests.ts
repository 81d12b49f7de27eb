import { untrustedEnv } from "../../core/untrusted-env.ts";
import { ToolError } from "../../errors.ts";
import { runSupervised } from "../../process/supervise.ts";

export interface TestRun {
  exitCode: number | undefined;
  /** Set when the command was stopped: "timed out after 15m", "cancelled". */
  stopped?: string;
  durationMs: number;
  /** The last lines of the combined output, for the summary when the tests fail. */
  tail: string;
}

const TAIL_LINES = 40;
const DEFAULT_TIMEOUT_MS = 15 * 60_000;

/**
 * Runs the project's own test command, as the user wrote it in the policy, through the shell
 * (it is theirs: `npm test`, `node --test && node e2e.js`). Nothing of ours is interpolated
 * into it; V8 writes coverage of every node process it starts into `coverageDir`.
 */
export async function runTests(options: {
  command: string;
  cwd: string;
  /** Where V8 writes raw coverage; absent when the command writes its own reports. */
  coverageDir?: string | undefined;
  /** More environment for the command (the preload that turns on jest's and vitest's own coverage). */
  env?: Record<string, string>;
  timeoutMs?: number;
  timeoutText?: string;
  signal?: AbortSignal;
}): Promise<TestRun> {
  // The command runs as a supervised tree: a timeout or a cancel stops the test processes it
  // started too, also those that left its process group, and no orphan outlives it.
  const outcome = await runSupervised({
    command: options.command,
    shell: true,
    cwd: options.cwd,
    // The pull request's code: none of TerraFusion's tokens reach it.
    env: {
      ...untrustedEnv(process.env),
      FORCE_COLOR: "0",
      ...options.env,
      ...(options.coverageDir ? { NODE_V8_COVERAGE: options.coverageDir } : {}),
    },
    deadlineMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    deadlineText: options.timeoutText ?? "15m",
    ...(options.signal ? { signal: options.signal } : {}),
    outputLimits: { headLines: 10, tailLines: TAIL_LINES, lineLength: 400 },
  });
  // No exit code and no signal: the shell itself never started (a missing folder), so no test ran.
  if (outcome.spawnError)
    throw new ToolError(
      "coverage",
      `cannot start the test command in ${options.cwd} (${outcome.spawnError.code ?? outcome.spawnError.message}); check the folder (--cwd, working-directory) exists`,
    );
  const stopped = outcome.stopped ?? (outcome.signal ? `killed by ${outcome.signal}` : undefined);
  return {
    exitCode: outcome.exitCode,
    ...(stopped ? { stopped } : {}),
    durationMs: outcome.durationMs,
    tail: outcome.output.lastLines(TAIL_LINES),
  };
}
