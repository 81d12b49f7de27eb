import type { Policy } from "../policy/schema/index.ts";
import type { Actors } from "./actors.ts";
import type { Conditions } from "./conditions.ts";

export interface ActorRef {
  kind: "team" | "user" | "organization";
  /** ORG/SLUG for a team, the login for a user or an organization, as written. */
  name: string;
  /** Where the policy names it, e.g. ["review", "rules", 0, "require", "teams", 1]. */
  path: (string | number)[];
}

/** Every team, user and organization the review rules and the deploy promoters name, with where each is named. */
export function actorRefs(policy: Policy): ActorRef[] {
  const refs: ActorRef[] = [];
  const add = (actors: Actors | undefined, at: (string | number)[]) => {
    for (const [i, name] of (actors?.teams ?? []).entries())
      refs.push({ kind: "team", name, path: [...at, "teams", i] });
    for (const [i, name] of (actors?.users ?? []).entries())
      refs.push({ kind: "user", name, path: [...at, "users", i] });
    for (const [i, name] of (actors?.organizations ?? []).entries())
      refs.push({ kind: "organization", name, path: [...at, "organizations", i] });
  };
  const review = policy.review;
  const conditions = (c: Conditions | undefined, at: (string | number)[]) => {
    for (const key of [
      "author",
      "not-author",
      "contributors",
      "only-contributors",
      "valid-signatures-by",
    ] as const)
      add(c?.[key], [...at, key]);
  };
  add(review?.["ignore-commits-by"], ["review", "ignore-commits-by"]);
  for (const [i, rule] of (review?.rules ?? []).entries()) {
    const at = ["review", "rules", i];
    conditions(rule.if, [...at, "if"]);
    add(rule.require, [...at, "require"]);
    conditions(rule.require.conditions, [...at, "require", "conditions"]);
    add(rule.options?.["ignore-commits-by"], [...at, "options", "ignore-commits-by"]);
    for (const [j, name] of (rule.require["each-team"] ?? []).entries())
      refs.push({ kind: "team", name, path: [...at, "require", "each-team", j] });
  }
  add(review?.disapproval?.who, ["review", "disapproval", "who"]);
  conditions(review?.disapproval?.if, ["review", "disapproval", "if"]);
  for (const [name, environment] of Object.entries(policy.deploy?.environments ?? {}))
    add(environment.promoters, ["deploy", "environments", name, "promoters"]);
  return refs;
}
