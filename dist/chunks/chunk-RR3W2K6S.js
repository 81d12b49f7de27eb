import { createRequire as __tfRequire } from 'node:module'; const require = __tfRequire(import.meta.url);
import {
  isEmptyActors
} from "./chunk-7WNYUX7S.js";
import {
  parseYamlSource
} from "./chunk-DGX4CH5M.js";
import {
  plural
} from "./chunk-64HVLF7C.js";

// src/fs/policy-source.ts
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
function policySource(cwd) {
  return (file) => readFileSync(resolve(cwd, file));
}

// src/review/lint-conditions.ts
var LONG_KEY_ID = /^[0-9A-F]{16}$/i;
var lower = (values) => (values ?? []).map((value) => value.toLowerCase());
function keyIdProblem(key) {
  if (LONG_KEY_ID.test(key)) return void 0;
  const hex = key.replace(/^0x/i, "").replace(/\s+/g, "");
  const hint = hex !== key && LONG_KEY_ID.test(hex) ? `write ${hex.toUpperCase()}` : /^[0-9A-F]{40}$/i.test(hex) ? `a fingerprint: write its last 16 digits, ${hex.slice(-16).toUpperCase()}` : /^[0-9A-F]{8}$/i.test(hex) ? "a short key ID: write the long one (gpg --list-keys --keyid-format long)" : "write the long key ID (gpg --list-keys --keyid-format long)";
  return `${JSON.stringify(key)} is not a GPG key ID as GitHub reports it (16 hexadecimal digits, e.g. 3AA5C34371567BD2), so no commit ever matches it: ${hint}`;
}
function lintConditions(conditions, base, where, at) {
  if (!conditions) return;
  const place = typeof where === "string" ? { join: "all", never: where } : where;
  const never = place.never;
  const pair = (path, excludes, covers) => {
    if (place.join === "all" && excludes) at([...base, path], `${never}: ${excludes}`);
    if (place.join === "any" && covers) at([...base, path], `${place.always}: ${covers}`);
  };
  for (const key of ["lines-changed", "lines-added", "lines-deleted"]) {
    const lines = conditions[key];
    if (lines?.["more-than"] !== void 0 && lines["less-than"] !== void 0 && lines["less-than"] - lines["more-than"] <= 1)
      at(
        [...base, key],
        `${never}: no number of lines is more than ${lines["more-than"]} and less than ${lines["less-than"]}`
      );
  }
  const changed = conditions["changed-files"];
  if (changed?.ignore?.some((pattern) => pattern === "**" || changed.paths.includes(pattern)) && changed.paths.every((p) => changed.ignore.includes(p) || changed.ignore.includes("**")))
    at([...base, "changed-files", "ignore"], `${never}: ignore covers every path that changed-files matches`);
  const noChanged = conditions["no-changed-files"];
  if (changed && noChanged)
    pair(
      "no-changed-files",
      changed.paths.every((p) => noChanged.includes(p) || noChanged.includes("**")) && "a file that changed-files needs is one that no-changed-files forbids",
      !changed.ignore?.length && noChanged.every((p) => changed.paths.includes(p) || changed.paths.includes("**")) && "a pull request that changes a file no-changed-files names is matched by changed-files, and one that changes none by no-changed-files"
    );
  const deleted = conditions["deleted-files"];
  const notDeleted = conditions["no-deleted-files"];
  if (deleted && notDeleted)
    pair(
      "no-deleted-files",
      deleted.every((p) => notDeleted.includes(p) || notDeleted.includes("**")) && "a deletion that deleted-files needs is one that no-deleted-files forbids",
      notDeleted.every((p) => deleted.includes(p) || deleted.includes("**")) && "a pull request that deletes a file no-deleted-files names is matched by deleted-files, and one that deletes none by no-deleted-files"
    );
  const author = conditions.author;
  const notAuthor = conditions["not-author"];
  const onlyUsers = (actors) => actors && !actors.teams?.length && !actors.organizations?.length && !actors.permissions?.length;
  const within = (some, all) => (some?.length ?? 0) > 0 && lower(some).every((user) => lower(all).includes(user));
  if (author && notAuthor)
    pair(
      "not-author",
      onlyUsers(author) && within(author.users, notAuthor.users) && "every listed author is also excluded by not-author",
      onlyUsers(notAuthor) && within(notAuthor.users, author.users) && "an author that not-author excludes is listed under author, and any other author is not excluded"
    );
  const title = conditions.title;
  const notTitle = conditions["not-title"];
  if (title !== void 0 && notTitle)
    pair(
      "not-title",
      notTitle.includes(title) && `the title must match ${JSON.stringify(title)} and must not`,
      notTitle.every((pattern) => pattern === title) && `every title either matches ${JSON.stringify(title)} or does not`
    );
  if (conditions["valid-signatures"] === false) {
    for (const key of ["valid-signatures-by", "valid-signatures-by-keys"])
      if (conditions[key])
        pair(
          key,
          `${key} needs every commit signed and verified, valid-signatures: false needs one that is not`,
          false
        );
  }
  for (const [i, key] of (conditions["valid-signatures-by-keys"] ?? []).entries()) {
    const problem = keyIdProblem(key);
    if (problem) at([...base, "valid-signatures-by-keys", i], problem);
  }
  for (const [i, path] of (conditions.workflows?.paths ?? []).entries())
    if (/\.ya?ml$/.test(path) && !path.startsWith(".github/workflows/"))
      at(
        [...base, "workflows", "paths", i],
        `${JSON.stringify(path)} never matches: GitHub names a workflow by its file from the repository root, e.g. .github/workflows/${path.split("/").pop()}`
      );
}

