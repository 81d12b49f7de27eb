import { execa } from "execa";
import { untrustedEnv } from "../../core/untrusted-env.ts";
import { ToolError } from "../../errors.ts";

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
  // The command runs in its own process group, so that a timeout or a cancel stops the test
  // processes it started too, not only the shell (they would hold the output pipe open).
  const subprocess = execa(options.command, {
    shell: true,
    detached: true,
    cwd: options.cwd,
    // The pull request's code: none of TerraFusion's tokens reach it.
    env: {
      ...untrustedEnv(process.env),
      FORCE_COLOR: "0",
      ...(options.coverageDir ? { NODE_V8_COVERAGE: options.coverageDir } : {}),
    },
    extendEnv: false,
    all: true,
    reject: false,
    stdin: "ignore",
    stripFinalNewline: true,
  });
  let stopped: string | undefined;
  const stopGroup = (why: string) => {
    stopped ??= why;
    killGroup(subprocess.pid, "SIGTERM");
    setTimeout(() => killGroup(subprocess.pid, "SIGKILL"), 5_000).unref();
  };
  const timer = options.timeoutMs
    ? setTimeout(
        () => stopGroup(`timed out after ${options.timeoutText ?? `${options.timeoutMs} ms`}`),
        options.timeoutMs,
      )
    : undefined;
  const onAbort = () => stopGroup("cancelled");
  options.signal?.addEventListener("abort", onAbort, { once: true });
  // Ctrl-C reaches only the foreground group: pass it on, then let it end this process as usual.
  const onExit = () => killGroup(subprocess.pid, "SIGKILL");
  const onSignal = (signal: NodeJS.Signals) => {
    killGroup(subprocess.pid, "SIGTERM");
    unlisten();
    process.kill(process.pid, signal);
  };
  const unlisten = () => {
    process.removeListener("exit", onExit);
    process.removeListener("SIGINT", onSignal);
    process.removeListener("SIGTERM", onSignal);
  };
  process.once("exit", onExit);
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  const result = await subprocess;
  clearTimeout(timer);
  options.signal?.removeEventListener("abort", onAbort);
  unlisten();
  if (!stopped && result.signal) stopped = `killed by ${result.signal}`;
  // No exit code and no signal: the shell itself never started (a missing folder), so no test ran.
  if (!stopped && result.exitCode === undefined)
    throw new ToolError(
      "coverage",
      `cannot start the test command in ${options.cwd} (${(result as { code?: string }).code ?? result.shortMessage}); check the folder (--cwd, working-directory) exists`,
    );
  return {
    exitCode: result.exitCode,
    ...(stopped ? { stopped } : {}),
    durationMs: Date.now() - started,
    tail: tail(String(result.all ?? ""), TAIL_LINES),
  };
}

function killGroup(pid: number | undefined, signal: NodeJS.Signals): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // The group has already ended.
  }
}

// Terminal colour codes would garble the summary.
export function tail(text: string, count: number): string {
  const lines = text
    .replace(/\x1b\[[0-9;]*m/g, "")
    .trimEnd()
    .split("\n");
  return lines.slice(-count).join("\n");
}
