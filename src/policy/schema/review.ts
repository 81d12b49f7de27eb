import { z } from "zod";
import { actors, githubLogin, githubTeam, githubUser, glob, regex } from "./primitives.ts";

export const GATE_OUTCOMES = ["success", "failure", "error", "neutral", "skipped"] as const;

/** A check run's conclusion, a commit status's state, or a workflow run's conclusion; `pending` while it runs. */
export const CHECK_CONCLUSIONS = [
  "success",
  "failure",
  "error",
  "neutral",
  "cancelled",
  "skipped",
  "timed_out",
  "action_required",
  "stale",
  "startup_failure",
  "pending",
] as const;

const lineBounds = z.strictObject({
  "more-than": z.int().min(0).optional(),
  "less-than": z.int().min(1).optional(),
});

/** policy-bot's `matches`/`not_matches`: holds when the text matches one of `matches`, or none of `not-matches`. */
const textMatch = z
  .strictObject({ matches: z.array(regex).optional(), "not-matches": z.array(regex).optional() })
  .refine((value) => (value.matches?.length ?? 0) + (value["not-matches"]?.length ?? 0) > 0, {
    error: "give matches or not-matches (or both)",
  })
  .meta({
    description: "Holds when the text matches one of matches, or matches none of not-matches (RE2 regexes).",
  });

const conditions = z
  .strictObject({
    "changed-files": z
      .strictObject({ paths: z.array(glob).min(1), ignore: z.array(glob).optional() })
      .optional()
      .meta({ description: "Applies when any changed file matches paths (and not ignore)." }),
    "only-changed-files": z
      .array(glob)
      .min(1)
      .optional()
      .meta({ description: "Applies when every changed file matches one of these." }),
    author: actors.optional().meta({ description: "Applies when the author is one of these." }),
    "not-author": actors.optional().meta({ description: "Applies when the author is none of these." }),
    contributors: actors.optional().meta({ description: "Applies when a commit author is one of these." }),
    "target-branch": z.array(regex).optional().meta({ description: "Regexes over the base branch name." }),
    "source-branch": z.array(regex).optional().meta({ description: "Regexes over the head branch name." }),
    labels: z
      .array(z.string().min(1))
      .optional()
      .meta({ description: "Applies when the PR has every one of these labels." }),
    title: regex.optional().meta({ description: "Applies when the title matches this regex." }),
    draft: z.boolean().optional(),
    "lines-changed": z
      .strictObject({ "more-than": z.int().min(0).optional(), "less-than": z.int().min(1).optional() })
      .optional(),
    gates: z
      .partialRecord(z.enum(["static-analysis", "coverage", "load", "chaos"]), z.enum(GATE_OUTCOMES))
      .optional()
      .meta({ description: "Applies when the named gates have these outcomes." }),
    "no-changed-files": z
      .array(glob)
      .min(1)
      .optional()
      .meta({ description: "Applies when no changed file matches one of these." }),
    "deleted-files": z
      .array(glob)
      .min(1)
      .optional()
      .meta({ description: "Applies when the pull request deletes a file matching one of these." }),
    "no-deleted-files": z
      .array(glob)
      .min(1)
      .optional()
      .meta({ description: "Applies when the pull request deletes no file matching one of these." }),
    "only-contributors": actors.optional().meta({
      description:
        "Applies when every commit's author and committer (GitHub's web-flow aside) is one of these.",
    }),
    "author-is-only-contributor": z.boolean().optional().meta({
      description:
        "true: applies when the PR author authored and committed every commit; false: when someone else did one.",
    }),
    "lines-added": lineBounds.optional().meta({ description: "Bounds on the lines the pull request adds." }),
    "lines-deleted": lineBounds
      .optional()
      .meta({ description: "Bounds on the lines the pull request deletes." }),
    checks: z
      .strictObject({
        names: z.array(z.string().min(1)).min(1),
        conclusions: z.array(z.enum(CHECK_CONCLUSIONS)).min(1).optional(),
      })
      .optional()
      .meta({
        description:
          "Applies when every named check run or commit status on the head commit concluded with one of conclusions (default: success).",
      }),
    workflows: z
      .strictObject({
        paths: z.array(z.string().min(1)).min(1),
        conclusions: z.array(z.enum(CHECK_CONCLUSIONS)).min(1).optional(),
      })
      .optional()
      .meta({
        description:
          "Applies when every named workflow file (.github/workflows/ci.yml) ran on the head commit and concluded with one of conclusions (default: success).",
      }),
    repository: textMatch.optional().meta({ description: "Over OWNER/REPO." }),
    "not-title": z
      .array(regex)
      .min(1)
      .optional()
      .meta({ description: "Applies when the title matches none of these regexes." }),
    "valid-signatures": z.boolean().optional().meta({
      description:
        "true: applies when every commit has a signature GitHub verified; false: when at least one has not.",
    }),
    "valid-signatures-by": actors.optional().meta({
      description: "Applies when every commit has a verified signature by one of these people.",
    }),
    "valid-signatures-by-keys": z.array(z.string().min(1)).min(1).optional().meta({
      description: "Applies when every commit has a verified GPG signature by one of these key IDs.",
    }),
    "custom-properties": z.record(z.string().min(1), textMatch).optional().meta({
      description:
        "Per repository custom property: its value (any value of a multi-select) matches, or does not match; an unset property matches nothing.",
    }),
    "commit-messages": textMatch.optional().meta({
      description:
        "matches: some commit's message matches one; not-matches: no commit's message matches any.",
    }),
  })
  .meta({ description: "Every listed condition must hold for the rule to apply." });