// src/review/lint-methods.ts
function lintMethodsBlock(methods, base, at) {
  const githubReview = methods["github-review"] ?? true;
  if (!githubReview && (methods["github-review-comment-patterns"]?.length ?? 0) > 0)
    at(
      [...base, "github-review-comment-patterns"],
      "has no effect: github-review is false, so no approving review counts whatever its body says"
    );
  if (!githubReview && (methods["comment-patterns"]?.length ?? 0) === 0 && (methods["body-patterns"]?.length ?? 0) === 0)
    at(
      [...base, "github-review"],
      "nothing approves: github-review is false and there are no comment-patterns or body-patterns"
    );
}
var allowsAuthor = (review, rule) => rule.options?.["allow-author"] ?? review["allow-author"] ?? false;
function lintMethods(review, at) {
  if (!review) return;
  const rules = review.rules ?? [];
  const inheriting = rules.filter((rule) => !rule.options?.methods);
  if (review.methods && inheriting.length > 0) {
    lintMethodsBlock(review.methods, ["review", "methods"], at);
    if ((review.methods["body-patterns"]?.length ?? 0) > 0 && !inheriting.some((r) => allowsAuthor(review, r)))
      at(
        ["review", "methods", "body-patterns"],
        "never approves: a matching description is the author's approval, and no rule that uses these methods sets allow-author: true"
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
        "never approves: a matching description is the author's approval, which this rule does not count (set allow-author: true)"
      );
  });
}

// src/review/lint-request-review.ts
function hasPeopleToAsk(rule) {
  const require2 = rule.require;
  if (require2.users?.some((login) => !login.endsWith("[bot]"))) return true;
  if (require2.teams?.length || require2["each-team"]?.length || require2["code-owners"]) return true;
  if (require2.permissions?.length) return true;
  return isEmptyActors(require2);
}
function lintRequestReview(review, at) {
  (review?.rules ?? []).forEach((rule, i) => {
    const request = rule["request-review"];
    if (!request || request.enabled === false) return;
    const base = ["review", "rules", i, "request-review"];
    const require2 = rule.require;
    if (require2.count === 0 && !require2["code-owners"] && !require2["each-team"]?.length) {
      at(
        base,
        "asks for reviews that cannot change this rule: it needs no approval (count: 0), so it is pending only while require.conditions fail"
      );
      return;
    }
    const mode = request.mode ?? "random-users";
    if (request.count !== void 0 && mode !== "random-users")
      at(
        [...base, "count"],
        `is read only by mode random-users; mode ${mode} asks ${mode === "teams" ? "the rule's teams" : "everyone who could approve"}`
      );
    if (mode === "teams") {
      if (!require2.teams?.length && !require2["each-team"]?.length)
        at(
          [...base, "mode"],
          "mode teams asks nobody: the rule names no teams (require.teams or each-team); use random-users or all-users to ask people"
        );
    } else if (!hasPeopleToAsk(rule))
      at(
        base,
        "asks nobody: GitHub is asked for people listed under users, members of teams and each-team, code owners, or collaborators by permission, and this rule names none of them (members of organizations and apps' bot accounts are not asked)"
      );
  });
}

// src/review/lint.ts
var DISAPPROVAL_IF = {
  join: "any",
  never: "never holds, so it never disapproves",
  always: "disapproves every pull request"
};
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
    lintConditions(rule.if, [...base, "if"], "can never apply", at);
    lintConditions(
      rule.require.conditions,
      [...base, "require", "conditions"],
      "can never hold, so the rule can never be approved",
      at
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
  if (review?.disapproval?.enabled !== false)
    lintConditions(review?.disapproval?.if, ["review", "disapproval", "if"], DISAPPROVAL_IF, at);
  lintMethods(review, at);
  lintRequestReview(review, at);
  return problems;
}
function reviewLintProblems(loaded, read) {
  const origin = [...loaded.origins].find(
    ([key]) => key.startsWith("review.rules") || key.startsWith("review.combine")
  )?.[1];
  if (!origin || origin === "defaults") return [];
  const known = loaded.positions.get(origin);
  if (known) return lintReview(loaded.policy.review, origin, known);
  const source = parseYamlSource(origin, read(origin));
  if (Array.isArray(source)) return [];
  return lintReview(loaded.policy.review, origin, (path) => source.positionOf(path));
}
function policyPositions(loaded, read) {
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
        const parsed = parseYamlSource(file, read(file));
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
  policySource,
  reviewLintProblems,
  policyPositions
};
