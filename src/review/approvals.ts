import type { TextPattern } from "../core/safe-regex.ts";
import { type PullSnapshot, same } from "./snapshot.ts";

export interface Methods {
  githubReview: boolean;
  commentPatterns: TextPattern[];
  /** When any: an approving review counts only when its body matches one. */
  githubReviewPatterns: TextPattern[];
  /** A description matching one is the author's approval. */
  bodyPatterns: TextPattern[];
  /** Edited comments, review bodies and descriptions do not approve. */
  ignoreEdited: boolean;
}

/** What an approval must postdate to be fresh: given on one of these commits, or after pushedAt. */
export interface Freshness {
  commits: Set<string>;
  pushedAt: string | undefined;
}

export interface Approval {
  login: string;
  via: "review" | "comment" | "description";
  at: number;
  /** Given before the last push while approvals are invalidated on push. */
  stale: boolean;
}

interface Signal extends Approval {
  kind: "approve" | "disapprove" | "revoke";
}

const time = (text: string) => Date.parse(text);

/** Each person's latest approval, when their latest approving or disapproving act is an approval. */
export function latestApprovals(
  pull: PullSnapshot,
  methods: Methods,
  invalidateOnPush: boolean,
  disapprovePatterns: TextPattern[],
  fresh: Freshness = { commits: new Set([pull.head.sha]), pushedAt: pull.head["pushed-at"] },
): Approval[] {
  const pushedAt = fresh.pushedAt ? time(fresh.pushedAt) : undefined;
  const signals: Signal[] = [];
  const staleComment = (at: number, commit?: string) =>
    invalidateOnPush &&
    ((commit !== undefined && !fresh.commits.has(commit)) || (pushedAt !== undefined && at < pushedAt));
  const matches = (patterns: TextPattern[], text: string, edited: boolean) =>
    !(edited && methods.ignoreEdited) && patterns.some((pattern) => pattern.test(text));
  for (const review of pull.reviews) {
    const at = time(review["submitted-at"]);
    const stale = invalidateOnPush && review.commit !== undefined && !fresh.commits.has(review.commit);
    const reviewApproves =
      review.state === "APPROVED" &&
      methods.githubReview &&
      (methods.githubReviewPatterns.length === 0 ||
        matches(methods.githubReviewPatterns, review.body, review.edited));
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
          kind: "approve",
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
  // The description speaks for the author from the start: any later act of theirs overrides it, and
  // a push does not make it stale (it describes the pull request, not a commit).
  if (matches(methods.bodyPatterns, pull.body, pull["body-edited"]))
    signals.push({
      login: pull.author,
      via: "description",
      at: Number.NEGATIVE_INFINITY,
      stale: false,
      kind: "approve",
    });
  return latestByPerson(signals)
    .filter((signal) => signal.kind === "approve")
    .map(({ kind: _, ...approval }) => approval);
}

export interface Disapproval {
  login: string;
  via: "review" | "comment";
  at: number;
}

/** People whose latest act is a disapproval that they have not revoked. */
export function standingDisapprovals(
  pull: PullSnapshot,
  disapprovePatterns: TextPattern[],
  revokePatterns: TextPattern[],
): Disapproval[] {
  const signals: Signal[] = [];
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
  return latestByPerson(signals)
    .filter((signal) => signal.kind === "disapprove" && !same(signal.login, pull.author))
    .map(({ login, via, at }) => ({ login, via: via as Disapproval["via"], at }));
}

function latestByPerson(signals: Signal[]): Signal[] {
  const latest = new Map<string, Signal>();
  for (const signal of signals) {
    const key = signal.login.toLowerCase();
    const seen = latest.get(key);
    if (!seen || signal.at >= seen.at) latest.set(key, signal);
  }
  return [...latest.values()];
}
