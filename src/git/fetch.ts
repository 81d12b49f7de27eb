import { git, gitOrThrow, lastLine } from "./run.ts";

export interface RemoteBranch {
  remote: string;
  branch: string;
  /** Where the branch lands locally: refs/remotes/REMOTE/BRANCH. */
  tracking: string;
}

/**
 * Where a base ref would come from: `origin/main` → remote origin, branch main; a bare `main` →
 * branch main of origin (or of the only remote, if it has another name). Undefined without remotes.
 */
export async function remoteBranchOf(cwd: string, ref: string): Promise<RemoteBranch | undefined> {
  const remotes = (await gitOrThrow(cwd, ["remote"])).split("\n").filter(Boolean);
  const slash = ref.indexOf("/");
  const prefix = ref.slice(0, slash);
  const [remote, branch] =
    slash > 0 && remotes.includes(prefix)
      ? [prefix, ref.slice(slash + 1)]
      : [remotes.includes("origin") ? "origin" : remotes[0], ref.replace(/^refs\/heads\//, "")];
  return remote ? { remote, branch, tracking: `refs/remotes/${remote}/${branch}` } : undefined;
}

export function refspecOf(source: RemoteBranch): string {
  return `+refs/heads/${source.branch}:${source.tracking}`;
}

/** Fetches one branch into its remote-tracking ref; in a shallow clone only its recent history. */
export function fetchBranch(
  cwd: string,
  source: RemoteBranch,
  shallow: boolean,
): Promise<{ ok: true } | { ok: false; reason: string }> {
  return fetchOne(cwd, source.remote, refspecOf(source), shallow);
}

/** A full commit id (SHA-1 or SHA-256): a base given this way is fetched by id, not as a branch. */
export function isCommitId(ref: string): boolean {
  return /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i.test(ref);
}

/**
 * Fetches one commit by id (GitHub serves any commit of the repository this way): a merge group's base
 * is a commit, not a branch, and a depth-1 checkout of the queue's commit lacks it.
 */
export function fetchCommit(
  cwd: string,
  remote: string,
  commit: string,
  shallow: boolean,
): Promise<{ ok: true } | { ok: false; reason: string }> {
  return fetchOne(cwd, remote, commit, shallow);
}

/** One `git fetch` of a refspec or a commit; in a shallow clone only its recent history. */
async function fetchOne(
  cwd: string,
  remote: string,
  what: string,
  shallow: boolean,
): Promise<{ ok: true } | { ok: false; reason: string }> {
  const fetched = await git(cwd, [
    "fetch",
    "--no-tags",
    "--quiet",
    ...(shallow ? ["--depth=50"] : []),
    remote,
    what,
  ]);
  return fetched.exitCode === 0 ? { ok: true } : { ok: false, reason: lastLine(fetched.stderr) };
}

/** The steps to fetch more history of a shallow clone: a little, then more, then all of it. */
export const DEEPEN_STEPS = ["--deepen=50", "--deepen=200", "--deepen=1000", "--unshallow"] as const;

/**
 * One deepening fetch. `want` names what to fetch (a refspec or a commit): deepening moves every
 * shallow boundary of the clone, HEAD's included, so fetching the base alone is enough.
 */
export async function deepen(
  cwd: string,
  remote: string,
  want: string,
  step: (typeof DEEPEN_STEPS)[number],
): Promise<{ ok: true } | { ok: false; reason: string }> {
  const fetched = await git(cwd, ["fetch", "--no-tags", "--quiet", step, remote, want]);
  return fetched.exitCode === 0 ? { ok: true } : { ok: false, reason: lastLine(fetched.stderr) };
}

export async function isShallow(cwd: string): Promise<boolean> {
  return (await gitOrThrow(cwd, ["rev-parse", "--is-shallow-repository"])).trim() === "true";
}
