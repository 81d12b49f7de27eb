import { isEmptyActors } from "./actors.ts";
import type { ReviewPolicy } from "./evaluate.ts";
import type { LintAt } from "./lint-conditions.ts";

type Rule = NonNullable<ReviewPolicy["rules"]>[number];

/**
 * Whether GitHub can be asked for anyone's review for the rule in the users modes: the people listed
 * under users (apps' bot accounts are never asked), members of teams and each-team, code owners, and
 * collaborators by permission (listed, or write for a bare count). Members of organizations are not
 * listed, so they are not asked.
 */
function hasPeopleToAsk(rule: Rule): boolean {
  const require = rule.require;
  if (require.users?.some((login) => !login.endsWith("[bot]"))) return true;
  if (require.teams?.length || require["each-team"]?.length || require["code-owners"]) return true;
  if (require.permissions?.length) return true;
  return isEmptyActors(require); // a bare count: collaborators with write permission
}

/** `request-review` on rules where asking cannot help, or asks nobody. */
export function lintRequestReview(review: ReviewPolicy | undefined, at: LintAt): void {
  (review?.rules ?? []).forEach((rule, i) => {
    const request = rule["request-review"];
    if (!request || request.enabled === false) return;
    const base = ["review", "rules", i, "request-review"];
    const require = rule.require;
    if (require.count === 0 && !require["code-owners"] && !require["each-team"]?.length) {
      at(
        base,
        "asks for reviews that cannot change this rule: it needs no approval (count: 0), so it is pending only while require.conditions fail",
      );
      return;
    }
    const mode = request.mode ?? "random-users";
    if (request.count !== undefined && mode !== "random-users")
      at(
        [...base, "count"],
        `is read only by mode random-users; mode ${mode} asks ${mode === "teams" ? "the rule's teams" : "everyone who could approve"}`,
      );
    if (mode === "teams") {
      if (!require.teams?.length && !require["each-team"]?.length)
        at(
          [...base, "mode"],
          "mode teams asks nobody: the rule names no teams (require.teams or each-team); use random-users or all-users to ask people",
        );
    } else if (!hasPeopleToAsk(rule))
      at(
        base,
        "asks nobody: GitHub is asked for people listed under users, members of teams and each-team, code owners, or collaborators by permission, and this rule names none of them (members of organizations and apps' bot accounts are not asked)",
      );
  });
}
