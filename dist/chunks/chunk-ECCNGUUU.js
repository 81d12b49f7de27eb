import { createRequire as __tfRequire } from 'node:module'; const require = __tfRequire(import.meta.url);
import {
  parseYamlSource
} from "./chunk-LLNZTNNU.js";
import {
  plural
} from "./chunk-QVIKY5XM.js";

// src/review/lint.ts
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
function lintReview(review, file, positionOf) {
  const problems = [];
  const at = (path, message) => problems.push({ file, ...positionOf(path), path: path.join("."), message });
  const rules = review?.rules ?? [];
  const seen = /* @__PURE__ */ new Map();
  rules.forEach((rule, i) => {
    const base = ["review", "rules", i];
    const first = seen.get(rule.name);
    if (first !== void 0)
      at(
        [...base, "name"],
        `duplicate rule name ${JSON.stringify(rule.name)} (also rule ${first + 1}); give each rule its own name`
      );
    else seen.set(rule.name, i);
    const lines = rule.if?.["lines-changed"];
    if (lines?.["more-than"] !== void 0 && lines["less-than"] !== void 0 && lines["less-than"] - lines["more-than"] <= 1)
      at(
        [...base, "if", "lines-changed"],
        `can never apply: no number of lines is more than ${lines["more-than"]} and less than ${lines["less-than"]}`
      );
    const changed = rule.if?.["changed-files"];
    if (changed?.ignore?.some((pattern) => pattern === "**" || changed.paths.includes(pattern)) && changed.paths.every((p) => changed.ignore.includes(p) || changed.ignore.includes("**")))
      at(
        [...base, "if", "changed-files", "ignore"],
        "can never apply: ignore covers every path the rule matches"
      );
    const author = rule.if?.author?.users ?? [];
    const notAuthor = rule.if?.["not-author"]?.users ?? [];
    const onlyUsers = rule.if?.author && !rule.if.author.teams?.length && !rule.if.author.organizations?.length && !rule.if.author.permissions?.length;
    if (onlyUsers && author.length > 0 && author.every((user) => notAuthor.some((other) => other.toLowerCase() === user.toLowerCase())))
      at(
        [...base, "if", "not-author"],
        "can never apply: every listed author is also excluded by not-author"
      );
    const require2 = rule.require;
    const onlyListedUsers = !require2.teams?.length && !require2.organizations?.length && !require2.permissions?.length && require2.users?.length;
    if (onlyListedUsers && (require2.count ?? 1) > new Set(require2.users.map((u) => u.toLowerCase())).size)
      at(
        [...base, "require", "count"],
        `nobody can meet this: ${plural(require2.count ?? 1, "approval")} but only ${plural(require2.users.length, "user")} listed`
      );
    const teams = require2["each-team"] ?? [];
    if (new Set(teams.map((t) => t.toLowerCase())).size < teams.length)
      at([...base, "require", "each-team"], "a team is listed twice; quorum needs distinct teams");
  });
  if (review?.combine) {
    const names = new Set(rules.map((rule) => rule.name));
    const walk = (node, path) => {
      if (typeof node === "string") {
        if (!names.has(node))
          at(
            path,
            `names the rule ${JSON.stringify(node)}, which does not exist (rules: ${[...names].join(", ") || "none"})`
          );
      } else {
        const [key, children] = "and" in node ? ["and", node.and] : ["or", node.or];
        for (const [i, child] of children.entries()) walk(child, [...path, key, i]);
      }
    };
    walk(review.combine, ["review", "combine"]);
  }
  return problems;
}
function reviewLintProblems(loaded, cwd) {
  const origin = [...loaded.origins].find(
    ([key]) => key.startsWith("review.rules") || key.startsWith("review.combine")
  )?.[1];
  if (!origin || origin === "defaults") return [];
  const known = loaded.positions.get(origin);
  if (known) return lintReview(loaded.policy.review, origin, known);
  const source = parseYamlSource(origin, readFileSync(resolve(cwd, origin)));
  if (Array.isArray(source)) return [];
  return lintReview(loaded.policy.review, origin, (path) => source.positionOf(path));
}
function policyPositions(loaded, cwd) {
  const sources = /* @__PURE__ */ new Map();
  return (path) => {
    let origin;
    for (let n = path.length; n > 0 && !origin; n--) origin = loaded.origins.get(path.slice(0, n).join("."));
    const file = origin && origin !== "defaults" ? origin : loaded.files[0] ?? "defaults";
    const known = loaded.positions.get(file);
    if (known) return { file, ...known(path) };
    if (!sources.has(file)) {
      let source2;
      try {
        const parsed = parseYamlSource(file, readFileSync(resolve(cwd, file)));
        source2 = Array.isArray(parsed) ? void 0 : parsed;
      } catch {
        source2 = void 0;
      }
      sources.set(file, source2);
    }
    const source = sources.get(file);
    return { file, ...source ? source.positionOf(path) : { line: 1, column: 1 } };
  };
}

export {
  reviewLintProblems,
  policyPositions
};
