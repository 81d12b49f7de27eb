import { ProbotOctokit } from "probot";
import { DEFAULT_GITHUB_LIMITS, type GitHubLimits, githubLimitsFromEnv } from "./github-limits.ts";
import { requestBudget } from "./request-budget.ts";
import { hasTimeout, timeoutFetch } from "./request-timeout.ts";
import { queuedIn, type ThrottleGroups, throttleGroups, throttleKey } from "./throttle-groups.ts";

export interface OctokitSettings extends Partial<GitHubLimits> {
  /** How many times a failed request (5xx, no answer in time) or a rate-limited one is retried. */
  retries?: number;
  /** Milliseconds per second of Retry-After (1000 in production; tests keep waits short with Retry-After: 1). */
  retryAfterBaseMs?: number;
  /** Spacing between writes; GitHub asks integrators to leave about a second between mutating requests. */
  writeSpacingMs?: number;
  /** Spacing between writes that notify people (issues, comments, pull requests); octokit's default is 3 s. */
  notificationSpacingMs?: number;
}

type OctokitClass = typeof ProbotOctokit;
const QUEUES = new WeakMap<object, ThrottleGroups>();

/**
 * probot's Octokit with retry and throttling configured for TerraFusion: every request has a timeout and
 * its retries a total budget; 5xx answers and requests GitHub never answered are retried; primary and
 * secondary rate limits wait for Retry-After and try again (probot's default only logs a secondary limit
 * and gives up); each installation has its own throttle queues, each bounded (throttle-groups.ts).
 */
export function terrafusionOctokit(settings: OctokitSettings = {}): OctokitClass {
  const retries = settings.retries ?? 3;
  const retryAfterBaseMs = settings.retryAfterBaseMs ?? 1_000;
  const limits = { ...DEFAULT_GITHUB_LIMITS, ...settings };
  const groups = throttleGroups({
    queueLimit: limits.queueLimit,
    writeSpacingMs: settings.writeSpacingMs ?? 1_000,
    notificationSpacingMs: settings.notificationSpacingMs ?? 3_000,
  });
  const limited =
    (kind: string) =>
    (
      retryAfter: number,
      options: { method: string; url: string; request: { retryCount: number } },
      octokit: unknown,
    ) => {
      const log = (octokit as { log?: { warn(message: string): void } }).log;
      log?.warn(`${kind} on ${options.method} ${options.url}: retrying in ${retryAfter}s`);
      return options.request.retryCount < retries;
    };
  const budget = requestBudget({ ...limits, retries, retryAfterBaseMs });
  // Typed against the few octokit members it uses (request-budget.ts), not @octokit/core's generics.
  const Octokit = ProbotOctokit.plugin(budget as unknown as Parameters<OctokitClass["plugin"]>[0]).defaults(
    (options: Record<string, unknown>) => {
      const request = (options.request ?? {}) as { fetch?: typeof fetch };
      const given = request.fetch;
      return {
        ...options,
        request: {
          ...request,
          // An octokit made from another's options (probot's per-event octokits) has its fetch already.
          fetch: hasTimeout(given) ? given : timeoutFetch(limits.timeoutMs, given ? () => given : undefined),
        },
        throttle: {
          ...(options.throttle as object | undefined),
          ...groups,
          // Per installation: probot gives a webhook event's octokit no id, and the queues were shared.
          id: throttleKey(options.auth),
          retryAfterBaseValue: retryAfterBaseMs,
          onRateLimit: limited("rate limit"),
          onSecondaryRateLimit: limited("secondary rate limit"),
        },
        retry: { retries, retryAfterBaseValue: retryAfterBaseMs },
      };
    },
  ) as OctokitClass;
  QUEUES.set(Octokit, groups);
  return Octokit;
}

/** Requests of an installation (or, without one, of the app) waiting in each of an Octokit class's throttle queues. */
export function queuedRequests(
  Octokit: OctokitClass,
  installationId?: number,
): Record<keyof ThrottleGroups, number> | undefined {
  const groups = QUEUES.get(Octokit);
  return groups && queuedIn(groups, throttleKey({ installationId }));
}

/** The CLI's GitHub: a personal or workflow token, with the same timeout, retry and throttling as the app. */
export function tokenOctokit(
  token: string,
  env: NodeJS.ProcessEnv,
  settings: OctokitSettings = {},
): InstanceType<typeof ProbotOctokit> {
  const Octokit = terrafusionOctokit({ ...githubLimitsFromEnv(env), ...settings });
  return new Octokit({ auth: { token }, baseUrl: env.GITHUB_API_URL ?? "https://api.github.com" });
}

/** GITHUB_TOKEN, else GH_TOKEN (the gh CLI's name), else undefined. */
export function tokenFrom(env: NodeJS.ProcessEnv): string | undefined {
  return env.GITHUB_TOKEN || env.GH_TOKEN || undefined;
}
