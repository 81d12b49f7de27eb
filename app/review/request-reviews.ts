import type { MembershipCache } from "../../src/github/membership.ts";
import type { GitHub, RepoRef } from "../../src/github/types.ts";
import type { ReviewPolicy, Verdict } from "../../src/review/evaluate.ts";
import {
  needsCollaborators,
  planReviewRequests,
  type ReviewRefusal,
  type ReviewRequestPlan,
  requestingRules,
} from "../../src/review/review-requests.ts";
import type { PullSnapshot } from "../../src/review/snapshot.ts";

const MAX_REMEMBERED_HEADS = 10_000;

/**
 * The head commits whose reviewers were already asked for, with the rules asked for: one request per
 * head commit, however many events (and duplicate deliveries) evaluate it. Bounded: the oldest heads
 * are forgotten first, and a forgotten head is one that has long been pushed over. GitHub's refusals
 * are kept with their head, so that every later check run of that commit still shows them.
 */
export class RequestedHeads {
  readonly #heads = new Map<string, { rules: Set<string>; refusals: ReviewRefusal[] }>();
  constructor(readonly max = MAX_REMEMBERED_HEADS) {}

  rules(key: string): ReadonlySet<string> {
    return this.#heads.get(key)?.rules ?? new Set();
  }

  /** GitHub's refusals of this head's requests, oldest first. */
  refusals(key: string): readonly ReviewRefusal[] {
    return this.#heads.get(key)?.refusals ?? [];
  }

  remember(key: string, rules: string[]): void {
    const known = this.#heads.get(key) ?? { rules: new Set<string>(), refusals: [] };
    for (const rule of rules) known.rules.add(rule);
    this.#heads.delete(key);
    this.#heads.set(key, known);
    while (this.#heads.size > this.max) this.#heads.delete(this.#heads.keys().next().value!);
  }

  forget(key: string, rules: string[]): void {
    const known = this.#heads.get(key);
    for (const rule of rules) known?.rules.delete(rule);
  }

  refuse(key: string, refusal: ReviewRefusal): void {
    this.#heads.get(key)?.refusals.push(refusal);
  }

  clear(): void {
    this.#heads.clear();
  }
}

/** The key of one pull request's head commit in one installation: what is asked at most once. */
export function headKey(installation: number, repo: RepoRef, pull: PullSnapshot): string {
  return `${installation}:${repo.owner}/${repo.repo}#${pull.number}@${pull.head.sha}`.toLowerCase();
}

export interface RequestDeps {
  cache: MembershipCache;
  installation: number;
  requested: RequestedHeads;
  random?: () => number;
}

export type RequestOutcome =
  | { asked: false; refused?: undefined }
  | ({ asked: true; rules: string[]; refused?: undefined } & ReviewRequestPlan)
  | { asked: false; refused: ReviewRefusal };

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
  const key = headKey(deps.installation, repo, snapshot);
  const rules = requestingRules(review, verdict, snapshot, deps.requested.rules(key));
  if (!review || rules.length === 0) return { asked: false };
  const names = rules.map(({ rule }) => rule.name);
  deps.requested.remember(key, names);
  let plan: ReviewRequestPlan | undefined;
  try {
    const pull_number = snapshot.number!;
    const [{ data: requested }, collaborators] = await Promise.all([
      octokit.rest.pulls.listRequestedReviewers({ ...repo, pull_number }),
      needsCollaborators(rules) ? deps.cache.collaborators(octokit, deps.installation, repo) : undefined,
    ]);
    plan = planReviewRequests(
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
    // on the next event would fail the same way. Kept, so that the check runs of this head say so.
    if (statusOf(error) === 422) {
      const refusal: ReviewRefusal = {
        rules: names,
        users: plan?.users ?? [],
        teams: (plan?.teams ?? []).map((slug) => `${repo.owner}/${slug}`),
        message: (error as Error).message,
      };
      deps.requested.refuse(key, refusal);
      return { asked: false, refused: refusal };
    }
    deps.requested.forget(key, names);
    throw error;
  }
}
