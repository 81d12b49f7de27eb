/**
 * How long TerraFusion waits for GitHub and how much it lets wait: the defaults, and the operator's
 * TERRAFUSION_GITHUB_* variables (read once by the app and the CLI at start; a bad value stops them).
 */
import { UsageError } from "../errors.ts";
import { parseDuration } from "../policy/schema/primitives.ts";

export interface GitHubLimits {
  /** One exchange with GitHub, headers and body. GitHub's API itself gives up on a request after 10 s. */
  timeoutMs: number;
  /** One request with all its retries (rate-limit waits are GitHub's to set and not counted). */
  budgetMs: number;
  /** Requests of one installation that may wait in each throttle queue before more are refused. */
  queueLimit: number;
}

export const DEFAULT_GITHUB_LIMITS: GitHubLimits = { timeoutMs: 20_000, budgetMs: 60_000, queueLimit: 100 };

function durationVariable(env: NodeJS.ProcessEnv, name: string): number | undefined {
  const text = env[name];
  if (text === undefined || text === "") return undefined;
  const ms = parseDuration(text);
  if (ms === undefined || ms <= 0)
    throw new UsageError(`${name}=${text}: expected a duration longer than 0, such as 500ms, 20s or 1m`);
  return ms;
}

/** The limits the environment sets; unset variables are left out (the defaults apply). */
export function githubLimitsFromEnv(env: NodeJS.ProcessEnv): Partial<GitHubLimits> {
  const limits: Partial<GitHubLimits> = {};
  const timeoutMs = durationVariable(env, "TERRAFUSION_GITHUB_TIMEOUT");
  if (timeoutMs !== undefined) limits.timeoutMs = timeoutMs;
  const budgetMs = durationVariable(env, "TERRAFUSION_GITHUB_BUDGET");
  if (budgetMs !== undefined) limits.budgetMs = budgetMs;
  const queue = env.TERRAFUSION_GITHUB_QUEUE;
  if (queue !== undefined && queue !== "") {
    if (!/^\d+$/.test(queue) || Number(queue) < 1)
      throw new UsageError(
        `TERRAFUSION_GITHUB_QUEUE=${queue}: expected a whole number of requests, 1 or more`,
      );
    limits.queueLimit = Number(queue);
  }
  if (
    (limits.budgetMs ?? DEFAULT_GITHUB_LIMITS.budgetMs) <
    (limits.timeoutMs ?? DEFAULT_GITHUB_LIMITS.timeoutMs)
  )
    throw new UsageError(
      "TERRAFUSION_GITHUB_BUDGET is shorter than TERRAFUSION_GITHUB_TIMEOUT: a request could never have its one attempt",
    );
  return limits;
}
