import { type Actors, isEmptyActors, teamMembers } from "./actors.ts";
import { ownersOf, parseCodeOwners } from "./codeowners.ts";
import { contributorsOf } from "./conditions.ts";
import type { ReviewPolicy, RuleResult, Verdict } from "./evaluate.ts";
import { PERMISSION_RANK, type PermissionLevel, type PullSnapshot, same } from "./snapshot.ts";

type Rule = NonNullable<ReviewPolicy["rules"]>[number];

/** GitHub takes at most this many reviewers (users and teams together) on a pull request. */
export const MAX_REQUESTED_REVIEWERS = 15;

/** A pending rule that asks for reviews, and its result. */
export interface RequestingRule {
  rule: Rule;
  result: RuleResult;
}

/** What GitHub already knows about the pull request's reviewers. */
export interface ReviewerState {
  /** Logins already asked for a review. */
  requestedUsers: string[];
  /** Team slugs (without the organization) already asked. */
  requestedTeams: string[];
  /** Collaborators of the repository and their permission; only read when a requesting rule names permissions or is a bare count. */
  collaborators?: { login: string; permission: PermissionLevel }[];
}

export interface ReviewRequestPlan {
  users: string[];
  /** Team slugs, as GitHub's team_reviewers wants them. */
  teams: string[];
  /** Why some of the candidates were not asked (other organizations, GitHub's cap). */
  notes: string[];
}

/** GitHub's refusal (422) of one request for reviewers. */
export interface ReviewRefusal {
  /** The rules the request was for. */
  rules: string[];
  /** The logins asked. */
  users: string[];
  /** The teams asked, as org/slug. */
  teams: string[];
  /** GitHub's message. */
  message: string;
}

const MAX_MESSAGE = 300;

/**
 * The refusal as one line for the check run and the log: who could not be asked, for which rules,
 * and GitHub's message (on one line, clipped).
 */
export function refusalLine(refusal: ReviewRefusal): string {
  const who = [...refusal.users, ...refusal.teams.map((team) => `team ${team}`)].join(", ");
  const rules = refusal.rules.map((rule) => JSON.stringify(rule)).join(", ");
  const flat = refusal.message.replace(/\s+/g, " ").trim();
  const message = flat.length > MAX_MESSAGE ? `${flat.slice(0, MAX_MESSAGE - 1)}…` : flat;
  return `GitHub refused to request reviews${who ? ` from ${who}` : ""} (for ${refusal.rules.length > 1 ? "rules" : "rule"} ${rules}): ${message || "no message"}`;
}

/**
 * The rules whose `request-review` is on and that are pending now, minus those already handled for
 * this head commit. A pull request that is a draft, or a verdict that is no verdict, asks nobody.
 */
export function requestingRules(
  review: ReviewPolicy | undefined,
  verdict: Verdict,
  pull: PullSnapshot,
  handled: ReadonlySet<string> = new Set(),
): RequestingRule[] {
  if (!review?.rules || pull.draft || verdict.status === "error") return [];
  return review.rules.flatMap((rule, index) => {
    const result = verdict.rules[index];
    const request = rule["request-review"];
    if (!request || request.enabled === false || result?.status !== "pending" || handled.has(rule.name))
      return [];
    return [{ rule, result }];
  });
}

/** The least permission that lets a person approve for the rule: the listed one, or write for a bare count. */
function leastPermission(rule: Rule): PermissionLevel | undefined {
  const require = rule.require;
  const listed = require.permissions ?? [];
  if (listed.length > 0) return [...listed].sort((a, b) => PERMISSION_RANK[a] - PERMISSION_RANK[b])[0];
  const bare =
    isEmptyActors(require as Actors) && !require["code-owners"] && !(require["each-team"]?.length ?? 0);
  return bare ? "write" : undefined;
}

/** Whether planning needs the repository's collaborators (a rule selects people by permission). */
export function needsCollaborators(rules: RequestingRule[]): boolean {
  return rules.some(
    ({ rule }) => (rule["request-review"]?.mode ?? "random-users") !== "teams" && leastPermission(rule),
  );
}

