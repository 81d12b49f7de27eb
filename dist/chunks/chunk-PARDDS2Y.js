import { createRequire as __tfRequire } from 'node:module'; const require = __tfRequire(import.meta.url);
import {
  checkConditions,
  contributorsOf,
  countedCommits,
  freshness,
  ownersOf,
  parseCodeOwners
} from "./chunk-ROMGVRZZ.js";
import {
  describeActors,
  isEmptyActors,
  membership,
  same,
  teamMembers
} from "./chunk-7WNYUX7S.js";
import {
  compilePattern,
  plural
} from "./chunk-64HVLF7C.js";

// src/review/approvals.ts
var time = (text) => Date.parse(text);
function latestApprovals(pull, methods, invalidateOnPush, disapprovePatterns, fresh = { commits: /* @__PURE__ */ new Set([pull.head.sha]), pushedAt: pull.head["pushed-at"] }) {
  const pushedAt = fresh.pushedAt ? time(fresh.pushedAt) : void 0;
  const signals = [];
  const staleComment = (at, commit) => invalidateOnPush && (commit !== void 0 && !fresh.commits.has(commit) || pushedAt !== void 0 && at < pushedAt);
  const matches = (patterns, text, edited) => !(edited && methods.ignoreEdited) && patterns.some((pattern) => pattern.test(text));
  for (const review of pull.reviews) {
    const at = time(review["submitted-at"]);
    const stale = invalidateOnPush && review.commit !== void 0 && !fresh.commits.has(review.commit);
    const reviewApproves = review.state === "APPROVED" && methods.githubReview && (methods.githubReviewPatterns.length === 0 || matches(methods.githubReviewPatterns, review.body, review.edited));
    if (reviewApproves) signals.push({ login: review.author, via: "review", at, stale, kind: "approve" });
    else if (review.state === "CHANGES_REQUESTED")
      signals.push({ login: review.author, via: "review", at, stale: false, kind: "disapprove" });
    else if (review.state === "COMMENTED" || review.state === "APPROVED") {
      if (matches(methods.commentPatterns, review.body, review.edited))
        signals.push({
          login: review.author,
          via: "comment",
          at,
          stale: staleComment(at, review.commit),
          kind: "approve"
        });
    }
  }
  for (const comment of pull.comments) {
    const at = time(comment["created-at"]);
    if (matches(methods.commentPatterns, comment.body, comment.edited))
      signals.push({ login: comment.author, via: "comment", at, stale: staleComment(at), kind: "approve" });
    else if (disapprovePatterns.some((pattern) => pattern.test(comment.body)))
      signals.push({ login: comment.author, via: "comment", at, stale: false, kind: "disapprove" });
  }
  if (matches(methods.bodyPatterns, pull.body, pull["body-edited"]))
    signals.push({
      login: pull.author,
      via: "description",
      at: Number.NEGATIVE_INFINITY,
      stale: false,
      kind: "approve"
    });
  return latestByPerson(signals).filter((signal) => signal.kind === "approve").map(({ kind: _, ...approval }) => approval);
}
function standingDisapprovals(pull, disapprovePatterns, revokePatterns) {
  const signals = [];
  for (const review of pull.reviews) {
    const at = time(review["submitted-at"]);
    if (review.state === "CHANGES_REQUESTED")
      signals.push({ login: review.author, via: "review", at, stale: false, kind: "disapprove" });
    else if (review.state === "APPROVED")
      signals.push({ login: review.author, via: "review", at, stale: false, kind: "revoke" });
  }
  for (const comment of pull.comments) {
    const at = time(comment["created-at"]);
    if (disapprovePatterns.some((pattern) => pattern.test(comment.body)))
      signals.push({ login: comment.author, via: "comment", at, stale: false, kind: "disapprove" });
    else if (revokePatterns.some((pattern) => pattern.test(comment.body)))
      signals.push({ login: comment.author, via: "comment", at, stale: false, kind: "revoke" });
  }
  return latestByPerson(signals).filter((signal) => signal.kind === "disapprove" && !same(signal.login, pull.author)).map(({ login, via, at }) => ({ login, via, at }));
}
function latestByPerson(signals) {
  const latest = /* @__PURE__ */ new Map();
  for (const signal of signals) {
    const key = signal.login.toLowerCase();
    const seen = latest.get(key);
    if (!seen || signal.at >= seen.at) latest.set(key, signal);
  }
  return [...latest.values()];
}

