import { execa } from "execa";

export interface TestRun {
  exitCode: number | undefined;
  /** Set when the command was stopped: "timed out after 15m", "cancelled". */
  stopped?: string;
  durationMs: number;
  /** The last lines of the combined output, for the summary when the tests fail. */
  tail: string;
}

const TAIL_LINES = 40;

/**
 * Runs the project's own test command, as the user wrote it in the policy, through the shell
 * (it is theirs: `npm test`, `node --test && node e2e.js`). Nothing of ours is interpolated
 * into it; V8 writes coverage of every node process it starts into `coverageDir`.
 */
export async function runTests(options: {
  command: string;
  cwd: string;
  /** Where V8 writes raw coverage; absent when the command writes its own reports. */
  coverageDir?: string;
  timeoutMs?: number;
  timeoutText?: string;
  signal?: AbortSignal;
}): Promise<TestRun> {
  const started = Date.now();
  const result = await execa(options.command, {
    shell: true,
    cwd: options.cwd,
    env: { FORCE_COLOR: "0", ...(options.coverageDir ? { NODE_V8_COVERAGE: options.coverageDir } : {}) },
    all: true,
    reject: false,
    stdin: "ignore",
    timeout: options.timeoutMs,
    cancelSignal: options.signal,
    forceKillAfterDelay: 5_000,
    stripFinalNewline: true,
  });
  const stopped = result.timedOut
    ? `timed out after ${options.timeoutText ?? `${options.timeoutMs} ms`}`
    : result.isCanceled
      ? "cancelled"
      : result.signal
        ? `killed by ${result.signal}`
        : undefined;
  return {
    exitCode: result.exitCode,
    ...(stopped ? { stopped } : {}),
    durationMs: Date.now() - started,
    tail: tail(String(result.all ?? ""), TAIL_LINES),
  };
}

// Terminal colour codes would garble the summary.
export function tail(text: string, count: number): string {
  const lines = text
    .replace(/\x1b\[[0-9;]*m/g, "")
    .trimEnd()
    .split("\n");
  return lines.slice(-count).join("\n");
}
