import { execa } from "execa";
import { ConfigError, ToolError } from "../errors.ts";
import { type ChangedFile, parseAddedLines, parseNameStatus } from "./parse.ts";

export type { ChangedFile } from "./parse.ts";

export interface Diff {
  /** The ref asked for, e.g. origin/main. */
  base: string;
  /** The commit the head branched from: changes are counted from here, as a pull request shows them. */
  mergeBase: string;
  /** The repository root: every path below is relative to it. */
  root: string;
  files: ChangedFile[];
  /** Added (or changed) line numbers in the head version, per head path. */
  addedLines: Map<string, number[]>;
}

export interface DiffOptions {
  /** Compare with this commit instead of the work tree (which includes uncommitted edits). */
  head?: string;
  /** In a shallow clone, fetch history until the merge base is found (default true). */
  deepen?: boolean;
  /** Called before each fetch, so a gate can show why it waits. */
  progress?: (message: string) => void;
}

/** Runs git with an argument array; turns "git is missing" into a ToolError. */
export async function git(
  cwd: string,
  args: string[],
): Promise<{ stdout: string; exitCode: number; stderr: string }> {
  try {
    const { stdout, stderr, exitCode } = await execa("git", args, {
      cwd,
      reject: false,
      stripFinalNewline: true,
    });
    return { stdout, stderr, exitCode: exitCode ?? 1 };
  } catch (error) {
    throw new ToolError(
      "git",
      `cannot run git (${(error as Error).message}); install git and make sure it is on PATH`,
    );
  }
}

async function gitOrThrow(cwd: string, args: string[]): Promise<string> {
  const { stdout, stderr, exitCode } = await git(cwd, args);
  if (exitCode !== 0)
    throw new ToolError("git", `git ${args.join(" ")} failed: ${stderr.trim().split("\n").pop()}`);
  return stdout;
}

export async function repoRoot(cwd: string): Promise<string> {
  const { stdout, exitCode } = await git(cwd, ["rev-parse", "--show-toplevel"]);
  if (exitCode !== 0)
    throw new ConfigError(`${cwd} is not inside a git repository: comparing with a base needs git history`);
  return stdout.trim();
}

async function resolves(cwd: string, ref: string): Promise<boolean> {
  return (
    (await git(cwd, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`])).exitCode ===
    0
  );
}

/**
 * The merge base of `head` (default HEAD) and `base`. In a shallow clone (actions/checkout's
 * default depth 1) it deepens the history step by step until the two meet.
 */
export async function mergeBase(cwd: string, base: string, options: DiffOptions = {}): Promise<string> {
  const head = options.head ?? "HEAD";
  if (!(await resolves(cwd, base)))
    throw new ConfigError(
      `base ${JSON.stringify(base)} is not a commit in this clone: fetch it (git fetch origin ${base.replace(/^origin\//, "")}) or, with actions/checkout, set fetch-depth: 0`,
    );
  if (!(await resolves(cwd, head)))
    throw new ConfigError(`head ${JSON.stringify(head)} is not a commit in this clone`);
  const find = async () => {
    const { stdout, exitCode } = await git(cwd, ["merge-base", "--end-of-options", head, base]);
    return exitCode === 0 ? stdout.trim() : undefined;
  };
  let found = await find();
  if (found) return found;
  const shallow = (await gitOrThrow(cwd, ["rev-parse", "--is-shallow-repository"])).trim() === "true";
  if (!shallow)
    throw new ConfigError(`${head} and ${base} have no common history: is ${base} the right base?`);
  if (options.deepen === false)
    throw new ConfigError(
      `this is a shallow clone without the merge base of ${head} and ${base}: fetch more history (git fetch --unshallow) or set fetch-depth: 0 in actions/checkout`,
    );
  for (const args of [["--deepen=50"], ["--deepen=500"], ["--unshallow"]]) {
    options.progress?.(`shallow clone: fetching more history (git fetch ${args[0]})`);
    const fetched = await git(cwd, ["fetch", "--no-tags", "--quiet", ...args]);
    if (fetched.exitCode !== 0)
      throw new ConfigError(
        `this is a shallow clone without the merge base of ${head} and ${base}, and fetching more history failed (${fetched.stderr.trim().split("\n").pop()}): set fetch-depth: 0 in actions/checkout`,
      );
    found = await find();
    if (found) return found;
    if ((await gitOrThrow(cwd, ["rev-parse", "--is-shallow-repository"])).trim() !== "true") break;
  }
  throw new ConfigError(`${head} and ${base} have no common history even after fetching all of it`);
}

/** What changed since the merge base with `base`: files (with renames) and added line numbers per file. */
export async function diffAgainst(cwd: string, base: string, options: DiffOptions = {}): Promise<Diff> {
  const root = await repoRoot(cwd);
  const since = await mergeBase(root, base, options);
  const range = options.head ? [since, options.head] : [since];
  const common = ["-c", "core.quotePath=false", "diff", "--no-color", "--no-ext-diff", "-M"];
  const [names, patch] = await Promise.all([
    gitOrThrow(root, [...common, "--name-status", "-z", ...range, "--"]),
    gitOrThrow(root, [...common, "--unified=0", "--src-prefix=a/", "--dst-prefix=b/", ...range, "--"]),
  ]);
  return { base, mergeBase: since, root, files: parseNameStatus(names), addedLines: parseAddedLines(patch) };
}
