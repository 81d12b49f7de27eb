import type { EnvironmentPolicy } from "../drivers/index.ts";
import type { PromotionNotice } from "../notify/notice.ts";
import { seconds } from "./describe.ts";
import type { CanaryStep, PromotionState, StatusCommand } from "./types.ts";

/**
 * Where an environment's notices go: one notifier per target its policy names (src/notify), each of which
 * never rejects. One per target, so a slow or hanging receiver delays only its own later notices.
 */
export type NoticeSink = (env: EnvironmentPolicy) => { notify(notice: PromotionNotice): Promise<unknown> }[];

export interface NoticeFacts {
  /** owner/name, where the record knows it. */
  repository?: string;
  /** A page about the promotion: the GitHub deployment, else the environment's URL. */
  url?: string;
  now(): number;
  /** Each notice's delivery, so a short-lived process can wait for it before it exits. */
  track(sent: Promise<unknown>): void;
}

/** "set-weight 25", "pause 30s", "canary analysis passed": a canary step, as a notice names it once done. */
function canaryStepDone(done: CanaryStep): string {
  if (done.kind === "set-weight") return `set-weight ${done.percent}`;
  if (done.kind === "pause") return `pause ${seconds(done.ms)}`;
  return "canary analysis passed";
}

/** The notice a status announces, if any: started, each step done, succeeded, rolled back, failed. */
export function noticeFor(
  command: StatusCommand,
  state: PromotionState,
  facts: Omit<NoticeFacts, "track">,
): PromotionNotice | undefined {
  const { plan } = state;
  const base = {
    environment: plan.environment,
    repository: facts.repository,
    sha: plan.sha,
    version: plan.version,
    promoter: plan.promoter,
    from: plan.from,
    to: plan.to,
    url: facts.url,
    at: facts.now(),
  };
  switch (command.phase) {
    // Verified: gates, review and promoter passed (a refused promotion is not announced).
    case "pre-analysis":
      return { ...base, event: "started" };
    case "canary":
    case "switching": {
      // The status of a step is written as it starts: the notice is of the step before it, now done.
      const index = state.canary?.step ?? 0;
      const done = plan.canary?.[index - 1];
      const weight = plan.canary?.length ? { weight: state.canary?.weight ?? 0 } : {};
      if (done) return { ...base, event: "step", step: canaryStepDone(done), ...weight };
      return {
        ...base,
        event: "step",
        step: plan.pre ? "pre-promotion analysis passed" : `idle ${plan.to} healthy`,
        ...weight,
      };
    }
    case "post-analysis":
      return { ...base, event: "step", step: `switched: traffic on ${plan.to}` };
    case "succeeded":
      return { ...base, event: "succeeded", reason: command.description };
    case "rolled-back":
      return { ...base, event: "rolled-back", reason: state.reason ?? command.description };
    // Started, then stopped: the idle color failed its analysis, or something broke (not a refusal).
    case "aborted":
    case "error":
      return { ...base, event: "failed", reason: state.reason ?? command.description };
    default:
      return undefined;
  }
}

/**
 * Announces a promotion's statuses to the environment's notifications, never on the promotion's path (the
 * returned function does not wait). Each target gets its notices one after another, so in order; a target
 * that fails or hangs holds up only its own queue, until the notifier gives up on it.
 */
export function promotionNotices(
  env: EnvironmentPolicy,
  sink: NoticeSink | undefined,
  facts: NoticeFacts,
): (command: StatusCommand, state: PromotionState) => void {
  if (!sink || !env.notifications?.length) return () => {};
  const queues = sink(env).map((notifier) => ({ notifier, chain: Promise.resolve() as Promise<unknown> }));
  return (command, state) => {
    const notice = noticeFor(command, state, facts);
    if (!notice) return;
    for (const queue of queues) {
      queue.chain = queue.chain.then(() => queue.notifier.notify(notice)).catch(() => {});
      facts.track(queue.chain);
    }
  };
}
