import { createRequire as __tfRequire } from 'node:module'; const require = __tfRequire(import.meta.url);
import {
  CODEOWNERS_PATHS,
  checkConditions,
  parseCodeOwners
} from "./chunk-7P6AOG32.js";
import {
  compilePattern
} from "./chunk-V36F2TEL.js";

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

// src/review/needs.ts
function needsOf(review, pull) {
  const needs = {
    teams: /* @__PURE__ */ new Set(),
    organizations: /* @__PURE__ */ new Set(),
    permissions: { approvers: false, disapprovers: false, people: false },
    codeowners: false,
    gates: false,
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
  for (const rule of review?.rules ?? []) {
    if (!pull || mayApply(rule.if, pull)) {
      add(rule.require, "approvers");
      for (const team of rule.require["each-team"] ?? []) needs.teams.add(team);
      if (rule.require["code-owners"]) needs.codeowners = true;
    }
    add(rule.if?.author, "people");
    add(rule.if?.["not-author"], "people");
    add(rule.if?.contributors, "people");
    if (rule.if?.gates && Object.keys(rule.if.gates).length > 0) needs.gates = true;
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
function mayApply(conditions, pull) {
  if (!conditions) return true;
  const { author: _a, "not-author": _n, contributors: _c, ...plain } = conditions;
  return checkConditions(plain, pull).every((check) => check.holds);
}

// src/github/pull-query.ts
var QUERY = (
  /* GraphQL */
  `
query TerraFusionPull(
  $owner: String!, $repo: String!, $number: Int!,
  $first: Boolean!, $files: Boolean!, $commits: Boolean!, $reviews: Boolean!, $comments: Boolean!,
  $filesAfter: String, $commitsAfter: String, $reviewsAfter: String, $commentsAfter: String,
  $codeowners: Boolean!, $co1: String!, $co2: String!, $co3: String!,
  $checks: Boolean!, $appId: Int
) {
  repository(owner: $owner, name: $repo) {
    co1: object(expression: $co1) @include(if: $codeowners) { ... on Blob { text } }
    co2: object(expression: $co2) @include(if: $codeowners) { ... on Blob { text } }
    co3: object(expression: $co3) @include(if: $codeowners) { ... on Blob { text } }
    pullRequest(number: $number) {
      number title isDraft baseRefName baseRefOid headRefName headRefOid
      author { login }
      labels(first: 100) @include(if: $first) { nodes { name } }
      files(first: 100, after: $filesAfter) @include(if: $files) {
        pageInfo { hasNextPage endCursor }
        nodes { path additions deletions }
      }
      commits(first: 100, after: $commitsAfter) @include(if: $commits) {
        pageInfo { hasNextPage endCursor }
        nodes { commit { oid committedDate author { user { login } } committer { user { login } } } }
      }
      reviews(first: 100, after: $reviewsAfter) @include(if: $reviews) {
        pageInfo { hasNextPage endCursor }
        nodes { author { login } state submittedAt body commit { oid } }
      }
      comments(first: 100, after: $commentsAfter) @include(if: $comments) {
        pageInfo { hasNextPage endCursor }
        nodes { author { login } body createdAt }
      }
      headCommit: commits(last: 1) @include(if: $checks) {
        nodes { commit { checkSuites(first: 10, filterBy: { appId: $appId }) {
          nodes { checkRuns(first: 20) { nodes { databaseId name summary } } }
        } } }
      }
    }
  }
}`
);
var CONNECTIONS = ["files", "commits", "reviews", "comments"];
async function queryPull(octokit, repo, number, options = {}) {
  const cursors = {};
  const more = { files: true, commits: true, reviews: true, comments: true };
  let data;
  for (let page = 0; CONNECTIONS.some((name) => more[name]); page++) {
    const first = page === 0;
    const co = (path) => `${options.codeownersAt ?? "HEAD"}:${path}`;
    const result = await octokit.graphql(QUERY, {
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
      appId: options.appId ?? null
    });
    const pull = result.repository.pullRequest;
    if (!pull) throw new Error(`${repo.owner}/${repo.repo}#${number} not found`);
    if (!data) {
      const blob = ["co1", "co2", "co3"].map((alias) => result.repository[alias]?.text).find((text) => typeof text === "string");
      const suites = pull.headCommit?.nodes[0]?.commit.checkSuites.nodes ?? [];
      data = {
        ...pull,
        labels: pull.labels.nodes,
        files: [],
        commits: [],
        reviews: [],
        comments: [],
        checkRuns: suites.flatMap((suite) => suite.checkRuns.nodes),
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
  const data = await queryPull(octokit, repo, number, {
    codeownersAt: planned.codeowners ? options.baseSha ?? "HEAD" : void 0,
    appId: options.appId,
    checks: options.checks
  });
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
    author: login(data.author),
    draft: data.isDraft,
    base: { ref: data.baseRefName, sha: data.baseRefOid },
    head: { ref: data.headRefName, sha: data.headRefOid, "pushed-at": head?.committedDate },
    labels: data.labels.map((label) => label.name),
    files: data.files.map((file) => ({
      path: file.path,
      additions: file.additions,
      deletions: file.deletions
    })),
    commits: data.commits.map(({ commit }) => ({
      sha: commit.oid,
      author: commit.author?.user?.login,
      committer: commit.committer?.user?.login
    })),
    reviews: data.reviews.filter((review2) => review2.submittedAt).map((review2) => ({
      author: login(review2.author),
      state: review2.state,
      "submitted-at": review2.submittedAt,
      commit: review2.commit?.oid,
      body: review2.body ?? ""
    })),
    comments: data.comments.map((comment) => ({
      author: login(comment.author),
      body: comment.body,
      "created-at": comment.createdAt
    })),
    teams: {},
    organizations: {},
    permissions: {},
    codeowners: data.codeowners,
    gates
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
      (commit) => [commit.author, commit.committer].filter((x) => !!x)
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

export {
  MembershipCache,
  needsOf,
  fetchPullSnapshot
};
