import { plural } from "../core/format.ts";
import { compilePattern, type TextPattern } from "../core/safe-regex.ts";
import type { Policy } from "../policy/schema/index.ts";
import { type Actors, describeActors, isEmptyActors, membership, teamMembers } from "./actors.ts";
import { type Approval, latestApprovals, type Methods, standingDisapprovals } from "./approvals.ts";
import { type CodeOwnersEntry, ownersOf, parseCodeOwners } from "./codeowners.ts";
import { countedCommits, freshness } from "./commits.ts";
import { type ConditionCheck, checkConditions, contributorsOf } from "./conditions.ts";
import { type PullSnapshot, same } from "./snapshot.ts";

export type ReviewPolicy = NonNullable<Policy["review"]>;
type Rule = NonNullable<ReviewPolicy["rules"]>[number];
type Combination = NonNullable<ReviewPolicy["combine"]>;

export type RuleStatus = "approved" | "pending" | "skipped";
export type VerdictStatus = "approved" | "pending" | "disapproved" | "skipped" | "error";

export interface RuleResult {
  name: string;
  /** The rule's own description, shown with it. */
  description?: string;
  status: RuleStatus;
  /** Each condition and whether it holds; a rule applies when all hold. */
  conditions: ConditionCheck[];
  approvedBy: { login: string; why: string }[];
  mayApprove: string;
  missing: string[];
  /** Approvals that did not count, and why. */
  ignored: string[];
}

export interface Verdict {
  status: VerdictStatus;
  /** One line: what decides the pull request now. */
  title: string;
  rules: RuleResult[];
  disapprovals: { login: string; via: string }[];
  /** The disapproval conditions (`disapproval.if`) that hold: each blocks the pull request. */
  disapprovedIf?: string[];
  combination: string;
}

const DEFAULT_DISAPPROVERS: Actors = { permissions: ["write"] };

/** A count with nobody listed counts what GitHub's required reviews count: people with write access. */
export const BARE_COUNT_APPROVERS: Actors = { permissions: ["write"] };

/** Evaluates the review section against a pull request: pure, no network. */
export function evaluateReview(review: ReviewPolicy | undefined, pull: PullSnapshot): Verdict {
  const rules = review?.rules ?? [];
  const disapproval = review?.disapproval;
  const disapprovePatterns = (disapproval?.["comment-patterns"] ?? []).map(compilePattern);
  const results = rules.map((rule) => evaluateRule(rule, review ?? {}, pull, disapprovePatterns));

  let disapprovals: Verdict["disapprovals"] = [];
  if (disapproval?.enabled !== false && review !== undefined) {
    const revoke = (disapproval?.["revoke-patterns"] ?? []).map(compilePattern);
    const who = isEmptyActors(disapproval?.who) ? DEFAULT_DISAPPROVERS : disapproval!.who!;
    disapprovals = standingDisapprovals(pull, disapprovePatterns, revoke)
      .filter((entry) => membership(who, entry.login, pull) !== undefined)
      .map(({ login, via }) => ({
        login,
        via: via === "review" ? "requested changes" : "disapproving comment",
      }));
  }
  const disapprovedIf =
    disapproval?.enabled !== false && disapproval?.if
      ? checkConditions(disapproval.if, pull)
          .filter((check) => check.holds)
          .map((check) => check.reason)
      : [];

  const byName = new Map(results.map((result) => [result.name, result]));
  const combination: Combination = review?.combine ?? { and: results.map((result) => result.name) };
  let status: VerdictStatus;
  try {
    status = rules.length === 0 ? "skipped" : combine(combination, byName);
  } catch (error) {
    return {
      status: "error",
      title: (error as Error).message,
      rules: results,
      disapprovals,
      combination: describeCombination(combination),
    };
  }
  if (disapprovals.length > 0 || disapprovedIf.length > 0) status = "disapproved";
  return {
    status,
    title:
      disapprovals.length === 0 && disapprovedIf.length > 0
        ? `Blocked by the disapproval conditions: ${disapprovedIf.join("; ")}`
        : titleFor(status, results, disapprovals, rules.length),
    rules: results,
    disapprovals,
    ...(disapprovedIf.length > 0 ? { disapprovedIf } : {}),
    combination: describeCombination(combination),
  };
}

