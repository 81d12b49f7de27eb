import { createRequire as __tfRequire } from 'node:module'; const require = __tfRequire(import.meta.url);
import {
  CODEOWNERS_PATHS,
  checkConditions,
  parseCodeOwners
} from "./chunk-ROMGVRZZ.js";
import {
  isEmptyActors
} from "./chunk-7WNYUX7S.js";
import {
  CHECK_CONCLUSIONS
} from "./chunk-DGX4CH5M.js";
import {
  compilePattern
} from "./chunk-64HVLF7C.js";

// src/github/membership.ts
var DEFAULT_TTL_MS = 5 * 6e4;
var MembershipCache = class {
  constructor(ttlMs = DEFAULT_TTL_MS, now = Date.now) {
    this.ttlMs = ttlMs;
    this.now = now;
  }
  ttlMs;
  now;
  #entries = /* @__PURE__ */ new Map();
  clear() {
    this.#entries.clear();
  }
  #get(key, load) {
    const hit = this.#entries.get(key);
    if (hit && hit.expires > this.now()) return hit.value;
    const value = load();
    this.#entries.set(key, { value, expires: this.now() + this.ttlMs });
    value.catch(() => this.#entries.delete(key));
    return value;
  }
  /** Logins in ORG/SLUG; an unknown team has no members. */
  teamMembers(octokit, installation, team) {
    const [org, slug] = team.split("/");
    return this.#get(`${installation}:team:${team.toLowerCase()}`, async () => {
      try {
        const members = await octokit.paginate(octokit.rest.teams.listMembersInOrg, {
          org,
          team_slug: slug,
          per_page: 100
        });
        return members.map((member) => member.login);
      } catch (error) {
        if (error.status === 404) return [];
        throw error;
      }
    });
  }
  isOrgMember(octokit, installation, org, login) {
    return this.#get(`${installation}:org:${org.toLowerCase()}:${login.toLowerCase()}`, async () => {
      try {
        const response = await octokit.rest.orgs.checkMembershipForUser({ org, username: login });
        return response.status === 204;
      } catch (error) {
        const status = error.status;
        if (status === 404 || status === 302) return false;
        throw error;
      }
    });
  }
  /** The repository's collaborators (direct, through teams and as organization members) and their permission. */
  collaborators(octokit, installation, repo) {
    const key = `${installation}:collaborators:${repo.owner}/${repo.repo}`.toLowerCase();
    return this.#get(key, async () => {
      const people = await octokit.paginate(octokit.rest.repos.listCollaborators, {
        ...repo,
        affiliation: "all",
        per_page: 100
      });
      return people.map((person) => ({ login: person.login, permission: levelOf(person) }));
    });
  }
  permission(octokit, installation, repo, login) {
    const key = `${installation}:perm:${repo.owner}/${repo.repo}:${login}`.toLowerCase();
    return this.#get(key, async () => {
      try {
        const { data } = await octokit.rest.repos.getCollaboratorPermissionLevel({
          ...repo,
          username: login
        });
        const role = data.role_name;
        return ["read", "triage", "write", "maintain", "admin"].includes(role) ? role : data.permission;
      } catch (error) {
        if (error.status === 404) return "none";
        throw error;
      }
    });
  }
};
function levelOf(person) {
  const role = person.role_name;
  if (role && ["read", "triage", "write", "maintain", "admin"].includes(role)) return role;
  const flags = person.permissions ?? {};
  if (flags.admin) return "admin";
  if (flags.maintain) return "maintain";
  if (flags.push) return "write";
  if (flags.triage) return "triage";
  return flags.pull ? "read" : "none";
}

