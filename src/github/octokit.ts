import Bottleneck from "bottleneck";
import { ProbotOctokit } from "probot";

export interface OctokitSettings {
  /** How many times a 5xx or a rate-limited request is retried. */
  retries?: number;
  /** Milliseconds per second of Retry-After (1000 in production; tests keep waits short with Retry-After: 1). */
  retryAfterBaseMs?: number;
  /** Spacing between writes; GitHub asks integrators to leave about a second between mutating requests. */
  writeSpacingMs?: number;
  /** Spacing between writes that notify people (issues, comments, pull requests); octokit's default is 3 s. */
  notificationSpacingMs?: number;
}

/**
 * probot's Octokit with retry and throttling configured for TerraFusion: 5xx answers are retried,
 * and both primary and secondary rate limits wait for Retry-After and try again (probot's default
 * only logs a secondary limit and gives up).
 */
export function terrafusionOctokit(settings: OctokitSettings = {}): typeof ProbotOctokit {
  const retries = settings.retries ?? 3;
  const write = new Bottleneck.Group({
    id: "terrafusion-write",
    maxConcurrent: 1,
    minTime: settings.writeSpacingMs ?? 1_000,
  });
  const notifications =
    settings.notificationSpacingMs === undefined
      ? undefined
      : new Bottleneck.Group({
          id: "terrafusion-notifications",
          maxConcurrent: 1,
          minTime: settings.notificationSpacingMs,
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
  return ProbotOctokit.defaults((options: Record<string, unknown>) => ({
    ...options,
    throttle: {
      ...(options.throttle as object | undefined),
      write,
      // Unset, octokit's own group keeps its 3 s between notifying writes.
      ...(notifications ? { notifications } : {}),
      retryAfterBaseValue: settings.retryAfterBaseMs ?? 1_000,
      onRateLimit: limited("rate limit"),
      onSecondaryRateLimit: limited("secondary rate limit"),
    },
    retry: { retries, retryAfterBaseValue: settings.retryAfterBaseMs ?? 1_000 },
  })) as typeof ProbotOctokit;
}

/** The CLI's GitHub: a personal or workflow token, with the same retry and throttling as the app. */
export function tokenOctokit(
  token: string,
  env: NodeJS.ProcessEnv,
  settings: OctokitSettings = {},
): InstanceType<typeof ProbotOctokit> {
  const Octokit = terrafusionOctokit(settings);
  return new Octokit({ auth: { token }, baseUrl: env.GITHUB_API_URL ?? "https://api.github.com" });
}

/** GITHUB_TOKEN, else GH_TOKEN (the gh CLI's name), else undefined. */
export function tokenFrom(env: NodeJS.ProcessEnv): string | undefined {
  return env.GITHUB_TOKEN || env.GH_TOKEN || undefined;
}