function combine(node: Combination, byName: Map<string, RuleResult>): RuleStatus {
  if (typeof node === "string") {
    const result = byName.get(node);
    if (!result) throw new Error(`combine names the rule ${JSON.stringify(node)}, which does not exist`);
    return result.status;
  }
  const isAnd = "and" in node;
  const statuses = (isAnd ? node.and : node.or)
    .map((child) => combine(child, byName))
    .filter((status) => status !== "skipped");
  if (statuses.length === 0) return "skipped";
  if (isAnd) return statuses.includes("pending") ? "pending" : "approved";
  return statuses.includes("approved") ? "approved" : "pending";
}

function describeCombination(node: Combination): string {
  if (typeof node === "string") return node;
  if ("and" in node) return `all of (${node.and.map(describeCombination).join(", ")})`;
  return `any of (${node.or.map(describeCombination).join(", ")})`;
}

function titleFor(
  status: VerdictStatus,
  results: RuleResult[],
  disapprovals: Verdict["disapprovals"],
  ruleCount: number,
): string {
  const applied = results.filter((result) => result.status !== "skipped");
  switch (status) {
    case "disapproved":
      return `Blocked: ${disapprovals.map((entry) => `${entry.login} (${entry.via})`).join(", ")} until revoked`;
    case "skipped":
      return ruleCount === 0
        ? "No review rules: the policy requires nothing"
        : `No rule applies to this pull request (all ${ruleCount} skipped): nothing is required`;
    case "approved":
      return `Approved: ${applied
        .filter((result) => result.status === "approved")
        .map((result) => result.name)
        .join(", ")}`;
    default: {
      const waiting = applied.filter((result) => result.status === "pending");
      return `Waiting: ${waiting.map((result) => `${result.name} needs ${result.missing[0] ?? "approval"}`).join("; ")}`;
    }
  }
}