// src/review/evaluate.ts
var DEFAULT_DISAPPROVERS = { permissions: ["write"] };
var BARE_COUNT_APPROVERS = { permissions: ["write"] };
function evaluateReview(review, pull) {
  const rules = review?.rules ?? [];
  const disapproval = review?.disapproval;
  const disapprovePatterns = (disapproval?.["comment-patterns"] ?? []).map(compilePattern);
  const results = rules.map((rule) => evaluateRule(rule, review ?? {}, pull, disapprovePatterns));
  let disapprovals = [];
  if (disapproval?.enabled !== false && review !== void 0) {
    const revoke = (disapproval?.["revoke-patterns"] ?? []).map(compilePattern);
    const who = isEmptyActors(disapproval?.who) ? DEFAULT_DISAPPROVERS : disapproval.who;
    disapprovals = standingDisapprovals(pull, disapprovePatterns, revoke).filter((entry) => membership(who, entry.login, pull) !== void 0).map(({ login, via }) => ({
      login,
      via: via === "review" ? "requested changes" : "disapproving comment"
    }));
  }
  const disapprovedIf = disapproval?.enabled !== false && disapproval?.if ? checkConditions(disapproval.if, pull).filter((check) => check.holds).map((check) => check.reason) : [];
  const byName = new Map(results.map((result) => [result.name, result]));
  const combination = review?.combine ?? { and: results.map((result) => result.name) };
  let status;
  try {
    status = rules.length === 0 ? "skipped" : combine(combination, byName);
  } catch (error) {
    return {
      status: "error",
      title: error.message,
      rules: results,
      disapprovals,
      combination: describeCombination(combination)
    };
  }
  if (disapprovals.length > 0 || disapprovedIf.length > 0) status = "disapproved";
  return {
    status,
    title: disapprovals.length === 0 && disapprovedIf.length > 0 ? `Blocked by the disapproval conditions: ${disapprovedIf.join("; ")}` : titleFor(status, results, disapprovals, rules.length),
    rules: results,
    disapprovals,
    ...disapprovedIf.length > 0 ? { disapprovedIf } : {},
    combination: describeCombination(combination)
  };
}
function combine(node, byName) {
  if (typeof node === "string") {
    const result = byName.get(node);
    if (!result) throw new Error(`combine names the rule ${JSON.stringify(node)}, which does not exist`);
    return result.status;
  }
  const isAnd = "and" in node;
  const statuses = (isAnd ? node.and : node.or).map((child) => combine(child, byName)).filter((status) => status !== "skipped");
  if (statuses.length === 0) return "skipped";
  if (isAnd) return statuses.includes("pending") ? "pending" : "approved";
  return statuses.includes("approved") ? "approved" : "pending";
}
function describeCombination(node) {
  if (typeof node === "string") return node;
  if ("and" in node) return `all of (${node.and.map(describeCombination).join(", ")})`;
  return `any of (${node.or.map(describeCombination).join(", ")})`;
}
function titleFor(status, results, disapprovals, ruleCount) {
  const applied = results.filter((result) => result.status !== "skipped");
  switch (status) {
    case "disapproved":
      return `Blocked: ${disapprovals.map((entry) => `${entry.login} (${entry.via})`).join(", ")} until revoked`;
    case "skipped":
      return ruleCount === 0 ? "No review rules: the policy requires nothing" : `No rule applies to this pull request (all ${ruleCount} skipped): nothing is required`;
    case "approved":
      return `Approved: ${applied.filter((result) => result.status === "approved").map((result) => result.name).join(", ")}`;
    default: {
      const waiting = applied.filter((result) => result.status === "pending");
      return `Waiting: ${waiting.map((result) => `${result.name} needs ${result.missing[0] ?? "approval"}`).join("; ")}`;
    }
  }
}
function evaluateRule(rule, review, pull, disapprovePatterns) {
  const conditions = checkConditions(rule.if, pull);
  const require2 = rule.require;
  const listed = {
    users: require2.users,
    teams: require2.teams,
    organizations: require2.organizations,
    permissions: require2.permissions
  };
  const options = rule.options ?? {};
  const allowAuthor = options["allow-author"] ?? review["allow-author"] ?? false;
  const allowContributors = options["allow-contributors"] ?? review["allow-contributors"] ?? false;
  const invalidate = options["invalidate-on-push"] ?? review["invalidate-on-push"] ?? true;
  const methodsOption = options.methods ?? review.methods;
  const methods = {
    githubReview: methodsOption?.["github-review"] ?? true,
    commentPatterns: (methodsOption?.["comment-patterns"] ?? []).map(compilePattern),
    githubReviewPatterns: (methodsOption?.["github-review-comment-patterns"] ?? []).map(compilePattern),
    bodyPatterns: (methodsOption?.["body-patterns"] ?? []).map(compilePattern),
    ignoreEdited: options["ignore-edited-comments"] ?? review["ignore-edited-comments"] ?? false
  };
  const commitFilter = {
    ignoreBy: options["ignore-commits-by"] ?? review["ignore-commits-by"],
    ignoreUpdateMerges: options["ignore-update-merges"] ?? review["ignore-update-merges"] ?? false
  };
  const count = require2.count ?? (require2["code-owners"] || require2["each-team"]?.length ? 0 : 1);
  const actors = isEmptyActors(listed) ? BARE_COUNT_APPROVERS : listed;
  const exclusions = [];
  if (!allowAuthor) exclusions.push("the author");
  if (!allowContributors) exclusions.push("contributors");
  const mayApprove = [
    count > 0 ? `${count} of ${describeActors(actors, pull)}${actors === BARE_COUNT_APPROVERS ? " (nobody listed: GitHub's rule for required reviews)" : ""}` : "",
    require2["each-team"]?.length ? `one from each of ${require2["each-team"].join(", ")}` : "",
    require2["code-owners"] ? "the code owners of the changed files" : ""
  ].filter(Boolean).join("; ") + (exclusions.length ? ` (not ${exclusions.join(" or ")})` : "");
  const base = {
    name: rule.name,
    ...rule.description ? { description: rule.description } : {},
    conditions,
    mayApprove
  };
  if (!conditions.every((check) => check.holds))
    return { ...base, status: "skipped", approvedBy: [], missing: [], ignored: [] };
  const contributors = contributorsOf(pull, countedCommits(pull, commitFilter));
  const excluded = (login) => {
    if (!allowAuthor && same(login, pull.author)) return "is the author";
    if (!allowContributors && contributors.some((person) => same(person, login)))
      return "contributed commits";
    return void 0;
  };
  const approvals = latestApprovals(
    pull,
    methods,
    invalidate,
    disapprovePatterns,
    freshness(pull, commitFilter)
  );
  const ignored = [];
  const valid = [];
  for (const approval of approvals) {
    const why = excluded(approval.login);
    if (why) ignored.push(`${approval.login} ${why}`);
    else if (approval.stale) ignored.push(`${approval.login} approved before the last push`);
    else valid.push(approval);
  }
  const missing = [];
  const approvedBy = /* @__PURE__ */ new Map();
  if (count > 0) {
    const counted = [];
    for (const approval of valid) {
      const why = membership(actors, approval.login, pull);
      if (why) {
        counted.push(approval.login);
        approvedBy.set(approval.login, why);
      } else ignored.push(`${approval.login} is not among ${describeActors(actors, pull)}`);
    }
    if (counted.length < count) {
      const more = count - counted.length;
      missing.push(`${plural(more, "more approval")} from ${describeActors(actors, pull)}`);
    }
  }
  if (require2["each-team"]?.length) {
    const teams = require2["each-team"];
    const assignment = matchTeams(teams, valid, pull);
    for (const [team, login] of assignment) approvedBy.set(login, `for ${team}`);
    const unmet = teams.filter((team) => !assignment.has(team));
    if (unmet.length)
      missing.push(
        `an approval from each of ${unmet.map((team) => `${team} (${teamMembers(pull, team).join(", ") || "no known members"})`).join(", ")}, one person per team`
      );
  }
  if (require2["code-owners"]) {
    if (pull.codeowners === void 0) missing.push("a CODEOWNERS file on the base branch (none was found)");
    else missing.push(...codeOwnerGaps(parseCodeOwners(pull.codeowners), pull, valid, approvedBy));
  }
  if (require2.conditions) {
    const failed = checkConditions(require2.conditions, pull).filter((check) => !check.holds);
    if (failed.length)
      missing.push(`the required conditions: ${failed.map((check) => check.reason).join("; ")}`);
  }
  return {
    ...base,
    status: missing.length === 0 ? "approved" : "pending",
    approvedBy: [...approvedBy].map(([login, why]) => ({ login, why })),
    missing,
    ignored: [...new Set(ignored)]
  };
}
function isOwner(owner, login, pull) {
  if (!owner.startsWith("@")) return false;
  const name = owner.slice(1);
  return name.includes("/") ? teamMembers(pull, name).some((member) => same(member, login)) : same(name, login);
}
function codeOwnerGaps(entries, pull, valid, approvedBy) {
  const unapproved = /* @__PURE__ */ new Map();
  for (const file of pull.files) {
    const { owners } = ownersOf(entries, file.path);
    if (owners.length === 0) continue;
    const approver = valid.find((approval) => owners.some((owner) => isOwner(owner, approval.login, pull)));
    if (approver) {
      if (!approvedBy.has(approver.login)) approvedBy.set(approver.login, "code owner");
      continue;
    }
    const key = owners.join(" ");
    unapproved.set(key, [...unapproved.get(key) ?? [], file.path]);
  }
  return [...unapproved].map(([owners, files]) => {
    const shown = files.length <= 3 ? files.join(", ") : `${files.slice(0, 3).join(", ")} and ${files.length - 3} more`;
    return `an approval from a code owner (${owners}) of ${shown}`;
  });
}
function matchTeams(teams, valid, pull) {
  const ownerOf = /* @__PURE__ */ new Map();
  const members = (team) => valid.map((approval) => approval.login).filter((login) => teamMembers(pull, team).some((m) => same(m, login)));
  const tryAssign = (team, seen) => {
    for (const login of members(team)) {
      if (seen.has(login)) continue;
      seen.add(login);
      const current = ownerOf.get(login);
      if (current === void 0 || tryAssign(current, seen)) {
        ownerOf.set(login, team);
        return true;
      }
    }
    return false;
  };
  for (const team of teams) tryAssign(team, /* @__PURE__ */ new Set());
  return new Map([...ownerOf].map(([login, team]) => [team, login]));
}

