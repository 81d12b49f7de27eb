import { z } from "zod";
import { CHECK_CONCLUSIONS, GATE_OUTCOMES } from "../policy/schema/review.ts";

const PERMISSIONS = ["none", "read", "triage", "write", "maintain", "admin"] as const;
export type PermissionLevel = (typeof PERMISSIONS)[number];
export const PERMISSION_RANK: Record<PermissionLevel, number> = {
  none: 0,
  read: 1,
  triage: 2,
  write: 3,
  maintain: 4,
  admin: 5,
};

const timestamp = z.iso.datetime({ offset: true });

/**
 * Everything the review evaluator reads about one pull request, as plain data. The app builds it
 * from GitHub; `terrafusion review snapshot` writes it to a file; `review evaluate` and `review test`
 * read it back. Logins compare case-insensitively.
 */
export const pullSnapshotSchema = z.strictObject({
  $schema: z.string().optional(),
  repository: z.string().optional().meta({ description: "OWNER/REPO" }),
  number: z.int().positive().optional(),
  title: z.string(),
  /** The pull request's description (read only when a policy has body-patterns). */
  body: z.string().default(""),
  "body-edited": z.boolean().default(false),
  author: z.string().min(1),
  draft: z.boolean().default(false),
  base: z.strictObject({ ref: z.string().min(1), sha: z.string().optional() }),
  head: z.strictObject({
    ref: z.string().min(1),
    sha: z.string().min(1),
    /** When the head commit arrived; comment approvals before it are stale under invalidate-on-push. */
    "pushed-at": timestamp.optional(),
  }),
  labels: z.array(z.string()).default([]),
  files: z
    .array(
      z.strictObject({
        path: z.string().min(1),
        "previous-path": z.string().optional(),
        /** GitHub's change type, lower case (read only when a policy asks about deleted files). */
        status: z.enum(["added", "modified", "changed", "deleted", "renamed", "copied"]).optional(),
        additions: z.int().min(0).default(0),
        deletions: z.int().min(0).default(0),
      }),
    )
    .default([]),
  commits: z
    .array(
      z.strictObject({
        sha: z.string().min(1),
        author: z.string().optional(),
        committer: z.string().optional(),
        "committed-at": timestamp.optional(),
        /** Read only when a policy looks at messages or ignores update merges. */
        message: z.string().optional(),
        /** How many parents: 2 or more is a merge. */
        parents: z.int().min(0).optional(),
        /** GitHub's verification of the commit's signature (read only when a policy asks about signatures). */
        signature: z
          .strictObject({
            valid: z.boolean(),
            /** The GitHub account the signature belongs to. */
            signer: z.string().optional(),
            /** The GPG key ID (an SSH signature has none). */
            "key-id": z.string().optional(),
          })
          .optional(),
      }),
    )
    .default([]),
  reviews: z
    .array(
      z.strictObject({
        author: z.string().min(1),
        state: z.enum(["APPROVED", "CHANGES_REQUESTED", "COMMENTED", "DISMISSED", "PENDING"]),
        "submitted-at": timestamp,
        commit: z.string().optional(),
        body: z.string().default(""),
        edited: z.boolean().default(false),
      }),
    )
    .default([]),
  comments: z
    .array(
      z.strictObject({
        author: z.string().min(1),
        body: z.string(),
        "created-at": timestamp,
        edited: z.boolean().default(false),
      }),
    )
    .default([]),
  /** Members of each team named by the policy or CODEOWNERS, as ORG/SLUG → logins. */
  teams: z.record(z.string(), z.array(z.string())).default({}),
  /** Members of each organization named by the policy, among the people on the pull request. */
  organizations: z.record(z.string(), z.array(z.string())).default({}),
  /** Repository permission of the people on the pull request. */
  permissions: z.record(z.string(), z.enum(PERMISSIONS)).default({}),
  /** The CODEOWNERS file of the base branch, as text. */
  codeowners: z.string().optional(),
  /** The outcome each gate reported on the head commit. */
  gates: z
    .partialRecord(z.enum(["static-analysis", "coverage", "load", "chaos"]), z.enum(GATE_OUTCOMES))
    .default({}),
  /** The latest check run or commit status of each name on the head commit. */
  checks: z.record(z.string(), z.enum(CHECK_CONCLUSIONS)).default({}),
  /** The latest run of each workflow file on the head commit, by path. */
  workflows: z.record(z.string(), z.enum(CHECK_CONCLUSIONS)).default({}),
  /** The repository's custom properties; a multi-select property has several values. */
  "custom-properties": z.record(z.string(), z.union([z.string(), z.array(z.string())])).default({}),
});

export type PullSnapshot = z.output<typeof pullSnapshotSchema>;
export type PullSnapshotInput = z.input<typeof pullSnapshotSchema>;

export const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
