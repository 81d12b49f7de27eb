import nock from "nock";
import { pino } from "pino";
import { afterEach, beforeAll, expect, it } from "vitest";
import { terrafusionServer } from "../../app/index.ts";
import { githubApi } from "../helpers/github-routes.ts";
import { assertAllDone, createApp, policyAnswer, policyQuery } from "./harness.ts";

beforeAll(() => nock.disableNetConnect());
afterEach(() => assertAllDone());

/** The app's start work ends with one line: the summary, or the failure that stopped it. */
const START_DONE = /^(info: promotion: checked |error: promotion: start failed)/;

/** The app's log at info and above, as "LEVEL: message" lines. */
function capturedLog() {
  const lines: string[] = [];
  const logger = pino(
    { level: "info", formatters: { level: (label) => ({ level: label }) } },
    {
      write: (line: string) => {
        const entry = JSON.parse(line) as { level: string; msg: string };
        lines.push(`${entry.level}: ${entry.msg}`);
      },
    },
  );
  return {
    logger,
    /**
     * The warnings and errors of the start work, and its closing line, once that is written (or after a
     * bounded wait): waiting for the end, not for a count, so that a late warning is not missed.
     */
    async startWork(): Promise<string[]> {
      for (let i = 0; i < 500 && !lines.some((line) => START_DONE.test(line)); i++)
        await new Promise((resolve) => setTimeout(resolve, 10));
      return lines.filter((line) => /^(warn|error): /.test(line) || START_DONE.test(line));
    },
  };
}

/** Resolves once every interceptor of the scope has been used, or fails after a bounded wait. */
async function used(scope: nock.Scope): Promise<void> {
  for (let i = 0; i < 200 && !scope.isDone(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(scope.pendingMocks()).toEqual([]);
}

/**
 * Installation 42 (acme) with one repository, shop, that has no policy: nothing to reconcile there,
 * nothing else is asked, and nothing to warn about.
 */
function acmeShopWithoutPolicy(scope: nock.Scope): void {
  scope
    .post("/app/installations/42/access_tokens")
    .reply(201, { token: "ghs_test", expires_at: "2999-01-01T00:00:00Z", permissions: {} })
    .get("/installation/repositories")
    .query(true)
    .reply(200, {
      total_count: 1,
      repositories: [{ name: "shop", owner: { login: "acme" }, archived: false }],
    })
    .post("/graphql", policyQuery())
    .reply(200, policyAnswer({}));
}

it("the served app looks for promotions left in progress in every repository of its installations at start", async () => {
  const scope = githubApi()
    .get("/app/installations")
    .query(true)
    .reply(200, [{ id: 42, account: { login: "acme" }, suspended_at: null }]);
  acmeShopWithoutPolicy(scope);
  const log = capturedLog();
  await createApp(terrafusionServer, log.logger);
  await used(scope);
  expect(await log.startWork()).toEqual([
    "info: promotion: checked 1 repository for promotions left in progress: 0 taken over",
  ]);
});

it("an installation GitHub will not open to the app is logged, and the next one is still checked", async () => {
  const scope = githubApi()
    .get("/app/installations")
    .query(true)
    .reply(200, [
      { id: 41, account: { login: "gone" }, suspended_at: null },
      { id: 42, account: { login: "acme" }, suspended_at: null },
    ])
    .post("/app/installations/41/access_tokens")
    .reply(404, { message: "Not Found" });
  acmeShopWithoutPolicy(scope);
  const log = capturedLog();
  await createApp(terrafusionServer, log.logger);
  await used(scope);
  expect(await log.startWork()).toEqual([
    expect.stringMatching(
      /^warn: installation 41 \(gone\): could not list its repositories: GitHub answered 404/,
    ),
    "info: promotion: checked 1 repository for promotions left in progress: 0 taken over, 1 could not be checked (see above)",
  ]);
});

it("a failure at start is logged and the app still serves: GitHub answering 500 (and to its 3 retries) stops nothing", async () => {
  const scope = githubApi().get("/app/installations").query(true).times(4).reply(500, { message: "boom" });
  const log = capturedLog();
  await createApp(terrafusionServer, log.logger);
  await used(scope);
  expect(await log.startWork()).toEqual([expect.stringMatching(/^error: promotion: start failed: .*boom/)]);
});

it("the app the tests route events to does no start work (no request at all)", async () => {
  await createApp();
  await new Promise((resolve) => setTimeout(resolve, 50));
});

it("TERRAFUSION_APP_RECONCILE=off (several app processes) skips that start work: no request at all", async () => {
  process.env.TERRAFUSION_APP_RECONCILE = "off";
  try {
    await createApp(terrafusionServer);
    // Without the switch the app would ask GitHub for its installations, which afterEach reports as unexpected.
    await new Promise((resolve) => setTimeout(resolve, 100));
  } finally {
    delete process.env.TERRAFUSION_APP_RECONCILE;
  }
});
