import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { plural } from "../core/format.ts";
import type { PolicyProblem } from "../errors.ts";
import type { LoadedPolicy } from "../policy/load.ts";
import { parseYamlSource, type YamlSource } from "../policy/yaml-source.ts";
import type { ReviewPolicy } from "./evaluate.ts";

type Position = (path: readonly PropertyKey[]) => { line: number; column: number };
type Combination = NonNullable<ReviewPolicy["combine"]>;

/**
 * Semantic checks the schema cannot make: duplicate rule names, rules that can never apply,
 * requirements nobody can meet, and a `combine` that names unknown rules.
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
    const lines = rule.if?.["lines-changed"];
    if (
      lines?.["more-than"] !== undefined &&
      lines["less-than"] !== undefined &&
      lines["less-than"] - lines["more-than"] <= 1
    )
      at(
        [...base, "if", "lines-changed"],
        `can never apply: no number of lines is more than ${lines["more-than"]} and less than ${lines["less-than"]}`,
      );
    const changed = rule.if?.["changed-files"];
    if (
      changed?.ignore?.some((pattern) => pattern === "**" || changed.paths.includes(pattern)) &&
      changed.paths.every((p) => changed.ignore!.includes(p) || changed.ignore!.includes("**"))
    )
      at(
        [...base, "if", "changed-files", "ignore"],
        "can never apply: ignore covers every path the rule matches",
      );
    const author = rule.if?.author?.users ?? [];
    const notAuthor = rule.if?.["not-author"]?.users ?? [];
    const onlyUsers =
      rule.if?.author &&
      !rule.if.author.teams?.length &&
      !rule.if.author.organizations?.length &&
      !rule.if.author.permissions?.length;
    if (
      onlyUsers &&
      author.length > 0 &&
      author.every((user) => notAuthor.some((other) => other.toLowerCase() === user.toLowerCase()))
    )
      at(
        [...base, "if", "not-author"],
        "can never apply: every listed author is also excluded by not-author",
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
  return problems;
}

/** The review section's semantic problems, at the positions of the file that holds the rules. */
export function reviewLintProblems(loaded: LoadedPolicy, cwd: string): PolicyProblem[] {
  const origin = [...loaded.origins].find(
    ([key]) => key.startsWith("review.rules") || key.startsWith("review.combine"),
  )?.[1];
  if (!origin || origin === "defaults") return [];
  const known = loaded.positions.get(origin);
  if (known) return lintReview(loaded.policy.review, origin, known);
  const source = parseYamlSource(origin, readFileSync(resolve(cwd, origin)));
  if (Array.isArray(source)) return [];
  return lintReview(loaded.policy.review, origin, (path) => source.positionOf(path));
}

/**
 * Where a key path of the effective policy is written: in the file that set it (the user's file or
 * one it extends), found through the load's origins; the user's file at 1:1 when none did.
 */
export function policyPositions(
  loaded: LoadedPolicy,
  cwd: string,
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
        const parsed = parseYamlSource(file, readFileSync(resolve(cwd, file)));
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
