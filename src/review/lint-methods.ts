import type { ReviewPolicy } from "./evaluate.ts";
import type { LintAt } from "./lint-conditions.ts";

type Methods = NonNullable<ReviewPolicy["methods"]>;
type Rule = NonNullable<ReviewPolicy["rules"]>[number];

/** Problems of one `methods` block on its own: ways to approve that nothing can reach. */
function lintMethodsBlock(methods: Methods, base: (string | number)[], at: LintAt): void {
  const githubReview = methods["github-review"] ?? true;
  if (!githubReview && (methods["github-review-comment-patterns"]?.length ?? 0) > 0)
    at(
      [...base, "github-review-comment-patterns"],
      "has no effect: github-review is false, so no approving review counts whatever its body says",
    );
  if (
    !githubReview &&
    (methods["comment-patterns"]?.length ?? 0) === 0 &&
    (methods["body-patterns"]?.length ?? 0) === 0
  )
    at(
      [...base, "github-review"],
      "nothing approves: github-review is false and there are no comment-patterns or body-patterns",
    );
}

const allowsAuthor = (review: ReviewPolicy, rule: Rule) =>
  rule.options?.["allow-author"] ?? review["allow-author"] ?? false;

/**
 * The approval methods of the review section and of each rule that has its own (a rule's `methods`
 * replaces the top-level block whole). A description matching body-patterns is the author's approval,
 * so it approves nothing where the author's approval does not count.
 */
export function lintMethods(review: ReviewPolicy | undefined, at: LintAt): void {
  if (!review) return;
  const rules = review.rules ?? [];
  const inheriting = rules.filter((rule) => !rule.options?.methods);
  if (review.methods && inheriting.length > 0) {
    lintMethodsBlock(review.methods, ["review", "methods"], at);
    if (
      (review.methods["body-patterns"]?.length ?? 0) > 0 &&
      !inheriting.some((r) => allowsAuthor(review, r))
    )
      at(
        ["review", "methods", "body-patterns"],
        "never approves: a matching description is the author's approval, and no rule that uses these methods sets allow-author: true",
      );
  }
  rules.forEach((rule, i) => {
    const methods = rule.options?.methods;
    if (!methods) return;
    const base = ["review", "rules", i, "options", "methods"];
    lintMethodsBlock(methods, base, at);
    if ((methods["body-patterns"]?.length ?? 0) > 0 && !allowsAuthor(review, rule))
      at(
        [...base, "body-patterns"],
        "never approves: a matching description is the author's approval, which this rule does not count (set allow-author: true)",
      );
  });
}