const requirement = z.strictObject({
  count: z.int().min(0).optional().meta({
    description:
      "How many approvals from the listed people; with nobody listed, from people with write (or higher) permission, as GitHub's required reviews count.",
  }),
  users: z.array(githubUser).optional(),
  teams: z.array(githubTeam).optional(),
  organizations: z.array(githubLogin).optional(),
  permissions: z.array(z.enum(["read", "triage", "write", "maintain", "admin"])).optional(),
  "code-owners": z
    .boolean()
    .optional()
    .meta({ description: "An approval from a code owner of every changed file (CODEOWNERS)." }),
  "each-team": z
    .array(githubTeam)
    .optional()
    .meta({ description: "Quorum: one approval from each of these teams." }),
  conditions: conditions.optional().meta({
    description:
      "Conditions that must also hold for the rule to be approved; unlike if, a condition that fails leaves the rule pending.",
  }),
});

const approvalMethods = z
  .strictObject({
    "github-review": z
      .boolean()
      .optional()
      .meta({ description: "An approving GitHub review counts as an approval." }),
    "comment-patterns": z.array(regex).optional().meta({
      description:
        "A comment (or review body) matching one of these regexes counts as an approval, e.g. ':\\+1:' or '^LGTM'.",
    }),
    "github-review-comment-patterns": z.array(regex).optional().meta({
      description: "An approving GitHub review counts only when its body matches one of these regexes.",
    }),
    "body-patterns": z.array(regex).optional().meta({
      description:
        "A pull request description matching one of these regexes counts as the author's approval (needs allow-author).",
    }),
  })
  .meta({ description: "How people approve." });

const commitOptions = {
  "ignore-commits-by": actors.optional().meta({
    description:
      "Commits authored and committed by these people make nobody a contributor and do not invalidate approvals.",
  }),
  "ignore-update-merges": z.boolean().optional().meta({
    description:
      "Merges of the base branch into the pull request (GitHub's Update branch) make nobody a contributor and do not invalidate approvals.",
  }),
  "ignore-edited-comments": z.boolean().optional().meta({
    description: "Edited comments, review bodies and descriptions do not approve.",
  }),
};

const ruleOptions = z.strictObject({
  "invalidate-on-push": z.boolean().optional(),
  "allow-author": z.boolean().optional(),
  "allow-contributors": z.boolean().optional(),
  methods: approvalMethods.optional(),
  ...commitOptions,
});

export const REQUEST_REVIEW_MODES = ["all-users", "random-users", "teams"] as const;

const requestReview = z
  .strictObject({
    enabled: z.boolean().optional().meta({
      description: "Default true when the block is written; false turns off one that extends gives.",
    }),
    mode: z.enum(REQUEST_REVIEW_MODES).optional().meta({
      description:
        "all-users: everyone who could approve; random-users (default): `count` of them at random; teams: the teams the rule names.",
    }),
    count: z.int().min(1).max(15).optional().meta({
      description: "How many people random-users asks (default: the rule's count, at least 1).",
    }),
  })
  .meta({
    description:
      "While the rule is pending, ask GitHub for reviews from people who can satisfy it: once per head commit, never the author.",
  });

export const reviewRule = z.strictObject({
  name: z.string().min(1),
  description: z
    .string()
    .optional()
    .meta({ description: "Shown with the rule in the check run: why it exists, whom to ask." }),
  if: conditions.optional(),
  require: requirement,
  options: ruleOptions.optional(),
  "request-review": requestReview.optional(),
});

type Combination = string | { and: Combination[] } | { or: Combination[] };
export const combination: z.ZodType<Combination> = z.lazy(() =>
  z.union([
    z.string().min(1),
    z.strictObject({ and: z.array(combination).min(1) }),
    z.strictObject({ or: z.array(combination).min(1) }),
  ]),
);

export const review = z.strictObject({
  "invalidate-on-push": z.boolean().optional(),
  "allow-author": z.boolean().optional(),
  "allow-contributors": z.boolean().optional(),
  methods: approvalMethods.optional(),
  ...commitOptions,
  rules: z.array(reviewRule).optional(),
  disapproval: z
    .strictObject({
      enabled: z.boolean().optional(),
      if: conditions.optional().meta({
        description: "The pull request is disapproved while any one of these conditions holds.",
      }),
      "comment-patterns": z
        .array(regex)
        .optional()
        .meta({ description: "A comment matching one of these regexes disapproves, e.g. ':-1:'." }),
      "revoke-patterns": z
        .array(regex)
        .optional()
        .meta({ description: "A later comment by the same person matching one of these revokes it." }),
      who: actors
        .optional()
        .meta({ description: "Who may disapprove (default: anyone with write permission)." }),
    })
    .optional()
    .meta({ description: "A request for changes (or a matching comment) blocks until revoked." }),
  combine: combination.optional().meta({
    description: "How rules combine: a rule name, {and: [...]} or {or: [...]}. Default: all rules.",
  }),
});