/** Everyone who could approve for the rule, as far as the snapshot and the collaborators tell. */
function candidates(rule: Rule, pull: PullSnapshot, state: ReviewerState): string[] {
  const require = rule.require;
  const people: string[] = [...(require.users ?? [])];
  for (const team of [...(require.teams ?? []), ...(require["each-team"] ?? [])])
    people.push(...teamMembers(pull, team));
  const least = leastPermission(rule);
  if (least)
    for (const collaborator of state.collaborators ?? [])
      if (PERMISSION_RANK[collaborator.permission] >= PERMISSION_RANK[least]) people.push(collaborator.login);
  if (require["code-owners"] && pull.codeowners !== undefined) {
    const entries = parseCodeOwners(pull.codeowners);
    for (const file of pull.files)
      for (const owner of ownersOf(entries, file.path).owners) {
        if (!owner.startsWith("@")) continue; // an e-mail owner has no login to ask
        const name = owner.slice(1);
        people.push(...(name.includes("/") ? teamMembers(pull, name) : [name]));
      }
  }
  const unique: string[] = [];
  for (const login of people) if (!unique.some((seen) => same(seen, login))) unique.push(login);
  return unique;
}

/** Picks `count` of `items` at random (a partial Fisher-Yates shuffle), keeping the rest out. */
function pick<T>(items: T[], count: number, random: () => number): T[] {
  const pool = [...items];
  const chosen: T[] = [];
  while (chosen.length < count && pool.length > 0) {
    const index = Math.min(pool.length - 1, Math.floor(random() * pool.length));
    chosen.push(pool.splice(index, 1)[0]!);
  }
  return chosen;
}

/**
 * Whom to ask for a review so that the pending rules can be satisfied: never the author, nobody
 * already asked or who already reviewed, nor contributors when the rule does not count them.
 * Every rule's people go into one request.
 */
export function planReviewRequests(
  review: ReviewPolicy,
  rules: RequestingRule[],
  pull: PullSnapshot,
  state: ReviewerState,
  /** The repository's owner: GitHub only takes teams of that organization. */
  owner: string,
  random: () => number = Math.random,
): ReviewRequestPlan {
  const users: string[] = [];
  const teams: string[] = [];
  const notes: string[] = [];
  const contributors = contributorsOf(pull);
  const reviewed = pull.reviews.map((entry) => entry.author);
  const has = (list: string[], login: string) => list.some((entry) => same(entry, login));

  for (const { rule } of rules) {
    const request = rule["request-review"]!;
    const mode = request.mode ?? "random-users";
    if (mode === "teams") {
      for (const team of [...(rule.require.teams ?? []), ...(rule.require["each-team"] ?? [])]) {
        const [org, slug] = team.split("/") as [string, string];
        if (!same(org, owner)) {
          notes.push(
            `${rule.name}: team ${team} is not in ${owner}, so GitHub cannot be asked for its review`,
          );
          continue;
        }
        if (!has(state.requestedTeams, slug) && !has(teams, slug)) teams.push(slug);
      }
      continue;
    }
    const allowContributors = rule.options?.["allow-contributors"] ?? review["allow-contributors"] ?? false;
    const all = candidates(rule, pull, state).filter(
      (login) =>
        !same(login, pull.author) &&
        !login.endsWith("[bot]") &&
        !(!allowContributors && has(contributors, login)) &&
        !has(reviewed, login),
    );
    const open = all.filter((login) => !has(state.requestedUsers, login) && !has(users, login));
    if (mode === "all-users") users.push(...open);
    else {
      const wanted = request.count ?? Math.max(1, rule.require.count ?? 1);
      // People already asked (by anyone, or for another rule just now) count towards the number.
      const asked = all.filter((login) => has(state.requestedUsers, login) || has(users, login)).length;
      users.push(...pick(open, Math.max(0, wanted - asked), random));
    }
  }
  const room = Math.max(
    0,
    MAX_REQUESTED_REVIEWERS - state.requestedUsers.length - state.requestedTeams.length,
  );
  if (users.length + teams.length > room) {
    notes.push(
      `GitHub takes at most ${MAX_REQUESTED_REVIEWERS} reviewers: asking ${room} of ${users.length + teams.length}`,
    );
    const keptTeams = teams.slice(0, room);
    return { users: users.slice(0, room - keptTeams.length), teams: keptTeams, notes };
  }
  return { users, teams, notes };
}