// src/review/needs.ts
function needsOf(review, pull) {
  const needs = {
    teams: /* @__PURE__ */ new Set(),
    organizations: /* @__PURE__ */ new Set(),
    permissions: { approvers: false, disapprovers: false, people: false },
    codeowners: false,
    gates: false,
    fetch: {
      changeTypes: false,
      messages: false,
      signatures: false,
      edits: false,
      body: false,
      checks: false,
      workflows: false,
      customProperties: false
    },
    patterns: []
  };
  const sources = [
    ...review?.methods?.["comment-patterns"] ?? [],
    ...review?.disapproval?.["comment-patterns"] ?? [],
    ...(review?.rules ?? []).flatMap((rule) => rule.options?.methods?.["comment-patterns"] ?? [])
  ];
  needs.patterns = [...new Set(sources)].map(compilePattern);
  const add = (actors, role) => {
    for (const team of actors?.teams ?? []) needs.teams.add(team);
    for (const org of actors?.organizations ?? []) needs.organizations.add(org);
    if (actors?.permissions?.length) needs.permissions[role] = true;
  };
  const conditionNeeds = (conditions) => {
    if (!conditions) return;
    for (const key of PEOPLE_CONDITIONS) add(conditions[key], "people");
    if (conditions.gates && Object.keys(conditions.gates).length > 0) needs.gates = true;
    const fetch = needs.fetch;
    if (conditions["deleted-files"] || conditions["no-deleted-files"]) fetch.changeTypes = true;
    if (conditions["commit-messages"]) fetch.messages = true;
    if (conditions["valid-signatures"] !== void 0 || conditions["valid-signatures-by"] || conditions["valid-signatures-by-keys"])
      fetch.signatures = true;
    if (conditions.checks) fetch.checks = true;
    if (conditions.workflows) fetch.workflows = true;
    if (conditions["custom-properties"] && Object.keys(conditions["custom-properties"]).length > 0)
      fetch.customProperties = true;
  };
  const optionNeeds = (options) => {
    if (!options) return;
    add(options["ignore-commits-by"], "people");
    if (options["ignore-update-merges"]) needs.fetch.messages = true;
    if (options["ignore-edited-comments"]) needs.fetch.edits = true;
    if (options.methods?.["body-patterns"]?.length) needs.fetch.body = true;
  };
  optionNeeds(review);
  if (review?.disapproval?.enabled !== false) conditionNeeds(review?.disapproval?.if);
  for (const rule of review?.rules ?? []) {
    if (!pull || mayApply(rule.if, pull)) {
      add(rule.require, "approvers");
      const require2 = rule.require;
      const count = require2.count ?? (require2["code-owners"] || require2["each-team"]?.length ? 0 : 1);
      if (isEmptyActors(require2) && count > 0) needs.permissions.approvers = true;
      for (const team of rule.require["each-team"] ?? []) needs.teams.add(team);
      if (rule.require["code-owners"]) needs.codeowners = true;
    }
    conditionNeeds(rule.if);
    conditionNeeds(rule.require.conditions);
    optionNeeds(rule.options);
  }
  if (review && review.disapproval?.enabled !== false) {
    const who = review.disapproval?.who;
    if (who && Object.values(who).some((list) => list?.length)) add(who, "disapprovers");
    else needs.permissions.disapprovers = true;
  }
  return needs;
}
function codeOwnerTeams(text) {
  const teams = /* @__PURE__ */ new Set();
  for (const entry of parseCodeOwners(text))
    for (const owner of entry.owners)
      if (owner.startsWith("@") && owner.includes("/")) teams.add(owner.slice(1));
  return [...teams];
}
var PEOPLE_CONDITIONS = [
  "author",
  "not-author",
  "contributors",
  "only-contributors",
  "valid-signatures-by"
];
function mayApply(conditions, pull) {
  if (!conditions) return true;
  const plain = { ...conditions };
  for (const key of PEOPLE_CONDITIONS) delete plain[key];
  return checkConditions(plain, pull).every((check) => check.holds);
}

