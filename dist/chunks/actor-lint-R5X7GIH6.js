import { createRequire as __tfRequire } from 'node:module'; const require = __tfRequire(import.meta.url);
import {
  policyPositions,
  policySource
} from "./chunk-RR3W2K6S.js";
import "./chunk-7WNYUX7S.js";
import {
  tokenFrom,
  tokenOctokit
} from "./chunk-FHFFLLKF.js";
import "./chunk-3XKIW7VL.js";
import "./chunk-DGX4CH5M.js";
import {
  ToolError,
  UsageError
} from "./chunk-64HVLF7C.js";
import "./chunk-TFUP5NS4.js";

// src/review/actor-refs.ts
function actorRefs(policy) {
  const refs = [];
  const add = (actors, at) => {
    for (const [i, name] of (actors?.teams ?? []).entries())
      refs.push({ kind: "team", name, path: [...at, "teams", i] });
    for (const [i, name] of (actors?.users ?? []).entries())
      refs.push({ kind: "user", name, path: [...at, "users", i] });
    for (const [i, name] of (actors?.organizations ?? []).entries())
      refs.push({ kind: "organization", name, path: [...at, "organizations", i] });
  };
  const review = policy.review;
  const conditions = (c, at) => {
    for (const key of [
      "author",
      "not-author",
      "contributors",
      "only-contributors",
      "valid-signatures-by"
    ])
      add(c?.[key], [...at, key]);
  };
  add(review?.["ignore-commits-by"], ["review", "ignore-commits-by"]);
  for (const [i, rule] of (review?.rules ?? []).entries()) {
    const at = ["review", "rules", i];
    conditions(rule.if, [...at, "if"]);
    add(rule.require, [...at, "require"]);
    conditions(rule.require.conditions, [...at, "require", "conditions"]);
    add(rule.options?.["ignore-commits-by"], [...at, "options", "ignore-commits-by"]);
    for (const [j, name] of (rule.require["each-team"] ?? []).entries())
      refs.push({ kind: "team", name, path: [...at, "require", "each-team", j] });
  }
  add(review?.disapproval?.who, ["review", "disapproval", "who"]);
  conditions(review?.disapproval?.if, ["review", "disapproval", "if"]);
  for (const [name, environment] of Object.entries(policy.deploy?.environments ?? {}))
    add(environment.promoters, ["deploy", "environments", name, "promoters"]);
  return refs;
}

// src/github/actor-lint.ts
var statusOf = (error) => error.status;
async function lookUp(octokit, ref) {
  try {
    if (ref.kind === "team") {
      const [org, slug] = ref.name.split("/");
      await octokit.rest.teams.getByName({ org, team_slug: slug });
      return { found: true };
    }
    if (ref.kind === "organization") {
      await octokit.rest.orgs.get({ org: ref.name });
      return { found: true };
    }
    const { data } = await octokit.rest.users.getByUsername({ username: ref.name });
    return { found: true, organization: data.type === "Organization" };
  } catch (error) {
    const status = statusOf(error);
    if (status === 404 && ref.kind === "organization")
      return { found: false, user: await isUser(octokit, ref.name) };
    if (status === 404) return { found: false };
    if (status === 403 && ref.kind === "team") return { unreadable: error.message };
    throw error;
  }
}
async function isUser(octokit, login) {
  try {
    const { data } = await octokit.rest.users.getByUsername({ username: login });
    return data.type === "User";
  } catch (error) {
    if (statusOf(error) === 404) return false;
    throw error;
  }
}
async function lintActorsOnGitHub(octokit, loaded, cwd) {
  const refs = actorRefs(loaded.policy);
  const lookups = /* @__PURE__ */ new Map();
  const keyOf = (ref) => `${ref.kind}:${ref.name.toLowerCase()}`;
  for (const ref of refs) if (!lookups.has(keyOf(ref))) lookups.set(keyOf(ref), lookUp(octokit, ref));
  let answers;
  try {
    const settled = await Promise.all(
      [...lookups].map(async ([key, answer]) => [key, await answer])
    );
    answers = new Map(settled);
  } catch (error) {
    return { problems: [], notices: [], error: lookupError(error) };
  }
  const position = policyPositions(loaded, policySource(cwd));
  const problems = [];
  const notices = /* @__PURE__ */ new Set();
  for (const ref of refs) {
    const answer = answers.get(keyOf(ref));
    const at = { ...position(ref.path), path: ref.path.join(".") };
    if ("unreadable" in answer)
      notices.add(
        `notice: team ${ref.name} was not checked: the token may not read the teams of ${ref.name.split("/")[0]} (GitHub said: ${answer.unreadable}); use a token with read:org`
      );
    else if (!answer.found)
      problems.push({
        ...at,
        message: ref.kind === "team" ? `team ${ref.name} does not exist (or the token cannot see it)` : ref.kind === "organization" ? answer.user ? `${ref.name} is a user, not an organization (list it under users)` : `organization ${ref.name} does not exist` : `user ${ref.name} does not exist`
      });
    else if (answer.organization)
      problems.push({
        ...at,
        message: `${ref.name} is an organization, not a user (list it under organizations)`
      });
  }
  return { problems, notices: [...notices] };
}
function lookupError(error) {
  const status = statusOf(error);
  const said = error.message ?? String(error);
  if (status === 401)
    return new UsageError(
      `GitHub rejected the token (401 ${said}): set a valid GITHUB_TOKEN, or unset it to skip checking teams, users and organizations`
    );
  return new ToolError(
    "GitHub",
    status ? `${status} ${said} while checking teams, users and organizations (try again later, or unset GITHUB_TOKEN to skip)` : `could not reach GitHub to check teams, users and organizations (${said}); unset GITHUB_TOKEN to skip`
  );
}
async function lintActors(loaded, cwd, env) {
  if (actorRefs(loaded.policy).length === 0) return { problems: [], notices: [] };
  const token = tokenFrom(env);
  if (!token)
    return {
      problems: [],
      notices: [
        "notice: teams, users and organizations named in the policy were not checked on GitHub (set GITHUB_TOKEN or GH_TOKEN to check them)"
      ]
    };
  return lintActorsOnGitHub(tokenOctokit(token, env), loaded, cwd);
}
export {
  lintActors,
  lintActorsOnGitHub
};
