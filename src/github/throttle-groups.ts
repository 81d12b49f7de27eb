/**
 * plugin-throttling's queues, made by TerraFusion: one queue per installation, each with a bound.
 *
 * The plugin keys its queues by the `throttle.id` option, and probot gives the octokit of a webhook event
 * none: every installation shared one queue of each kind. Its `auth` queue runs one token request at a
 * time, so one installation's token request that GitHub never answered held every other installation's.
 * And a queue had no length limit: events that kept arriving waited in memory for as long as GitHub hung.
 */
import Bottleneck from "bottleneck";

export interface ThrottleGroups {
  global: Bottleneck.Group;
  auth: Bottleneck.Group;
  search: Bottleneck.Group;
  write: Bottleneck.Group;
  notifications: Bottleneck.Group;
}

export interface ThrottleLimits {
  /** Requests of one installation that may wait in each queue; more are refused at once. */
  queueLimit: number;
  writeSpacingMs: number;
  notificationSpacingMs: number;
}

/** An installation's queues are dropped after this long without a request (the plugin's own groups use 2 min). */
const IDLE_MS = 2 * 60_000;

export function throttleGroups(limits: ThrottleLimits): ThrottleGroups {
  const group = (id: string, maxConcurrent: number, minTime = 0) =>
    new Bottleneck.Group({
      id,
      maxConcurrent,
      minTime,
      timeout: IDLE_MS,
      highWater: limits.queueLimit,
      // The request that arrives at a full queue is refused (its caller hears why); those waiting keep their turn.
      strategy: Bottleneck.strategy.OVERFLOW,
    });
  // The plugin's own concurrency and spacing (octokit-global 10, octokit-auth 1, octokit-search 1 every 2 s),
  // with TerraFusion's spacing of writes.
  return {
    global: group("terrafusion-global", 10),
    auth: group("terrafusion-auth", 1),
    search: group("terrafusion-search", 1, 2_000),
    write: group("terrafusion-write", 1, limits.writeSpacingMs),
    notifications: group("terrafusion-notifications", 1, limits.notificationSpacingMs),
  };
}

/** The queue key of an octokit: its installation's, or the app's own (JWT, or a token's in the CLI). */
export function throttleKey(auth: unknown): string {
  const installation = (auth as { installationId?: unknown } | undefined)?.installationId;
  return installation ? `installation-${installation}` : "app";
}

/** Requests of one key waiting in each queue (not those running): each is bounded by `queueLimit`. */
export function queuedIn(groups: ThrottleGroups, key: string): Record<keyof ThrottleGroups, number> {
  const waiting = (group: Bottleneck.Group) =>
    group
      .limiters()
      .find((entry) => entry.key === key)
      ?.limiter.counts().QUEUED ?? 0;
  return {
    global: waiting(groups.global),
    auth: waiting(groups.auth),
    search: waiting(groups.search),
    write: waiting(groups.write),
    notifications: waiting(groups.notifications),
  };
}

/** Whether a full queue refused the request (Bottleneck's error says only that a job was dropped). */
export function isDropped(error: unknown): boolean {
  return error instanceof Bottleneck.BottleneckError && /dropped/i.test(error.message);
}
