/**
 * A deadline on one exchange with GitHub, headers and body. Without it a GitHub that accepts the connection
 * and never answers holds the request for undici's default of 300 s, and whatever waits behind it too.
 */

/** GitHub did not answer in time; octokit turns it into a RequestError with status 500, which is retried. */
export class GitHubTimeoutError extends Error {
  override readonly name = "GitHubTimeoutError";
}

const TIMED = Symbol("terrafusion-timeout");
type Fetch = typeof globalThis.fetch;

const seconds = (ms: number) => `${Number((ms / 1000).toFixed(3))}s`;

/** Answers with no body: the Response constructor refuses one for them. */
const EMPTY = new Set([101, 204, 205, 304]);

/**
 * `fetch` for octokit's `request.fetch`: each call gets `timeoutMs` for the whole answer, composed with the
 * caller's own signal (a caller's abort stays an abort, never becomes a timeout). `base` is read at each
 * call, not captured, so a fetch patched later (nock in tests) is the one used.
 */
export function timeoutFetch(timeoutMs: number, base: () => Fetch = () => globalThis.fetch): Fetch {
  const timed = (async (input, init = {}) => {
    const timer = AbortSignal.timeout(timeoutMs);
    const signal = init.signal ? AbortSignal.any([init.signal, timer]) : timer;
    const method = init.method ?? "GET";
    const url = input instanceof Request ? input.url : String(input);
    try {
      const response = await base()(input, { ...init, signal });
      // octokit reads the body after fetch returns, and a body that stalls reads as empty there: read it
      // here, under the same deadline, so that a stalled body is a timeout like a stalled answer.
      const body = EMPTY.has(response.status) || method === "HEAD" ? null : await response.arrayBuffer();
      const copy = new Response(body, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      });
      Object.defineProperty(copy, "url", { value: response.url });
      return copy;
    } catch (error) {
      if (timer.aborted && !init.signal?.aborted)
        throw new GitHubTimeoutError(
          `GitHub did not answer ${method} ${url} within ${seconds(timeoutMs)} (TERRAFUSION_GITHUB_TIMEOUT)`,
          { cause: error },
        );
      throw error;
    }
  }) as Fetch & { [TIMED]?: true };
  timed[TIMED] = true;
  return timed;
}

/** Whether `fetch` already carries a timeout (octokits made from another octokit's options inherit its fetch). */
export function hasTimeout(fetch: unknown): boolean {
  return typeof fetch === "function" && (fetch as { [TIMED]?: true })[TIMED] === true;
}
