import type { MembershipCache } from "../../src/github/membership.ts";
import type { GitHub, RepoRef } from "../../src/github/types.ts";
import type { ReviewPolicy, Verdict } from "../../src/review/evaluate.ts";
import {
  needsCollaborators,
  planReviewRequests,
  type ReviewRequestPlan,
  requestingRules,
} from "../../src/review/review-requests.ts";
import type { PullSnapshot } from "../../src/review/snapshot.ts";

const MAX_REMEMBERED_HEADS = 10_000;

/**
 * The head commits whose reviewers were already asked for, with the rules asked for: one request per
 * head commit, however many events (and duplicate deliveries) evaluate it. Bounded: the oldest heads
 * are forgotten first, and a forgotten head is one that has long been pushed over.
 */
export class RequestedHeads {
  readonly #heads = new Map<string, Set<string>>();
  constructor(readonly max = MAX_REMEMBERED_HEADS) {}

  rules(key: string): ReadonlySet<string> {
    return this.#heads.get(key) ?? new Set();
  }

  remember(key: string, rules: string[]): void {
    const known = this.#heads.get(key) ?? new Set();
    for (const rule of rules) known.add(rule);
    this.#heads.delete(key);
    this.#heads.set(key, known);
    while (this.#heads.size > this.max) this.#heads.delete(this.#heads.keys().next().value!);
  }

  forget(key: string, rules: string[]): void {
    const known = this.#heads.get(key);
    for (const rule of rules) known?.delete(rule);
  }

  clear(): void {
    this.#heads.clear();
  }
}

export interface RequestDeps {
  cache: MembershipCache;
  installation: number;
  requested: RequestedHeads;
  random?: () => number;
}

export type RequestOutcome =
  | { asked: false }
  | ({ asked: true; rules: string[] } & ReviewRequestPlan)
  | { asked: false; refused: string };

const statusOf = (error: unknown) => (error as { status?: number }).status;

/**
 * Asks GitHub for reviews for the pending rules with `request-review`, at most once per head commit
 * and rule. The head is marked before the first request, so a duplicate delivery evaluated at the
 * same time asks nobody twice; a failure other than GitHub refusing the reviewers unmarks it, so the
 * next event tries again.
 */
export async function requestReviews(
  octokit: GitHub,
  repo: RepoRef,
  snapshot: PullSnapshot,
  review: ReviewPolicy | undefined,
  verdict: Verdict,
  deps: RequestDeps,
): Promise<RequestOutcome> {
  const key =
    `${deps.installation}:${repo.owner}/${repo.repo}#${snapshot.number}@${snapshot.head.sha}`.toLowerCase();
  const rules = requestingRules(review, verdict, snapshot, deps.requested.rules(key));
  if (!review || rules.length === 0) return { asked: false };
  const names = rules.map(({ rule }) => rule.name);
  deps.requested.remember(key, names);
  try {
    const pull_number = snapshot.number!;
    const [{ data: requested }, collaborators] = await Promise.all([
      octokit.rest.pulls.listRequestedReviewers({ ...repo, pull_number }),
      needsCollaborators(rules) ? deps.cache.collaborators(octokit, deps.installation, repo) : undefined,
    ]);
    const plan = planReviewRequests(
      review,
      rules,
      snapshot,
      {
        requestedUsers: requested.users.map((user) => user.login),
        requestedTeams: requested.teams.map((team) => team.slug),
        collaborators,
      },
      repo.owner,
      deps.random,
    );
    if (plan.users.length === 0 && plan.teams.length === 0) return { asked: false };
    await octokit.rest.pulls.requestReviewers({
      ...repo,
      pull_number,
      reviewers: plan.users,
      team_reviewers: plan.teams,
    });
    return { asked: true, rules: names, ...plan };
  } catch (error) {
    // 422: GitHub will not take these reviewers (not collaborators, a team without access): asking again
    // on the next event would fail the same way.
    if (statusOf(error) === 422) return { asked: false, refused: (error as Error).message };
    deps.requested.forget(key, names);
    throw error;
  }
}
