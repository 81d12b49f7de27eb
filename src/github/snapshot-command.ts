import { writeFileSync } from "node:fs";
import { ProbotOctokit } from "probot";
import type { Io } from "../cli/io.ts";
import { UsageError } from "../errors.ts";
import { loadPolicy } from "../policy/load.ts";
import { MembershipCache } from "./membership.ts";
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
  const token = io.env.GITHUB_TOKEN ?? io.env.GH_TOKEN;
  if (!token)
    throw new UsageError("review snapshot needs GITHUB_TOKEN (a token that can read the repository)");
  const { policy } = await loadPolicy({ cwd: flags.cwd, file: flags.policy });
  const octokit = new ProbotOctokit({ auth: { token } }) as GitHub;
  const repo = { owner: match[1]!, repo: match[2]! };
  const { snapshot } = await fetchPullSnapshot(octokit, repo, Number(match[3]), policy.review, {
    cache: new MembershipCache(),
    installation: 0,
  });
  const json = `${JSON.stringify(snapshot, null, 2)}\n`;
  if (flags.output) {
    writeFileSync(flags.output, json);
    io.err(`wrote ${flags.output}`);
  } else io.out(json);
}
