import { createRequire as __tfRequire } from 'node:module'; const require = __tfRequire(import.meta.url);
import {
  describeActors,
  isEmptyActors,
  membership,
  same
} from "./chunk-7WNYUX7S.js";
import {
  GlobError,
  anchored,
  compileGlobs,
  compilePattern,
  compileTranslation,
  globBody,
  plural
} from "./chunk-64HVLF7C.js";

// src/review/codeowners.ts
var CODEOWNERS_PATHS = [".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS"];
function parseCodeOwners(text) {
  const entries = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.replace(/(^|\s)#.*$/, "").trim();
    if (!line) return;
    const [pattern, ...owners] = line.split(/\s+/);
    if (!pattern || pattern.startsWith("!")) return;
    const matches = codeOwnersMatcher(pattern);
    if (matches) entries.push({ pattern, owners, line: index + 1, matches });
  });
  return entries;
}
function codeOwnersMatcher(pattern) {
  const folderOnly = pattern.endsWith("/");
  let body = folderOnly ? pattern.slice(0, -1) : pattern;
  const rooted = body.includes("/");
  if (body.startsWith("/")) body = body.slice(1);
  try {
    const inner = globBody(body, "gitignore");
    const source = anchored(`${rooted ? "" : "(?:.*/)?"}(?:${inner})${folderOnly ? "/.*" : "(?:/.*)?"}`);
    return compileTranslation(pattern, { source, negated: false });
  } catch (error) {
    if (error instanceof GlobError) return void 0;
    throw error;
  }
}
function ownersOf(entries, path) {
  for (let i = entries.length - 1; i >= 0; i--) {
    const entry = entries[i];
    if (entry.matches(path)) return { owners: entry.owners, line: entry.line };
  }
  return { owners: [] };
}

// src/review/commits.ts
var WEB_FLOW = "web-flow";
function isUpdateMerge(commit, pull) {
  if ((commit.parents ?? 0) < 2 || !commit.committer || !same(commit.committer, WEB_FLOW)) return false;
  const message = commit.message ?? "";
  const base = pull.base.ref;
  return message.startsWith(`Merge branch '${base}' into `) || message === `Merge branch '${base}'`;
}
function whyIgnored(commit, pull, filter) {
  if (filter.ignoreUpdateMerges && isUpdateMerge(commit, pull)) return "an update merge from the base branch";
  if (filter.ignoreBy && !isEmptyActors(filter.ignoreBy)) {
    const people = [commit.author, commit.committer].filter(
      (login) => !!login && !same(login, WEB_FLOW)
    );
    if (people.length > 0 && people.every((login) => membership(filter.ignoreBy, login, pull)))
      return `by ${people.join(" and ")}, whose commits are ignored`;
  }
  return void 0;
}
function countedCommits(pull, filter = {}) {
  if (!filter.ignoreUpdateMerges && isEmptyActors(filter.ignoreBy)) return pull.commits;
  return pull.commits.filter((commit) => whyIgnored(commit, pull, filter) === void 0);
}
function freshness(pull, filter) {
  const head = { commits: /* @__PURE__ */ new Set([pull.head.sha]), pushedAt: pull.head["pushed-at"] };
  if (pull.commits.length === 0 || !filter.ignoreUpdateMerges && isEmptyActors(filter.ignoreBy))
    return head;
  let last = pull.commits.length - 1;
  while (last >= 0 && whyIgnored(pull.commits[last], pull, filter) !== void 0) last--;
  if (last === pull.commits.length - 1) return head;
  const tail = pull.commits.slice(Math.max(last, 0)).map((commit) => commit.sha);
  if (last < 0)
    return { commits: /* @__PURE__ */ new Set([...pull.commits.map((c) => c.sha), pull.head.sha]), pushedAt: void 0 };
  return {
    commits: /* @__PURE__ */ new Set([...tail, pull.head.sha]),
    pushedAt: pull.commits[last]["committed-at"] ?? pull.head["pushed-at"]
  };
}

// src/review/text-match.ts
var slashes = (patterns) => patterns.map((p) => `/${p}/`).join(", ");
function textMatch(match, texts, what) {
  const matches = match.matches ?? [];
  const notMatches = match["not-matches"] ?? [];
  for (const pattern of matches) {
    const hit = texts.find((text) => compilePattern(pattern).test(text));
    if (hit !== void 0)
      return { holds: true, reason: `${what} ${JSON.stringify(hit)} matches /${pattern}/` };
  }
  if (notMatches.length > 0) {
    for (const pattern of notMatches) {
      const hit = texts.find((text) => compilePattern(pattern).test(text));
      if (hit !== void 0)
        return {
          holds: false,
          reason: `${what} ${JSON.stringify(hit)} matches /${pattern}/${matches.length ? ` and none matches ${slashes(matches)}` : ""}`
        };
    }
    return { holds: true, reason: `${what} matches none of ${slashes(notMatches)}` };
  }
  return {
    holds: false,
    reason: texts.length === 0 ? `${what}: none (wanted a match for ${slashes(matches)})` : `${what} matches none of ${slashes(matches)}`
  };
}