// src/github/pull-query.ts
var PULL_QUERY = (
  /* GraphQL */
  `
query TerraFusionPull(
  $owner: String!, $repo: String!, $number: Int!,
  $first: Boolean!, $files: Boolean!, $commits: Boolean!, $reviews: Boolean!, $comments: Boolean!,
  $filesAfter: String, $commitsAfter: String, $reviewsAfter: String, $commentsAfter: String,
  $codeowners: Boolean!, $co1: String!, $co2: String!, $co3: String!,
  $head: Boolean!, $checks: Boolean!, $appId: Int,
  $changeTypes: Boolean!, $messages: Boolean!, $signatures: Boolean!, $edits: Boolean!, $body: Boolean!,
  $statuses: Boolean!, $workflows: Boolean!
) {
  repository(owner: $owner, name: $repo) {
    co1: object(expression: $co1) @include(if: $codeowners) { ... on Blob { text } }
    co2: object(expression: $co2) @include(if: $codeowners) { ... on Blob { text } }
    co3: object(expression: $co3) @include(if: $codeowners) { ... on Blob { text } }
    pullRequest(number: $number) {
      number title isDraft baseRefName baseRefOid headRefName headRefOid
      author { login }
      body @include(if: $body)
      lastEditedAt @include(if: $body)
      labels(first: 100) @include(if: $first) { nodes { name } }
      files(first: 100, after: $filesAfter) @include(if: $files) {
        pageInfo { hasNextPage endCursor }
        nodes { path additions deletions changeType @include(if: $changeTypes) }
      }
      commits(first: 100, after: $commitsAfter) @include(if: $commits) {
        pageInfo { hasNextPage endCursor }
        nodes { commit {
          oid committedDate author { user { login } } committer { user { login } }
          message @include(if: $messages)
          parents @include(if: $messages) { totalCount }
          signature @include(if: $signatures) { isValid signer { login } ... on GpgSignature { keyId } }
        } }
      }
      reviews(first: 100, after: $reviewsAfter) @include(if: $reviews) {
        pageInfo { hasNextPage endCursor }
        nodes { author { login } state submittedAt body commit { oid } lastEditedAt @include(if: $edits) }
      }
      comments(first: 100, after: $commentsAfter) @include(if: $comments) {
        pageInfo { hasNextPage endCursor }
        nodes { author { login } body createdAt lastEditedAt @include(if: $edits) }
      }
      headCommit: commits(last: 1) @include(if: $head) {
        nodes { commit {
          checkSuites(first: 10, filterBy: { appId: $appId }) @include(if: $checks) {
            nodes { checkRuns(first: 20) { nodes { databaseId name summary } } }
          }
          statusCheckRollup @include(if: $statuses) {
            contexts(first: 100) {
              nodes {
                __typename
                ... on CheckRun { name status conclusion }
                ... on StatusContext { context state }
              }
            }
          }
          workflowSuites: checkSuites(first: 100) @include(if: $workflows) {
            nodes { status conclusion workflowRun { file { path } } }
          }
        } }
      }
    }
  }
}`
);
var CONNECTIONS = ["files", "commits", "reviews", "comments"];
async function queryPull(octokit, repo, number, options = {}) {
  const extras = options.extras ?? {};
  const cursors = {};
  const more = { files: true, commits: true, reviews: true, comments: true };
  let data;
  for (let page = 0; CONNECTIONS.some((name) => more[name]); page++) {
    const first = page === 0;
    const co = (path) => `${options.codeownersAt ?? "HEAD"}:${path}`;
    const result = await octokit.graphql(PULL_QUERY, {
      owner: repo.owner,
      repo: repo.repo,
      number,
      first,
      ...Object.fromEntries(CONNECTIONS.map((name) => [name, more[name]])),
      ...Object.fromEntries(CONNECTIONS.map((name) => [`${name}After`, cursors[name] ?? null])),
      codeowners: first && options.codeownersAt !== void 0,
      co1: co(CODEOWNERS_PATHS[0]),
      co2: co(CODEOWNERS_PATHS[1]),
      co3: co(CODEOWNERS_PATHS[2]),
      checks: first && (options.appId !== void 0 || options.checks === true),
      appId: options.appId ?? null,
      head: first && (options.appId !== void 0 || options.checks === true || !!extras.statuses || !!extras.workflows),
      statuses: first && !!extras.statuses,
      workflows: first && !!extras.workflows,
      body: first && !!extras.body,
      changeTypes: !!extras.changeTypes,
      messages: !!extras.messages,
      signatures: !!extras.signatures,
      edits: !!extras.edits
    });
    const pull = result.repository.pullRequest;
    if (!pull) throw new Error(`${repo.owner}/${repo.repo}#${number} not found`);
    if (!data) {
      const blob = ["co1", "co2", "co3"].map((alias) => result.repository[alias]?.text).find((text) => typeof text === "string");
      const headCommit = pull.headCommit?.nodes[0]?.commit;
      const suites = headCommit?.checkSuites?.nodes ?? [];
      data = {
        ...pull,
        labels: pull.labels.nodes,
        files: [],
        commits: [],
        reviews: [],
        comments: [],
        checkRuns: suites.flatMap((suite) => suite.checkRuns.nodes),
        statusContexts: headCommit?.statusCheckRollup?.contexts.nodes ?? [],
        workflowSuites: headCommit?.workflowSuites?.nodes ?? [],
        codeowners: blob
      };
    }
    for (const name of CONNECTIONS) {
      if (!more[name]) continue;
      const connection = pull[name];
      data[name].push(...connection.nodes);
      more[name] = connection.pageInfo.hasNextPage;
      cursors[name] = connection.pageInfo.endCursor;
    }
  }
  return data;
}

