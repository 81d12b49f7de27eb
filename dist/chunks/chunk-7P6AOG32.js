import { createRequire as __tfRequire } from 'node:module'; const require = __tfRequire(import.meta.url);
import {
  GATE_OUTCOMES
} from "./chunk-R3A4M7GK.js";
import {
  GlobError,
  anchored,
  compileGlobs,
  compilePattern,
  compileTranslation,
  external_exports,
  globBody,
  plural
} from "./chunk-V36F2TEL.js";

// src/review/codeowners.ts
var CODEOWNERS_PATHS = [".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS"];
function parseCodeOwners(text) {
  const entries = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.replace(/(^|\s)#.*$/, "").trim();
    if (!line) return;
    const [pattern, ...owners] = line.split(/\s+/);
    if (!pattern || pattern.startsWith("!")) return;
    const matches = codeOwnersMatcher(pattern);
    if (matches) entries.push({ pattern, owners, line: index + 1, matches });
  });
  return entries;
}
function codeOwnersMatcher(pattern) {
  const folderOnly = pattern.endsWith("/");
  let body = folderOnly ? pattern.slice(0, -1) : pattern;
  const rooted = body.includes("/");
  if (body.startsWith("/")) body = body.slice(1);
  try {
    const inner = globBody(body, "gitignore");
    const source = anchored(`${rooted ? "" : "(?:.*/)?"}(?:${inner})${folderOnly ? "/.*" : "(?:/.*)?"}`);
    return compileTranslation(pattern, { source, negated: false });
  } catch (error) {
    if (error instanceof GlobError) return void 0;
    throw error;
  }
}
function ownersOf(entries, path) {
  for (let i = entries.length - 1; i >= 0; i--) {
    const entry = entries[i];
    if (entry.matches(path)) return { owners: entry.owners, line: entry.line };
  }
  return { owners: [] };
}

// src/review/snapshot.ts
var PERMISSIONS = ["none", "read", "triage", "write", "maintain", "admin"];
var PERMISSION_RANK = {
  none: 0,
  read: 1,
  triage: 2,
  write: 3,
  maintain: 4,
  admin: 5
};
var timestamp = external_exports.iso.datetime({ offset: true });
var pullSnapshotSchema = external_exports.strictObject({
  $schema: external_exports.string().optional(),
  repository: external_exports.string().optional().meta({ description: "OWNER/REPO" }),
  number: external_exports.int().positive().optional(),
  title: external_exports.string(),
  author: external_exports.string().min(1),
  draft: external_exports.boolean().default(false),
  base: external_exports.strictObject({ ref: external_exports.string().min(1), sha: external_exports.string().optional() }),
  head: external_exports.strictObject({
    ref: external_exports.string().min(1),
    sha: external_exports.string().min(1),
    /** When the head commit arrived; comment approvals before it are stale under invalidate-on-push. */
    "pushed-at": timestamp.optional()
  }),
  labels: external_exports.array(external_exports.string()).default([]),
  files: external_exports.array(
    external_exports.strictObject({
      path: external_exports.string().min(1),
      "previous-path": external_exports.string().optional(),
      additions: external_exports.int().min(0).default(0),
      deletions: external_exports.int().min(0).default(0)
    })
  ).default([]),
  commits: external_exports.array(
    external_exports.strictObject({
      sha: external_exports.string().min(1),
      author: external_exports.string().optional(),
      committer: external_exports.string().optional()
    })
  ).default([]),
  reviews: external_exports.array(
    external_exports.strictObject({
      author: external_exports.string().min(1),
      state: external_exports.enum(["APPROVED", "CHANGES_REQUESTED", "COMMENTED", "DISMISSED", "PENDING"]),
      "submitted-at": timestamp,
      commit: external_exports.string().optional(),
      body: external_exports.string().default("")
    })
  ).default([]),
  comments: external_exports.array(external_exports.strictObject({ author: external_exports.string().min(1), body: external_exports.string(), "created-at": timestamp })).default([]),
  /** Members of each team named by the policy or CODEOWNERS, as ORG/SLUG → logins. */
  teams: external_exports.record(external_exports.string(), external_exports.array(external_exports.string())).default({}),
  /** Members of each organization named by the policy, among the people on the pull request. */
  organizations: external_exports.record(external_exports.string(), external_exports.array(external_exports.string())).default({}),
  /** Repository permission of the people on the pull request. */
  permissions: external_exports.record(external_exports.string(), external_exports.enum(PERMISSIONS)).default({}),
  /** The CODEOWNERS file of the base branch, as text. */
  codeowners: external_exports.string().optional(),
  /** The outcome each gate reported on the head commit. */
  gates: external_exports.partialRecord(external_exports.enum(["static-analysis", "coverage", "load", "chaos"]), external_exports.enum(GATE_OUTCOMES)).default({})
});
var same = (a, b) => a.toLowerCase() === b.toLowerCase();

