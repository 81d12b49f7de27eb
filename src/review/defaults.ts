import { plural } from "../core/format.ts";
import { isEmptyActors } from "./actors.ts";
import type { ReviewPolicy } from "./evaluate.ts";

/**
 * What the review section means where a key is left out, in the words `policy explain` prints and
 * docs/review.md repeats. Where policy-bot reads the same silence differently, the line says so: a
 * team moving over must not learn it from a merged pull request.
 */
export const REVIEW_DEFAULTS: readonly { key: string; value: string; meaning: string }[] = [
  {
    key: "invalidate-on-push",
    value: "true",
    meaning: "an approval given before the last push does not count (policy-bot: false)",
  },
  { key: "allow-author", value: "false", meaning: "the author's own approval does not count" },
  {
    key: "allow-contributors",
    value: "false",
    meaning: "the approval of someone who pushed commits does not count",
  },
  { key: "methods.github-review", value: "true", meaning: "an approving GitHub review approves" },
  {
    key: "methods.comment-patterns",
    value: "[]",
    meaning:
      "no comment approves: only GitHub reviews count (policy-bot also counts comments containing :+1: or 👍; write comment-patterns: [':\\+1:', '👍'] for that)",
  },
  {
    key: "methods.github-review-comment-patterns",
    value: "[]",
    meaning: "an approving review counts whatever its body says",
  },
  { key: "methods.body-patterns", value: "[]", meaning: "the pull request's description never approves" },
  {
    key: "ignore-commits-by",
    value: "nobody",
    meaning: "every commit makes its author and committer contributors and, pushed, invalidates approvals",
  },
  {
    key: "ignore-update-merges",
    value: "false",
    meaning: "merging the base branch in (Update branch) counts as a push like any other",
  },
  {
    key: "ignore-edited-comments",
    value: "false",
    meaning: "an edited comment, review body or description still approves",
  },
  {
    key: "disapproval.enabled",
    value: "true",
    meaning: "disapproval is on (policy-bot: off unless disapproval.requires names people)",
  },
  {
    key: "disapproval.who",
    value: "{ permissions: [write] }",
    meaning:
      "anyone with write (or higher) permission may disapprove; the author never blocks their own pull request",
  },
  {
    key: "disapproval.comment-patterns",
    value: "[]",
    meaning:
      'only a "changes requested" review disapproves; no comment does (policy-bot: comments containing :-1: or 👎)',
  },
  {
    key: "disapproval.revoke-patterns",
    value: "[]",
    meaning: "a disapproval stands until the same person approves, or their review is dismissed",
  },
  { key: "disapproval.if", value: "none", meaning: "no condition blocks the pull request by itself" },
  {
    key: "combine",
    value: "all rules",
    meaning: "every rule that applies must be approved; skipped rules are left out",
  },
  { key: "rules[].if", value: "none", meaning: "the rule applies to every pull request" },
  {
    key: "rules[].require.count",
    value: "1",
    meaning: "one approval (0 when the rule requires code-owners or each-team instead)",
  },
  {
    key: "rules[].require (nobody listed)",
    value: "{ permissions: [write] }",
    meaning:
      "a count with no users, teams, organizations or permissions counts approvals from people with write (or higher) permission, as GitHub's required reviews do (policy-bot counts nobody)",
  },
  {
    key: "rules[].if.checks.conclusions, workflows.conclusions",
    value: "[success]",
    meaning: "a check, status or workflow run counts only when it succeeded",
  },
  {
    key: "rules[].request-review",
    value: "none",
    meaning:
      "nobody is asked for a review; a block written without enabled is on, with mode random-users and count the rule's count, at least 1 (policy-bot: request_review is off unless enabled: true)",
  },
];

type Rule = NonNullable<ReviewPolicy["rules"]>[number];

/** How one rule's requirement reads with its defaults filled in: "1 approval from people with write permission (nobody listed)". */
export function requirementInWords(rule: Rule): string {
  const require = rule.require;
  const extra = Boolean(require["code-owners"] || require["each-team"]?.length);
  const count = require.count ?? (extra ? 0 : 1);
  const written = require.count === undefined ? " (count left out)" : "";
  if (count === 0) return `no approval by count${written}`;
  const from = isEmptyActors(require)
    ? "people with write (or higher) permission (nobody listed: GitHub's rule)"
    : "the people listed";
  return `${plural(count, "approval")}${written} from ${from}`;
}

/** Whom a rule's request-review asks, with its defaults filled in; undefined for a rule without one. */
export function requestInWords(rule: Rule): string | undefined {
  const request = rule["request-review"];
  if (!request) return undefined;
  if (request.enabled === false) return "asks nobody for reviews (request-review.enabled: false)";
  const modeLeftOut = request.mode === undefined ? " (mode left out: random-users)" : "";
  const pending = "while it is pending, once per head commit, never the author";
  switch (request.mode ?? "random-users") {
    case "all-users":
      return `asks everyone who could approve it for reviews ${pending}`;
    case "teams": {
      const teams = [...(rule.require.teams ?? []), ...(rule.require["each-team"] ?? [])];
      return `asks its teams (${teams.join(", ") || "none named"}) for reviews ${pending}`;
    }
    default: {
      const count = request.count ?? Math.max(1, rule.require.count ?? 1);
      const written = request.count === undefined ? " (count left out: the rule's count, at least 1)" : "";
      return `asks ${plural(count, "person", "people")}${written} who could approve it, at random${modeLeftOut}, for reviews ${pending}`;
    }
  }
}

/**
 * The comment lines `policy explain` appends: the meaning of each review default that the policy's own
 * files do not set (`writtenByUser` says which keys, under review, they set), and each rule's requirement.
 */
export function explainReviewDefaults(
  review: ReviewPolicy | undefined,
  writtenByUser: (key: string) => boolean,
): string[] {
  if (!review) return [];
  const lines = ["", "# Review: what the keys left out mean (docs/review.md, Defaults)"];
  for (const entry of REVIEW_DEFAULTS) {
    if (!entry.key.startsWith("rules[]") && writtenByUser(entry.key)) continue;
    lines.push(`#   ${entry.key}: ${entry.value} - ${entry.meaning}`);
  }
  for (const rule of review.rules ?? []) {
    lines.push(`#   rule ${JSON.stringify(rule.name)} requires ${requirementInWords(rule)}`);
    const request = requestInWords(rule);
    if (request) lines.push(`#   rule ${JSON.stringify(rule.name)} ${request}`);
  }
  return lines;
}
