import { createRequire as __tfRequire } from 'node:module'; const require = __tfRequire(import.meta.url);
import {
  MembershipCache,
  fetchPullSnapshot,
  needsOf
} from "./chunks/chunk-N6XRSVHA.js";
import {
  evaluateReview,
  renderVerdict
} from "./chunks/chunk-PARDDS2Y.js";
import {
  contributorsOf,
  ownersOf,
  parseCodeOwners
} from "./chunks/chunk-ROMGVRZZ.js";
import {
  PERMISSION_RANK,
  isEmptyActors,
  same,
  teamMembers
} from "./chunks/chunk-7WNYUX7S.js";
import {
  BLOCKED_LABEL,
  GitHubDeploymentRecord,
  deploymentRef,
  githubFailure
} from "./chunks/chunk-NEJ2F5O2.js";
import {
  createNodeMiddleware,
  createProbot,
  getPrivateKey,
  githubLimitsFromEnv,
  run,
  terrafusionOctokit
} from "./chunks/chunk-FHFFLLKF.js";
import {
  DriverMeasurer,
  PromotionService,
  allowedOrigins,
  checkMatches,
  clip,
  createDriver,
  deploymentFacts,
  describeBusy,
  describeQueued,
  notifierSink,
  operatorMetricsGuard,
  otherInProgress,
  policyMetricSource,
  requiredChecks,
  unknownEnvironment,
  verifyCommit
} from "./chunks/chunk-GFYQ6F56.js";
import "./chunks/chunk-3XKIW7VL.js";
import "./chunks/chunk-FV4S3KIS.js";
import "./chunks/chunk-CR3PXB5O.js";
import "./chunks/chunk-UCO5GRH5.js";
import {
  codeBlock,
  isGateResult,
  tableCell
} from "./chunks/chunk-XJ3SIHHK.js";
import "./chunks/chunk-WF6MYNSV.js";
import {
  DEFAULT_POLICY_PATHS,
  RemotePolicyCache,
  allowedExtendsOwners,
  loadPolicy,
  remotePolicies
} from "./chunks/chunk-WJQ75HG4.js";
import "./chunks/chunk-DGX4CH5M.js";
import {
  ConfigError,
  PolicyError,
  UsageError,
  formatProblem,
  plural
} from "./chunks/chunk-64HVLF7C.js";
import "./chunks/chunk-TFUP5NS4.js";

// app/credentials.ts
import { createPrivateKey } from "node:crypto";
function checkCredentials(env, cwd = process.cwd()) {
  const hasKey = Boolean(env.PRIVATE_KEY || env.PRIVATE_KEY_PATH);
  if (!env.APP_ID && !hasKey) return { mode: "setup" };
  const missing = [
    !env.APP_ID && "APP_ID",
    !hasKey && "PRIVATE_KEY (or PRIVATE_KEY_PATH)",
    !env.WEBHOOK_SECRET && "WEBHOOK_SECRET"
  ].filter(Boolean);
  if (missing.length > 0)
    return {
      mode: "error",
      message: `set ${missing.join(", ")} (from the GitHub App's settings page; see docs/review.md)`
    };
  const where = env.PRIVATE_KEY ? "PRIVATE_KEY" : `PRIVATE_KEY_PATH=${env.PRIVATE_KEY_PATH}`;
  let pem;
  try {
    pem = getPrivateKey({ env, cwd });
  } catch (error) {
    const reason = error.message.replace(/^\[@probot\/get-private-key\]\s*/, "");
    return { mode: "error", message: `${where}: ${reason}` };
  }
  try {
    if (!pem) throw new Error("empty");
    createPrivateKey(pem);
  } catch {
    return {
      mode: "error",
      message: `${where} is not a private key in PEM form: use the .pem file the GitHub App's settings page generated (PRIVATE_KEY may hold its text, with \\n for line breaks, or base64)`
    };
  }
  return { mode: "run" };
}

// app/handle.ts
function handle(app, events, name, handler) {
  app.on(events, async (context) => {
    try {
      await handler(context);
    } catch (error) {
      context.log.error(
        { err: error, delivery: context.id, event: context.name, handler: name },
        `${name}: ${error?.message ?? String(error)}`
      );
    }
  });
}
function repoOf(payload) {
  if (!payload.repository) throw new Error("the event has no repository");
  return { owner: payload.repository.owner.login, repo: payload.repository.name };
}

// src/github/contents.ts
async function readFileAt(octokit, repo, path, ref) {
  try {
    const { data } = await octokit.rest.repos.getContent({
      ...repo,
      path,
      ref,
      mediaType: { format: "raw" }
    });
    return typeof data === "string" ? new TextEncoder().encode(data) : void 0;
  } catch (error) {
    if (error.status === 404) return void 0;
    throw error;
  }
}
function filesSelection(count) {
  const indexes = [...Array(count).keys()];
  return {
    variables: indexes.map((i2) => `$p${i2}: String!`).join(", "),
    fields: indexes.map((i2) => `f${i2}: file(path: $p${i2}) { object { ... on Blob { text isBinary isTruncated } } }`).join("\n")
  };
}
function filesVariables(paths) {
  return Object.fromEntries(paths.map((path, i2) => [`p${i2}`, path]));
}
async function filesOf(octokit, repo, paths, commit, answer) {
  const files = /* @__PURE__ */ new Map();
  for (const [i2, path] of paths.entries()) {
    const blob = answer?.[`f${i2}`]?.object;
    if (!blob || !("text" in blob)) files.set(path, void 0);
    else if (typeof blob.text !== "string" || blob.isBinary || blob.isTruncated)
      files.set(path, await readFileAt(octokit, repo, path, commit));
    else files.set(path, new TextEncoder().encode(blob.text));
  }
  return files;
}
async function readFilesAt(octokit, repo, paths, commit) {
  const { variables, fields } = filesSelection(paths.length);
  const query2 = (
    /* GraphQL */
    `
query TerraFusionFiles($owner: String!, $repo: String!, $rev: String!, $atRev: Boolean!, ${variables}) {
  repository(owner: $owner, name: $repo) {
    object(expression: $rev) @include(if: $atRev) { ... on Commit { oid
${fields}
    } }
    defaultBranchRef @skip(if: $atRev) { target { ... on Commit { oid
${fields}
    } } }
  }
}`
  );
  const { repository } = await octokit.graphql(query2, {
    ...repo,
    rev: commit ?? "",
    atRev: commit !== void 0,
    ...filesVariables(paths)
  });
  const found = commit !== void 0 ? repository.object : repository.defaultBranchRef?.target;
  if (!found?.oid) return { files: new Map(paths.map((path) => [path, void 0])), commit: void 0 };
  return { files: await filesOf(octokit, repo, paths, found.oid, found), commit: found.oid };
}

// src/github/pull-base.ts
function query(count) {
  const { variables, fields } = filesSelection(count);
  return (
    /* GraphQL */
    `
query TerraFusionPullBase($owner: String!, $repo: String!, $number: Int!, ${variables}) {
  repository(owner: $owner, name: $repo) {
    pullRequest(number: $number) {
      baseRefOid headRefOid
      baseRef { target { oid ... on Commit {
${fields}
      } } }
    }
  }
}`
  );
}
async function readPullBase(octokit, repo, number, paths) {
  const { repository } = await octokit.graphql(query(paths.length), {
    ...repo,
    number,
    ...filesVariables(paths)
  });
  const pull = repository.pullRequest;
  if (!pull) throw new Error(`${repo.owner}/${repo.repo}#${number} not found`);
  const target2 = pull.baseRef?.target;
  const headSha = pull.headRefOid;
  if (!target2)
    return {
      baseSha: pull.baseRefOid,
      headSha,
      files: (await readFilesAt(octokit, repo, paths, pull.baseRefOid)).files
    };
  return { baseSha: target2.oid, headSha, files: await filesOf(octokit, repo, paths, target2.oid, target2) };
}

// src/github/check-runs.ts
var MAX_TEXT = 65e3;
var clip2 = (text, max2) => text.length > max2 ? `${text.slice(0, max2 - 20)}

\u2026(truncated)` : text;
async function upsertCheckRun(octokit, repo, output, existingId) {
  const body = {
    ...repo,
    name: output.name,
    status: "completed",
    conclusion: output.conclusion,
    completed_at: (/* @__PURE__ */ new Date()).toISOString(),
    ...output.detailsUrl ? { details_url: output.detailsUrl } : {},
    output: {
      title: clip2(output.title, 250),
      summary: clip2(output.summary, MAX_TEXT),
      ...output.text ? { text: clip2(output.text, MAX_TEXT) } : {},
      ...output.annotations?.length ? { annotations: output.annotations.slice(0, 50) } : {}
    }
  };
  if (existingId !== void 0 && !output.annotations?.length) {
    await octokit.rest.checks.update({ ...body, check_run_id: existingId });
    return existingId;
  }
  const { data } = await octokit.rest.checks.create({ ...body, head_sha: output.headSha });
  return data.id;
}
async function findCheckRun(octokit, repo, sha, name, appId) {
  const { data } = await octokit.rest.checks.listForRef({
    ...repo,
    ref: sha,
    check_name: name,
    filter: "latest",
    ...appId ? { app_id: appId } : {}
  });
  const run2 = data.check_runs.sort((a, b) => b.id - a.id)[0];
  return run2 ? { id: run2.id, summary: run2.output.summary } : void 0;
}