// src/review/actors.ts
var isEmptyActors = (actors) => !actors || (actors.users?.length ?? 0) === 0 && (actors.teams?.length ?? 0) === 0 && (actors.organizations?.length ?? 0) === 0 && (actors.permissions?.length ?? 0) === 0;
function teamMembers(snapshot, team) {
  const key = Object.keys(snapshot.teams).find((name) => same(name, team));
  return key ? snapshot.teams[key] : [];
}
function membership(actors, login, snapshot) {
  if (actors.users?.some((user) => same(user, login))) return "listed";
  for (const team of actors.teams ?? [])
    if (teamMembers(snapshot, team).some((member) => same(member, login))) return `in ${team}`;
  for (const org of actors.organizations ?? []) {
    const key = Object.keys(snapshot.organizations).find((name) => same(name, org));
    if (key && snapshot.organizations[key].some((member) => same(member, login))) return `member of ${org}`;
  }
  if (actors.permissions && actors.permissions.length > 0) {
    const least = Math.min(...actors.permissions.map((level2) => PERMISSION_RANK[level2]));
    const key = Object.keys(snapshot.permissions).find((name) => same(name, login));
    const level = key ? snapshot.permissions[key] : "none";
    if (PERMISSION_RANK[level] >= least) return `has ${level} permission`;
  }
  return void 0;
}
function describeActors(actors, snapshot) {
  if (isEmptyActors(actors)) return "anyone";
  const parts = [];
  if (actors.users?.length) parts.push(actors.users.join(", "));
  for (const team of actors.teams ?? []) {
    const members = teamMembers(snapshot, team);
    parts.push(`team ${team} (${members.length > 0 ? members.join(", ") : "no known members"})`);
  }
  for (const org of actors.organizations ?? []) parts.push(`members of ${org}`);
  if (actors.permissions?.length) {
    const least = [...actors.permissions].sort((a, b) => PERMISSION_RANK[a] - PERMISSION_RANK[b])[0];
    parts.push(`anyone with ${least} permission or more`);
  }
  return parts.join("; ");
}

