import { plural } from "../../src/core/format.ts";
import type { GateResult } from "../../src/core/gate-result.ts";
import { findCheckRun, upsertCheckRun } from "../../src/github/check-runs.ts";
import { downloadGateResults } from "../../src/github/gate-artifacts.ts";
import type { GitHub, RepoRef } from "../../src/github/types.ts";
import {
  GATES_COMMENT_MARKER,
  gateRow,
  parseGateRows,
  renderGatesTable,
} from "../../src/review/gates-table.ts";

export const GATES_CHECK = "TerraFusion / gates";

export interface RunPull {
  number: number;
  baseSha: string;
  headSha: string;
}

export interface WorkflowRunTarget {
  id: number;
  headSha: string;
  url: string;
  /** Pull requests of the run; for forks GitHub leaves this empty and we look them up by head. */
  pulls: RunPull[];
  /** The branch the run was for, to find a fork's pull requests; none for a merge group's run (no pull request has it). */
  head?: { owner: string; branch: string };
}

export interface Published {
  rows: number;
  /** Each gate's outcome as the check run now says (this run's results over earlier runs' on the same commit). */
  outcomes: Record<string, GateResult["conclusion"]>;
  pulls: RunPull[];
}

/** Collects the gates' results of a workflow run into one check run and one sticky PR comment. */
export async function publishGates(
  octokit: GitHub,
  repo: RepoRef,
  run: WorkflowRunTarget,
  /** This app's id (APP_ID): earlier rows and the sticky comment are read only from what it wrote. */
  appId?: number,
): Promise<Published> {
  const results = await downloadGateResults(octokit, repo, run.id);
  if (results.length === 0) return { rows: 0, outcomes: {}, pulls: [] };
  const existing = await findCheckRun(octokit, repo, run.headSha, GATES_CHECK, appId);
  const rows = new Map(parseGateRows(existing?.summary).map((row) => [row.gate, row]));
  for (const result of results) rows.set(result.gate, gateRow(result, run.url));
  const table = renderGatesTable([...rows.values()]);
  const failing = [...rows.values()].filter(
    (row) => row.conclusion === "failure" || row.conclusion === "error",
  );
  await upsertCheckRun(
    octokit,
    repo,
    {
      name: GATES_CHECK,
      headSha: run.headSha,
      conclusion: failing.length ? "failure" : "success",
      title: failing.length
        ? `${failing.length} of ${plural(rows.size, "gate")} failed: ${failing.map((row) => row.gate).join(", ")}`
        : `${plural(rows.size, "gate")} passed`,
      summary: table,
      detailsUrl: run.url,
    },
    existing?.id,
  );
  let pulls = run.pulls;
  if (pulls.length === 0 && run.head) {
    const { data } = await octokit.rest.pulls.list({
      ...repo,
      state: "open",
      head: `${run.head.owner}:${run.head.branch}`,
    });
    pulls = data
      .filter((pull) => pull.head.sha === run.headSha)
      .map((pull) => ({ number: pull.number, baseSha: pull.base.sha, headSha: pull.head.sha }));
  }
  for (const pull of pulls) await upsertStickyComment(octokit, repo, pull.number, table, appId);
  const outcomes = Object.fromEntries([...rows.values()].map((row) => [row.gate, row.conclusion]));
  return { rows: rows.size, outcomes, pulls };
}

async function upsertStickyComment(
  octokit: GitHub,
  repo: RepoRef,
  number: number,
  body: string,
  appId: number | undefined,
) {
  const comments = await octokit.paginate(octokit.rest.issues.listComments, {
    ...repo,
    issue_number: number,
    per_page: 100,
  });
  // Anyone can write the marker into a comment: only the app's own comment is the sticky one, or a
  // contributor's fake "all gates passed" comment would be taken for it (and edited, or left standing).
  const mine = comments.find(
    (comment) =>
      comment.user?.type === "Bot" &&
      (appId === undefined || comment.performed_via_github_app?.id === appId) &&
      comment.body?.startsWith(GATES_COMMENT_MARKER),
  );
  if (mine) await octokit.rest.issues.updateComment({ ...repo, comment_id: mine.id, body });
  else await octokit.rest.issues.createComment({ ...repo, issue_number: number, body });
}
