import { plural } from "../core/format.ts";
import { FetchProblem, fetchBounded } from "../net/bounded-fetch.ts";
import type { PolicyNotification } from "../policy/schema/notifications.ts";
import { NOTIFICATION_EVENTS } from "../policy/schema/notifications.ts";
import { slackBody, webhookBody } from "./bodies.ts";
import type { NoticeEvent, PromotionNotice } from "./notice.ts";

/** Where notices go: a URL the operator put in the process's environment, under the name the policy gives. */
export interface NotificationTarget {
  kind: "slack" | "webhook";
  /** The environment variable that held the URL: how the target is named in logs (the URL is a secret). */
  variable: string;
  url: URL;
  events: readonly NoticeEvent[];
}

export interface NotifyOutcome {
  variable: string;
  event: NoticeEvent;
  delivered: boolean;
  attempts: number;
  /** The last attempt's problem, without the URL's secret path. */
  error?: string;
}

export interface NotifierOptions {
  /** Where failures are written, one line each (the app's logger, the CLI's stderr). */
  warn?: (line: string) => void;
  /** Tries per notice and target, the first included (default 4). */
  attempts?: number;
  /** Wait before the first retry, doubled after each (default 500 ms); a 429's Retry-After wins when longer. */
  backoffMs?: number;
  /** Everything for one notice and target, retries included, ends by then (default 15 s). */
  deadlineMs?: number;
  /** One request (default 5 s). */
  timeoutMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

/** Webhook receivers answer a word or two; their answers are read only to be dropped. */
const MAX_ANSWER_BYTES = 64 * 1024;

/**
 * Announces promotions to Slack-compatible incoming webhooks and generic JSON webhooks, like Flagger's
 * alerts. A notice is fire-and-forget: `notify` never rejects and never waits on the promotion's path
 * (call it without await); each target gets its own retries with backoff until its deadline, and a
 * notice that cannot be delivered is logged, never thrown. `idle()` waits for deliveries in flight.
 */
export class Notifier {
  private readonly inFlight = new Set<Promise<unknown>>();
  private readonly warn: (line: string) => void;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(
    readonly targets: readonly NotificationTarget[],
    private readonly options: NotifierOptions = {},
  ) {
    this.warn = options.warn ?? ((line) => console.warn(line));
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  /**
   * The policy's notifications with their URLs from `env`. A variable that is unset or not an http(s) URL
   * is logged and skipped: a missing notification never stops a promotion.
   */
  static fromPolicy(
    notifications: readonly PolicyNotification[] | undefined,
    env: NodeJS.ProcessEnv,
    options: NotifierOptions = {},
  ): Notifier {
    const warn = options.warn ?? ((line: string) => console.warn(line));
    const targets: NotificationTarget[] = [];
    for (const notification of notifications ?? []) {
      const kind = notification.slack ? "slack" : "webhook";
      const variable = (notification.slack ?? notification.webhook)!["url-env"];
      const value = env[variable];
      if (!value) {
        warn(
          `notifications: ${variable} is not set in this process's environment; ${kind} notifications are skipped`,
        );
        continue;
      }
      let url: URL;
      try {
        url = new URL(value);
      } catch {
        warn(`notifications: ${variable} is not a URL; ${kind} notifications are skipped`);
        continue;
      }
      if (url.protocol !== "https:" && url.protocol !== "http:") {
        warn(
          `notifications: ${variable} is neither an http nor an https URL; ${kind} notifications are skipped`,
        );
        continue;
      }
      targets.push({ kind, variable, url, events: notification.events ?? NOTIFICATION_EVENTS });
    }
    return new Notifier(targets, options);
  }

  /** Sends `notice` to every target that wants its event. Never rejects; resolves when each is delivered or given up. */
  notify(notice: PromotionNotice): Promise<NotifyOutcome[]> {
    const deliveries = this.targets
      .filter((target) => target.events.includes(notice.event))
      .map((target) => this.deliver(target, notice));
    const all = Promise.all(deliveries);
    this.inFlight.add(all);
    void all.finally(() => this.inFlight.delete(all));
    return all;
  }

  /** Resolves when every notice sent so far is delivered or given up (tests, a graceful shutdown). */
  async idle(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.all([...this.inFlight]);
  }

  private async deliver(target: NotificationTarget, notice: PromotionNotice): Promise<NotifyOutcome> {
    const attempts = this.options.attempts ?? 4;
    const deadline = Date.now() + (this.options.deadlineMs ?? 15_000);
    let wait = this.options.backoffMs ?? 500;
    const body = JSON.stringify(target.kind === "slack" ? slackBody(notice) : webhookBody(notice));
    const outcome: NotifyOutcome = {
      variable: target.variable,
      event: notice.event,
      delivered: false,
      attempts: 0,
    };
    try {
      for (let attempt = 1; attempt <= attempts; attempt++) {
        const left = deadline - Date.now();
        if (left <= 0) break;
        outcome.attempts = attempt;
        const tried = await this.attempt(target, body, Math.min(left, this.options.timeoutMs ?? 5_000));
        if (tried.ok) {
          outcome.delivered = true;
          outcome.error = undefined;
          return outcome;
        }
        outcome.error = tried.problem;
        if (!tried.retry || attempt === attempts) break;
        const pause = Math.max(wait, tried.retryAfterMs ?? 0);
        if (Date.now() + pause >= deadline) break;
        await this.sleep(pause);
        wait *= 2;
      }
    } catch (error) {
      // Nothing here should throw; if it does, it is still only a notification.
      outcome.error = error instanceof Error ? error.message : String(error);
    }
    this.warn(
      `notifications: the ${notice.event} notice to ${target.variable} (${target.kind}) was not delivered after ${plural(outcome.attempts, "attempt")}: ${outcome.error ?? "deadline reached"}`,
    );
    return outcome;
  }

  private async attempt(
    target: NotificationTarget,
    body: string,
    timeoutMs: number,
  ): Promise<{ ok: true } | { ok: false; retry: boolean; problem: string; retryAfterMs?: number }> {
    // Slack's URL is its secret: problems name the origin only.
    const label = target.url.origin;
    try {
      const answer = await fetchBounded(target.url, {
        method: "POST",
        headers: { "content-type": "application/json", "user-agent": "terrafusion-notifier" },
        body,
        timeoutMs,
        maxBytes: MAX_ANSWER_BYTES,
        label,
      });
      if (answer.status >= 200 && answer.status < 300) return { ok: true };
      const problem = `${label} answered ${answer.status}`;
      if (answer.status === 429)
        return { ok: false, retry: true, problem, retryAfterMs: retryAfter(answer.retryAfter) };
      // A 4xx other than 429 will not change on retry (a revoked Slack URL answers 404 or 410).
      return { ok: false, retry: answer.status >= 500, problem };
    } catch (error) {
      if (error instanceof FetchProblem) return { ok: false, retry: true, problem: error.message };
      throw error;
    }
  }
}

function retryAfter(header: string | undefined): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : undefined;
}
