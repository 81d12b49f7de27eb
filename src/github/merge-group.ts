import { plural } from "../core/format.ts";
import type { GitHub, RepoRef } from "./types.ts";

/** A merge group as the `merge_group` event gives it. */
export interface MergeGroup {
  /** The queue's commit, where the checks report. */
  headSha: string;
  /** refs/heads/gh-readonly-queue/BASE/pr-N-SHA */
  headRef: string;
  /** The commit the group is built on: the base branch, or the group ahead of it in the queue. */
  baseSha: string;
  /** refs/heads/BASE */
  baseRef: string;
}

/** The group's pull requests cannot be told: the check fails with this reason rather than pass or hang. */
export class MergeGroupError extends Error {
  override name = "MergeGroupError";
}

const QUEUE_REF = /^refs\/heads\/gh-readonly-queue\/.+\/pr-(\d+)-[0-9a-f]+$/;

/** The pull request a queue branch is named after (`gh-readonly-queue/main/pr-104-<sha>` → 104). */
export function queuedPull(headRef: string): number | undefined {
  const match = headRef.match(QUEUE_REF);
  return match ? Number(match[1]) : undefined;
}

// The commits the queue writes: a merge commit ("Merge pull request #N from owner/branch") or a
// squash commit ("Title (#N)"). Only the first line counts: a body may mention any number.
const MERGE_COMMIT = /^Merge pull request #(\d+) from \S/;
const SQUASH_COMMIT = /\(#(\d+)\)\s*$/;

/** The pull request a queue commit's message names, if any. */
export function pullOfMessage(message: string): number | undefined {
  const subject = message.split("\n", 1)[0]!.trim();
  const match = subject.match(MERGE_COMMIT) ?? subject.match(SQUASH_COMMIT);
  return match ? Number(match[1]) : undefined;
}

export interface QueueCommit {
  sha: string;
  parents: string[];
  message: string;
}

/**
 * The pull requests of a merge group, in queue order: the ones the commits on the first-parent line
 * from the group's head back to its base name, then the one the queue branch is named after. The
 * first-parent line holds the queue's own commits only (a pull request's inner merges are second
 * parents), so a merge inside a pull request never adds another pull request.
 */
export function pullsOfGroup(
  group: Pick<MergeGroup, "headSha" | "headRef" | "baseSha">,
  commits: QueueCommit[],
): number[] {
  const bySha = new Map(commits.map((commit) => [commit.sha, commit]));
  const found: number[] = [];
  let sha: string | undefined = group.headSha;
  while (sha !== undefined && sha !== group.baseSha) {
    const commit = bySha.get(sha);
    if (!commit)
      throw new MergeGroupError(
        `the merge group's commits from ${group.baseSha.slice(0, 7)} to ${group.headSha.slice(0, 7)} could not all be read (${plural(commits.length, "commit")} came back), so the pull requests in it cannot all be told`,
      );
    const number = pullOfMessage(commit.message);
    if (number !== undefined) found.unshift(number);
    sha = commit.parents[0];
  }
  const named = queuedPull(group.headRef);
  const all = named === undefined ? found : [...found, named];
  const unique = [...new Set(all)];
  if (unique.length === 0)
    throw new MergeGroupError(
      `neither the queue branch ${group.headRef} nor the messages of the merge group's commits name a pull request`,
    );
  return unique;
}

/** One comparison of the group's base with its head (at most 250 commits), then pullsOfGroup. */
export async function listGroupPulls(octokit: GitHub, repo: RepoRef, group: MergeGroup): Promise<number[]> {
  const { data } = await octokit.rest.repos.compareCommitsWithBasehead({
    ...repo,
    basehead: `${group.baseSha}...${group.headSha}`,
  });
  return pullsOfGroup(
    group,
    data.commits.map((commit) => ({
      sha: commit.sha,
      parents: commit.parents.map((parent) => parent.sha),
      message: commit.commit.message,
    })),
  );
}