function evaluateRule(
  rule: Rule,
  review: ReviewPolicy,
  pull: PullSnapshot,
  disapprovePatterns: TextPattern[],
): RuleResult {
  const conditions = checkConditions(rule.if, pull);
  const require = rule.require;
  const listed: Actors = {
    users: require.users,
    teams: require.teams,
    organizations: require.organizations,
    permissions: require.permissions,
  };
  const options = rule.options ?? {};
  const allowAuthor = options["allow-author"] ?? review["allow-author"] ?? false;
  const allowContributors = options["allow-contributors"] ?? review["allow-contributors"] ?? false;
  const invalidate = options["invalidate-on-push"] ?? review["invalidate-on-push"] ?? true;
  const methodsOption = options.methods ?? review.methods;
  const methods: Methods = {
    githubReview: methodsOption?.["github-review"] ?? true,
    commentPatterns: (methodsOption?.["comment-patterns"] ?? []).map(compilePattern),
    githubReviewPatterns: (methodsOption?.["github-review-comment-patterns"] ?? []).map(compilePattern),
    bodyPatterns: (methodsOption?.["body-patterns"] ?? []).map(compilePattern),
    ignoreEdited: options["ignore-edited-comments"] ?? review["ignore-edited-comments"] ?? false,
  };
  const commitFilter = {
    ignoreBy: options["ignore-commits-by"] ?? review["ignore-commits-by"],
    ignoreUpdateMerges: options["ignore-update-merges"] ?? review["ignore-update-merges"] ?? false,
  };
  const count = require.count ?? (require["code-owners"] || require["each-team"]?.length ? 0 : 1);
  const actors = isEmptyActors(listed) ? BARE_COUNT_APPROVERS : listed;
  const exclusions: string[] = [];
  if (!allowAuthor) exclusions.push("the author");
  if (!allowContributors) exclusions.push("contributors");
  const mayApprove =
    [
      count > 0
        ? `${count} of ${describeActors(actors, pull)}${actors === BARE_COUNT_APPROVERS ? " (nobody listed: GitHub's rule for required reviews)" : ""}`
        : "",
      require["each-team"]?.length ? `one from each of ${require["each-team"].join(", ")}` : "",
      require["code-owners"] ? "the code owners of the changed files" : "",
    ]
      .filter(Boolean)
      .join("; ") + (exclusions.length ? ` (not ${exclusions.join(" or ")})` : "");
  const base = {
    name: rule.name,
    ...(rule.description ? { description: rule.description } : {}),
    conditions,
    mayApprove,
  };
  if (!conditions.every((check) => check.holds))
    return { ...base, status: "skipped", approvedBy: [], missing: [], ignored: [] };

  const contributors = contributorsOf(pull, countedCommits(pull, commitFilter));
  const excluded = (login: string): string | undefined => {
    if (!allowAuthor && same(login, pull.author)) return "is the author";
    if (!allowContributors && contributors.some((person) => same(person, login)))
      return "contributed commits";
    return undefined;
  };

  const approvals = latestApprovals(
    pull,
    methods,
    invalidate,
    disapprovePatterns,
    freshness(pull, commitFilter),
  );
  const ignored: string[] = [];
  const valid: Approval[] = [];
  for (const approval of approvals) {
    const why = excluded(approval.login);
    if (why) ignored.push(`${approval.login} ${why}`);
    else if (approval.stale) ignored.push(`${approval.login} approved before the last push`);
    else valid.push(approval);
  }

  const missing: string[] = [];
  const approvedBy = new Map<string, string>();
  if (count > 0) {
    const counted: string[] = [];
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

  if (require["each-team"]?.length) {
    const teams = require["each-team"];
    const assignment = matchTeams(teams, valid, pull);
    for (const [team, login] of assignment) approvedBy.set(login, `for ${team}`);
    const unmet = teams.filter((team) => !assignment.has(team));
    if (unmet.length)
      missing.push(
        `an approval from each of ${unmet
          .map((team) => `${team} (${teamMembers(pull, team).join(", ") || "no known members"})`)
          .join(", ")}, one person per team`,
      );
  }

  if (require["code-owners"]) {
    if (pull.codeowners === undefined) missing.push("a CODEOWNERS file on the base branch (none was found)");
    else missing.push(...codeOwnerGaps(parseCodeOwners(pull.codeowners), pull, valid, approvedBy));
  }

  if (require.conditions) {
    const failed = checkConditions(require.conditions, pull).filter((check) => !check.holds);
    if (failed.length)
      missing.push(`the required conditions: ${failed.map((check) => check.reason).join("; ")}`);
  }

  return {
    ...base,
    status: missing.length === 0 ? "approved" : "pending",
    approvedBy: [...approvedBy].map(([login, why]) => ({ login, why })),
    missing,
    ignored: [...new Set(ignored)],
  };
}

function isOwner(owner: string, login: string, pull: PullSnapshot): boolean {
  if (!owner.startsWith("@")) return false; // e-mail owners cannot be matched to a login
  const name = owner.slice(1);
  return name.includes("/")
    ? teamMembers(pull, name).some((member) => same(member, login))
    : same(name, login);
}

function codeOwnerGaps(
  entries: CodeOwnersEntry[],
  pull: PullSnapshot,
  valid: Approval[],
  approvedBy: Map<string, string>,
): string[] {
  const unapproved = new Map<string, string[]>();
  for (const file of pull.files) {
    const { owners } = ownersOf(entries, file.path);
    if (owners.length === 0) continue;
    const approver = valid.find((approval) => owners.some((owner) => isOwner(owner, approval.login, pull)));
    if (approver) {
      if (!approvedBy.has(approver.login)) approvedBy.set(approver.login, "code owner");
      continue;
    }
    const key = owners.join(" ");
    unapproved.set(key, [...(unapproved.get(key) ?? []), file.path]);
  }
  return [...unapproved].map(([owners, files]) => {
    const shown =
      files.length <= 3 ? files.join(", ") : `${files.slice(0, 3).join(", ")} and ${files.length - 3} more`;
    return `an approval from a code owner (${owners}) of ${shown}`;
  });
}

/** A largest assignment of distinct approvers to teams (augmenting paths; teams are few). */
function matchTeams(teams: string[], valid: Approval[], pull: PullSnapshot): Map<string, string> {
  const ownerOf = new Map<string, string>(); // login → team
  const members = (team: string) =>
    valid
      .map((approval) => approval.login)
      .filter((login) => teamMembers(pull, team).some((m) => same(m, login)));
  const tryAssign = (team: string, seen: Set<string>): boolean => {
    for (const login of members(team)) {
      if (seen.has(login)) continue;
      seen.add(login);
      const current = ownerOf.get(login);
      if (current === undefined || tryAssign(current, seen)) {
        ownerOf.set(login, team);
        return true;
      }
    }
    return false;
  };
  for (const team of teams) tryAssign(team, new Set());
  return new Map([...ownerOf].map(([login, team]) => [team, login]));
}
