/**
 * A total budget for each GitHub request, retries included, and errors that say what gave up and why.
 *
 * plugin-retry retries a failed request a number of times, each attempt bounded by the request timeout;
 * an installation token that octokit asks for inside an attempt is a request of its own, with its own
 * retries: the attempts multiplied. Here the token request is not retried itself (the request that needed
 * it is, and asks again), and a request is retried only while a retry's wait and one more attempt still fit
 * in the budget.
 */
import { plural } from "../core/format.ts";
import { isDropped } from "./throttle-groups.ts";

export interface BudgetLimits {
  budgetMs: number;
  timeoutMs: number;
  retries: number;
  retryAfterBaseMs: number;
  queueLimit: number;
}

/** A request a full queue refused: the installation already had as many waiting as allowed. */
export class GitHubQueueFullError extends Error {
  override readonly name = "GitHubQueueFullError";
}

/** POST /app/installations/{installation_id}/access_tokens, which octokit's auth hook sends inside an attempt. */
const TOKEN_ROUTE = /\/app\/installations\/[^/]+\/access_tokens$/;

interface RequestSettings {
  retries?: number;
  /** Written by plugin-retry on these settings when an attempt fails: how many have failed so far. */
  retryCount?: number;
}
interface HookOptions {
  method: string;
  url: string;
  request: RequestSettings;
}
type Request = (options: HookOptions) => Promise<unknown>;
/** The part of an octokit this plugin uses (the plugin signature of @octokit/core). */
export interface PluginOctokit {
  hook: {
    wrap(name: "request", wrapper: (request: Request, options: HookOptions) => Promise<unknown>): void;
  };
}

const seconds = (ms: number) => `${Number((ms / 1000).toFixed(1))}s`;

/**
 * The error with a longer message, as a copy: requests waiting for the same installation token all get the
 * token request's one error object, and each would add its own words to it. The copy keeps the class and
 * the fields callers read (status, request, response).
 */
function withMessage(error: Error, message: string): Error {
  const copy = Object.assign(Object.create(Object.getPrototypeOf(error)) as Error, error);
  copy.message = message;
  copy.stack = `${copy.name}: ${message}\n${error.stack?.split("\n").slice(1).join("\n") ?? ""}`;
  if (error.cause !== undefined) copy.cause = error.cause;
  return copy;
}

/** An octokit plugin; registered after probot's plugins, its hook wraps theirs (retry and throttling included). */
export function requestBudget(limits: BudgetLimits) {
  return (octokit: PluginOctokit, octokitOptions: { auth?: unknown }) => {
    const installation = (octokitOptions.auth as { installationId?: unknown } | undefined)?.installationId;
    const who = installation ? `installation ${installation}` : "the app";
    octokit.hook.wrap("request", async (request, options) => {
      const started = Date.now();
      const deadline = started + limits.budgetMs;
      // A request without settings of its own shares octokit's default object: give it its own.
      const settings: RequestSettings = { ...options.request };
      options.request = settings;
      const wanted = settings.retries ?? limits.retries;
      const token = options.method === "POST" && TOKEN_ROUTE.test(options.url);
      // plugin-retry reads `retries` when an attempt fails: read then, it says whether one more fits. Not
      // enumerable: octokit copies these settings into each attempt's error, where plugin-retry takes a
      // `retries` it finds as a retry already decided, for answers it never retries (403, 404, …) too.
      Object.defineProperty(settings, "retries", {
        configurable: true,
        enumerable: false,
        get() {
          if (token) return 0;
          // plugin-retry's wait before retry n is n² × its base; retryCount is n - 1 when it asks.
          const wait = ((settings.retryCount ?? 0) + 1) ** 2 * limits.retryAfterBaseMs;
          return Date.now() + wait + limits.timeoutMs <= deadline ? wanted : 0;
        },
      });
      try {
        return await request(options);
      } catch (error) {
        if (isDropped(error))
          throw new GitHubQueueFullError(
            `GitHub: ${who} already has ${plural(limits.queueLimit, "request")} waiting (GitHub is slow or not answering): ${options.method} ${options.url} was not sent (TERRAFUSION_GITHUB_QUEUE)`,
            { cause: error },
          );
        const attempts = settings.retryCount ?? 1;
        if (attempts > 1 && error instanceof Error)
          throw withMessage(
            error,
            `${error.message}; ${options.method} ${options.url} gave up after ${plural(attempts, "attempt")} in ${seconds(Date.now() - started)} (TERRAFUSION_GITHUB_BUDGET is ${seconds(limits.budgetMs)})`,
          );
        throw error;
      }
    });
  };
}
