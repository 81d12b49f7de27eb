import nock from "nock";
import { afterEach, describe, expect, it, vi } from "vitest";
import { terrafusionOctokit } from "../../src/github/octokit.ts";
import { openRevertPr } from "../../src/github/revert.ts";
import type { GitHub } from "../../src/github/types.ts";
import { githubApi } from "../helpers/github-routes.ts";
import { plan } from "../promotion/plan.ts";
import { blueGreenRouter } from "../router/traffic.ts";
import { FakeGitHub, OWNER, policyYaml, REPO } from "./fake-github.ts";
import { deploymentEvent, testApp } from "./harness.ts";

const TOKEN = "router-admin-token";
const SHA = "f95f852bd8fca8fcc58a9a2d6c842781e32a215e";
const PARENT = "7638417db6d59f3c431d3e1f261cc637155684cd";
const PARENT_TREE = "691272480426f78a0138979dd3ce63b77f706feb";
const REVERT = "3a0f86fb8db8eea7ccbb9a95f325ddbedfb25e15";
const base = `/repos/${OWNER}/${REPO}`;

/** The git data and pulls routes a revert takes, each once, in GitHub's documented shapes. */
function revertRoutes(compareStatus = "behind", refAnswer: [number, object] = [201, {}]) {
  const api = githubApi();
  api
    .get(base)
    .reply(200, { id: 1296269, name: REPO, full_name: `${OWNER}/${REPO}`, default_branch: "main" });
  api
    .get(`${base}/compare/main...${SHA}`)
    .query({ per_page: "1" })
    .reply(200, { status: compareStatus, ahead_by: 0, behind_by: 2, commits: [] });
  if (compareStatus !== "behind") return api;
  api.get(`${base}/git/commits/${SHA}`).reply(200, {
    sha: SHA,
    message: "Cache product pages for a day\n\nLonger body.",
    tree: { sha: "9c48853fa3dc5c1c3d6f1f1cd1f2743e72652840" },
    parents: [{ sha: PARENT }],
  });
  api
    .get(`${base}/git/commits/${PARENT}`)
    .reply(200, { sha: PARENT, message: "Earlier", tree: { sha: PARENT_TREE }, parents: [] });
  api
    .post(`${base}/git/commits`, (body) => body.tree === PARENT_TREE && body.parents[0] === SHA)
    .reply(201, { sha: REVERT, tree: { sha: PARENT_TREE }, parents: [{ sha: SHA }] });
  api
    .post(
      `${base}/git/refs`,
      (body) => body.ref === "refs/heads/terrafusion/revert-f95f852-production" && body.sha === REVERT,
    )
    .reply(
      refAnswer[0],
      refAnswer[0] === 201
        ? { ref: "refs/heads/terrafusion/revert-f95f852-production", object: { sha: REVERT } }
        : refAnswer[1],
    );
  return api;
}

