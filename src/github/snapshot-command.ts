import { writeFileSync } from "node:fs";
import type { Io } from "../cli/io.ts";
import { ToolError, UsageError } from "../errors.ts";
import { loadPolicy } from "../fs/load-policy.ts";
import { MembershipCache } from "./membership.ts";
import { tokenFrom, tokenOctokit } from "./octokit.ts";
import { fetchPullSnapshot } from "./pull-snapshot.ts";
import type { GitHub } from "./types.ts";

/** `terrafusion review snapshot OWNER/REPO#N`: a real pull request as a snapshot file. */
export async function writeSnapshot(
  target: string,
  flags: { policy?: string; cwd: string; output?: string },
  io: Io,
): Promise<void> {
  const match = /^([\w.-]+)\/([\w.-]+)#(\d+)$/.exec(target);
  if (!match)
    throw new UsageError(`${JSON.stringify(target)}: expected OWNER/REPO#NUMBER, such as acme/shop#42`);
  const token = tokenFrom(io.env);
  if (!token)
    throw new UsageError(
      "review snapshot needs GITHUB_TOKEN or GH_TOKEN (a token that can read the repository)",
    );
  const { policy } = await loadPolicy({ cwd: flags.cwd, file: flags.policy }, io.env);
  const octokit = tokenOctokit(token, io.env) as GitHub;
  const repo = { owner: match[1]!, repo: match[2]! };
  let snapshot: Awaited<ReturnType<typeof fetchPullSnapshot>>["snapshot"];
  try {
    // Not an app: read every app's check runs on the head, for the gates' outcomes.
    ({ snapshot } = await fetchPullSnapshot(
      octokit,
      repo,
      Number(match[3]),
      policy.review,
      { cache: new MembershipCache(), installation: 0 },
      { checks: true },
    ));
  } catch (error) {
    throw githubError(error, target);
  }
  const json = `${JSON.stringify(snapshot, null, 2)}\n`;
  if (flags.output) {
    writeFileSync(flags.output, json);
    io.err(`wrote ${flags.output}`);
  } else io.out(json);
}

/** GitHub's answer as one line a person can act on. */
function githubError(error: unknown, target: string): UsageError {
  const status = (error as { status?: number }).status;
  const message = (error as Error).message ?? String(error);
  const graphql = (error as { errors?: { type?: string; message?: string }[] }).errors;
  if (status === 401)
    return new UsageError(`GitHub rejected the token (401 ${message}): set a valid GITHUB_TOKEN`);
  if (graphql?.some((entry) => entry.type === "NOT_FOUND") || / not found$/.test(message))
    return new UsageError(
      `${target}: no such pull request, or the token cannot read the repository (${graphql?.[0]?.message ?? message})`,
    );
  return new ToolError("GitHub", `${message} (while reading ${target})`);
}
