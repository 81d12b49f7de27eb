import nock from "nock";
import { afterEach, beforeAll, expect } from "vitest";

import { assertGithubRoute } from "./github-route-table.ts";

export { assertGithubRoute, githubRoute } from "./github-route-table.ts";

const API = "https://api.github.com";

/**
 * nock scope for api.github.com whose interceptors are checked against GitHub's routes as they are
 * declared: `api().get("/repos/o/r/pulls/1")` fails at once if the route does not exist.
 */
export function githubApi(): nock.Scope {
  const scope = nock(API);
  const methods = ["get", "post", "patch", "put", "delete"] as const;
  for (const method of methods) {
    const original = scope[method].bind(scope) as (uri: string, ...rest: unknown[]) => nock.Interceptor;
    (scope as unknown as Record<string, unknown>)[method] = (uri: string, ...rest: unknown[]) => {
      assertGithubRoute(method, uri);
      return original(uri, ...rest);
    };
  }
  return scope;
}

/** For a test file that reaches GitHub only through nock: no real connection, and every mocked request made. */
export function strictGitHubMocks(): void {
  beforeAll(() => nock.disableNetConnect());
  afterEach(() => {
    const pending = nock.pendingMocks();
    nock.cleanAll();
    expect(pending).toEqual([]);
  });
}
