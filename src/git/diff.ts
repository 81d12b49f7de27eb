import { ConfigError, ToolError } from "../errors.ts";
import {
  DEEPEN_STEPS,
  deepen,
  fetchBranch,
  fetchCommit,
  isCommitId,
  isShallow,
  type RemoteBranch,
  refspecOf,
  remoteBranchOf,
} from "./fetch.ts";
import { type ChangedFile, parseAddedLines, parseNameStatus } from "./parse.ts";
import { type GitOptions, git, gitOrThrow } from "./run.ts";
import { withUntrackedAsAdded } from "./work-tree.ts";

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
  /**
   * Fetch what the clone lacks (default true): the base branch from its remote, then, in a shallow
   * clone, more history until the merge base is there. false never fetches: it says what is missing.
   */
  deepen?: boolean;
  /** Called before each fetch, so a gate can show why it waits. */
  progress?: (message: string) => void;
}

export async function repoRoot(cwd: string): Promise<string> {
  const { stdout, exitCode } = await git(cwd, ["rev-parse", "--show-toplevel"]);
  if (exitCode !== 0)
    throw new ConfigError(
      `${cwd} is not inside a git repository: comparing with a base needs git history; run from a clone, or without a base`,
    );
  return stdout.trim();
}

/**
 * The folder `cwd` is in, relative to the repository root, with a trailing slash: "app/" for a
 * project in app/, "" at the root. Git names files from the root; tools run in the project folder
 * name them from there. "" outside a repository, or without git (a full scan needs neither).
 */
export async function projectPrefix(cwd: string): Promise<string> {
  try {
    const { stdout, exitCode } = await git(cwd, ["rev-parse", "--show-prefix"]);
    return exitCode === 0 ? stdout.trim() : "";
  } catch (error) {
    if (error instanceof ToolError) return "";
    throw error;
  }
}

/** The commit `ref` names, or undefined when this clone does not have it. */
async function commitOf(cwd: string, ref: string): Promise<string | undefined> {
  const { stdout, exitCode } = await git(cwd, [
    "rev-parse",
    "--verify",
    "--quiet",
    "--end-of-options",
    `${ref}^{commit}`,
  ]);
  return exitCode === 0 ? stdout.trim() : undefined;
}

/** The remote's default branch as this clone knows it ("origin/main"), when the clone recorded one. */
async function remoteDefaultBranch(cwd: string, remote: string): Promise<string | undefined> {
  const { stdout, exitCode } = await git(cwd, [
    "symbolic-ref",
    "--quiet",
    "--short",
    `refs/remotes/${remote}/HEAD`,
  ]);
  return exitCode === 0 && stdout.trim() ? stdout.trim() : undefined;
}

async function findMergeBase(cwd: string, head: string, base: string): Promise<string | undefined> {
  const { stdout, exitCode } = await git(cwd, ["merge-base", "--end-of-options", head, base]);
  return exitCode === 0 ? stdout.trim() : undefined;
}

/**
 * The merge base of `head` (default HEAD) and `base`. A CI checkout is often shallow (actions/checkout's
 * default depth 1) and lacks the base branch: this fetches the branch from its remote, then deepens the
 * history step by step until the two meet, and says exactly what is missing when they never do.
 */
export async function mergeBase(cwd: string, base: string, options: DiffOptions = {}): Promise<string> {
  const head = options.head ?? "HEAD";
  const progress = options.progress ?? (() => {});
  const fetch = options.deepen !== false;
  const root = await repoRoot(cwd);
  if (!(await commitOf(root, head)))
    throw new ConfigError(
      head === "HEAD"
        ? `the repository at ${root} has no commit yet, so there is nothing to compare with base ${JSON.stringify(base)}: commit first, or run without a base`
        : `head ${JSON.stringify(head)} is not a commit in this clone: pass a commit that exists here`,
    );
  const source = await remoteBranchOf(root, base);
  const shallow = await isShallow(root);
  let baseRef = base;
  if (!(await commitOf(root, base))) {
    if (!source)
      throw new ConfigError(
        `base ${JSON.stringify(base)} is not a branch, tag or commit in this clone, and there is no remote to fetch it from: pass a ref that exists here`,
      );
    if (!fetch)
      throw new ConfigError(
        `base ${JSON.stringify(base)} is not a commit in this clone: fetch it (git fetch ${source.remote} ${source.branch}) or set fetch-depth: 0 in actions/checkout`,
      );
    if (isCommitId(base)) return mergeBaseWithCommit(root, head, base, source.remote, shallow, progress);
    progress(`fetching branch ${source.branch} from ${source.remote}: the base ${base} is not in this clone`);
    const fetched = await fetchBranch(root, source, shallow);
    if (!fetched.ok || !(await commitOf(root, source.tracking))) {
      const usual = await remoteDefaultBranch(root, source.remote);
      throw new ConfigError(
        `base ${JSON.stringify(base)} is not in this clone, and fetching branch ${source.branch} from ${source.remote} failed${fetched.ok ? "" : ` (${fetched.reason})`}: pass a branch ${source.remote} has${usual ? ` (e.g. --base ${usual})` : ""}, or fetch the base first (git fetch ${source.remote} BRANCH, or fetch-depth: 0 in actions/checkout)`,
      );
    }
    baseRef = source.tracking;
  }

  return meet(root, head, base, baseRef, { shallow, fetch, source, progress });
}