// src/review/commit-conditions.ts
var short = (sha) => sha.slice(0, 7);
var list = (items) => items.length <= 3 ? items.join(", ") : `${items.slice(0, 3).join(", ")} and ${items.length - 3} more`;
var peopleOf = (commit) => [commit.author, commit.committer].filter((login) => !!login && !same(login, WEB_FLOW));
function commitChecks(conditions, pull) {
  const checks = [];
  const only = conditions["only-contributors"];
  if (only) {
    const outside = /* @__PURE__ */ new Set();
    for (const commit of pull.commits) {
      const people = peopleOf(commit);
      if (people.length === 0) outside.add(`an unknown author of ${short(commit.sha)}`);
      for (const login of people) if (!membership(only, login, pull)) outside.add(login);
    }
    checks.push(
      outside.size === 0 ? { holds: true, reason: `every commit is by ${describeActors(only, pull)}` } : {
        holds: false,
        reason: `commits by ${list([...outside])}, not among ${describeActors(only, pull)}`
      }
    );
  }
  const onlyAuthor = conditions["author-is-only-contributor"];
  if (onlyAuthor !== void 0) {
    const others = /* @__PURE__ */ new Set();
    for (const commit of pull.commits) {
      const people = peopleOf(commit);
      if (people.length === 0) others.add(`an unknown author of ${short(commit.sha)}`);
      for (const login of people) if (!same(login, pull.author)) others.add(login);
    }
    const alone = others.size === 0;
    checks.push({
      holds: alone === onlyAuthor,
      reason: alone ? `${pull.author} made every commit` : `${list([...others])} also made commits (not only ${pull.author})`
    });
  }
  const wantValid = conditions["valid-signatures"];
  const by = conditions["valid-signatures-by"];
  const keys = conditions["valid-signatures-by-keys"];
  if (wantValid !== void 0 || by || keys) {
    const unsigned = pull.commits.filter((commit) => !commit.signature?.valid).map((c) => short(c.sha));
    const none = pull.commits.length === 0;
    if (wantValid !== void 0) {
      const allValid = !none && unsigned.length === 0;
      checks.push({
        holds: allValid === wantValid,
        reason: none ? "the pull request has no commits" : allValid ? `every commit has a verified signature (${plural(pull.commits.length, "commit")})` : `${plural(unsigned.length, "commit")} without a verified signature: ${list(unsigned)}`
      });
    }
    if (by) {
      const wrong = pull.commits.filter((commit) => {
        const signer = commit.signature?.valid ? commit.signature.signer : void 0;
        return !signer || !membership(by, signer, pull);
      });
      checks.push(
        !none && wrong.length === 0 ? { holds: true, reason: `every commit is signed by ${describeActors(by, pull)}` } : {
          holds: false,
          reason: none ? "the pull request has no commits" : `not signed (verified) by ${describeActors(by, pull)}: ${list(
            wrong.map(
              (c) => `${short(c.sha)}${c.signature?.signer ? ` (${c.signature.signer})` : ""}`
            )
          )}`
        }
      );
    }
    if (keys) {
      const wrong = pull.commits.filter((commit) => {
        const key = commit.signature?.valid ? commit.signature["key-id"] : void 0;
        return !key || !keys.some((wanted) => same(wanted, key));
      });
      checks.push(
        !none && wrong.length === 0 ? { holds: true, reason: `every commit is signed with key ${keys.join(" or ")}` } : {
          holds: false,
          reason: none ? "the pull request has no commits" : `not signed (verified) with key ${keys.join(" or ")}: ${list(wrong.map((c) => short(c.sha)))}`
        }
      );
    }
  }
  const messages = conditions["commit-messages"];
  if (messages)
    checks.push(
      textMatch(
        messages,
        pull.commits.map((c) => c.message ?? ""),
        "a commit message"
      )
    );
  return checks;
}

