import type { GitHub, RepoRef } from "./types.ts";

export interface CheckRunOutput {
  name: string;
  headSha: string;
  conclusion: "success" | "failure" | "neutral" | "action_required";
  title: string;
  summary: string;
  text?: string;
  detailsUrl?: string;
  annotations?: {
    path: string;
    start_line: number;
    end_line: number;
    start_column?: number;
    end_column?: number;
    annotation_level: "notice" | "warning" | "failure";
    message: string;
  }[];
}

const MAX_TEXT = 65_000;
const clip = (text: string, max: number) =>
  text.length > max ? `${text.slice(0, max - 20)}\n\n…(truncated)` : text;

/**
 * Creates the check run, or updates the one already on the head commit (a duplicate delivery changes nothing
 * more). An output with annotations always gets a new check run: GitHub appends an update's annotations to
 * those the run already has, so each re-evaluation would repeat them; the newest run of a name is the one
 * GitHub shows and branch protection reads.
 */
export async function upsertCheckRun(
  octokit: GitHub,
  repo: RepoRef,
  output: CheckRunOutput,
  existingId?: number,
): Promise<number> {
  const body = {
    ...repo,
    name: output.name,
    status: "completed" as const,
    conclusion: output.conclusion,
    completed_at: new Date().toISOString(),
    ...(output.detailsUrl ? { details_url: output.detailsUrl } : {}),
    output: {
      title: clip(output.title, 250),
      summary: clip(output.summary, MAX_TEXT),
      ...(output.text ? { text: clip(output.text, MAX_TEXT) } : {}),
      ...(output.annotations?.length ? { annotations: output.annotations.slice(0, 50) } : {}),
    },
  };
  if (existingId !== undefined && !output.annotations?.length) {
    await octokit.rest.checks.update({ ...body, check_run_id: existingId });
    return existingId;
  }
  const { data } = await octokit.rest.checks.create({ ...body, head_sha: output.headSha });
  return data.id;
}

/**
 * This name's newest check run on a commit, if any. With `appId`, only that app's: any app or workflow
 * job can create a check run of the same name, and its summary must not be read as ours.
 */
export async function findCheckRun(
  octokit: GitHub,
  repo: RepoRef,
  sha: string,
  name: string,
  appId?: number,
): Promise<{ id: number; summary: string | null } | undefined> {
  const { data } = await octokit.rest.checks.listForRef({
    ...repo,
    ref: sha,
    check_name: name,
    filter: "latest",
    ...(appId ? { app_id: appId } : {}),
  });
  const run = data.check_runs.sort((a, b) => b.id - a.id)[0];
  return run ? { id: run.id, summary: run.output.summary } : undefined;
}
