import { statSync } from "node:fs";
import { ConfigError, ToolError } from "../errors.ts";
import { runSupervised } from "../process/supervise.ts";

export interface GitOutput<Out = string> {
  stdout: Out;
  stderr: string;
  exitCode: number;
}

// `git cat-file --batch` for a large change can print hundreds of MB of file contents.
const MAX_BUFFER = 1024 * 1024 * 1024;
/** The longest git command is a fetch that deepens a shallow clone. */
const GIT_DEADLINE_MS = 10 * 60_000;

export interface GitOptions {
  input?: string;
  /** Extra environment, e.g. GIT_INDEX_FILE for a scratch index. */
  env?: Record<string, string>;
}

async function spawn(
  cwd: string,
  args: readonly string[],
  options: GitOptions,
  bytes: boolean,
): Promise<GitOutput<string | Uint8Array>> {
  const { input, env } = options;
  const result = await runSupervised({
    command: "git",
    args: [...args],
    cwd,
    ...(input === undefined ? {} : { input }),
    // A fetch that needs credentials fails with git's message instead of waiting for a password.
    env: { ...process.env, ...env, GIT_TERMINAL_PROMPT: "0" },
    deadlineMs: GIT_DEADLINE_MS,
    deadlineText: "10m",
    stdoutBytes: MAX_BUFFER,
  });
  if (result.spawnError?.code === "ENOENT") {
    if (!isDirectory(cwd)) throw new ConfigError(`${cwd} does not exist: pass an existing folder`);
    throw new ToolError(
      "git",
      "not found on PATH; install git (comparing with a base reads the history with it)",
    );
  }
  if (result.spawnError) throw new ToolError("git", `cannot run git in ${cwd}: ${result.spawnError.message}`);
  if (result.stopped) throw new ToolError("git", `git ${args[0]} ${result.stopped}`);
  if (result.stdoutOverflow)
    throw new ToolError("git", `git ${args[0]} printed more than ${MAX_BUFFER / 1024 / 1024} MB`);
  return {
    stdout: bytes ? result.stdoutRaw : result.stdout,
    stderr: result.output.text(),
    exitCode: result.exitCode ?? 1,
  };
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Runs git with an argument array (never a shell); a non-zero exit is returned, not thrown. */
export async function git(
  cwd: string,
  args: readonly string[],
  options: GitOptions = {},
): Promise<GitOutput> {
  const result = await spawn(cwd, args, options, false);
  return { ...result, stdout: String(result.stdout) };
}

/** Like `git`, with stdout as raw bytes: file contents need not be UTF-8. */
export async function gitBytes(
  cwd: string,
  args: readonly string[],
  options: GitOptions = {},
): Promise<GitOutput<Buffer>> {
  const result = await spawn(cwd, args, options, true);
  return { ...result, stdout: Buffer.from(result.stdout as Uint8Array) };
}

/** Runs git and returns its stdout; a failure is a ToolError naming the command and git's last word. */
export async function gitOrThrow(
  cwd: string,
  args: readonly string[],
  options: GitOptions = {},
): Promise<string> {
  const { stdout, stderr, exitCode } = await git(cwd, args, options);
  if (exitCode !== 0) throw new ToolError("git", `git ${args.join(" ")} failed: ${lastLine(stderr)}`);
  return stdout;
}

/** Git's last stderr line is the one that says what went wrong. */
export function lastLine(stderr: string): string {
  return stderr.trim().split("\n").pop() ?? "";
}