// src/github/merge-group.ts
var MergeGroupError = class extends Error {
  name = "MergeGroupError";
};
var QUEUE_REF = /^refs\/heads\/gh-readonly-queue\/.+\/pr-(\d+)-[0-9a-f]+$/;
function queuedPull(headRef) {
  const match = headRef.match(QUEUE_REF);
  return match ? Number(match[1]) : void 0;
}
var MERGE_COMMIT = /^Merge pull request #(\d+) from \S/;
var SQUASH_COMMIT = /\(#(\d+)\)\s*$/;
function pullOfMessage(message) {
  const subject = message.split("\n", 1)[0].trim();
  const match = subject.match(MERGE_COMMIT) ?? subject.match(SQUASH_COMMIT);
  return match ? Number(match[1]) : void 0;
}
function pullsOfGroup(group, commits) {
  const bySha = new Map(commits.map((commit) => [commit.sha, commit]));
  const found = [];
  let sha = group.headSha;
  while (sha !== void 0 && sha !== group.baseSha) {
    const commit = bySha.get(sha);
    if (!commit)
      throw new MergeGroupError(
        `the merge group's commits from ${group.baseSha.slice(0, 7)} to ${group.headSha.slice(0, 7)} could not all be read (${plural(commits.length, "commit")} came back), so the pull requests in it cannot all be told`
      );
    const number = pullOfMessage(commit.message);
    if (number !== void 0) found.unshift(number);
    sha = commit.parents[0];
  }
  const named = queuedPull(group.headRef);
  const all = named === void 0 ? found : [...found, named];
  const unique = [...new Set(all)];
  if (unique.length === 0)
    throw new MergeGroupError(
      `neither the queue branch ${group.headRef} nor the messages of the merge group's commits name a pull request`
    );
  return unique;
}
async function listGroupPulls(octokit, repo, group) {
  const { data } = await octokit.rest.repos.compareCommitsWithBasehead({
    ...repo,
    basehead: `${group.baseSha}...${group.headSha}`
  });
  return pullsOfGroup(
    group,
    data.commits.map((commit) => ({
      sha: commit.sha,
      parents: commit.parents.map((parent) => parent.sha),
      message: commit.commit.message
    }))
  );
}

// src/review/group.ts
var PASSES = /* @__PURE__ */ new Set(["approved", "skipped"]);
var WORD = {
  approved: "approved",
  skipped: "no rule applies",
  pending: "waiting for approval",
  disapproved: "disapproved",
  error: "error"
};
var cell = (text) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");
function decideGroup(branch, entries) {
  const failing = entries.filter((entry) => !PASSES.has(entry.verdict.status));
  const numbers = (list2) => list2.map((entry) => `#${entry.number}`).join(", ");
  const title = failing.length === 0 ? `${entries.length === 1 ? "1 pull request passes" : `${entries.length} pull requests pass`} the review policy on ${branch}: ${numbers(entries)}` : failing.length === 1 ? `#${failing[0].number} is not approved (${failing[0].verdict.title})` : `${failing.length} of ${plural(entries.length, "pull request")} are not approved: ${failing.map((entry) => `#${entry.number} (${WORD[entry.verdict.status]})`).join(", ")}`;
  const link = (entry) => entry.url ? `[#${entry.number}](${entry.url})` : `#${entry.number}`;
  const summary = [
    `**${failing.length === 0 ? "success" : "failure"}**: ${title}`,
    "",
    `The merge group holds ${plural(entries.length, "pull request")}; each must pass the review policy on ${branch}.`,
    "",
    "| pull request | verdict | what decided it |",
    "|---|---|---|",
    ...entries.map(
      (entry) => `| ${link(entry)} ${cell(entry.title)} | ${WORD[entry.verdict.status]} | ${cell(entry.verdict.title)} |`
    )
  ].join("\n");
  const text = entries.map((entry) => `## ${link(entry)} ${entry.title}

${renderVerdict(entry.verdict)}`).join("\n\n---\n\n");
  return { conclusion: failing.length === 0 ? "success" : "failure", title, summary, text };
}

// src/review/review-requests.ts
var MAX_REQUESTED_REVIEWERS = 15;
var MAX_MESSAGE = 300;
function refusalLine(refusal) {
  const who = [...refusal.users, ...refusal.teams.map((team) => `team ${team}`)].join(", ");
  const rules = refusal.rules.map((rule) => JSON.stringify(rule)).join(", ");
  const flat = refusal.message.replace(/\s+/g, " ").trim();
  const message = flat.length > MAX_MESSAGE ? `${flat.slice(0, MAX_MESSAGE - 1)}\u2026` : flat;
  return `GitHub refused to request reviews${who ? ` from ${who}` : ""} (for ${refusal.rules.length > 1 ? "rules" : "rule"} ${rules}): ${message || "no message"}`;
}
function requestingRules(review, verdict, pull, handled = /* @__PURE__ */ new Set()) {
  if (!review?.rules || pull.draft || verdict.status === "error") return [];
  return review.rules.flatMap((rule, index) => {
    const result = verdict.rules[index];
    const request = rule["request-review"];
    if (!request || request.enabled === false || result?.status !== "pending" || handled.has(rule.name))
      return [];
    return [{ rule, result }];
  });
}
function leastPermission(rule) {
  const require3 = rule.require;
  const listed = require3.permissions ?? [];
  if (listed.length > 0) return [...listed].sort((a, b) => PERMISSION_RANK[a] - PERMISSION_RANK[b])[0];
  const bare = isEmptyActors(require3) && !require3["code-owners"] && !(require3["each-team"]?.length ?? 0);
  return bare ? "write" : void 0;
}
function needsCollaborators(rules) {
  return rules.some(
    ({ rule }) => (rule["request-review"]?.mode ?? "random-users") !== "teams" && leastPermission(rule)
  );
}
function candidates(rule, pull, state) {
  const require3 = rule.require;
  const people = [...require3.users ?? []];
  for (const team of [...require3.teams ?? [], ...require3["each-team"] ?? []])
    people.push(...teamMembers(pull, team));
  const least = leastPermission(rule);
  if (least) {
    for (const collaborator of state.collaborators ?? [])
      if (PERMISSION_RANK[collaborator.permission] >= PERMISSION_RANK[least]) people.push(collaborator.login);
  }
  if (require3["code-owners"] && pull.codeowners !== void 0) {
    const entries = parseCodeOwners(pull.codeowners);
    for (const file of pull.files)
      for (const owner of ownersOf(entries, file.path).owners) {
        if (!owner.startsWith("@")) continue;
        const name = owner.slice(1);
        people.push(...name.includes("/") ? teamMembers(pull, name) : [name]);
      }
  }
  const unique = [];
  for (const login of people) if (!unique.some((seen) => same(seen, login))) unique.push(login);
  return unique;
}
function pick(items, count, random) {
  const pool = [...items];
  const chosen = [];
  while (chosen.length < count && pool.length > 0) {
    const index = Math.min(pool.length - 1, Math.floor(random() * pool.length));
    chosen.push(pool.splice(index, 1)[0]);
  }
  return chosen;
}
function planReviewRequests(review, rules, pull, state, owner, random = Math.random) {
  const users = [];
  const teams = [];
  const notes = [];
  const contributors = contributorsOf(pull);
  const reviewed = pull.reviews.map((entry) => entry.author);
  const has = (list2, login) => list2.some((entry) => same(entry, login));
  for (const { rule } of rules) {
    const request = rule["request-review"];
    const mode = request.mode ?? "random-users";
    if (mode === "teams") {
      for (const team of [...rule.require.teams ?? [], ...rule.require["each-team"] ?? []]) {
        const [org, slug] = team.split("/");
        if (!same(org, owner)) {
          notes.push(
            `${rule.name}: team ${team} is not in ${owner}, so GitHub cannot be asked for its review`
          );
          continue;
        }
        if (!has(state.requestedTeams, slug) && !has(teams, slug)) teams.push(slug);
      }
      continue;
    }
    const allowContributors = rule.options?.["allow-contributors"] ?? review["allow-contributors"] ?? false;
    const all = candidates(rule, pull, state).filter(
      (login) => !same(login, pull.author) && !login.endsWith("[bot]") && !(!allowContributors && has(contributors, login)) && !has(reviewed, login)
    );
    const open = all.filter((login) => !has(state.requestedUsers, login) && !has(users, login));
    if (mode === "all-users") users.push(...open);
    else {
      const wanted = request.count ?? Math.max(1, rule.require.count ?? 1);
      const asked = all.filter((login) => has(state.requestedUsers, login) || has(users, login)).length;
      users.push(...pick(open, Math.max(0, wanted - asked), random));
    }
  }
  const room = Math.max(
    0,
    MAX_REQUESTED_REVIEWERS - state.requestedUsers.length - state.requestedTeams.length
  );
  if (users.length + teams.length > room) {
    notes.push(
      `GitHub takes at most ${MAX_REQUESTED_REVIEWERS} reviewers: asking ${room} of ${users.length + teams.length}`
    );
    const keptTeams = teams.slice(0, room);
    return { users: users.slice(0, room - keptTeams.length), teams: keptTeams, notes };
  }
  return { users, teams, notes };
}

// app/remote-policies.ts
var remotePolicyCache = new RemotePolicyCache();
function remoteFor(octokit, repo, env = process.env) {
  return remotePolicies(octokit, remotePolicyCache, {
    repositoryOwner: repo.owner,
    allowedOwners: allowedExtendsOwners(env)
  });
}

// app/review/request-reviews.ts
var MAX_REMEMBERED_HEADS = 1e4;
var RequestedHeads = class {
  constructor(max2 = MAX_REMEMBERED_HEADS) {
    this.max = max2;
  }
  max;
  #heads = /* @__PURE__ */ new Map();
  rules(key) {
    return this.#heads.get(key)?.rules ?? /* @__PURE__ */ new Set();
  }
  /** GitHub's refusals of this head's requests, oldest first. */
  refusals(key) {
    return this.#heads.get(key)?.refusals ?? [];
  }
  remember(key, rules) {
    const known = this.#heads.get(key) ?? { rules: /* @__PURE__ */ new Set(), refusals: [] };
    for (const rule of rules) known.rules.add(rule);
    this.#heads.delete(key);
    this.#heads.set(key, known);
    while (this.#heads.size > this.max) this.#heads.delete(this.#heads.keys().next().value);
  }
  forget(key, rules) {
    const known = this.#heads.get(key);
    for (const rule of rules) known?.rules.delete(rule);
  }
  refuse(key, refusal) {
    this.#heads.get(key)?.refusals.push(refusal);
  }
  clear() {
    this.#heads.clear();
  }
};
function headKey(installation, repo, pull) {
  return `${installation}:${repo.owner}/${repo.repo}#${pull.number}@${pull.head.sha}`.toLowerCase();
}
var statusOf = (error) => error.status;
async function requestReviews(octokit, repo, snapshot, review, verdict, deps) {
  const key = headKey(deps.installation, repo, snapshot);
  const rules = requestingRules(review, verdict, snapshot, deps.requested.rules(key));
  if (!review || rules.length === 0) return { asked: false };
  const names = rules.map(({ rule }) => rule.name);
  deps.requested.remember(key, names);
  let plan;
  try {
    const pull_number = snapshot.number;
    const [{ data: requested }, collaborators] = await Promise.all([
      octokit.rest.pulls.listRequestedReviewers({ ...repo, pull_number }),
      needsCollaborators(rules) ? deps.cache.collaborators(octokit, deps.installation, repo) : void 0
    ]);
    plan = planReviewRequests(
      review,
      rules,
      snapshot,
      {
        requestedUsers: requested.users.map((user) => user.login),
        requestedTeams: requested.teams.map((team) => team.slug),
        collaborators
      },
      repo.owner,
      deps.random
    );
    if (plan.users.length === 0 && plan.teams.length === 0) return { asked: false };
    await octokit.rest.pulls.requestReviewers({
      ...repo,
      pull_number,
      reviewers: plan.users,
      team_reviewers: plan.teams
    });
    return { asked: true, rules: names, ...plan };
  } catch (error) {
    if (statusOf(error) === 422) {
      const refusal = {
        rules: names,
        users: plan?.users ?? [],
        teams: (plan?.teams ?? []).map((slug) => `${repo.owner}/${slug}`),
        message: error.message
      };
      deps.requested.refuse(key, refusal);
      return { asked: false, refused: refusal };
    }
    deps.requested.forget(key, names);
    throw error;
  }
}

// app/review/run.ts
var REVIEW_CHECK = "TerraFusion / review";
var ROOT = "/repository";
async function policyAt(octokit, repo, sha, known) {
  const defaults = known ?? (await readFilesAt(octokit, repo, DEFAULT_POLICY_PATHS, sha)).files;
  const read = (absolute) => {
    const path = absolute.slice(ROOT.length + 1);
    return defaults.has(path) ? defaults.get(path) : readFileAt(octokit, repo, path, sha);
  };
  try {
    const loaded = await loadPolicy({ cwd: ROOT, read, remote: remoteFor(octokit, repo) });
    return loaded.files.length === 0 ? { missing: true } : { loaded };
  } catch (error) {
    if (error instanceof PolicyError) return { problems: error.problems };
    throw error;
  }
}
var CONCLUSION = {
  approved: "success",
  skipped: "neutral",
  pending: "action_required",
  disapproved: "failure",
  error: "failure"
};
async function decidePull(octokit, repo, number, review, deps, options) {
  const found = await fetchPullSnapshot(octokit, repo, number, review, deps, {
    baseSha: options.base,
    appId: deps.appId,
    gates: options.gates
  });
  return { found, verdict: evaluateReview(review, found.snapshot) };
}
function policyProblemsOutput(problems) {
  const lines = problems.map(formatProblem);
  return {
    conclusion: "failure",
    title: `The policy on the base branch does not parse (${plural(lines.length, "problem")})`,
    summary: `Fix ${[...new Set(problems.map((problem) => problem.file))].join(" and ")} on the base branch:

${codeBlock(lines.join("\n"))}`
  };
}
async function reviewPull(octokit, repo, pull, deps, options = {}) {
  const base = await policyAt(octokit, repo, pull.baseSha, options.basePolicy);
  if ("missing" in base) return { posted: false };
  if (options.onlyIfGateRules && !("loaded" in base && needsOf(base.loaded.policy.review).gates))
    return { posted: false };
  const { found, verdict } = await decidePull(
    octokit,
    repo,
    pull.number,
    "loaded" in base ? base.loaded.policy.review : void 0,
    deps,
    { base: pull.baseSha, gates: options.gates }
  );
  const headSha = found.snapshot.head.sha;
  const existing = found.checkRuns.get(REVIEW_CHECK)?.id;
  const detailsUrl = pull.url;
  if ("problems" in base) {
    await upsertCheckRun(
      octokit,
      repo,
      { name: REVIEW_CHECK, headSha, ...policyProblemsOutput(base.problems), detailsUrl },
      existing
    );
    return { posted: true, status: "error" };
  }
  let text = renderVerdict(verdict);
  const annotations = [];
  const policyFiles = base.loaded.files;
  if (found.snapshot.files.some(
    (file) => policyFiles.includes(file.path) || DEFAULT_POLICY_PATHS.some((path) => path === file.path)
  )) {
    const proposed = await policyAt(octokit, repo, headSha);
    text += "\n\n---\n## The policy this pull request proposes\n\nThe base branch's policy decides; the proposed one ";
    if ("loaded" in proposed) {
      const next = evaluateReview(proposed.loaded.policy.review, found.snapshot);
      text += `would say:

${renderVerdict(next)}`;
    } else if ("problems" in proposed) {
      text += `does not parse:

${codeBlock(proposed.problems.map(formatProblem).join("\n"))}`;
      for (const problem of proposed.problems.slice(0, 50))
        annotations.push({
          path: problem.file,
          start_line: problem.line,
          end_line: problem.line,
          annotation_level: "failure",
          message: problem.path ? `${problem.path}: ${problem.message}` : problem.message
        });
    } else text += "deletes the policy file: the repository would have no review policy.";
  }
  const output = (refusals) => ({
    name: REVIEW_CHECK,
    headSha,
    conclusion: CONCLUSION[verdict.status],
    title: verdict.title,
    summary: [`**${verdict.status}**: ${verdict.title}`, ...shownRefusals(refusals, verdict)].join("\n\n"),
    text,
    detailsUrl,
    annotations
  });
  const key = headKey(deps.installation, repo, found.snapshot);
  const id = await upsertCheckRun(octokit, repo, output(deps.requested?.refusals(key) ?? []), existing);
  const requests = deps.requested ? await requestReviews(octokit, repo, found.snapshot, base.loaded.policy.review, verdict, {
    ...deps,
    requested: deps.requested
  }) : void 0;
  if (requests?.refused) {
    deps.log?.warn(
      `review: ${repo.owner}/${repo.repo}#${pull.number} at ${headSha.slice(0, 7)}: ${refusalLine(requests.refused)}`
    );
    const { annotations: _sent, ...again } = output(deps.requested.refusals(key));
    try {
      await upsertCheckRun(octokit, repo, again, id);
    } catch (error) {
      deps.log?.warn(
        `review: ${repo.owner}/${repo.repo}#${pull.number}: could not add the refusal to the check run: ${error.message}`
      );
    }
  }
  return { posted: true, status: verdict.status, verdict, requests };
}
function shownRefusals(refusals, verdict) {
  const pending = new Set(verdict.rules.filter((rule) => rule.status === "pending").map((rule) => rule.name));
  return refusals.filter((refusal) => refusal.rules.some((rule) => pending.has(rule))).map(refusalLine);
}

// app/review/merge-group.ts
async function reviewMergeGroup(octokit, repo, group, deps, htmlUrl) {
  const branch = group.baseRef.replace(/^refs\/heads\//, "");
  const base = await policyAt(octokit, repo, branch);
  if ("missing" in base) return { posted: false };
  const existing = (await findCheckRun(octokit, repo, group.headSha, REVIEW_CHECK, deps.appId))?.id;
  const write = (output) => upsertCheckRun(octokit, repo, { name: REVIEW_CHECK, headSha: group.headSha, ...output }, existing);
  if ("problems" in base) {
    await write(policyProblemsOutput(base.problems));
    return { posted: true, conclusion: "failure" };
  }
  let numbers;
  try {
    numbers = await listGroupPulls(octokit, repo, group);
  } catch (error) {
    if (!(error instanceof MergeGroupError)) throw error;
    await write({
      conclusion: "failure",
      title: "Cannot tell which pull requests this merge group holds",
      summary: `**failure**: ${error.message}. Remove the pull requests from the queue and add them again.`
    });
    return { posted: true, conclusion: "failure" };
  }
  const review = base.loaded.policy.review;
  const entries = [];
  for (const number of numbers) {
    const url = htmlUrl ? `${htmlUrl}/pull/${number}` : void 0;
    try {
      const { found, verdict } = await decidePull(octokit, repo, number, review, deps, { base: branch });
      entries.push({ number, title: found.snapshot.title, url, verdict });
    } catch (error) {
      entries.push({ number, title: "", url, verdict: unreadable(error) });
    }
  }
  const decision = decideGroup(branch, entries);
  await write(decision);
  return { posted: true, conclusion: decision.conclusion, pulls: numbers };
}
function unreadable(error) {
  const message = error instanceof Error ? error.message : String(error);
  return {
    status: "error",
    title: `Could not read this pull request: ${message.replace(/\s*\n\s*/g, " ")}`,
    rules: [],
    disapprovals: [],
    combination: ""
  };
}

// app/review/feature.ts
var membershipCache = new MembershipCache();
var requestedHeads = new RequestedHeads();
function reviewDeps(context) {
  const installation = context.payload.installation?.id ?? 0;
  const appId = Number(process.env.APP_ID) || void 0;
  return { cache: membershipCache, installation, appId, requested: requestedHeads, log: context.log };
}
var target = (pull) => ({
  number: pull.number,
  baseSha: pull.base.sha,
  headSha: pull.head.sha,
  url: pull.html_url
});
var reviewFeature = {
  name: "review",
  register(app) {
    handle(
      app,
      [
        "pull_request.opened",
        "pull_request.synchronize",
        "pull_request.reopened",
        "pull_request.edited",
        "pull_request.labeled",
        "pull_request.unlabeled",
        "pull_request.ready_for_review",
        "pull_request.converted_to_draft",
        "pull_request_review.submitted",
        "pull_request_review.edited",
        "pull_request_review.dismissed"
      ],
      "review",
      async (context) => {
        await reviewPull(
          context.octokit,
          repoOf(context.payload),
          target(context.payload.pull_request),
          reviewDeps(context)
        );
      }
    );
    handle(app, ["issue_comment.created", "issue_comment.edited"], "review", async (context) => {
      const issue = context.payload.issue;
      if (!issue.pull_request) return;
      const repo = repoOf(context.payload);
      const base = await readPullBase(context.octokit, repo, issue.number, DEFAULT_POLICY_PATHS);
      if (![...base.files.values()].some(Boolean)) return;
      await reviewPull(
        context.octokit,
        repo,
        {
          number: issue.number,
          baseSha: base.baseSha,
          headSha: base.headSha,
          url: issue.pull_request.html_url ?? issue.html_url
        },
        reviewDeps(context),
        { basePolicy: base.files }
      );
    });
    handle(app, "merge_group.checks_requested", "review", async (context) => {
      const group = context.payload.merge_group;
      await reviewMergeGroup(
        context.octokit,
        repoOf(context.payload),
        {
          headSha: group.head_sha,
          headRef: group.head_ref,
          baseSha: group.base_sha,
          baseRef: group.base_ref
        },
        reviewDeps(context),
        context.payload.repository?.html_url
      );
    });
    handle(app, "check_run.rerequested", "review", async (context) => {
      const run2 = context.payload.check_run;
      if (run2.name !== "TerraFusion / review") return;
      const repo = repoOf(context.payload);
      for (const pull of run2.pull_requests)
        await reviewPull(
          context.octokit,
          repo,
          { number: pull.number, baseSha: pull.base.sha, headSha: pull.head.sha },
          reviewDeps(context)
        );
    });
  }
};

// node_modules/fflate/esm/index.mjs
import { createRequire } from "module";
var require2 = createRequire("/");
var _a;
var Worker;
var isMarkedAsUntransferable;
try {
  _a = require2("worker_threads"), Worker = _a.Worker, isMarkedAsUntransferable = _a.isMarkedAsUntransferable;
} catch (e) {
}
var u8 = Uint8Array;
var u16 = Uint16Array;
var i32 = Int32Array;
var fleb = new u8([
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  1,
  1,
  1,
  1,
  2,
  2,
  2,
  2,
  3,
  3,
  3,
  3,
  4,
  4,
  4,
  4,
  5,
  5,
  5,
  5,
  0,
  /* unused */
  0,
  0,
  /* impossible */
  0
]);
var fdeb = new u8([
  0,
  0,
  0,
  0,
  1,
  1,
  2,
  2,
  3,
  3,
  4,
  4,
  5,
  5,
  6,
  6,
  7,
  7,
  8,
  8,
  9,
  9,
  10,
  10,
  11,
  11,
  12,
  12,
  13,
  13,
  /* unused */
  0,
  0
]);
var clim = new u8([16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]);
var freb = function(eb, start) {
  var b = new u16(31);
  for (var i2 = 0; i2 < 31; ++i2) {
    b[i2] = start += 1 << eb[i2 - 1];
  }
  var r = new i32(b[30]);
  for (var i2 = 1; i2 < 30; ++i2) {
    for (var j = b[i2]; j < b[i2 + 1]; ++j) {
      r[j] = j - b[i2] << 5 | i2;
    }
  }
  return { b, r };
};
var _a = freb(fleb, 2);
var fl = _a.b;
var revfl = _a.r;
fl[28] = 258, revfl[258] = 28;
var _b = freb(fdeb, 0);
var fd = _b.b;
var revfd = _b.r;
var rev = new u16(32768);
for (i = 0; i < 32768; ++i) {
  x = (i & 43690) >> 1 | (i & 21845) << 1;
  x = (x & 52428) >> 2 | (x & 13107) << 2;
  x = (x & 61680) >> 4 | (x & 3855) << 4;
  rev[i] = ((x & 65280) >> 8 | (x & 255) << 8) >> 1;
}
var x;
var i;
var hMap = (function(cd, mb, r) {
  var s = cd.length;
  var i2 = 0;
  var l = new u16(mb);
  for (; i2 < s; ++i2) {
    if (cd[i2])
      ++l[cd[i2] - 1];
  }
  var le = new u16(mb);
  for (i2 = 1; i2 < mb; ++i2) {
    le[i2] = le[i2 - 1] + l[i2 - 1] << 1;
  }
  var co;
  if (r) {
    co = new u16(1 << mb);
    var rvb = 15 - mb;
    for (i2 = 0; i2 < s; ++i2) {
      if (cd[i2]) {
        var sv = i2 << 4 | cd[i2];
        var r_1 = mb - cd[i2];
        var v = le[cd[i2] - 1]++ << r_1;
        for (var m = v | (1 << r_1) - 1; v <= m; ++v) {
          co[rev[v] >> rvb] = sv;
        }
      }
    }
  } else {
    co = new u16(s);
    for (i2 = 0; i2 < s; ++i2) {
      if (cd[i2]) {
        co[i2] = rev[le[cd[i2] - 1]++] >> 15 - cd[i2];
      }
    }
  }
  return co;
});
var flt = new u8(288);
for (i = 0; i < 144; ++i)
  flt[i] = 8;
var i;
for (i = 144; i < 256; ++i)
  flt[i] = 9;
var i;
for (i = 256; i < 280; ++i)
  flt[i] = 7;
var i;
for (i = 280; i < 288; ++i)
  flt[i] = 8;
var i;
var fdt = new u8(32);
for (i = 0; i < 32; ++i)
  fdt[i] = 5;
var i;
var flrm = /* @__PURE__ */ hMap(flt, 9, 1);
var fdrm = /* @__PURE__ */ hMap(fdt, 5, 1);
var max = function(a) {
  var m = a[0];
  for (var i2 = 1; i2 < a.length; ++i2) {
    if (a[i2] > m)
      m = a[i2];
  }
  return m;
};
var bits = function(d, p, m) {
  var o = p / 8 | 0;
  return (d[o] | d[o + 1] << 8) >> (p & 7) & m;
};
var bits16 = function(d, p) {
  var o = p / 8 | 0;
  return (d[o] | d[o + 1] << 8 | d[o + 2] << 16) >> (p & 7);
};
var shft = function(p) {
  return (p + 7) / 8 | 0;
};
var slc = function(v, s, e) {
  if (s == null || s < 0)
    s = 0;
  if (e == null || e > v.length)
    e = v.length;
  return new u8(v.subarray(s, e));
};
var ec = [
  "unexpected EOF",
  "invalid block type",
  "invalid length/literal",
  "invalid distance",
  "stream finished",
  "no stream handler",
  ,
  // determined by compression function
  "no callback",
  "invalid UTF-8 data",
  "extra field too long",
  "date not in range 1980-2099",
  "filename too long",
  "stream finishing",
  "invalid zip data"
  // determined by unknown compression method
];
var err = function(ind, msg, nt) {
  var e = new Error(msg || ec[ind]);
  e.code = ind;
  if (Error.captureStackTrace)
    Error.captureStackTrace(e, err);
  if (!nt)
    throw e;
  return e;
};
var inflt = function(dat, st, buf, dict) {
  var sl = dat.length, dl = dict ? dict.length : 0;
  if (!sl || st.f && !st.l)
    return buf || new u8(0);
  var noBuf = !buf;
  var resize = noBuf || st.i != 2;
  var noSt = st.i;
  if (noBuf)
    buf = new u8(sl * 3);
  var cbuf = function(l2) {
    var bl = buf.length;
    if (l2 > bl) {
      var nbuf = new u8(Math.max(bl * 2, l2));
      nbuf.set(buf);
      buf = nbuf;
    }
  };
  var final = st.f || 0, pos = st.p || 0, bt = st.b || 0, lm = st.l, dm = st.d, lbt = st.m, dbt = st.n;
  var tbts = sl * 8;
  do {
    if (!lm) {
      final = bits(dat, pos, 1);
      var type = bits(dat, pos + 1, 3);
      pos += 3;
      if (!type) {
        var s = shft(pos) + 4, l = dat[s - 4] | dat[s - 3] << 8, t = s + l;
        if (t > sl) {
          if (noSt)
            err(0);
          break;
        }
        if (resize)
          cbuf(bt + l);
        buf.set(dat.subarray(s, t), bt);
        st.b = bt += l, st.p = pos = t * 8, st.f = final;
        continue;
      } else if (type == 1)
        lm = flrm, dm = fdrm, lbt = 9, dbt = 5;
      else if (type == 2) {
        var hLit = bits(dat, pos, 31) + 257, hcLen = bits(dat, pos + 10, 15) + 4;
        var tl = hLit + bits(dat, pos + 5, 31) + 1;
        pos += 14;
        var ldt = new u8(tl);
        var clt = new u8(19);
        for (var i2 = 0; i2 < hcLen; ++i2) {
          clt[clim[i2]] = bits(dat, pos + i2 * 3, 7);
        }
        pos += hcLen * 3;
        var clb = max(clt), clbmsk = (1 << clb) - 1;
        var clm = hMap(clt, clb, 1);
        for (var i2 = 0; i2 < tl; ) {
          var r = clm[bits(dat, pos, clbmsk)];
          pos += r & 15;
          var s = r >> 4;
          if (s < 16) {
            ldt[i2++] = s;
          } else {
            var c = 0, n = 0;
            if (s == 16)
              n = 3 + bits(dat, pos, 3), pos += 2, c = ldt[i2 - 1];
            else if (s == 17)
              n = 3 + bits(dat, pos, 7), pos += 3;
            else if (s == 18)
              n = 11 + bits(dat, pos, 127), pos += 7;
            while (n--)
              ldt[i2++] = c;
          }
        }
        var lt = ldt.subarray(0, hLit), dt = ldt.subarray(hLit);
        lbt = max(lt);
        dbt = max(dt);
        lm = hMap(lt, lbt, 1);
        dm = hMap(dt, dbt, 1);
      } else
        err(1);
      if (pos > tbts) {
        if (noSt)
          err(0);
        break;
      }
    }
    if (resize)
      cbuf(bt + 131072);
    var lms = (1 << lbt) - 1, dms = (1 << dbt) - 1;
    var lpos = pos;
    for (; ; lpos = pos) {
      var c = lm[bits16(dat, pos) & lms], sym = c >> 4;
      pos += c & 15;
      if (pos > tbts) {
        if (noSt)
          err(0);
        break;
      }
      if (!c)
        err(2);
      if (sym < 256)
        buf[bt++] = sym;
      else if (sym == 256) {
        lpos = pos, lm = null;
        break;
      } else {
        var add = sym - 254;
        if (sym > 264) {
          var i2 = sym - 257, b = fleb[i2];
          add = bits(dat, pos, (1 << b) - 1) + fl[i2];
          pos += b;
        }
        var d = dm[bits16(dat, pos) & dms], dsym = d >> 4;
        if (!d)
          err(3);
        pos += d & 15;
        var dt = fd[dsym];
        if (dsym > 3) {
          var b = fdeb[dsym];
          dt += bits16(dat, pos) & (1 << b) - 1, pos += b;
        }
        if (pos > tbts) {
          if (noSt)
            err(0);
          break;
        }
        if (resize)
          cbuf(bt + 131072);
        var end = bt + add;
        if (bt < dt) {
          var shift = dl - dt, dend = Math.min(dt, end);
          if (shift + bt < 0)
            err(3);
          for (; bt < dend; ++bt)
            buf[bt] = dict[shift + bt];
        }
        for (; bt < end; ++bt)
          buf[bt] = buf[bt - dt];
      }
    }
    st.l = lm, st.p = lpos, st.b = bt, st.f = final;
    if (lm)
      final = 1, st.m = lbt, st.d = dm, st.n = dbt;
  } while (!final);
  return bt != buf.length && noBuf ? slc(buf, 0, bt) : buf.subarray(0, bt);
};
var et = /* @__PURE__ */ new u8(0);
var b2 = function(d, b) {
  return d[b] | d[b + 1] << 8;
};
var b4 = function(d, b) {
  return (d[b] | d[b + 1] << 8 | d[b + 2] << 16 | d[b + 3] << 24) >>> 0;
};
var b8 = function(d, b) {
  return b4(d, b) + b4(d, b + 4) * 4294967296;
};
var Inflate = /* @__PURE__ */ (function() {
  function Inflate2(opts, cb) {
    if (typeof opts == "function")
      cb = opts, opts = {};
    this.ondata = cb;
    var dict = opts && opts.dictionary && opts.dictionary.subarray(-32768);
    this.s = { i: 0, b: dict ? dict.length : 0 };
    this.o = new u8(32768);
    this.p = new u8(0);
    if (dict)
      this.o.set(dict);
  }
  Inflate2.prototype.e = function(c) {
    if (!this.ondata)
      err(5);
    if (this.d)
      err(4);
    if (!this.p.length)
      this.p = c;
    else if (c.length) {
      var n = new u8(this.p.length + c.length);
      n.set(this.p), n.set(c, this.p.length), this.p = n;
    }
  };
  Inflate2.prototype.c = function(final) {
    this.s.i = +(this.d = final || false);
    var bts = this.s.b;
    var dt = inflt(this.p, this.s, this.o);
    this.ondata(slc(dt, bts, this.s.b), this.d);
    this.o = slc(dt, this.s.b - 32768), this.s.b = this.o.length;
    this.p = slc(this.p, this.s.p / 8 | 0), this.s.p &= 7;
  };
  Inflate2.prototype.push = function(chunk, final) {
    this.e(chunk), this.c(final);
  };
  return Inflate2;
})();
var td = typeof TextDecoder != "undefined" && /* @__PURE__ */ new TextDecoder();
var tds = 0;
try {
  td.decode(et, { stream: true });
  tds = 1;
} catch (e) {
}
var dutf8 = function(d) {
  for (var r = "", i2 = 0; ; ) {
    var c = d[i2++];
    var eb = (c > 127) + (c > 223) + (c > 239);
    if (i2 + eb > d.length)
      return { s: r, r: slc(d, i2 - 1) };
    if (!eb)
      r += String.fromCharCode(c);
    else if (eb == 3) {
      c = ((c & 15) << 18 | (d[i2++] & 63) << 12 | (d[i2++] & 63) << 6 | d[i2++] & 63) - 65536, r += String.fromCharCode(55296 | c >> 10, 56320 | c & 1023);
    } else if (eb & 1)
      r += String.fromCharCode((c & 31) << 6 | d[i2++] & 63);
    else
      r += String.fromCharCode((c & 15) << 12 | (d[i2++] & 63) << 6 | d[i2++] & 63);
  }
};
function strFromU8(dat, latin1) {
  if (latin1) {
    var r = "";
    for (var i2 = 0; i2 < dat.length; i2 += 16384)
      r += String.fromCharCode.apply(null, dat.subarray(i2, i2 + 16384));
    return r;
  } else if (td) {
    return td.decode(dat);
  } else {
    var _a2 = dutf8(dat), s = _a2.s, r = _a2.r;
    if (r.length)
      err(8);
    return s;
  }
}
var z64hs = function(d, b, l, z, sc, su, off) {
  var nsc = sc == 4294967295, nsu = su == 4294967295, noff = off == 4294967295, e = b + l;
  var nf = nsc + nsu + noff;
  if (z && nf) {
    for (; b + 4 < e; b += 4 + b2(d, b + 2)) {
      if (b2(d, b) == 1) {
        return [
          nsc ? b8(d, b + 4 + 8 * nsu) : sc,
          nsu ? b8(d, b + 4) : su,
          noff ? b8(d, b + 4 + 8 * (nsu + nsc)) : off,
          1
        ];
      }
    }
    if (z < 2)
      err(13);
  }
  return [sc, su, off, 0];
};
var UnzipPassThrough = /* @__PURE__ */ (function() {
  function UnzipPassThrough2() {
  }
  UnzipPassThrough2.prototype.push = function(chunk, final) {
    this.ondata(null, chunk, final);
  };
  UnzipPassThrough2.compression = 0;
  return UnzipPassThrough2;
})();
var UnzipInflate = /* @__PURE__ */ (function() {
  function UnzipInflate2() {
    var _this = this;
    this.i = new Inflate(function(dat, final) {
      _this.ondata(null, dat, final);
    });
  }
  UnzipInflate2.prototype.push = function(chunk, final) {
    try {
      this.i.push(chunk, final);
    } catch (e) {
      this.ondata(e, null, final);
    }
  };
  UnzipInflate2.compression = 8;
  return UnzipInflate2;
})();
var Unzip = /* @__PURE__ */ (function() {
  function Unzip2(cb) {
    this.onfile = cb;
    this.k = [];
    this.o = {
      0: UnzipPassThrough
    };
    this.p = et;
  }
  Unzip2.prototype.push = function(chunk, final) {
    var _this = this;
    if (!this.onfile)
      err(5);
    if (!this.p)
      err(4);
    if (this.c > 0) {
      var len = Math.min(this.c, chunk.length);
      var toAdd = chunk.subarray(0, len);
      this.c -= len;
      if (this.d)
        this.d.push(toAdd, !this.c);
      else
        this.k[0].push(toAdd);
      chunk = chunk.subarray(len);
      if (chunk.length)
        return this.push(chunk, final);
    } else {
      var f = 0, i2 = 0, is = void 0, buf = void 0;
      if (!this.p.length)
        buf = chunk;
      else if (!chunk.length)
        buf = this.p;
      else {
        buf = new u8(this.p.length + chunk.length);
        buf.set(this.p), buf.set(chunk, this.p.length);
      }
      var l = buf.length, oc = this.c, add = oc && this.d;
      var _loop_2 = function() {
        var sig = b4(buf, i2);
        if (sig == 67324752) {
          f = 1, is = i2;
          this_1.d = null;
          this_1.c = 0;
          var bf = b2(buf, i2 + 6), cmp_1 = b2(buf, i2 + 8), u = bf & 2048, dd = bf & 8, fnl = b2(buf, i2 + 26), es = b2(buf, i2 + 28);
          if (l > i2 + 30 + fnl + es) {
            var chks_3 = [];
            this_1.k.unshift(chks_3);
            f = 2;
            var lsc = b4(buf, i2 + 18), lsu = b4(buf, i2 + 22);
            var fn_1 = strFromU8(buf.subarray(i2 + 30, i2 += 30 + fnl), !u);
            var _a2 = z64hs(buf, i2, es, 2, lsc, lsu, 0), sc_1 = _a2[0], su_1 = _a2[1], z64 = _a2[3];
            if (dd)
              sc_1 = -1 - z64;
            i2 += es;
            this_1.c = sc_1;
            var d_1;
            var file_1 = {
              name: fn_1,
              compression: cmp_1,
              start: function() {
                if (!file_1.ondata)
                  err(5);
                if (!sc_1)
                  file_1.ondata(null, et, true);
                else {
                  var ctr = _this.o[cmp_1];
                  if (!ctr)
                    file_1.ondata(err(14, "unknown compression type " + cmp_1, 1), null, false);
                  d_1 = sc_1 < 0 ? new ctr(fn_1) : new ctr(fn_1, sc_1, su_1);
                  d_1.ondata = function(err2, dat3, final2) {
                    file_1.ondata(err2, dat3, final2);
                  };
                  for (var _i = 0, chks_4 = chks_3; _i < chks_4.length; _i++) {
                    var dat2 = chks_4[_i];
                    d_1.push(dat2, false);
                  }
                  if (_this.k[0] == chks_3 && _this.c)
                    _this.d = d_1;
                  else
                    d_1.push(et, true);
                }
              },
              terminate: function() {
                if (d_1 && d_1.terminate)
                  d_1.terminate();
              }
            };
            if (sc_1 >= 0)
              file_1.size = sc_1, file_1.originalSize = su_1;
            this_1.onfile(file_1);
          }
          return "break";
        } else if (oc) {
          if (sig == 134695760) {
            is = i2 += 12 + (oc == -2 && 8), f = 3, this_1.c = 0;
            return "break";
          } else if (sig == 33639248) {
            is = i2 -= 4, f = 3, this_1.c = 0;
            return "break";
          }
        }
      };
      var this_1 = this;
      for (; i2 < l - 4; ++i2) {
        var state_1 = _loop_2();
        if (state_1 === "break")
          break;
      }
      this.p = et;
      if (oc < 0) {
        var dat = f ? buf.subarray(0, is - 12 - (oc == -2 && 8) - (b4(buf, is - 16) == 134695760 && 4)) : buf.subarray(0, i2);
        if (add)
          add.push(dat, !!f);
        else
          this.k[+(f == 2)].push(dat);
      }
      if (f & 2)
        return this.push(buf.subarray(i2), final);
      this.p = buf.subarray(i2);
    }
    if (final) {
      if (this.c)
        err(13);
      this.p = null;
    }
  };
  Unzip2.prototype.register = function(decoder) {
    this.o[decoder.compression] = decoder;
  };
  return Unzip2;
})();

// src/github/unzip-entry.ts
var CHUNK = 16 * 1024;
var ZipEntryTooLarge = class extends Error {
};
function unzipEntry(zip, name, maxBytes) {
  const chunks = [];
  let total = 0;
  let found = false;
  let failure;
  const unzip = new Unzip((file) => {
    if (found || file.name !== name) return;
    found = true;
    if (file.originalSize !== void 0 && file.originalSize > maxBytes) {
      failure = new ZipEntryTooLarge(
        `${name} is ${file.originalSize} bytes, over the ${maxBytes}-byte limit`
      );
      return;
    }
    file.ondata = (error, data, final) => {
      if (failure) return;
      if (error) {
        failure = error;
        return;
      }
      total += data.length;
      if (total > maxBytes) {
        failure = new ZipEntryTooLarge(`${name} inflates past the ${maxBytes}-byte limit`);
        file.terminate();
        return;
      }
      chunks.push(data);
      void final;
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  for (let offset = 0; offset < zip.length && !failure; offset += CHUNK)
    unzip.push(zip.subarray(offset, offset + CHUNK), offset + CHUNK >= zip.length);
  if (failure) throw failure;
  if (!found) return void 0;
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}

// src/github/gate-artifacts.ts
var ARTIFACT_PREFIX = "terrafusion-gate-";
var MAX_ARTIFACT_BYTES = 4 * 1024 * 1024;
var MAX_RESULT_BYTES = 8 * 1024 * 1024;
var MAX_ARTIFACTS = 20;
async function downloadGateResults(octokit, repo, runId) {
  const artifacts = await octokit.paginate(octokit.rest.actions.listWorkflowRunArtifacts, {
    ...repo,
    run_id: runId,
    per_page: 100
  });
  const results = [];
  const ours = artifacts.filter(
    (artifact) => artifact.name.startsWith(ARTIFACT_PREFIX) && /^[a-z0-9-]+$/.test(artifact.name.slice(ARTIFACT_PREFIX.length)) && !artifact.expired && // GitHub's own record of the artifact: too big is refused before a byte is downloaded.
    (artifact.size_in_bytes ?? 0) <= MAX_ARTIFACT_BYTES && (artifact.workflow_run?.id === void 0 || artifact.workflow_run.id === runId)
  ).slice(0, MAX_ARTIFACTS);
  for (const artifact of ours) {
    const name = artifact.name.slice(ARTIFACT_PREFIX.length);
    const { data } = await octokit.rest.actions.downloadArtifact({
      ...repo,
      artifact_id: artifact.id,
      archive_format: "zip"
    });
    const zip = new Uint8Array(data);
    if (zip.byteLength > MAX_ARTIFACT_BYTES) continue;
    try {
      const bytes = unzipEntry(zip, `terrafusion-${name}.json`, MAX_RESULT_BYTES);
      if (!bytes) continue;
      const result = JSON.parse(new TextDecoder().decode(bytes));
      if (isGateResult(result, name)) results.push(result);
    } catch {
    }
  }
  return results;
}

// src/review/gates-table.ts
var ICON = { success: "\u2705", failure: "\u274C", error: "\u26A0\uFE0F", skipped: "\u23ED\uFE0F" };
var fmt = (value) => {
  if (value === null || value === void 0) return "n/a";
  if (Number.isInteger(value)) return String(value);
  if (Math.abs(value) >= 100) return value.toFixed(0);
  if (Math.abs(value) >= 1) return String(Number(value.toFixed(2)));
  return String(Number(value.toPrecision(2)));
};
function keyMetrics(result) {
  const held = Object.keys(result.thresholds).filter((key) => key in result.metrics);
  const rest = Object.keys(result.metrics).filter((key) => !held.includes(key));
  return [...held, ...rest].map((key) => [key, result.metrics[key] ?? null]);
}
function gateRow(result, link) {
  const figures = keyMetrics(result).slice(0, 4).map(
    ([key, value]) => `${key} ${fmt(value)}${key in result.thresholds ? ` (limit ${fmt(result.thresholds[key])})` : ""}`
  ).join(", ");
  const delta = result.base ? keyMetrics(result).filter(([key, value]) => typeof value === "number" && typeof result.base?.[key] === "number").slice(0, 3).map(([key, value]) => {
    const change = value - result.base[key];
    return `${key} ${change >= 0 ? "+" : ""}${fmt(change)}`;
  }).join(", ") || "n/a" : "no base";
  return {
    gate: result.gate,
    conclusion: result.conclusion,
    headline: result.headline,
    figures,
    delta,
    link
  };
}
var GATES_COMMENT_MARKER = "<!-- terrafusion:gates -->";
function renderGatesTable(rows) {
  const sorted = [...rows].sort((a, b) => a.gate.localeCompare(b.gate));
  const outcomes = Object.fromEntries(sorted.map((row) => [row.gate, row.conclusion]));
  return [
    GATES_COMMENT_MARKER,
    `<!-- terrafusion-gates ${JSON.stringify(outcomes)} -->`,
    `<!-- terrafusion-gate-rows ${Buffer.from(JSON.stringify(sorted)).toString("base64")} -->`,
    "### TerraFusion gates",
    "",
    "| Gate | Verdict | Key figures | \u0394 vs base | Details |",
    "|---|---|---|---|---|",
    ...sorted.map(
      (row) => `| ${tableCell(row.gate)} | ${ICON[row.conclusion] ?? ""} ${tableCell(row.conclusion)}: ${tableCell(row.headline)} | ${tableCell(row.figures) || "\u2014"} | ${tableCell(row.delta)} | ${row.link ? `[run](${row.link})` : "\u2014"} |`
    )
  ].join("\n");
}
function parseGateRows(text) {
  const match = /<!-- terrafusion-gate-rows ([A-Za-z0-9+/=]+) -->/.exec(text ?? "");
  if (!match) return [];
  try {
    return JSON.parse(Buffer.from(match[1], "base64").toString("utf8"));
  } catch {
    return [];
  }
}

// app/gates/surface.ts
var GATES_CHECK = "TerraFusion / gates";
async function publishGates(octokit, repo, run2, appId) {
  const results = await downloadGateResults(octokit, repo, run2.id);
  if (results.length === 0) return { rows: 0, outcomes: {}, pulls: [] };
  const existing = await findCheckRun(octokit, repo, run2.headSha, GATES_CHECK, appId);
  const rows = new Map(parseGateRows(existing?.summary).map((row) => [row.gate, row]));
  for (const result of results) rows.set(result.gate, gateRow(result, run2.url));
  const table = renderGatesTable([...rows.values()]);
  const failing = [...rows.values()].filter(
    (row) => row.conclusion === "failure" || row.conclusion === "error"
  );
  await upsertCheckRun(
    octokit,
    repo,
    {
      name: GATES_CHECK,
      headSha: run2.headSha,
      conclusion: failing.length ? "failure" : "success",
      title: failing.length ? `${failing.length} of ${plural(rows.size, "gate")} failed: ${failing.map((row) => row.gate).join(", ")}` : `${plural(rows.size, "gate")} passed`,
      summary: table,
      detailsUrl: run2.url
    },
    existing?.id
  );
  let pulls = run2.pulls;
  if (pulls.length === 0 && run2.head) {
    const { data } = await octokit.rest.pulls.list({
      ...repo,
      state: "open",
      head: `${run2.head.owner}:${run2.head.branch}`
    });
    pulls = data.filter((pull) => pull.head.sha === run2.headSha).map((pull) => ({ number: pull.number, baseSha: pull.base.sha, headSha: pull.head.sha }));
  }
  for (const pull of pulls) await upsertStickyComment(octokit, repo, pull.number, table, appId);
  const outcomes = Object.fromEntries([...rows.values()].map((row) => [row.gate, row.conclusion]));
  return { rows: rows.size, outcomes, pulls };
}
async function upsertStickyComment(octokit, repo, number, body, appId) {
  const comments = await octokit.paginate(octokit.rest.issues.listComments, {
    ...repo,
    issue_number: number,
    per_page: 100
  });
  const mine = comments.find(
    (comment) => comment.user?.type === "Bot" && (appId === void 0 || comment.performed_via_github_app?.id === appId) && comment.body?.startsWith(GATES_COMMENT_MARKER)
  );
  if (mine) await octokit.rest.issues.updateComment({ ...repo, comment_id: mine.id, body });
  else await octokit.rest.issues.createComment({ ...repo, issue_number: number, body });
}

// app/gates/feature.ts
var gatesFeature = {
  name: "gates",
  register(app) {
    handle(app, "workflow_run.completed", "gates", async (context) => {
      const run2 = context.payload.workflow_run;
      const repo = repoOf(context.payload);
      const { appId } = reviewDeps(context);
      const published = await publishGates(
        context.octokit,
        repo,
        {
          id: run2.id,
          headSha: run2.head_sha,
          url: run2.html_url,
          pulls: (run2.pull_requests ?? []).flatMap(
            (pull) => pull ? [{ number: pull.number, baseSha: pull.base.sha, headSha: pull.head.sha }] : []
          ),
          // A merge group's run is on the queue's branch: its gates check run goes on the group's
          // commit, and there is no pull request to look up or comment on.
          head: run2.event === "merge_group" ? void 0 : {
            owner: run2.head_repository?.owner?.login ?? context.payload.repository.owner.login,
            branch: run2.head_branch ?? ""
          }
        },
        appId
      );
      const gates = { sha: run2.head_sha, outcomes: published.outcomes };
      for (const pull of published.pulls)
        await reviewPull(context.octokit, repo, pull, reviewDeps(context), { gates, onlyIfGateRules: true });
    });
  }
};

// app/promotion/rbac.ts
var LEVELS = ["none", "read", "triage", "write", "maintain", "admin"];
async function mayPromote(octokit, installation, repo, login, actors, cache) {
  const who = actors ?? { permissions: ["write"] };
  if (who.users?.some((user) => user.toLowerCase() === login.toLowerCase())) return true;
  for (const team of who.teams ?? []) {
    const members = await cache.teamMembers(octokit, installation, team);
    if (members.some((member) => member.toLowerCase() === login.toLowerCase())) return true;
  }
  for (const org of who.organizations ?? [])
    if (await cache.isOrgMember(octokit, installation, org, login)) return true;
  if (who.permissions?.length) {
    const level = LEVELS.indexOf(await cache.permission(octokit, installation, repo, login));
    const needed = Math.min(...who.permissions.map((p) => LEVELS.indexOf(p)));
    if (level >= needed) return true;
  }
  return false;
}
function whoMay(actors) {
  const who = actors ?? { permissions: ["write"] };
  const parts = [
    ...(who.users ?? []).map((user) => `@${user}`),
    ...(who.teams ?? []).map((team) => `members of @${team}`),
    ...(who.organizations ?? []).map((org) => `members of the ${org} organization`)
  ];
  if (who.permissions?.length) {
    const lowest = who.permissions.reduce((a, b) => LEVELS.indexOf(a) <= LEVELS.indexOf(b) ? a : b);
    parts.push(`anyone with ${lowest} permission or more`);
  }
  if (parts.length === 0) return "nobody (the policy's promoters list is empty)";
  return parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(", ")} or ${parts.at(-1)}`;
}

// app/promotion/commands.ts
async function environmentFor(app, octokit, installation, repo, comment, environment, verb) {
  const reply = (body) => octokit.rest.issues.createComment({ ...repo, issue_number: comment.issueNumber, body });
  const policy = await app.loadPolicy(octokit, repo);
  const env = policy?.deploy?.environments[environment];
  if (!policy || !env) {
    await reply(unknownReply(comment.login, environment, policy));
    return { refused: "unknown-environment" };
  }
  if (!await mayPromote(octokit, installation, repo, comment.login, env.promoters, app.memberships)) {
    await reply(
      `Sorry @${comment.login}, you may not ${verb} \`${environment}\`. ${capital(whoMay(env.promoters))} may; please ask one of them.`
    );
    return { refused: "unauthorized" };
  }
  return { policy, env, reply };
}
async function promoteComment(app, octokit, installation, repo, comment, environment) {
  if (app.once(`comment:${repo.owner}/${repo.repo}#${comment.id}`)) return "duplicate";
  const found = await environmentFor(app, octokit, installation, repo, comment, environment, "promote to");
  if (!("policy" in found)) return found.refused;
  const { reply } = found;
  if (!comment.isPullRequest) {
    await reply(
      `@${comment.login} comment \`/promote ${environment}\` on a pull request: its commit is what gets promoted.`
    );
    return "not-a-pull-request";
  }
  const { data: pull } = await octokit.rest.pulls.get({ ...repo, pull_number: comment.issueNumber });
  const sha = pull.merged && pull.merge_commit_sha ? pull.merge_commit_sha : pull.head.sha;
  const created = await app.record(octokit, repo).createDeployment({
    sha,
    environment,
    description: `/promote by @${comment.login}`,
    payload: {
      promoter: comment.login,
      pull: { number: pull.number, title: pull.title, url: pull.html_url },
      comment: comment.id
    }
  });
  return await app.deployment(
    octokit,
    installation,
    repo,
    { ...created, creator: comment.login },
    comment.login,
    {
      busy: (holder) => reply(
        `@${comment.login} not promoted: ${describeBusy(environment, holder)}. Nothing was switched; comment \`/promote ${environment}\` again when it finishes.`
      ),
      queued: (holder, position) => reply(
        `@${comment.login} your promotion waits in line (${position === 1 ? "next" : `${position} in line`}): ${describeBusy(environment, holder)}. It starts when that one finishes; the deployment's statuses show its progress.`
      )
    }
  );
}
async function rollbackComment(app, octokit, installation, repo, comment, environment) {
  if (app.once(`comment:${repo.owner}/${repo.repo}#${comment.id}`)) return "duplicate";
  const found = await environmentFor(app, octokit, installation, repo, comment, environment, "roll back");
  if (!("policy" in found)) return found.refused;
  const event = { type: "rollback-requested", at: app.now(), by: comment.login };
  return await app.deliver(octokit, repo, found.policy, environment, void 0, event) ? "rolling-back" : "nothing-to-roll-back";
}
function capital(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
function unknownReply(login, environment, policy) {
  if (!policy)
    return `@${login} there is no environment \`${environment}\`: this repository has no \`.github/terrafusion.yml\` on its default branch (add \`deploy.environments.${environment}\` there).`;
  return `@${login} ${unknownEnvironment(environment, policy, ".github/terrafusion.yml")}.`;
}
async function checkFailed(app, octokit, repo, failed) {
  const policy = await app.loadPolicy(octokit, repo);
  if (!policy?.deploy) return 0;
  let rolled = 0;
  for (const [environment, env] of Object.entries(policy.deploy.environments)) {
    if (!requiredChecks(env).some((item) => checkMatches(item, failed.check))) continue;
    const event = {
      type: "check-failed",
      at: app.now(),
      check: failed.check,
      url: failed.url
    };
    if (await app.deliver(octokit, repo, policy, environment, failed.sha, event)) rolled++;
  }
  return rolled;
}

// app/promotion/operator-drivers.ts
function operatorDriverFor(env) {
  const kinds = list(env.TERRAFUSION_APP_DRIVERS ?? "router");
  const routerAllowed = allowedOrigins(env.TERRAFUSION_APP_ROUTER_URLS ?? "");
  return (config, environment) => {
    const driver = config.driver;
    if (!kinds.includes(driver.kind)) {
      throw new ConfigError(
        `environment ${environment}: this app does not run ${driver.kind} drivers (its operator allows ${kinds.join(", ") || "none"} in TERRAFUSION_APP_DRIVERS)`
      );
    }
    if (driver.kind === "router") {
      const admin = new URL(driver["admin-url"]);
      if (!routerAllowed(admin)) {
        throw new ConfigError(
          `environment ${environment}: this app may not call the router at ${admin.origin} (its operator lists the routers it may drive in TERRAFUSION_APP_ROUTER_URLS)`
        );
      }
    }
    if (driver.kind === "command" && !env.TERRAFUSION_APP_COMMAND_USER) {
      throw new ConfigError(
        `environment ${environment}: this app runs command drivers only as a separate account, which its operator has not named: set TERRAFUSION_APP_COMMAND_USER to a user that cannot read the app's environment (see docs/security.md)`
      );
    }
    return createDriver(
      driver,
      env,
      ".",
      driver.kind === "command" ? env.TERRAFUSION_APP_COMMAND_USER : void 0
    );
  };
}
function list(text) {
  return text.split(",").map((item) => item.trim()).filter(Boolean);
}

// src/core/recent-set.ts
var RecentSet = class {
  constructor(capacity) {
    this.capacity = capacity;
    if (!(capacity >= 1)) throw new Error(`a RecentSet holds at least 1 member, not ${capacity}`);
  }
  capacity;
  #members = /* @__PURE__ */ new Set();
  has(member) {
    return this.#members.has(member);
  }
  /** Adds `member` as the newest; the oldest is forgotten once there are more than `capacity`. */
  add(member) {
    this.#members.delete(member);
    this.#members.add(member);
    if (this.#members.size > this.capacity) this.#members.delete(this.#members.values().next().value);
  }
  get size() {
    return this.#members.size;
  }
};

// app/promotion/line.ts
var MAX_WAITING = 10;
var WaitingLine = class {
  constructor(options) {
    this.options = options;
  }
  options;
  lines = /* @__PURE__ */ new Map();
  /**
   * Takes its place in line at once (so two that arrive together keep their order and positions) and writes
   * its `queued` status; it starts only once that status is written, so statuses never come out of order.
   */
  async join(key, waiting, holder) {
    const line = this.lines.get(key) ?? [];
    const { record, deployment } = waiting;
    if (line.length >= this.options.max) {
      const full = `the line for ${deployment.environment} is full (${plural(line.length, "deployment")} waiting)`;
      this.options.log()?.warn(`${record.scope} deployment ${deployment.id}: refused: ${full}`);
      await record.recordNote(
        deployment,
        "failure",
        clip(`Refused: ${full}; deploy again when it is shorter`)
      );
      await waiting.notify.busy?.(holder);
      return "refused";
    }
    this.lines.set(key, line);
    line.push(waiting);
    const position = line.length;
    waiting.queuedStatus = record.recordNote(
      deployment,
      "queued",
      describeQueued(deployment.environment, holder, position)
    );
    this.next(key);
    await waiting.queuedStatus;
    await waiting.notify.queued?.(holder, position);
    return "queued";
  }
  /** Puts one found waiting after a restart at the end of its line. */
  rejoin(key, waiting) {
    this.lines.set(key, [...this.lines.get(key) ?? [], waiting]);
    this.next(key);
  }
  /** The environment may be free: the first in line starts. */
  next(key) {
    if (!this.options.free(key)) return;
    const next = this.lines.get(key)?.shift();
    if (!next) return;
    void this.options.lease.acquire(key, {
      deployment: next.deployment.id,
      sha: next.deployment.sha,
      promoter: next.promoter,
      since: this.options.now()
    });
    this.options.track(this.start(key, next));
  }
  async start(key, next) {
    const { record, deployment } = next;
    try {
      await next.queuedStatus;
      const policy = await this.options.loadPolicy(next.octokit, next.repo);
      const env = policy?.deploy?.environments[deployment.environment];
      if (policy && env) {
        await this.options.begin(key, next, policy, env);
        return;
      }
      await record.recordNote(
        deployment,
        "failure",
        clip(`Not promoted: ${deployment.environment} is no longer under deploy.environments in the policy`)
      );
      await this.options.release(key, next);
    } catch (error) {
      await this.options.release(key, next);
      this.options.log()?.error(
        `${record.scope} deployment ${deployment.id}: could not start after waiting in line: ${githubFailure(error)}`
      );
    }
  }
};

// app/promotion/service.ts
var REMEMBERED = 1e4;
var RETRY = "deploy again after it";
var AppPromotions = class {
  constructor(deps) {
    this.deps = deps;
    this.log = deps.log;
    const env = deps.env ?? process.env;
    this.service = new PromotionService({
      measurerFor: (driver) => new DriverMeasurer(driver),
      // A repository's policy names the metric addresses; the app requests only those its operator lists.
      metrics: policyMetricSource,
      metricsGuard: deps.metricsGuard ?? operatorMetricsGuard(env),
      notices: notifierSink(env, { warn: (line) => this.log?.warn(line) }),
      lease: deps.lease,
      now: deps.now
    });
    this.line = new WaitingLine({
      max: deps.maxWaiting ?? MAX_WAITING,
      free: (key) => !this.service.lease.holder(key),
      log: () => this.log,
      lease: this.service.lease,
      now: () => this.now(),
      loadPolicy: (octokit, repo) => this.deps.loadPolicy(octokit, repo),
      begin: (key, next, policy, env2) => this.begin(key, next, policy, env2),
      release: (key, next) => this.release(key, next.record, next.deployment),
      track: (task) => this.track(task)
    });
  }
  deps;
  service;
  line;
  seen = new RecentSet(REMEMBERED);
  tasks = /* @__PURE__ */ new Set();
  log;
  /** The app's logger (probot's `app.log`), used unless the deps named one. */
  logTo(log) {
    this.log ??= log;
  }
  get memberships() {
    return this.deps.memberships;
  }
  /** GitHub's deployment record of a repository, as this installation sees it. */
  record(octokit, repo) {
    const log = (level) => (message) => this.log?.[level](message);
    return new GitHubDeploymentRecord(octokit, repo, {
      info: log("info"),
      warn: log("warn"),
      error: log("error")
    });
  }
  /** Whether this delivery or comment was handled already (remembers it if not). */
  once(what) {
    if (this.seen.has(what)) return true;
    this.seen.add(what);
    return false;
  }
  loadPolicy(octokit, repo) {
    return this.deps.loadPolicy(octokit, repo);
  }
  /** Resolves when every promotion started by this process has finished (tests, graceful shutdown). */
  async settled() {
    while (this.tasks.size > 0) await Promise.allSettled([...this.tasks]);
    await this.service.settled();
  }
  track(promise) {
    this.tasks.add(promise);
    promise.finally(() => this.tasks.delete(promise)).catch(() => {
    });
    return promise;
  }
  /**
   * A deployment was created (by a release bot, the Deployments API, or /promote): promote it, or, while this
   * process promotes another one to the same environment, put it in line to start when that one finishes.
   */
  async deployment(octokit, installation, repo, deployment, promoter, notify = {}) {
    if (this.once(`deployment:${repo.owner}/${repo.repo}#${deployment.id}`)) return "duplicate";
    const record = this.record(octokit, repo);
    const key = this.service.key(record, deployment.environment);
    const lease = await this.service.acquire(record, deployment, promoter);
    const release = () => this.release(key, record, deployment);
    try {
      const policy = await this.deps.loadPolicy(octokit, repo);
      const env = policy?.deploy?.environments[deployment.environment];
      if (!policy || !env) {
        await release();
        return "not-managed";
      }
      if ((await record.recordedPhase(deployment.id)).count > 0) {
        await release();
        return "duplicate";
      }
      const waiting = { octokit, repo, record, installation, deployment, promoter, notify };
      if (!lease.acquired)
        return await this.line.join(key, waiting, this.service.lease.holder(key) ?? lease.holder);
      return await this.begin(key, waiting, policy, env);
    } catch (error) {
      await release();
      throw error;
    }
  }
  /** The environment is free again (if this deployment held it): the next one in line starts. */
  async release(key, record, deployment) {
    await this.service.release(record, deployment);
    this.line.next(key);
  }
  /** The environment is ours in this process: check GitHub's record for other processes, then promote. */
  async begin(key, { octokit, repo, record, installation, deployment, promoter, notify }, policy, env) {
    const refuse = async (description, tell) => {
      await record.recordNote(deployment, "failure", clip(description));
      await tell?.();
      await this.release(key, record, deployment);
      return "refused";
    };
    const other = await otherInProgress(record, deployment);
    if (other)
      return refuse(
        `Refused: ${describeBusy(deployment.environment, other)}; ${RETRY}`,
        async () => notify.busy?.(other)
      );
    let driver;
    try {
      driver = this.deps.driverFor(env, deployment.environment);
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      return refuse(`Not promoted: ${error.message}`);
    }
    const allowed = await mayPromote(octokit, installation, repo, promoter, env.promoters, this.memberships);
    const { done } = await this.service.start({
      record,
      policy,
      deployment,
      promoter,
      driver,
      refusals: allowed ? [] : [`@${promoter} may not promote to ${deployment.environment}; ${whoMay(env.promoters)} may`],
      retry: RETRY,
      busy: notify.busy
    });
    this.track(done.finally(() => this.line.next(key)));
    return "started";
  }
  /** Hands an event to the running promotion of an environment, or to its latest finished one. */
  deliver(octokit, repo, policy, environment, sha, event) {
    const env = policy.deploy.environments[environment];
    const driverFor = () => this.deps.driverFor(env, environment);
    return this.track(
      this.service.deliver(this.record(octokit, repo), policy, environment, sha, event, driverFor)
    );
  }
  /**
   * After a restart: every deployment recorded as in progress is finished or rolled back, and those that were
   * waiting in line take their places again, oldest first. Returns how many it took over.
   */
  async reconcile(octokit, repo, installation = 0) {
    const policy = await this.deps.loadPolicy(octokit, repo);
    if (!policy?.deploy) return 0;
    const record = this.record(octokit, repo);
    const pending = await record.inProgress();
    const taken = await this.service.takeOver(
      record,
      policy,
      pending.inProgress,
      (env, environment) => this.deps.driverFor(env, environment)
    );
    for (const { key, done } of taken) this.track(done.finally(() => this.line.next(key)));
    let resumed = taken.length;
    for (const deployment of pending.queued) {
      if (!policy.deploy.environments[deployment.environment]) continue;
      if (this.once(`deployment:${repo.owner}/${repo.repo}#${deployment.id}`)) continue;
      const promoter = deploymentFacts(deployment).promoter ?? deployment.creator ?? "unknown";
      const waiting = { octokit, repo, record, installation, deployment, promoter, notify: {} };
      this.line.rejoin(this.service.key(record, deployment.environment), waiting);
      resumed++;
    }
    return resumed;
  }
  now() {
    return (this.deps.now ?? Date.now)();
  }
};

// app/promotion/startup.ts
async function reconcileInstallations(app, service, log) {
  const outcome = { repositories: 0, resumed: 0, failed: 0 };
  const appOctokit = await app.auth();
  const installations = await appOctokit.paginate(appOctokit.rest.apps.listInstallations, {
    per_page: 100
  });
  for (const installation of installations) {
    if (installation.suspended_at) continue;
    let octokit;
    let repositories;
    try {
      octokit = await app.auth(installation.id);
      repositories = await octokit.paginate(octokit.rest.apps.listReposAccessibleToInstallation, {
        per_page: 100
      });
    } catch (error) {
      outcome.failed++;
      log.warn(
        `installation ${installation.id} (${installation.account && "login" in installation.account ? installation.account.login : "?"}): could not list its repositories: ${githubFailure(error)}`
      );
      continue;
    }
    for (const repository of repositories) {
      if (repository.archived) continue;
      const repo = { owner: repository.owner.login, repo: repository.name };
      outcome.repositories++;
      try {
        const resumed = await service.reconcile(octokit, repo, installation.id);
        if (resumed > 0)
          log.info(`${repo.owner}/${repo.repo}: took over ${plural(resumed, "promotion")} left in progress`);
        outcome.resumed += resumed;
      } catch (error) {
        outcome.failed++;
        log.warn(
          `${repo.owner}/${repo.repo}: could not check for promotions left in progress: ${githubFailure(error, "deployments write")}`
        );
      }
    }
  }
  return outcome;
}

// app/promotion/feature.ts
var COMMAND = /^\/(promote|rollback|unblock)(?:\s+([A-Za-z0-9._-]+))?\s*$/m;
var FAILED = ["failure", "timed_out", "cancelled", "action_required"];
async function policyFromGitHub(octokit, repo) {
  const defaults = await readFilesAt(octokit, repo, DEFAULT_POLICY_PATHS);
  const commit = defaults.commit;
  const read = (absolute) => {
    const path = absolute.replace(/^\/+/, "");
    return defaults.files.has(path) || !commit ? defaults.files.get(path) : readFileAt(octokit, repo, path, commit);
  };
  const loaded = await loadPolicy({ cwd: "/", read, remote: remoteFor(octokit, repo) });
  return loaded.files.length > 0 ? loaded.policy : void 0;
}
function defaultDeps(env = process.env) {
  return {
    loadPolicy: policyFromGitHub,
    driverFor: operatorDriverFor(env),
    memberships: new MembershipCache(),
    env
  };
}
function appLog(app) {
  return {
    info: (message) => app.log.info(message),
    warn: (message) => app.log.warn(message),
    error: (message) => app.log.error(message)
  };
}
function registerPromotion(app, service = new AppPromotions(defaultDeps())) {
  service.logTo(appLog(app));
  handle(app, "deployment.created", "promotion", async (context) => {
    const { deployment } = context.payload;
    await service.deployment(
      context.octokit,
      context.payload.installation?.id ?? 0,
      repoOf(context.payload),
      deploymentRef(deployment),
      deployment.creator?.login ?? context.payload.sender.login
    );
  });
  handle(app, "issue_comment.created", "promotion command", async (context) => {
    if (context.payload.comment.user?.type === "Bot" || context.payload.sender.type === "Bot") return;
    const match = COMMAND.exec(context.payload.comment.body);
    if (!match) return;
    const [, verb, environment] = match;
    const repo = repoOf(context.payload);
    const octokit = context.octokit;
    const installation = context.payload.installation?.id ?? 0;
    const comment = {
      id: context.payload.comment.id,
      login: context.payload.comment.user?.login ?? context.payload.sender.login,
      issueNumber: context.payload.issue.number,
      isPullRequest: Boolean(context.payload.issue.pull_request)
    };
    if (!environment) {
      await octokit.rest.issues.createComment({
        ...repo,
        issue_number: comment.issueNumber,
        body: `@${comment.login} say which environment: \`/${verb} production\`.`
      });
      return;
    }
    if (verb === "promote") await promoteComment(service, octokit, installation, repo, comment, environment);
    else if (verb === "rollback")
      await rollbackComment(service, octokit, installation, repo, comment, environment);
    else if (context.payload.issue.labels?.some((label) => label.name === BLOCKED_LABEL)) {
      const policy = await policyFromGitHub(octokit, repo);
      const promoters = policy?.deploy?.environments[environment]?.promoters;
      if (!await mayPromote(octokit, installation, repo, comment.login, promoters, service.memberships)) {
        await octokit.rest.issues.createComment({
          ...repo,
          issue_number: comment.issueNumber,
          body: `Sorry @${comment.login}, only ${whoMay(promoters)} may clear a block on \`${environment}\`.`
        });
        return;
      }
      await octokit.rest.issues.removeLabel({
        ...repo,
        issue_number: comment.issueNumber,
        name: BLOCKED_LABEL
      });
    }
  });
  handle(app, "check_run.completed", "rollback on failed check", async (context) => {
    const run2 = context.payload.check_run;
    if (!FAILED.includes(run2.conclusion ?? "")) return;
    await checkFailed(service, context.octokit, repoOf(context.payload), {
      sha: run2.head_sha,
      check: run2.name,
      url: run2.html_url ?? void 0
    });
  });
  handle(app, "check_suite.completed", "rollback on failed suite", async (context) => {
    const suite = context.payload.check_suite;
    if (!FAILED.includes(suite.conclusion ?? "")) return;
    const name = suite.app?.name ?? "check suite";
    await checkFailed(service, context.octokit, repoOf(context.payload), {
      sha: suite.head_sha,
      check: name
    });
  });
  app.on("deployment_protection_rule.requested", async (context) => {
    const { payload, octokit } = context;
    try {
      await protectionRule(octokit, service, payload);
    } catch (error) {
      app.log.error(`deployment protection rule: ${error.message}`);
    }
  });
  return service;
}
async function protectionRule(octokit, service, payload) {
  const repo = repoOf(payload);
  const runId = /\/actions\/runs\/(\d+)\/deployment_protection_rule$/.exec(
    payload.deployment_callback_url
  )?.[1];
  if (!runId) throw new Error(`unexpected deployment_callback_url ${payload.deployment_callback_url}`);
  const policy = await policyFromGitHub(octokit, repo);
  const env = policy?.deploy?.environments[payload.environment];
  const login = payload.deployment?.creator?.login ?? payload.sender.login;
  const sha = payload.deployment?.sha ?? payload.sha;
  const problems = [];
  if (!policy)
    problems.push(
      `the default branch has no .github/terrafusion.yml; add one with deploy.environments.${payload.environment}`
    );
  else if (!env)
    problems.push(
      unknownEnvironment(payload.environment, policy, ".github/terrafusion.yml on the default branch")
    );
  else {
    if (!await mayPromote(
      octokit,
      payload.installation?.id ?? 0,
      repo,
      login,
      env.promoters,
      service.memberships
    ))
      problems.push(`@${login} may not deploy to ${payload.environment}; ${whoMay(env.promoters)} may`);
    const record = new GitHubDeploymentRecord(octokit, repo);
    if (sha) problems.push(...await verifyCommit(record, sha, payload.environment, env));
    else problems.push("the request names no commit to check");
  }
  await octokit.rest.actions.reviewCustomGatesForRun({
    ...repo,
    run_id: Number(runId),
    environment_name: payload.environment,
    state: problems.length === 0 ? "approved" : "rejected",
    comment: problems.length === 0 ? "TerraFusion: required gates passed, review satisfied, deployer allowed." : `TerraFusion: ${problems.join("; ")}`
  });
}
var services = /* @__PURE__ */ new WeakMap();
var promotionFeature = {
  name: "promotion",
  register(app) {
    services.set(app, registerPromotion(app));
  },
  async start(app) {
    const service = services.get(app);
    if (!service) return;
    const log = appLog(app);
    if (process.env.TERRAFUSION_APP_RECONCILE === "off") {
      log.info("promotion: not checking for promotions left in progress (TERRAFUSION_APP_RECONCILE=off)");
      return;
    }
    const { repositories, resumed, failed } = await reconcileInstallations(app, service, log);
    log.info(
      `promotion: checked ${plural(repositories, "repository", "repositories")} for promotions left in progress: ${resumed} taken over${failed ? `, ${failed} could not be checked (see above)` : ""}`
    );
  }
};

// app/index.ts
var FEATURES = [reviewFeature, gatesFeature, promotionFeature];
var terrafusionApp = (app) => {
  for (const feature of FEATURES) feature.register(app);
};
var terrafusionServer = (app, options) => {
  terrafusionApp(app, options);
  for (const feature of FEATURES)
    feature.start?.(app).catch(
      (error) => app.log.error(
        `${feature.name}: start failed: ${error instanceof Error ? error.message : String(error)}`
      )
    );
};

// app/server.ts
import { createServer } from "node:http";
var WEBHOOK_BODY_LIMIT = 25 * 1024 * 1024;
function refuseBody(request, limit = WEBHOOK_BODY_LIMIT) {
  if (request.method !== "POST" && request.method !== "PUT" && request.method !== "PATCH") return void 0;
  const declared = request.headers["content-length"];
  if (declared === void 0) return { status: 411, message: "a Content-Length is required" };
  if (!/^\d+$/.test(declared)) return { status: 400, message: "Content-Length is not a number" };
  if (Number(declared) > limit)
    return { status: 413, message: `the body is larger than ${Math.round(limit / 1024 / 1024)} MB` };
  return void 0;
}
async function startAppServer(options) {
  const middleware = await createNodeMiddleware(options.app, {
    probot: options.probot,
    ...options.webhookPath ? { webhooksPath: options.webhookPath } : {}
  });
  const server = createServer(async (request, response) => {
    const refused = refuseBody(request, options.bodyLimit);
    if (refused) {
      response.writeHead(refused.status, { "content-type": "text/plain", connection: "close" }).end(`${refused.message}
`);
      request.destroy();
      return;
    }
    if (request.method === "GET" && request.url === "/ping") {
      response.writeHead(200, { "content-type": "text/plain" }).end("PONG");
      return;
    }
    await middleware(request, response, () => {
      response.writeHead(404, { "content-type": "text/plain" }).end("Not Found\n");
    });
  });
  server.headersTimeout = 1e4;
  server.requestTimeout = 6e4;
  server.maxHeadersCount = 200;
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : options.port;
  options.probot.log.info(`Listening on http://${options.host}:${port}`);
  return server;
}

// app/main.ts
var credentials = checkCredentials(process.env);
if (credentials.mode === "error") {
  console.error(`terrafusion-app: ${credentials.message}`);
  process.exit(2);
}
try {
  const Octokit = terrafusionOctokit(githubLimitsFromEnv(process.env));
  if (credentials.mode === "setup") {
    await run(terrafusionServer, { Octokit });
  } else {
    const probot = createProbot({
      env: { LOG_LEVEL: "info", ...process.env },
      overrides: { Octokit }
    });
    const server = await startAppServer({
      probot,
      app: terrafusionServer,
      port: Number(process.env.PORT ?? 3e3),
      host: process.env.HOST ?? "localhost",
      ...process.env.WEBHOOK_PATH ? { webhookPath: process.env.WEBHOOK_PATH } : {}
    });
    const shutdown = () => server.close(() => process.exit(0));
    process.once("SIGTERM", shutdown);
    process.once("SIGINT", shutdown);
  }
} catch (error) {
  console.error(`terrafusion-app: ${error.message}`);
  process.exit(2);
}
