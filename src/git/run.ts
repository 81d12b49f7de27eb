import { statSync } from "node:fs";
import { execa } from "execa";
import { ConfigError, ToolError } from "../errors.ts";

export interface GitOutput<Out = string> {
  stdout: Out;
  stderr: string;
  exitCode: number;
}

// `git cat-file --batch` for a large change can print hundreds of MB of file contents.
const MAX_BUFFER = 1024 * 1024 * 1024;

async function spawn(
  cwd: string,
  args: readonly string[],
  input: string | undefined,
  bytes: boolean,
): Promise<GitOutput<string | Uint8Array>> {
  const result = await execa("git", args, {
    cwd,
    reject: false,
    // No input: stdin closed, so git can never sit waiting on it.
    stdin: input === undefined ? "ignore" : "pipe",
    ...(input === undefined ? {} : { input }),
    encoding: bytes ? "buffer" : "utf8",
    maxBuffer: MAX_BUFFER,
    // A fetch that needs credentials fails with git's message instead of waiting for a password.
    env: { GIT_TERMINAL_PROMPT: "0" },
  });
  if (result.code === "ENOENT") {
    if (!isDirectory(cwd)) throw new ConfigError(`${cwd} does not exist: pass an existing folder`);
    throw new ToolError(
      "git",
      "not found on PATH; install git (comparing with a base reads the history with it)",
    );
  }
  return {
    stdout: result.stdout as string | Uint8Array,
    stderr: String(result.stderr),
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
  options: { input?: string } = {},
): Promise<GitOutput> {
  const result = await spawn(cwd, args, options.input, false);
  return { ...result, stdout: String(result.stdout) };
}

/** Like `git`, with stdout as raw bytes: file contents need not be UTF-8. */
export async function gitBytes(
  cwd: string,
  args: readonly string[],
  options: { input?: string } = {},
): Promise<GitOutput<Buffer>> {
  const result = await spawn(cwd, args, options.input, true);
  return { ...result, stdout: Buffer.from(result.stdout as Uint8Array) };
}

/** Runs git and returns its stdout; a failure is a ToolError naming the command and git's last word. */
export async function gitOrThrow(cwd: string, args: readonly string[]): Promise<string> {
  const { stdout, stderr, exitCode } = await git(cwd, args);
  if (exitCode !== 0) throw new ToolError("git", `git ${args.join(" ")} failed: ${lastLine(stderr)}`);
  return stdout;
}

/** Git's last stderr line is the one that says what went wrong. */
export function lastLine(stderr: string): string {
  return stderr.trim().split("\n").pop() ?? "";
}
