import { createRequire as __tfRequire } from 'node:module'; const require = __tfRequire(import.meta.url);
import {
  MembershipCache,
  fetchPullSnapshot
} from "./chunk-Y7QXC2J3.js";
import "./chunk-KZJOXNW5.js";
import {
  ProbotOctokit
} from "./chunk-SWZMOXZZ.js";
import "./chunk-CWOFTULK.js";
import {
  UsageError,
  loadPolicy
} from "./chunk-IRIMDTO3.js";
import "./chunk-53OXJW6S.js";

// src/github/snapshot-command.ts
import { writeFileSync } from "node:fs";
async function writeSnapshot(target, flags, io) {
  const match = /^([\w.-]+)\/([\w.-]+)#(\d+)$/.exec(target);
  if (!match)
    throw new UsageError(`${JSON.stringify(target)}: expected OWNER/REPO#NUMBER, such as acme/shop#42`);
  const token = io.env.GITHUB_TOKEN ?? io.env.GH_TOKEN;
  if (!token)
    throw new UsageError("review snapshot needs GITHUB_TOKEN (a token that can read the repository)");
  const { policy } = await loadPolicy({ cwd: flags.cwd, file: flags.policy });
  const octokit = new ProbotOctokit({ auth: { token } });
  const repo = { owner: match[1], repo: match[2] };
  const { snapshot } = await fetchPullSnapshot(octokit, repo, Number(match[3]), policy.review, {
    cache: new MembershipCache(),
    installation: 0
  });
  const json = `${JSON.stringify(snapshot, null, 2)}
`;
  if (flags.output) {
    writeFileSync(flags.output, json);
    io.err(`wrote ${flags.output}`);
  } else io.out(json);
}
export {
  writeSnapshot
};