describe("revert pull request on automatic rollback (GitHub nocked, routes checked)", () => {
  const closers: (() => Promise<void>)[] = [];
  afterEach(async () => {
    nock.cleanAll();
    nock.enableNetConnect();
    for (const close of closers.splice(0)) await close();
  });

  /** A faulty green behind a real router, a policy with revert-pr, and the app receiving its deployment. */
  async function rollBackFaulty(api: nock.Scope) {
    const { router, upstreams } = await blueGreenRouter(TOKEN, { green: { errorRate: 0.5 } });
    closers.push(() => router.close(), ...upstreams.map((u) => () => u.close()));
    const github = new FakeGitHub(
      policyYaml(
        router.adminUrl,
        "{ interval: 500ms, failure-limit: 1, duration: 2s, slo: { error-rate: 0.05 }, load: { rate: 100, connections: 2 } }",
        "      rollback: { revert-pr: true }\n",
      ),
    );
    github.install();
    const app = testApp({
      ...process.env,
      TERRAFUSION_TEST_ROUTER_TOKEN: TOKEN,
      TERRAFUSION_APP_ROUTER_URLS: "http://127.0.0.1:*",
    });
    await app.probot.ready();
    const errors = vi.spyOn(app.probot.log, "error");
    github.addDeployment(901, SHA, "production", "Codertocat", { version: "v2" });
    await app.receive("deployment", deploymentEvent(901, SHA));
    await app.service.settled();
    expect(router.activeColor).toBe("blue");
    expect(github.statusesOf(901).at(-1)).toMatchObject({ state: "failure" });
    expect(github.state.issues.map((i) => i.number)).toEqual([100]);
    expect(api.pendingMocks()).toEqual([]);
    expect(github.unknownRoutes).toEqual([]);
    return { github, errors: errors.mock.calls.map((call) => String(call[0])) };
  }

  it("rolls back, opens the incident, then a revert pull request that links it", async () => {
    const pulls: Record<string, string>[] = [];
    const api = revertRoutes();
    api.post(`${base}/pulls`).reply(201, (_uri, body) => {
      pulls.push(body as Record<string, string>);
      return { number: 7, html_url: `https://github.com/${OWNER}/${REPO}/pull/7` };
    });
    const { github, errors } = await rollBackFaulty(api);
    expect(pulls).toEqual([
      {
        head: "terrafusion/revert-f95f852-production",
        base: "main",
        title: "Revert f95f852: rolled back from production",
        body: expect.stringMatching(
          /^TerraFusion rolled v2 \(f95f852\) back from \*\*production\*\*: errors .*\n\nThis pull request reverts f95f852bd8fca8fcc58a9a2d6c842781e32a215e\.\nIncident: #100$/,
        ),
      },
    ]);
    expect(github.state.comments).toEqual([{ issue: 100, body: "Revert pull request: #7" }]);
    expect(errors).toEqual([]);
  });

  it("says why in the incident and the app's log when GitHub refuses the revert branch (403)", async () => {
    // What GitHub answers an installation without contents write.
    const api = revertRoutes("behind", [
      403,
      {
        message: "Resource not accessible by integration",
        documentation_url: "https://docs.github.com/rest/git/refs#create-a-reference",
        status: "403",
      },
    ]);
    const { github, errors } = await rollBackFaulty(api);
    const reason =
      "GitHub answered 403 to POST /repos/Codertocat/Hello-World/git/refs: Resource not accessible by integration (the app, or the action's token, needs contents and pull-requests write)";
    expect(github.state.comments).toEqual([
      {
        issue: 100,
        body: `TerraFusion could not open the revert pull request: ${reason}. Revert ${SHA} by hand.`,
      },
    ]);
    expect(errors).toEqual([
      `Codertocat/Hello-World deployment 901 (production, f95f852): could not open the revert pull request: ${reason}`,
    ]);
    // Traffic and the record are unaffected: the rollback stands, the commit stays blocked.
    expect(github.state.issues[0]!.labels.map((l) => l.name)).toContain("terrafusion: blocked");
  });

  it("opens none for a commit that is not on the default branch, and says why", async () => {
    nock.disableNetConnect();
    const api = revertRoutes("diverged");
    const Octokit = terrafusionOctokit({ retryAfterBaseMs: 1, writeSpacingMs: 0, notificationSpacingMs: 0 });
    const octokit = new Octokit({ auth: { token: "test-token" } }) as GitHub;
    const state = {
      plan: plan({ sha: SHA, revertPr: true }),
      phase: "rolled-back" as const,
      startedAt: 0,
      failures: 1,
      measurements: [],
      failedChecks: [],
      timeline: [],
    };
    expect(await openRevertPr(octokit, { owner: OWNER, repo: REPO }, state, { number: 100 })).toEqual({
      skipped: "f95f852 is not on main, so there is nothing to revert there",
    });
    expect(api.pendingMocks()).toEqual([]);
  });
});
