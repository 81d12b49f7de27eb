import { findCheckRun, upsertCheckRun } from "../../src/github/check-runs.ts";
import { listGroupPulls, type MergeGroup, MergeGroupError } from "../../src/github/merge-group.ts";
import type { GitHub, RepoRef } from "../../src/github/types.ts";
import type { Verdict } from "../../src/review/evaluate.ts";
import { decideGroup, type GroupEntry } from "../../src/review/group.ts";
import { decidePull, policyAt, policyProblemsOutput, REVIEW_CHECK, type ReviewDeps } from "./run.ts";

/**
 * `TerraFusion / review` on a merge group's commit, so a required review check never holds the
 * queue: every pull request in the group must pass the review policy as it is on the base branch,
 * each evaluated exactly as its own check run is. A repository without a policy is not managed:
 * one request, nothing posted, as for its pull requests.
 */
export async function reviewMergeGroup(
  octokit: GitHub,
  repo: RepoRef,
  group: MergeGroup,
  deps: ReviewDeps,
  /** The repository's web address, to link each pull request. */
  htmlUrl?: string,
) {
  const branch = group.baseRef.replace(/^refs\/heads\//, "");
  // The branch, not base_sha: base_sha may be the group ahead in the queue, whose pull requests
  // (and whatever they do to the policy) are not merged yet.
  const base = await policyAt(octokit, repo, branch);
  if ("missing" in base) return { posted: false as const };
  const existing = (await findCheckRun(octokit, repo, group.headSha, REVIEW_CHECK, deps.appId))?.id;
  const write = (output: Omit<Parameters<typeof upsertCheckRun>[2], "name" | "headSha">) =>
    upsertCheckRun(octokit, repo, { name: REVIEW_CHECK, headSha: group.headSha, ...output }, existing);

  if ("problems" in base) {
    await write(policyProblemsOutput(base.problems));
    return { posted: true as const, conclusion: "failure" as const };
  }
  let numbers: number[];
  try {
    numbers = await listGroupPulls(octokit, repo, group);
  } catch (error) {
    if (!(error instanceof MergeGroupError)) throw error;
    await write({
      conclusion: "failure",
      title: "Cannot tell which pull requests this merge group holds",
      summary: `**failure**: ${error.message}. Remove the pull requests from the queue and add them again.`,
    });
    return { posted: true as const, conclusion: "failure" as const };
  }
  const review = base.loaded.policy.review;
  const entries: GroupEntry[] = [];
  for (const number of numbers) {
    const url = htmlUrl ? `${htmlUrl}/pull/${number}` : undefined;
    try {
      // CODEOWNERS, like the policy, as it is on the base branch.
      const { found, verdict } = await decidePull(octokit, repo, number, review, deps, { base: branch });
      entries.push({ number, title: found.snapshot.title, url, verdict });
    } catch (error) {
      // A number a commit message names that is no pull request, or GitHub failing past the retries:
      // the group fails saying so (the queue drops it at once) instead of waiting for a check that
      // never comes.
      entries.push({ number, title: "", url, verdict: unreadable(error) });
    }
  }
  const decision = decideGroup(branch, entries);
  await write(decision);
  return { posted: true as const, conclusion: decision.conclusion, pulls: numbers };
}

function unreadable(error: unknown): Verdict {
  const message = error instanceof Error ? error.message : String(error);
  return {
    status: "error",
    title: `Could not read this pull request: ${message.replace(/\s*\n\s*/g, " ")}`,
    rules: [],
    disapprovals: [],
    combination: "",
  };
}
