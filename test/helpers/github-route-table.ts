/**
 * GitHub's REST routes, from the endpoints table of @octokit/plugin-rest-endpoint-methods, so a test
 * that answers or mocks a route GitHub does not have fails. `POST /graphql` is allowed too. Free of
 * nock (which replaces the global fetch when imported), for tests that talk to a loopback stand-in.
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
