import { compilePattern, type TextPattern } from "../core/safe-regex.ts";
import type { Actors } from "./actors.ts";
import { parseCodeOwners } from "./codeowners.ts";
import { checkConditions } from "./conditions.ts";
import type { ReviewPolicy } from "./evaluate.ts";
import type { PullSnapshot } from "./snapshot.ts";

/** What the evaluator will look up about people, so the adapter fetches that and nothing else. */
export interface Needs {
  teams: Set<string>;
  organizations: Set<string>;
  /** Whose repository permission matters: approvers (requirements), disapprovers, the author and contributors (conditions). */
  permissions: { approvers: boolean; disapprovers: boolean; people: boolean };
  codeowners: boolean;
  gates: boolean;
  /** Every comment pattern that approves or disapproves: other comments need no look-up. */
  patterns: TextPattern[];
}

/**
 * Given the pull request (without people), a rule whose other conditions already fail needs no
 * look-ups for its requirement: a skipped rule costs no requests.
 */
export function needsOf(review: ReviewPolicy | undefined, pull?: PullSnapshot): Needs {
  const needs: Needs = {
    teams: new Set(),
    organizations: new Set(),
    permissions: { approvers: false, disapprovers: false, people: false },
    codeowners: false,
    gates: false,
    patterns: [],
  };
  const sources = [
    ...(review?.methods?.["comment-patterns"] ?? []),
    ...(review?.disapproval?.["comment-patterns"] ?? []),
    ...(review?.rules ?? []).flatMap((rule) => rule.options?.methods?.["comment-patterns"] ?? []),
  ];
  needs.patterns = [...new Set(sources)].map(compilePattern);
  const add = (actors: Actors | undefined, role: keyof Needs["permissions"]) => {
    for (const team of actors?.teams ?? []) needs.teams.add(team);
    for (const org of actors?.organizations ?? []) needs.organizations.add(org);
    if (actors?.permissions?.length) needs.permissions[role] = true;
  };
  for (const rule of review?.rules ?? []) {
    if (!pull || mayApply(rule.if, pull)) {
      add(rule.require, "approvers");
      for (const team of rule.require["each-team"] ?? []) needs.teams.add(team);
      if (rule.require["code-owners"]) needs.codeowners = true;
    }
    add(rule.if?.author, "people");
    add(rule.if?.["not-author"], "people");
    add(rule.if?.contributors, "people");
    if (rule.if?.gates && Object.keys(rule.if.gates).length > 0) needs.gates = true;
  }
  if (review && review.disapproval?.enabled !== false) {
    const who = review.disapproval?.who;
    if (who && Object.values(who).some((list) => list?.length)) add(who, "disapprovers");
    else needs.permissions.disapprovers = true;
  }
  return needs;
}

/** Teams that CODEOWNERS names (@org/team). */
export function codeOwnerTeams(text: string): string[] {
  const teams = new Set<string>();
  for (const entry of parseCodeOwners(text))
    for (const owner of entry.owners)
      if (owner.startsWith("@") && owner.includes("/")) teams.add(owner.slice(1));
  return [...teams];
}

type Rule = NonNullable<ReviewPolicy["rules"]>[number];
function mayApply(conditions: Rule["if"], pull: PullSnapshot): boolean {
  if (!conditions) return true;
  const { author: _a, "not-author": _n, contributors: _c, ...plain } = conditions;
  return checkConditions(plain, pull).every((check) => check.holds);
}
