import type { PromotionState } from "../promotion/types.ts";
import type { GitHub, RepoRef } from "./types.ts";

export interface RevertOutcome {
  /** The pull request opened (or found open from an earlier try). */
  pull?: { number: number; url: string };
  /** Why none was opened, in words, when none was. */
  skipped?: string;
}

const isStatus = (error: unknown, status: number) => (error as { status?: number }).status === status;

/**
 * Opens a pull request that reverts the rolled-back commit, with the git data API only (no clone): a commit
 * whose parent is the bad commit and whose tree is its first parent's tree, on a new branch, proposed to the
 * default branch. Against the branch, the pull request's diff is exactly the bad commit undone, even when the
 * branch has moved on since. A commit that is not on the default branch has nothing to revert there.
 */
export async function openRevertPr(
  octokit: GitHub,
  repo: RepoRef,
  state: PromotionState,
  incident?: { number: number },
): Promise<RevertOutcome> {
  const { plan } = state;
  const short = plan.sha.slice(0, 7);
  const { data: repository } = await octokit.rest.repos.get({ owner: repo.owner, repo: repo.repo });
  const base = repository.default_branch;
  const { data: compare } = await octokit.rest.repos.compareCommitsWithBasehead({
    ...repo,
    basehead: `${base}...${plan.sha}`,
    per_page: 1,
  });
  if (compare.status !== "behind" && compare.status !== "identical")
    return { skipped: `${short} is not on ${base}, so there is nothing to revert there` };
  const { data: bad } = await octokit.rest.git.getCommit({ ...repo, commit_sha: plan.sha });
  const parent = bad.parents[0];
  if (!parent) return { skipped: `${short} has no parent commit to go back to` };
  const { data: previous } = await octokit.rest.git.getCommit({ ...repo, commit_sha: parent.sha });
  const firstLine = bad.message.split("\n")[0];
  const { data: commit } = await octokit.rest.git.createCommit({
    ...repo,
    message: `Revert "${firstLine}"\n\nThis reverts commit ${plan.sha}: TerraFusion rolled it back from ${plan.environment}${incident ? ` (#${incident.number})` : ""}.\n`,
    tree: previous.tree.sha,
    parents: [plan.sha],
  });
  const branch = `terrafusion/revert-${short}-${plan.environment}`;
  try {
    await octokit.rest.git.createRef({ ...repo, ref: `refs/heads/${branch}`, sha: commit.sha });
  } catch (error) {
    if (!isStatus(error, 422)) throw error;
    // The branch exists: an earlier rollback of the same commit already proposed the revert.
    const { data: open } = await octokit.rest.pulls.list({
      ...repo,
      head: `${repo.owner}:${branch}`,
      state: "open",
      per_page: 1,
    });
    if (open[0]) return { pull: { number: open[0].number, url: open[0].html_url } };
    return { skipped: `branch ${branch} already exists without an open pull request` };
  }
  const { data: pull } = await octokit.rest.pulls.create({
    ...repo,
    head: branch,
    base,
    title: `Revert ${short}: rolled back from ${plan.environment}`,
    body: [
      `TerraFusion rolled ${plan.version ? `${plan.version} (${short})` : short} back from **${plan.environment}**: ${state.reason ?? "the promotion failed"}.`,
      "",
      `This pull request reverts ${plan.sha}${plan.pullRequest ? ` (from #${plan.pullRequest.number})` : ""}.`,
      incident ? `Incident: #${incident.number}` : "",
    ]
      .filter((line, i, all) => line !== "" || all[i + 1] !== "")
      .join("\n"),
  });
  return { pull: { number: pull.number, url: pull.html_url } };
}
