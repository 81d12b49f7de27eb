/** policy-bot's `policy.disapproval` as TerraFusion's `disapproval`. */
import { APPROVE_COMMENTS, commentPatterns, DISAPPROVE_COMMENTS } from "./options.ts";
import { convertPredicates } from "./predicates.ts";
import type { Path, Report } from "./report.ts";
import { ACTORS, actorsAt, boolAt, mapAt, otherKeys, type Plain } from "./values.ts";

const METHOD_KEYS = ["comments", "comment_patterns", "github_review"];
const UNSUPPORTED_METHODS = {
  github_review_comment_patterns: "TerraFusion's disapproval reads no review-body patterns; left out",
  body_patterns: "TerraFusion's disapproval reads no description patterns; left out",
  reactions: "TerraFusion does not count reactions; left out",
};

/**
 * The comment patterns of `disapprove` or `revoke`. Left out, policy-bot uses its defaults (comments
 * and GitHub reviews); written, only what it lists. TerraFusion always reads the reviews (a "changes
 * requested" review disapproves, the same person's approval revokes), so turning them off is reported.
 */
function methodPatterns(
  report: Report,
  value: unknown,
  path: Path,
  defaults: string[],
  review: string,
): string[] {
  const methods = mapAt(report, value, path);
  if (!methods) return commentPatterns(report, {}, path, defaults);
  otherKeys(report, methods, path, METHOD_KEYS, UNSUPPORTED_METHODS);
  if (!boolAt(report, methods.github_review, [...path, "github_review"]))
    report.add(
      methods.github_review === undefined ? path : [...path, "github_review"],
      `here policy-bot ignores GitHub reviews (github_review is not true); TerraFusion always counts ${review}`,
    );
  return commentPatterns(report, methods, path, []);
}

export function convertDisapproval(report: Report, value: unknown, path: Path): Plain {
  const map = mapAt(report, value, path);
  if (!map) return { enabled: false };
  otherKeys(report, map, path, ["if", "options", "requires"]);
  const conditions = convertPredicates(map.if, [...path, "if"], "disapproval", report);
  const requires = mapAt(report, map.requires, [...path, "requires"]) ?? {};
  otherKeys(report, requires, [...path, "requires"], ACTORS);
  const who = actorsAt(report, requires, [...path, "requires"]);
  if (Object.keys(who).length === 0) {
    // policy-bot: nobody may disapprove; only disapproval.if can block.
    if (!conditions) return { enabled: false };
    report.add(
      map.requires === undefined ? path : [...path, "requires"],
      'policy-bot lets nobody disapprove when requires names no one, so only disapproval.if blocks; TerraFusion cannot turn people\'s disapprovals off while keeping disapproval.if, so a "changes requested" review from anyone with write permission also blocks (stricter)',
    );
    return { enabled: true, if: conditions };
  }
  const options = mapAt(report, map.options, [...path, "options"]) ?? {};
  otherKeys(report, options, [...path, "options"], ["methods"]);
  const methodsPath = [...path, "options", "methods"];
  const methods = mapAt(report, options.methods, methodsPath) ?? {};
  otherKeys(report, methods, methodsPath, ["disapprove", "revoke"]);
  const disapprove = methodPatterns(
    report,
    methods.disapprove,
    [...methodsPath, "disapprove"],
    DISAPPROVE_COMMENTS,
    'a "changes requested" review as a disapproval',
  );
  const revoke = methodPatterns(
    report,
    methods.revoke,
    [...methodsPath, "revoke"],
    APPROVE_COMMENTS,
    "an approving review as revoking the same person's disapproval",
  );
  report.add(
    [...path, "requires"],
    "policy-bot lets any of these people revoke anyone's disapproval (the latest disapproval or revocation among them decides) and lets the author disapprove; TerraFusion keeps each person's disapproval until that same person approves or revokes it, and the author never blocks their own pull request",
  );
  return {
    enabled: true,
    ...(conditions ? { if: conditions } : {}),
    "comment-patterns": disapprove,
    "revoke-patterns": revoke,
    who,
  };
}
