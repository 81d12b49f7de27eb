import { createRequire as __tfRequire } from 'node:module'; const require = __tfRequire(import.meta.url);
import {
  CHECK_CONCLUSIONS,
  GATE_OUTCOMES
} from "./chunk-DGX4CH5M.js";
import {
  external_exports
} from "./chunk-64HVLF7C.js";

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
  /** The pull request's description (read only when a policy has body-patterns). */
  body: external_exports.string().default(""),
  "body-edited": external_exports.boolean().default(false),
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
      /** GitHub's change type, lower case (read only when a policy asks about deleted files). */
      status: external_exports.enum(["added", "modified", "changed", "deleted", "renamed", "copied"]).optional(),
      additions: external_exports.int().min(0).default(0),
      deletions: external_exports.int().min(0).default(0)
    })
  ).default([]),
  commits: external_exports.array(
    external_exports.strictObject({
      sha: external_exports.string().min(1),
      author: external_exports.string().optional(),
      committer: external_exports.string().optional(),
      "committed-at": timestamp.optional(),
      /** Read only when a policy looks at messages or ignores update merges. */
      message: external_exports.string().optional(),
      /** How many parents: 2 or more is a merge. */
      parents: external_exports.int().min(0).optional(),
      /** GitHub's verification of the commit's signature (read only when a policy asks about signatures). */
      signature: external_exports.strictObject({
        valid: external_exports.boolean(),
        /** The GitHub account the signature belongs to. */
        signer: external_exports.string().optional(),
        /** The GPG key ID (an SSH signature has none). */
        "key-id": external_exports.string().optional()
      }).optional()
    })
  ).default([]),
  reviews: external_exports.array(
    external_exports.strictObject({
      author: external_exports.string().min(1),
      state: external_exports.enum(["APPROVED", "CHANGES_REQUESTED", "COMMENTED", "DISMISSED", "PENDING"]),
      "submitted-at": timestamp,
      commit: external_exports.string().optional(),
      body: external_exports.string().default(""),
      edited: external_exports.boolean().default(false)
    })
  ).default([]),
  comments: external_exports.array(
    external_exports.strictObject({
      author: external_exports.string().min(1),
      body: external_exports.string(),
      "created-at": timestamp,
      edited: external_exports.boolean().default(false)
    })
  ).default([]),
  /** Members of each team named by the policy or CODEOWNERS, as ORG/SLUG → logins. */
  teams: external_exports.record(external_exports.string(), external_exports.array(external_exports.string())).default({}),
  /** Members of each organization named by the policy, among the people on the pull request. */
  organizations: external_exports.record(external_exports.string(), external_exports.array(external_exports.string())).default({}),
  /** Repository permission of the people on the pull request. */
  permissions: external_exports.record(external_exports.string(), external_exports.enum(PERMISSIONS)).default({}),
  /** The CODEOWNERS file of the base branch, as text. */
  codeowners: external_exports.string().optional(),
  /** The outcome each gate reported on the head commit. */
  gates: external_exports.partialRecord(external_exports.enum(["static-analysis", "coverage", "load", "chaos"]), external_exports.enum(GATE_OUTCOMES)).default({}),
  /** The latest check run or commit status of each name on the head commit. */
  checks: external_exports.record(external_exports.string(), external_exports.enum(CHECK_CONCLUSIONS)).default({}),
  /** The latest run of each workflow file on the head commit, by path. */
  workflows: external_exports.record(external_exports.string(), external_exports.enum(CHECK_CONCLUSIONS)).default({}),
  /** The repository's custom properties; a multi-select property has several values. */
  "custom-properties": external_exports.record(external_exports.string(), external_exports.union([external_exports.string(), external_exports.array(external_exports.string())])).default({})
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

export {
  PERMISSION_RANK,
  pullSnapshotSchema,
  same,
  isEmptyActors,
  teamMembers,
  membership,
  describeActors
};