// src/review/conditions.ts
var matcherCache = /* @__PURE__ */ new Map();
function globMatcher(patterns) {
  const key = patterns.join("\0");
  let matcher = matcherCache.get(key);
  if (!matcher) {
    matcher = compileGlobs(patterns);
    matcherCache.set(key, matcher);
  }
  return matcher;
}
var list = (items, max = 3) => items.length <= max ? items.join(", ") : `${items.slice(0, max).join(", ")} and ${items.length - max} more`;
function checkConditions(conditions, pull) {
  if (!conditions) return [{ holds: true, reason: "no conditions: applies to every pull request" }];
  const checks = [];
  const paths = pull.files.flatMap(
    (file) => file["previous-path"] ? [file.path, file["previous-path"]] : [file.path]
  );
  const changed = conditions["changed-files"];
  if (changed) {
    const include = globMatcher(changed.paths);
    const exclude = changed.ignore?.length ? globMatcher(changed.ignore) : () => false;
    const hits = paths.filter((path) => include(path) && !exclude(path));
    const ignoredNote = changed.ignore?.length ? ` (ignoring ${changed.ignore.join(", ")})` : "";
    checks.push(
      hits.length > 0 ? { holds: true, reason: `changed files match ${changed.paths.join(", ")}: ${list(hits)}` } : { holds: false, reason: `no changed file matches ${changed.paths.join(", ")}${ignoredNote}` }
    );
  }
  const only = conditions["only-changed-files"];
  if (only) {
    const match = globMatcher(only);
    const outside = pull.files.map((file) => file.path).filter((path) => !match(path));
    checks.push(
      pull.files.length === 0 ? { holds: false, reason: "the pull request changes no files" } : outside.length === 0 ? { holds: true, reason: `every changed file matches ${only.join(", ")}` } : { holds: false, reason: `not every changed file matches ${only.join(", ")}: ${list(outside)}` }
    );
  }
  if (conditions.author) {
    const why = membership(conditions.author, pull.author, pull);
    checks.push({
      holds: why !== void 0,
      reason: why ? `the author ${pull.author} is ${why === "listed" ? "listed" : why}` : `the author ${pull.author} is not among ${describeActors(conditions.author, pull)}`
    });
  }
  if (conditions["not-author"]) {
    const why = membership(conditions["not-author"], pull.author, pull);
    checks.push({
      holds: why === void 0,
      reason: why ? `the author ${pull.author} is excluded (${why})` : `the author ${pull.author} is not among the excluded authors`
    });
  }
  if (conditions.contributors) {
    const people = contributorsOf(pull);
    const hit = people.find((login) => membership(conditions.contributors, login, pull));
    checks.push({
      holds: hit !== void 0,
      reason: hit ? `${hit} contributed commits` : `no commit author among ${describeActors(conditions.contributors, pull)}`
    });
  }
  const branch = (name, patterns, ref) => {
    if (!patterns) return;
    const hit = patterns.find((pattern) => compilePattern(pattern).test(ref));
    checks.push({
      holds: hit !== void 0,
      reason: hit ? `the ${name} branch ${ref} matches /${hit}/` : `the ${name} branch ${ref} matches none of ${patterns.map((p) => `/${p}/`).join(", ")}`
    });
  };
  branch("target", conditions["target-branch"], pull.base.ref);
  branch("source", conditions["source-branch"], pull.head.ref);
  if (conditions.labels) {
    const missing = conditions.labels.filter((label) => !pull.labels.some((have) => same(have, label)));
    checks.push(
      missing.length === 0 ? { holds: true, reason: `labelled ${conditions.labels.join(", ")}` } : { holds: false, reason: `missing label${missing.length > 1 ? "s" : ""} ${missing.join(", ")}` }
    );
  }
  if (conditions.title !== void 0) {
    const holds = compilePattern(conditions.title).test(pull.title);
    checks.push({
      holds,
      reason: `the title ${holds ? "matches" : "does not match"} /${conditions.title}/`
    });
  }
  if (conditions.draft !== void 0) {
    checks.push({
      holds: pull.draft === conditions.draft,
      reason: pull.draft ? "the pull request is a draft" : "the pull request is ready for review"
    });
  }
  const lines = conditions["lines-changed"];
  if (lines) {
    const total = pull.files.reduce((sum, file) => sum + file.additions + file.deletions, 0);
    const above = lines["more-than"] === void 0 || total > lines["more-than"];
    const below = lines["less-than"] === void 0 || total < lines["less-than"];
    const bounds = [
      lines["more-than"] !== void 0 ? `more than ${lines["more-than"]}` : "",
      lines["less-than"] !== void 0 ? `less than ${lines["less-than"]}` : ""
    ].filter(Boolean).join(" and ");
    checks.push({
      holds: above && below,
      reason: `${plural(total, "line")} changed (${above && below ? "" : "not "}${bounds})`
    });
  }
  for (const [gate, wanted] of Object.entries(conditions.gates ?? {})) {
    const actual = pull.gates[gate];
    checks.push({
      holds: actual === wanted,
      reason: actual === void 0 ? `${gate} has not reported on the head commit (wanted ${wanted})` : `${gate} reported ${actual}${actual === wanted ? "" : ` (wanted ${wanted})`}`
    });
  }
  return checks;
}
function contributorsOf(pull) {
  const people = /* @__PURE__ */ new Set();
  for (const commit of pull.commits)
    for (const login of [commit.author, commit.committer])
      if (login && !same(login, pull.author) && !same(login, "web-flow")) people.add(login);
  return [...people];
}

export {
  pullSnapshotSchema,
  same,
  isEmptyActors,
  teamMembers,
  membership,
  describeActors,
  CODEOWNERS_PATHS,
  parseCodeOwners,
  ownersOf,
  checkConditions,
  contributorsOf
};
