import { plural } from "../core/format.ts";
import type { PolicyProblem } from "../errors.ts";
import type { LoadedPolicy } from "../policy/load.ts";
import { parseYamlSource, type YamlSource } from "../policy/yaml-source.ts";
import type { ReviewPolicy } from "./evaluate.ts";
import { lintConditions } from "./lint-conditions.ts";
import { lintMethods } from "./lint-methods.ts";
import { lintRequestReview } from "./lint-request-review.ts";

/** Any one key of disapproval.if disapproves. */
const DISAPPROVAL_IF = {
  join: "any",
  never: "never holds, so it never disapproves",
  always: "disapproves every pull request",
} as const;

type Position = (path: readonly PropertyKey[]) => { line: number; column: number };
type Combination = NonNullable<ReviewPolicy["combine"]>;
/** Reads a policy file the load named (relative to the repository root); throws when it cannot: src/fs/policy-source.ts. */
export type ReadPolicySource = (file: string) => Uint8Array;

/**
 * Semantic checks the schema cannot make: duplicate rule names, rules that can never apply (or whose
 * require.conditions can never hold), disapproval conditions that never hold or that together block
 * every pull request, requirements nobody can meet, a `combine` that names unknown
 * rules, approval methods that cannot approve, and request-review that cannot help or asks nobody.
 */
export function lintReview(
  review: ReviewPolicy | undefined,
  file: string,
  positionOf: Position,
): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  const at = (path: (string | number)[], message: string) =>
    problems.push({ file, ...positionOf(path), path: path.join("."), message });
  const rules = review?.rules ?? [];
  const seen = new Map<string, number>();
  rules.forEach((rule, i) => {
    const base = ["review", "rules", i];
    const first = seen.get(rule.name);
    if (first !== undefined)
      at(
        [...base, "name"],
        `duplicate rule name ${JSON.stringify(rule.name)} (also rule ${first + 1}); give each rule its own name`,
      );
    else seen.set(rule.name, i);
    lintConditions(rule.if, [...base, "if"], "can never apply", at);
    lintConditions(
      rule.require.conditions,
      [...base, "require", "conditions"],
      "can never hold, so the rule can never be approved",
      at,
    );
    const require = rule.require;
    const onlyListedUsers =
      !require.teams?.length &&
      !require.organizations?.length &&
      !require.permissions?.length &&
      require.users?.length;
    if (onlyListedUsers && (require.count ?? 1) > new Set(require.users!.map((u) => u.toLowerCase())).size)
      at(
        [...base, "require", "count"],
        `nobody can meet this: ${plural(require.count ?? 1, "approval")} but only ${plural(require.users!.length, "user")} listed`,
      );
    const teams = require["each-team"] ?? [];
    if (new Set(teams.map((t) => t.toLowerCase())).size < teams.length)
      at([...base, "require", "each-team"], "a team is listed twice; quorum needs distinct teams");
  });
  if (review?.combine) {
    const names = new Set(rules.map((rule) => rule.name));
    const walk = (node: Combination, path: (string | number)[]): void => {
      if (typeof node === "string") {
        if (!names.has(node))
          at(
            path,
            `names the rule ${JSON.stringify(node)}, which does not exist (rules: ${[...names].join(", ") || "none"})`,
          );
      } else {
        const [key, children] = "and" in node ? (["and", node.and] as const) : (["or", node.or] as const);
        for (const [i, child] of children.entries()) walk(child, [...path, key, i]);
      }
    };
    walk(review.combine, ["review", "combine"]);
  }
  if (review?.disapproval?.enabled !== false)
    lintConditions(review?.disapproval?.if, ["review", "disapproval", "if"], DISAPPROVAL_IF, at);
  lintMethods(review, at);
  lintRequestReview(review, at);
  return problems;
}

/** The review section's semantic problems, at the positions of the file that holds the rules. */
export function reviewLintProblems(loaded: LoadedPolicy, read: ReadPolicySource): PolicyProblem[] {
  const origin = [...loaded.origins].find(
    ([key]) => key.startsWith("review.rules") || key.startsWith("review.combine"),
  )?.[1];
  if (!origin || origin === "defaults") return [];
  const known = loaded.positions.get(origin);
  if (known) return lintReview(loaded.policy.review, origin, known);
  const source = parseYamlSource(origin, read(origin));
  if (Array.isArray(source)) return [];
  return lintReview(loaded.policy.review, origin, (path) => source.positionOf(path));
}

/**
 * Where a key path of the effective policy is written: in the file that set it (the user's file or
 * one it extends), found through the load's origins; the user's file at 1:1 when none did.
 */
export function policyPositions(
  loaded: LoadedPolicy,
  read: ReadPolicySource,
): (path: (string | number)[]) => { file: string; line: number; column: number } {
  const sources = new Map<string, YamlSource | undefined>();
  return (path) => {
    let origin: string | undefined;
    for (let n = path.length; n > 0 && !origin; n--) origin = loaded.origins.get(path.slice(0, n).join("."));
    const file = origin && origin !== "defaults" ? origin : (loaded.files[0] ?? "defaults");
    const known = loaded.positions.get(file);
    if (known) return { file, ...known(path) };
    if (!sources.has(file)) {
      let source: YamlSource | undefined;
      try {
        const parsed = parseYamlSource(file, read(file));
        source = Array.isArray(parsed) ? undefined : parsed;
      } catch {
        source = undefined;
      }
      sources.set(file, source);
    }
    const source = sources.get(file);
    return { file, ...(source ? source.positionOf(path) : { line: 1, column: 1 }) };
  };
}