/** A base named by a commit id the clone lacks (a merge group's base_sha): fetched by id, then met. */
async function mergeBaseWithCommit(
  root: string,
  head: string,
  base: string,
  remote: string,
  shallow: boolean,
  progress: (message: string) => void,
): Promise<string> {
  progress(`fetching commit ${base} from ${remote}: the base is not in this clone`);
  const fetched = await fetchCommit(root, remote, base, shallow);
  if (!fetched.ok || !(await commitOf(root, base)))
    throw new ConfigError(
      `base ${base} is not in this clone, and fetching that commit from ${remote} failed${fetched.ok ? "" : ` (${fetched.reason})`}: pass a commit that exists there, or set fetch-depth: 0 in actions/checkout`,
    );
  return meet(root, head, base, base, { shallow, fetch: true, source: { remote, commit: base }, progress });
}

/** The merge base of head and baseRef (present in the clone), deepening a shallow clone until they meet. */
async function meet(
  root: string,
  head: string,
  base: string,
  baseRef: string,
  context: {
    shallow: boolean;
    fetch: boolean;
    source: RemoteBranch | { remote: string; commit: string } | undefined;
    progress: (message: string) => void;
  },
): Promise<string> {
  const { shallow, fetch, source, progress } = context;
  const found = await findMergeBase(root, head, baseRef);
  if (found) return found;
  const unrelated = () =>
    new ConfigError(
      `${head} and ${base} have no common history, so there is no merge base to compare with: is ${base} the right base?`,
    );
  if (!shallow) throw unrelated();
  const missing = `this is a shallow clone without the merge base of ${head} and ${base}`;
  if (!fetch)
    throw new ConfigError(
      `${missing}: fetch more history (git fetch --unshallow) or set fetch-depth: 0 in actions/checkout`,
    );
  if (!source)
    throw new ConfigError(
      `${missing}, and there is no remote to fetch more history from: set fetch-depth: 0 in actions/checkout`,
    );
  // Deepening moves every shallow boundary, HEAD's included; the want only has to be on the remote.
  const want =
    "commit" in source
      ? source.commit
      : (await commitOf(root, source.tracking))
        ? refspecOf(source)
        : await commitOf(root, baseRef);
  for (const step of DEEPEN_STEPS) {
    progress(
      step === "--unshallow"
        ? "shallow clone: fetching the full history (git fetch --unshallow)"
        : `shallow clone: fetching more history (git fetch ${step})`,
    );
    const fetched = await deepen(root, source.remote, want!, step);
    if (!fetched.ok)
      throw new ConfigError(
        `${missing}, and fetching more history from ${source.remote} failed (${fetched.reason}): set fetch-depth: 0 in actions/checkout`,
      );
    const deeper = await findMergeBase(root, head, baseRef);
    if (deeper) return deeper;
    if (!(await isShallow(root))) break;
  }
  throw unrelated();
}

const DIFF = ["-c", "core.quotePath=false", "diff", "--no-color", "--no-ext-diff", "-M"];

/**
 * Files changed from `since` to `head`, with git's rename detection. Without `head` the change runs
 * to the work tree: uncommitted edits and files git neither tracks nor ignores (added) count.
 */
export async function changedFiles(cwd: string, since: string, head?: string): Promise<ChangedFile[]> {
  if (head) return nameStatus(cwd, [since, head], {});
  return withUntrackedAsAdded(await repoRoot(cwd), (options) => nameStatus(cwd, [since], options));
}

async function nameStatus(cwd: string, range: string[], options: GitOptions): Promise<ChangedFile[]> {
  return parseNameStatus(await gitOrThrow(cwd, [...DIFF, "--name-status", "-z", ...range, "--"], options));
}

/**
 * What changed since the merge base with `base`: files (with renames) and added line numbers per file.
 * Without `options.head`, up to the work tree: an untracked file's lines are all added lines.
 */
export async function diffAgainst(cwd: string, base: string, options: DiffOptions = {}): Promise<Diff> {
  const root = await repoRoot(cwd);
  const since = await mergeBase(root, base, options);
  const range = options.head ? [since, options.head] : [since];
  const read = (gitOptions: GitOptions) =>
    Promise.all([
      nameStatus(root, range, gitOptions),
      gitOrThrow(
        root,
        [...DIFF, "--unified=0", "--src-prefix=a/", "--dst-prefix=b/", ...range, "--"],
        gitOptions,
      ),
    ]);
  const [files, patch] = options.head ? await read({}) : await withUntrackedAsAdded(root, read);
  return { base, mergeBase: since, root, files, addedLines: parseAddedLines(patch) };
}
