import type { Color } from "../drivers/types.ts";
import type { NOTIFICATION_EVENTS } from "../policy/schema/notifications.ts";

export type NoticeEvent = (typeof NOTIFICATION_EVENTS)[number];

/** One thing that happened to a promotion, as the notifier announces it. */
export interface PromotionNotice {
  event: NoticeEvent;
  environment: string;
  /** owner/name, where the promotion knows it. */
  repository?: string;
  sha: string;
  version?: string;
  promoter?: string;
  from?: Color;
  to?: Color;
  /** A step that was done: "pre-promotion analysis passed", "set-weight 25". */
  step?: string;
  /** The new color's share of traffic after the step, in percent (canary). */
  weight?: number;
  /** Why it rolled back, or what the step found. */
  reason?: string;
  /** A page about the promotion (the GitHub deployment, the environment's URL). */
  url?: string;
  /** When it happened (ms since the epoch). */
  at: number;
}

const HEADLINES: Record<NoticeEvent, string> = {
  started: "promotion started",
  step: "promotion step done",
  succeeded: "promotion succeeded",
  "rolled-back": "promotion rolled back",
  failed: "promotion failed",
};

/** "production: promotion rolled back (v3, abc1234, blue → green, by @alice)". */
export function headline(notice: PromotionNotice): string {
  const facts = [
    notice.version,
    notice.sha.slice(0, 7),
    notice.from && notice.to ? `${notice.from} → ${notice.to}` : undefined,
    notice.promoter ? `by @${notice.promoter}` : undefined,
  ].filter(Boolean);
  return `${notice.repository ? `${notice.repository} ` : ""}${notice.environment}: ${HEADLINES[notice.event]} (${facts.join(", ")})`;
}

/** The second line: the step and its weight, or the reason. */
export function detail(notice: PromotionNotice): string | undefined {
  const parts = [
    notice.step,
    notice.weight !== undefined
      ? `${notice.weight} % of traffic on ${notice.to ?? "the new color"}`
      : undefined,
    notice.reason,
  ].filter(Boolean);
  return parts.length ? parts.join(" · ") : undefined;
}
