/** policy-bot's `options` of an approval rule, and approval `methods`, as TerraFusion's. */
import { isDeepStrictEqual } from "node:util";
import { quotePattern } from "../../core/safe-regex.ts";
import { REQUEST_REVIEW_MODES } from "../../policy/schema/review.ts";
import type { Path, Report } from "./report.ts";
import {
  ACTORS,
  actorsAt,
  boolAt,
  intAt,
  mapAt,
  otherKeys,
  type Plain,
  regexesAt,
  stringsAt,
} from "./values.ts";

/** What policy-bot counts as an approving comment when `comments` is left out: these, anywhere in it. */
export const APPROVE_COMMENTS = [":+1:", "👍"];
export const DISAPPROVE_COMMENTS = [":-1:", "👎"];

/**
 * The approval methods policy-bot uses when a rule sets none, written out: TerraFusion's own default
 * counts no comment. Every converted policy sets these at the top of `review`.
 */
export const DEFAULT_METHODS: Plain = {
  "github-review": true,
  "comment-patterns": APPROVE_COMMENTS.map(quotePattern),
};

const REACTIONS = "TerraFusion does not count reactions; left out";

/**
 * policy-bot's `comments` (text found anywhere in a comment: quoted into patterns, `comments` left out
 * meaning `defaults`) and `comment_patterns`, as one list of TerraFusion comment patterns.
 */
export function commentPatterns(report: Report, methods: Plain, path: Path, defaults: string[]): string[] {
  const comments =
    methods.comments === undefined || methods.comments === null
      ? defaults
      : stringsAt(report, methods.comments, [...path, "comments"]);
  return [
    ...new Set([
      ...comments.map(quotePattern),
      ...regexesAt(report, methods.comment_patterns, [...path, "comment_patterns"]),
    ]),
  ];
}

/** A rule's approval methods as a whole TerraFusion `methods` block (a rule's block replaces the top one). */
export function approvalMethods(report: Report, value: unknown, path: Path): Plain {
  const methods = mapAt(report, value, path) ?? {};
  otherKeys(
    report,
    methods,
    path,
    ["comments", "comment_patterns", "github_review", "github_review_comment_patterns", "body_patterns"],
    { reactions: REACTIONS },
  );
  const reviewPatterns = regexesAt(report, methods.github_review_comment_patterns, [
    ...path,
    "github_review_comment_patterns",
  ]);
  const bodyPatterns = regexesAt(report, methods.body_patterns, [...path, "body_patterns"]);
  const githubReview = boolAt(report, methods.github_review, [...path, "github_review"]) ?? true;
  return {
    // policy-bot reads approving reviews whose body matches these even with github_review: false.
    "github-review": githubReview || reviewPatterns.length > 0,
    "comment-patterns": commentPatterns(report, methods, path, APPROVE_COMMENTS),
    ...(reviewPatterns.length ? { "github-review-comment-patterns": reviewPatterns } : {}),
    ...(bodyPatterns.length ? { "body-patterns": bodyPatterns } : {}),
  };
}

function requestReview(report: Report, value: unknown, path: Path, count: number): Plain | undefined {
  const map = mapAt(report, value, path);
  if (!map) return undefined;
  otherKeys(report, map, path, ["enabled", "mode", "count"]);
  if (!boolAt(report, map.enabled, [...path, "enabled"])) return undefined; // off unless enabled
  const out: Plain = {};
  let mode = "random-users";
  if (map.mode !== undefined && map.mode !== null) {
    if ((REQUEST_REVIEW_MODES as readonly unknown[]).includes(map.mode)) mode = out.mode = map.mode as string;
    else
      report.add(
        [...path, "mode"],
        `${JSON.stringify(map.mode)} is not a mode (${REQUEST_REVIEW_MODES.join(", ")}); TerraFusion's default, random-users, is used`,
      );
  }
  const asked = intAt(report, map.count, [...path, "count"]);
  // Only random-users reads count, in both; 0 means the rule's count, which is TerraFusion's default.
  if (asked && mode === "random-users") {
    if (asked > 15)
      report.add(
        [...path, "count"],
        "TerraFusion asks at most 15 people; left out (the rule's count is asked)",
      );
    else if (asked !== Math.max(count, 1)) out.count = asked;
  }
  return out;
}

/** A rule's `options`: TerraFusion's rule options (only where they differ from the converted top level) and request-review. */
export function ruleOptions(
  report: Report,
  value: unknown,
  path: Path,
  count: number,
): { options?: Plain; "request-review"?: Plain } {
  const map = mapAt(report, value, path);
  if (!map) return {};
  otherKeys(report, map, path, [
    "allow_author",
    "allow_contributor",
    "allow_non_author_contributor",
    "invalidate_on_push",
    "ignore_edited_comments",
    "ignore_update_merges",
    "ignore_commits_by",
    "request_review",
    "methods",
  ]);
  const flag = (key: string) => boolAt(report, map[key], [...path, key]) ?? false;
  const allowAuthor = flag("allow_author");
  const allowContributor = flag("allow_contributor");
  const allowNonAuthorContributor = flag("allow_non_author_contributor");
  const options: Plain = {};
  // allow_contributor counts the author as a contributor: it allows both.
  if (allowAuthor || allowContributor) options["allow-author"] = true;
  if (allowContributor || allowNonAuthorContributor) options["allow-contributors"] = true;
  if (flag("invalidate_on_push")) options["invalidate-on-push"] = true;
  if (flag("ignore_edited_comments")) options["ignore-edited-comments"] = true;
  if (flag("ignore_update_merges")) options["ignore-update-merges"] = true;
  const ignoreBy = mapAt(report, map.ignore_commits_by, [...path, "ignore_commits_by"]);
  if (ignoreBy) {
    otherKeys(report, ignoreBy, [...path, "ignore_commits_by"], ACTORS);
    const actors = actorsAt(report, ignoreBy, [...path, "ignore_commits_by"]);
    if (Object.keys(actors).length) options["ignore-commits-by"] = actors;
  }
  if (map.methods !== undefined && map.methods !== null) {
    const methods = approvalMethods(report, map.methods, [...path, "methods"]);
    if (!isDeepStrictEqual(methods, DEFAULT_METHODS)) options.methods = methods;
  }
  const request =
    map.request_review === undefined
      ? undefined
      : requestReview(report, map.request_review, [...path, "request_review"], count);
  return {
    ...(Object.keys(options).length ? { options } : {}),
    ...(request ? { "request-review": request } : {}),
  };
}
