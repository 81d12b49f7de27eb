import nock from "nock";
import { afterEach, beforeAll, expect } from "vitest";

/**
 * GitHub's REST routes, from the endpoints table of @octokit/plugin-rest-endpoint-methods, so a
 * test that nocks a route GitHub does not have fails. `POST /graphql` is allowed too.
 */
const moduleUrl = import.meta.resolve("@octokit/plugin-rest-endpoint-methods");
const { default: ENDPOINTS } = (await import(new URL("./generated/endpoints.js", moduleUrl).href)) as {
  default: Record<string, Record<string, [string, ...unknown[]]>>;
};

const ROUTES: { method: string; pattern: RegExp; route: string }[] = [
  { method: "POST", pattern: /^\/graphql$/, route: "POST /graphql" },
];
for (const scope of Object.values(ENDPOINTS))
  for (const [route] of Object.values(scope)) {
    const [method, path] = route.split(" ") as [string, string];
    const pattern = new RegExp(
      `^${path
        .replace(/[.*+?^$()|[\]\\]/g, "\\$&")
        .replace(/\\?\{path\\?\}/g, ".+")
        .replace(/\\?\{[^}]+\\?\}/g, "[^/]+")}$`,
    );
    ROUTES.push({ method, pattern, route });
  }

/** The documented route for METHOD PATH (query string ignored), or undefined when GitHub has none. */
export function githubRoute(method: string, path: string): string | undefined {
  const bare = path.split("?")[0]!;
  return ROUTES.find((entry) => entry.method === method.toUpperCase() && entry.pattern.test(bare))?.route;
}

/** Throws when a request is not a route of GitHub's REST API. */
export function assertGithubRoute(method: string, path: string): string {
  const route = githubRoute(method, path);
  if (!route)
    throw new Error(
      `${method.toUpperCase()} ${path} is not a GitHub REST route (see @octokit/plugin-rest-endpoint-methods)`,
    );
  return route;
}

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