// src/review/context-conditions.ts
var DEFAULT_CONCLUSIONS = ["success"];
function contextChecks(conditions, pull) {
  const checks = [];
  const results = (wanted, have, what) => {
    const conclusions = wanted.conclusions ?? DEFAULT_CONCLUSIONS;
    const accepted = conclusions.join(" or ");
    const bad = wanted.names.flatMap((name) => {
      const actual = have[name];
      if (actual === void 0) return [`${name} has not reported on the head commit`];
      return conclusions.includes(actual) ? [] : [`${name} is ${actual}`];
    });
    checks.push(
      bad.length === 0 ? {
        holds: true,
        reason: `${what} ${wanted.names.join(", ")} ${wanted.names.length > 1 ? "are" : "is"} ${accepted}`
      } : { holds: false, reason: `${bad.join("; ")} (wanted ${accepted})` }
    );
  };
  if (conditions.checks) results(conditions.checks, pull.checks, "the check");
  if (conditions.workflows)
    results(
      { names: conditions.workflows.paths, conclusions: conditions.workflows.conclusions },
      pull.workflows,
      "the workflow"
    );
  if (conditions.repository)
    checks.push(
      pull.repository === void 0 ? { holds: false, reason: "the snapshot does not name its repository" } : textMatch(conditions.repository, [pull.repository], "the repository")
    );
  const notTitle = conditions["not-title"];
  if (notTitle) {
    const hit = notTitle.find((pattern) => compilePattern(pattern).test(pull.title));
    checks.push({
      holds: hit === void 0,
      reason: hit ? `the title matches /${hit}/` : `the title matches none of ${notTitle.map((p) => `/${p}/`).join(", ")}`
    });
  }
  for (const [name, match] of Object.entries(conditions["custom-properties"] ?? {})) {
    const value = pull["custom-properties"][name];
    const values = value === void 0 ? [] : Array.isArray(value) ? value : [value];
    checks.push(textMatch(match, values, `the custom property ${name}`));
  }
  return checks;
}

