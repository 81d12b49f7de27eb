import { type Actors, isEmptyActors, membership } from "./actors.ts";
import { type PullSnapshot, same } from "./snapshot.ts";

type Commit = PullSnapshot["commits"][number];

/** GitHub writes commits made in its UI or through its API (Update branch, web edits) as web-flow. */
export const WEB_FLOW = "web-flow";

export interface CommitFilter {
  /** `ignore-commits-by`: commits whose author and committer both belong here are ignored. */
  ignoreBy?: Actors;
  /** `ignore-update-merges`: GitHub's merges of the base branch into the pull request are ignored. */
  ignoreUpdateMerges?: boolean;
}

/**
 * An "update merge" as policy-bot defines it: a merge commit that GitHub made (its UI's Update branch
 * button, or the API) bringing the base branch into the pull request. A merge someone made on their
 * own machine is their work and counts.
 */
export function isUpdateMerge(commit: Commit, pull: PullSnapshot): boolean {
  if ((commit.parents ?? 0) < 2 || !commit.committer || !same(commit.committer, WEB_FLOW)) return false;
  const message = commit.message ?? "";
  const base = pull.base.ref;
  return message.startsWith(`Merge branch '${base}' into `) || message === `Merge branch '${base}'`;
}

/** Why a commit does not count, or undefined when it does. */
export function whyIgnored(commit: Commit, pull: PullSnapshot, filter: CommitFilter): string | undefined {
  if (filter.ignoreUpdateMerges && isUpdateMerge(commit, pull)) return "an update merge from the base branch";
  if (filter.ignoreBy && !isEmptyActors(filter.ignoreBy)) {
    const people = [commit.author, commit.committer].filter(
      (login): login is string => !!login && !same(login, WEB_FLOW),
    );
    if (people.length > 0 && people.every((login) => membership(filter.ignoreBy!, login, pull)))
      return `by ${people.join(" and ")}, whose commits are ignored`;
  }
  return undefined;
}

/** The commits that count for contributors and pushes, in the pull request's order. */
export function countedCommits(pull: PullSnapshot, filter: CommitFilter = {}): Commit[] {
  if (!filter.ignoreUpdateMerges && isEmptyActors(filter.ignoreBy)) return pull.commits;
  return pull.commits.filter((commit) => whyIgnored(commit, pull, filter) === undefined);
}

/**
 * What "the last push" means when some commits are ignored: approvals given on the last counted
 * commit, or on any ignored commit after it, are still fresh; so are comments after it was committed.
 */
export function freshness(
  pull: PullSnapshot,
  filter: CommitFilter,
): { commits: Set<string>; pushedAt: string | undefined } {
  const head = { commits: new Set([pull.head.sha]), pushedAt: pull.head["pushed-at"] };
  if (pull.commits.length === 0 || (!filter.ignoreUpdateMerges && isEmptyActors(filter.ignoreBy)))
    return head;
  let last = pull.commits.length - 1;
  while (last >= 0 && whyIgnored(pull.commits[last]!, pull, filter) !== undefined) last--;
  if (last === pull.commits.length - 1) return head;
  const tail = pull.commits.slice(Math.max(last, 0)).map((commit) => commit.sha);
  // Every commit ignored: nothing the people who count pushed can make an approval stale.
  if (last < 0)
    return { commits: new Set([...pull.commits.map((c) => c.sha), pull.head.sha]), pushedAt: undefined };
  return {
    commits: new Set([...tail, pull.head.sha]),
    pushedAt: pull.commits[last]!["committed-at"] ?? pull.head["pushed-at"],
  };
}
