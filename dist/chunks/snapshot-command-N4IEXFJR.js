import { createRequire as __tfRequire } from 'node:module'; const require = __tfRequire(import.meta.url);
import {
  MembershipCache,
  fetchPullSnapshot
} from "./chunk-N6XRSVHA.js";
import "./chunk-ROMGVRZZ.js";
import "./chunk-7WNYUX7S.js";
import {
  tokenFrom,
  tokenOctokit
} from "./chunk-FHFFLLKF.js";
import "./chunk-3XKIW7VL.js";
import {
  loadPolicy
} from "./chunk-WJQ75HG4.js";
import "./chunk-DGX4CH5M.js";
import {
  ToolError,
  UsageError
} from "./chunk-64HVLF7C.js";
import "./chunk-TFUP5NS4.js";

// src/github/snapshot-command.ts
import { writeFileSync } from "node:fs";
async function writeSnapshot(target, flags, io) {
  const match = /^([\w.-]+)\/([\w.-]+)#(\d+)$/.exec(target);
  if (!match)
    throw new UsageError(`${JSON.stringify(target)}: expected OWNER/REPO#NUMBER, such as acme/shop#42`);
  const token = tokenFrom(io.env);
  if (!token)
    throw new UsageError(
      "review snapshot needs GITHUB_TOKEN or GH_TOKEN (a token that can read the repository)"
    );
  const { policy } = await loadPolicy({ cwd: flags.cwd, file: flags.policy }, io.env);
  const octokit = tokenOctokit(token, io.env);
  const repo = { owner: match[1], repo: match[2] };
  let snapshot;
  try {
    ({ snapshot } = await fetchPullSnapshot(
      octokit,
      repo,
      Number(match[3]),
      policy.review,
      { cache: new MembershipCache(), installation: 0 },
      { checks: true }
    ));
  } catch (error) {
    throw githubError(error, target);
  }
  const json = `${JSON.stringify(snapshot, null, 2)}
`;
  if (flags.output) {
    writeFileSync(flags.output, json);
    io.err(`wrote ${flags.output}`);
  } else io.out(json);
}
function githubError(error, target) {
  const status = error.status;
  const message = error.message ?? String(error);
  const graphql = error.errors;
  if (status === 401)
    return new UsageError(`GitHub rejected the token (401 ${message}): set a valid GITHUB_TOKEN`);
  if (graphql?.some((entry) => entry.type === "NOT_FOUND") || / not found$/.test(message))
    return new UsageError(
      `${target}: no such pull request, or the token cannot read the repository (${graphql?.[0]?.message ?? message})`
    );
  return new ToolError("GitHub", `${message} (while reading ${target})`);
}
export {
  writeSnapshot
};
