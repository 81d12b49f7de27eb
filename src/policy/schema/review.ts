import { z } from "zod";
import { actors, githubLogin, githubTeam, glob, regex } from "./primitives.ts";

export const GATE_OUTCOMES = ["success", "failure", "error", "neutral", "skipped"] as const;

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
  })
  .meta({ description: "Every listed condition must hold for the rule to apply." });

const requirement = z.strictObject({
  count: z.int().min(0).optional().meta({ description: "How many approvals from the listed people." }),
  users: z.array(githubLogin).optional(),
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
  })
  .meta({ description: "How people approve." });

const ruleOptions = z.strictObject({
  "invalidate-on-push": z.boolean().optional(),
  "allow-author": z.boolean().optional(),
  "allow-contributors": z.boolean().optional(),
  methods: approvalMethods.optional(),
});

export const reviewRule = z.strictObject({
  name: z.string().min(1),
  if: conditions.optional(),
  require: requirement,
  options: ruleOptions.optional(),
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
  disapproval: z
    .strictObject({
      enabled: z.boolean().optional(),
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
  rules: z.array(reviewRule).optional(),
  combine: combination.optional().meta({
    description: "How rules combine: a rule name, {and: [...]} or {or: [...]}. Default: all rules.",
  }),
});