// src/review/conditions.ts
var matcherCache = /* @__PURE__ */ new Map();
function globMatcher(patterns) {
  const key = patterns.join("\0");
  let matcher = matcherCache.get(key);
  if (!matcher) {
    matcher = compileGlobs(patterns);
    matcherCache.set(key, matcher);
  }
  return matcher;
}
var list2 = (items, max = 3) => items.length <= max ? items.join(", ") : `${items.slice(0, max).join(", ")} and ${items.length - max} more`;
function checkConditions(conditions, pull) {
  if (!conditions) return [{ holds: true, reason: "no conditions: applies to every pull request" }];
  const checks = [];
  const paths = pull.files.flatMap(
    (file) => file["previous-path"] ? [file.path, file["previous-path"]] : [file.path]
  );
  const changed = conditions["changed-files"];
  if (changed) {
    const include = globMatcher(changed.paths);
    const exclude = changed.ignore?.length ? globMatcher(changed.ignore) : () => false;
    const hits = paths.filter((path) => include(path) && !exclude(path));
    const ignoredNote = changed.ignore?.length ? ` (ignoring ${changed.ignore.join(", ")})` : "";
    checks.push(
      hits.length > 0 ? { holds: true, reason: `changed files match ${changed.paths.join(", ")}: ${list2(hits)}` } : { holds: false, reason: `no changed file matches ${changed.paths.join(", ")}${ignoredNote}` }
    );
  }
  const only = conditions["only-changed-files"];
  if (only) {
    const match = globMatcher(only);
    const outside = pull.files.map((file) => file.path).filter((path) => !match(path));
    checks.push(
      pull.files.length === 0 ? { holds: false, reason: "the pull request changes no files" } : outside.length === 0 ? { holds: true, reason: `every changed file matches ${only.join(", ")}` } : { holds: false, reason: `not every changed file matches ${only.join(", ")}: ${list2(outside)}` }
    );
  }
  if (conditions.author) {
    const why = membership(conditions.author, pull.author, pull);
    checks.push({
      holds: why !== void 0,
      reason: why ? `the author ${pull.author} is ${why === "listed" ? "listed" : why}` : `the author ${pull.author} is not among ${describeActors(conditions.author, pull)}`
    });
  }
  if (conditions["not-author"]) {
    const why = membership(conditions["not-author"], pull.author, pull);
    checks.push({
      holds: why === void 0,
      reason: why ? `the author ${pull.author} is excluded (${why})` : `the author ${pull.author} is not among the excluded authors`
    });
  }
  if (conditions.contributors) {
    const people = contributorsOf(pull);
    const hit = people.find((login) => membership(conditions.contributors, login, pull));
    checks.push({
      holds: hit !== void 0,
      reason: hit ? `${hit} contributed commits` : `no commit author among ${describeActors(conditions.contributors, pull)}`
    });
  }
  const branch = (name, patterns, ref) => {
    if (!patterns) return;
    const hit = patterns.find((pattern) => compilePattern(pattern).test(ref));
    checks.push({
      holds: hit !== void 0,
      reason: hit ? `the ${name} branch ${ref} matches /${hit}/` : `the ${name} branch ${ref} matches none of ${patterns.map((p) => `/${p}/`).join(", ")}`
    });
  };
  branch("target", conditions["target-branch"], pull.base.ref);
  branch("source", conditions["source-branch"], pull.head.ref);
  if (conditions.labels) {
    const missing = conditions.labels.filter((label) => !pull.labels.some((have) => same(have, label)));
    checks.push(
      missing.length === 0 ? { holds: true, reason: `labelled ${conditions.labels.join(", ")}` } : { holds: false, reason: `missing label${missing.length > 1 ? "s" : ""} ${missing.join(", ")}` }
    );
  }
  if (conditions.title !== void 0) {
    const holds = compilePattern(conditions.title).test(pull.title);
    checks.push({
      holds,
      reason: `the title ${holds ? "matches" : "does not match"} /${conditions.title}/`
    });
  }
  if (conditions.draft !== void 0) {
    checks.push({
      holds: pull.draft === conditions.draft,
      reason: pull.draft ? "the pull request is a draft" : "the pull request is ready for review"
    });
  }
  const noChanged = conditions["no-changed-files"];
  if (noChanged) {
    const match = globMatcher(noChanged);
    const hits = paths.filter(match);
    checks.push(
      hits.length === 0 ? { holds: true, reason: `no changed file matches ${noChanged.join(", ")}` } : { holds: false, reason: `changed files match ${noChanged.join(", ")}: ${list2(hits)}` }
    );
  }
  const deletedPaths = pull.files.filter((file) => file.status === "deleted").map((file) => file.path);
  const deleted = conditions["deleted-files"];
  if (deleted) {
    const hits = deletedPaths.filter(globMatcher(deleted));
    checks.push(
      hits.length > 0 ? { holds: true, reason: `deletes ${list2(hits)}` } : { holds: false, reason: `deletes no file matching ${deleted.join(", ")}` }
    );
  }
  const notDeleted = conditions["no-deleted-files"];
  if (notDeleted) {
    const hits = deletedPaths.filter(globMatcher(notDeleted));
    checks.push(
      hits.length === 0 ? { holds: true, reason: `deletes no file matching ${notDeleted.join(", ")}` } : { holds: false, reason: `deletes ${list2(hits)}` }
    );
  }
  const count = (pick) => pull.files.reduce((sum, file) => sum + pick(file), 0);
  lineCheck(
    checks,
    conditions["lines-changed"],
    count((f) => f.additions + f.deletions),
    "changed"
  );
  lineCheck(
    checks,
    conditions["lines-added"],
    count((f) => f.additions),
    "added"
  );
  lineCheck(
    checks,
    conditions["lines-deleted"],
    count((f) => f.deletions),
    "deleted"
  );
  for (const [gate, wanted] of Object.entries(conditions.gates ?? {})) {
    const actual = pull.gates[gate];
    checks.push({
      holds: actual === wanted,
      reason: actual === void 0 ? `${gate} has not reported on the head commit (wanted ${wanted})` : `${gate} reported ${actual}${actual === wanted ? "" : ` (wanted ${wanted})`}`
    });
  }
  checks.push(...commitChecks(conditions, pull), ...contextChecks(conditions, pull));
  return checks;
}
function lineCheck(checks, lines, total, verb) {
  if (!lines) return;
  const above = lines["more-than"] === void 0 || total > lines["more-than"];
  const below = lines["less-than"] === void 0 || total < lines["less-than"];
  const bounds = [
    lines["more-than"] !== void 0 ? `more than ${lines["more-than"]}` : "",
    lines["less-than"] !== void 0 ? `less than ${lines["less-than"]}` : ""
  ].filter(Boolean).join(" and ");
  checks.push({
    holds: above && below,
    reason: `${plural(total, "line")} ${verb} (${above && below ? "" : "not "}${bounds})`
  });
}
function contributorsOf(pull, commits = pull.commits) {
  const people = /* @__PURE__ */ new Set();
  for (const commit of commits)
    for (const login of [commit.author, commit.committer])
      if (login && !same(login, pull.author) && !same(login, "web-flow")) people.add(login);
  return [...people];
}

export {
  CODEOWNERS_PATHS,
  parseCodeOwners,
  ownersOf,
  countedCommits,
  freshness,
  checkConditions,
  contributorsOf
};
