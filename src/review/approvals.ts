import type { TextPattern } from "../core/safe-regex.ts";
import { type PullSnapshot, same } from "./snapshot.ts";

export interface Methods {
  githubReview: boolean;
  commentPatterns: TextPattern[];
}

export interface Approval {
  login: string;
  via: "review" | "comment";
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
): Approval[] {
  const pushedAt = pull.head["pushed-at"] ? time(pull.head["pushed-at"]) : undefined;
  const signals: Signal[] = [];
  const staleComment = (at: number, commit?: string) =>
    invalidateOnPush &&
    ((commit !== undefined && commit !== pull.head.sha) || (pushedAt !== undefined && at < pushedAt));
  for (const review of pull.reviews) {
    const at = time(review["submitted-at"]);
    const stale = invalidateOnPush && review.commit !== undefined && review.commit !== pull.head.sha;
    if (review.state === "APPROVED" && methods.githubReview)
      signals.push({ login: review.author, via: "review", at, stale, kind: "approve" });
    else if (review.state === "CHANGES_REQUESTED")
      signals.push({ login: review.author, via: "review", at, stale: false, kind: "disapprove" });
    else if (review.state === "COMMENTED" || review.state === "APPROVED") {
      if (methods.commentPatterns.some((pattern) => pattern.test(review.body)))
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
    if (methods.commentPatterns.some((pattern) => pattern.test(comment.body)))
      signals.push({ login: comment.author, via: "comment", at, stale: staleComment(at), kind: "approve" });
    else if (disapprovePatterns.some((pattern) => pattern.test(comment.body)))
      signals.push({ login: comment.author, via: "comment", at, stale: false, kind: "disapprove" });
  }
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
    .map(({ login, via, at }) => ({ login, via, at }));
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