// src/github/pull-snapshot.ts
var GATES_MARKER = /<!-- terrafusion-gates (\{.*?\}) -->/;
async function fetchPullSnapshot(octokit, repo, number, review, people, options = {}) {
  const planned = needsOf(review);
  const fetch = planned.fetch;
  const [data, customProperties] = await Promise.all([
    queryPull(octokit, repo, number, {
      codeownersAt: planned.codeowners ? options.baseSha ?? "HEAD" : void 0,
      appId: options.appId,
      checks: options.checks,
      extras: {
        changeTypes: fetch.changeTypes,
        messages: fetch.messages,
        signatures: fetch.signatures,
        edits: fetch.edits,
        body: fetch.body,
        statuses: fetch.checks,
        workflows: fetch.workflows
      }
    }),
    fetch.customProperties ? readCustomProperties(octokit, repo) : Promise.resolve({})
  ]);
  const login = (who) => who?.login ?? "ghost";
  const head = data.commits.find((node) => node.commit.oid === data.headRefOid)?.commit;
  const checkRuns = /* @__PURE__ */ new Map();
  for (const run of data.checkRuns) {
    const seen = checkRuns.get(run.name);
    if (!seen || run.databaseId > seen.id)
      checkRuns.set(run.name, { id: run.databaseId, summary: run.summary });
  }
  let gates = {};
  const marker = checkRuns.get("TerraFusion / gates")?.summary?.match(GATES_MARKER);
  if (planned.gates && options.gates?.sha === data.headRefOid) gates = options.gates.outcomes;
  else if (planned.gates && marker) {
    try {
      gates = JSON.parse(marker[1]);
    } catch {
      gates = {};
    }
  }
  const snapshot = {
    repository: `${repo.owner}/${repo.repo}`,
    number: data.number,
    title: data.title,
    body: data.body ?? "",
    "body-edited": !!data.lastEditedAt,
    author: login(data.author),
    draft: data.isDraft,
    base: { ref: data.baseRefName, sha: data.baseRefOid },
    head: { ref: data.headRefName, sha: data.headRefOid, "pushed-at": head?.committedDate },
    labels: data.labels.map((label) => label.name),
    files: data.files.map((file) => ({
      path: file.path,
      ...file.changeType ? { status: changeType(file.changeType) } : {},
      additions: file.additions,
      deletions: file.deletions
    })),
    commits: data.commits.map(({ commit }) => ({
      sha: commit.oid,
      author: commit.author?.user?.login,
      committer: commit.committer?.user?.login,
      "committed-at": commit.committedDate,
      ...commit.message !== void 0 ? { message: commit.message } : {},
      ...commit.parents ? { parents: commit.parents.totalCount } : {},
      ...commit.signature !== void 0 ? {
        signature: {
          valid: commit.signature?.isValid ?? false,
          ...commit.signature?.signer?.login ? { signer: commit.signature.signer.login } : {},
          ...commit.signature?.keyId ? { "key-id": commit.signature.keyId } : {}
        }
      } : {}
    })),
    reviews: data.reviews.filter((review2) => review2.submittedAt).map((review2) => ({
      author: login(review2.author),
      state: review2.state,
      "submitted-at": review2.submittedAt,
      commit: review2.commit?.oid,
      body: review2.body ?? "",
      edited: !!review2.lastEditedAt
    })),
    comments: data.comments.map((comment) => ({
      author: login(comment.author),
      body: comment.body,
      "created-at": comment.createdAt,
      edited: !!comment.lastEditedAt
    })),
    teams: {},
    organizations: {},
    permissions: {},
    codeowners: data.codeowners,
    gates,
    checks: headChecks(data.statusContexts),
    workflows: headWorkflows(data.workflowSuites),
    "custom-properties": customProperties
  };
  const needs = needsOf(review, snapshot);
  const { cache, installation } = people;
  const teams = new Set(needs.teams);
  if (snapshot.codeowners) for (const team of codeOwnerTeams(snapshot.codeowners)) teams.add(team);
  const involved = /* @__PURE__ */ new Set([
    snapshot.author,
    ...snapshot.reviews.map((review2) => review2.author),
    ...snapshot.comments.map((comment) => comment.author),
    ...snapshot.commits.flatMap(
      (commit) => [commit.author, commit.committer, commit.signature?.signer].filter((x) => !!x)
    )
  ]);
  involved.delete("ghost");
  involved.delete("web-flow");
  await Promise.all([
    ...[...teams].map(async (team) => {
      snapshot.teams[team] = await cache.teamMembers(octokit, installation, team);
    }),
    ...[...needs.organizations].map(async (org) => {
      const members = [];
      for (const person of involved)
        if (await cache.isOrgMember(octokit, installation, org, person)) members.push(person);
      snapshot.organizations[org] = members;
    })
  ]);
  const asking = /* @__PURE__ */ new Set();
  const { approvers, disapprovers, people: everyone } = needs.permissions;
  if (everyone) for (const person of involved) asking.add(person);
  for (const review2 of snapshot.reviews)
    if (approvers && review2.state !== "CHANGES_REQUESTED" || disapprovers && review2.state === "CHANGES_REQUESTED")
      asking.add(review2.author);
  if (approvers || disapprovers) {
    for (const comment of snapshot.comments)
      if (needs.patterns.some((pattern) => pattern.test(comment.body))) asking.add(comment.author);
  }
  asking.delete("ghost");
  const entries = await Promise.all(
    [...asking].map(
      async (person) => [person, await cache.permission(octokit, installation, repo, person)]
    )
  );
  snapshot.permissions = Object.fromEntries(entries);
  return { snapshot, checkRuns, data };
}
var CONCLUSIONS = new Set(CHECK_CONCLUSIONS);
var conclusionOf = (value) => {
  const lower = (value ?? "pending").toLowerCase();
  return CONCLUSIONS.has(lower) ? lower : "pending";
};
function headChecks(contexts) {
  const checks = {};
  for (const context of contexts) {
    if (context.__typename === "CheckRun")
      checks[context.name] = context.status === "COMPLETED" ? conclusionOf(context.conclusion) : "pending";
    else if (context.__typename === "StatusContext") checks[context.context] = conclusionOf(context.state);
  }
  return checks;
}
function headWorkflows(suites) {
  const workflows = {};
  for (const suite of suites) {
    const path = suite.workflowRun?.file?.path;
    if (!path) continue;
    const conclusion = suite.status === "COMPLETED" ? conclusionOf(suite.conclusion) : "pending";
    if (workflows[path] !== "success") workflows[path] = conclusion;
  }
  return workflows;
}
var changeType = (type) => type.toLowerCase();
async function readCustomProperties(octokit, repo) {
  const { data } = await octokit.request("GET /repos/{owner}/{repo}/properties/values", {
    owner: repo.owner,
    repo: repo.repo
  });
  const properties = {};
  for (const entry of data)
    if (entry.value !== null) properties[entry.property_name] = entry.value;
  return properties;
}

export {
  MembershipCache,
  needsOf,
  fetchPullSnapshot
};