// src/review/render.ts
var MARK = {
  approved: "\u2705",
  pending: "\u23F3",
  skipped: "\u23ED\uFE0F",
  disapproved: "\u26D4",
  error: "\u274C"
};
function renderVerdict(verdict) {
  const lines = [`${MARK[verdict.status]} **${verdict.status}**: ${verdict.title}`, ""];
  if (verdict.disapprovals.length > 0) {
    lines.push(
      `Disapproved by ${verdict.disapprovals.map((entry) => `${entry.login} (${entry.via})`).join(", ")}: this blocks every rule until they approve, or their review is dismissed, or they revoke it.`,
      ""
    );
  }
  if (verdict.disapprovedIf?.length)
    lines.push(
      `Disapproved by the policy's disapproval conditions: ${verdict.disapprovedIf.join("; ")}. This blocks every rule while it holds.`,
      ""
    );
  if (verdict.rules.length > 0) lines.push(`Rules combine as ${verdict.combination}.`, "");
  for (const rule of verdict.rules) lines.push(...renderRule(rule), "");
  return lines.join("\n").trimEnd();
}
function renderRule(rule) {
  const lines = [`### ${MARK[rule.status]} ${rule.name}: ${rule.status}`];
  const about = rule.description ? [`- About this rule: ${rule.description.trim().replace(/\s*\n\s*/g, " ")}`] : [];
  const failed = rule.conditions.filter((check) => !check.holds);
  if (rule.status === "skipped") {
    lines.push(`- Does not apply: ${failed.map((check) => check.reason).join("; ")}`, ...about);
    return lines;
  }
  lines.push(`- Applies: ${rule.conditions.map((check) => check.reason).join("; ")}`);
  lines.push(
    `- Approved by: ${rule.approvedBy.length ? rule.approvedBy.map((a) => `${a.login} (${a.why})`).join(", ") : "nobody yet"}`
  );
  lines.push(`- May approve: ${rule.mayApprove}`);
  lines.push(`- Missing: ${rule.missing.length ? rule.missing.join("; ") : "nothing"}`);
  if (rule.ignored.length) lines.push(`- Not counted: ${rule.ignored.join("; ")}`);
  lines.push(...about);
  return lines;
}

export {
  evaluateReview,
  renderVerdict
};
