import nock from "nock";
import { afterEach, describe, expect, it } from "vitest";
import { blockedMarker } from "../../src/promotion/incident.ts";
import { githubApi, githubRoute } from "../helpers/github-routes.ts";
import { FakeGitHub, OWNER, REPO } from "./fake-github.ts";
import { example, testApp } from "./harness.ts";

// @octokit/webhooks-examples has no deployment_protection_rule payload: this one starts from a real
// `deployment` example (a workflow's deployment, with an installation) and adds the fields GitHub documents for
// deployment_protection_rule.requested: action, environment, event, deployment_callback_url, sha, ref.
const SHA = "f95f852bd8fca8fcc58a9a2d6c842781e32a215e";
const RUN = 5_321_987;
const CALLBACK = `/repos/${OWNER}/${REPO}/actions/runs/${RUN}/deployment_protection_rule`;

function protectionRuleEvent(sender = "Codertocat") {
  const payload = example("deployment", (p) => Boolean(p.installation && p.workflow_run));
  const { deployment, repository, installation } = payload;
  deployment.sha = SHA;
  deployment.environment = "production";
  deployment.creator.login = sender;
  return {
    action: "requested",
    environment: "production",
    event: "push",
    sha: SHA,
    ref: "refs/heads/main",
    deployment_callback_url: `https://api.github.com${CALLBACK}`,
    deployment,
    pull_requests: [],
    repository,
    installation,
    sender: { ...payload.sender, login: sender },
  };
}

const policy = `version: 1
deploy:
  environments:
    production:
      driver: { kind: router, admin-url: "http://127.0.0.1:9" }
      promoters: { users: [Codertocat] }
      requires: [review, coverage]
`;

describe("deployment_protection_rule: approve or reject a workflow's deployment on the promotion's grounds", () => {
  afterEach(() => {
    nock.cleanAll();
    nock.enableNetConnect();
  });

  /** Delivers the event and returns the one review the app sent to the callback route. */
  async function review(github: FakeGitHub, payload: ReturnType<typeof protectionRuleEvent>) {
    github.install();
    const reviews: Record<string, string>[] = [];
    const callback = githubApi()
      .post(CALLBACK)
      .reply(204, (_uri, body) => {
        reviews.push(body as Record<string, string>);
        return "";
      });
    const { receive } = testApp(process.env);
    await receive("deployment_protection_rule", payload);
    expect(callback.pendingMocks()).toEqual([]);
    expect(github.unknownRoutes).toEqual([]);
    return reviews;
  }

  it("uses GitHub's documented callback route", () => {
    expect(githubRoute("POST", CALLBACK)).toBe(
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/deployment_protection_rule",
    );
  });

  it("approves when the gates passed, the review is satisfied, the deployer may promote and the SHA is not blocked", async () => {
    const github = new FakeGitHub(policy);
    github.state.checkRuns[SHA] = [
      { name: "TerraFusion / review", status: "completed", conclusion: "success" },
      { name: "TerraFusion / coverage", status: "completed", conclusion: "success" },
    ];
    expect(await review(github, protectionRuleEvent())).toEqual([
      {
        environment_name: "production",
        state: "approved",
        comment: "TerraFusion: required gates passed, review satisfied, deployer allowed.",
      },
    ]);
  });

  it("rejects and says every reason: deployer not allowed, a gate failed, the review pending, the SHA blocked", async () => {
    const github = new FakeGitHub(policy);
    github.state.permissions.mallory = "admin";
    github.state.checkRuns[SHA] = [
      { name: "TerraFusion / review", status: "in_progress", conclusion: null },
      { name: "TerraFusion / coverage", status: "completed", conclusion: "failure" },
    ];
    github.state.issues.push({
      number: 100,
      title: "Rolled back f95f852 in production",
      body: `…\n${blockedMarker(SHA, "production")}`,
      labels: [{ name: "terrafusion: incident" }, { name: "terrafusion: blocked" }],
      state: "open",
      html_url: `https://github.com/${OWNER}/${REPO}/issues/100`,
    });
    expect(await review(github, protectionRuleEvent("mallory"))).toEqual([
      {
        environment_name: "production",
        state: "rejected",
        comment:
          "TerraFusion: @mallory may not deploy to production; @Codertocat may; f95f852 was rolled back from production; clear #100 first; " +
          'required "review" is still running on f95f852; required "coverage" failed on f95f852',
      },
    ]);
  });

  it("rejects an environment the policy does not name, saying how to fix it", async () => {
    const github = new FakeGitHub(policy.replace("production:", "staging:"));
    const [only] = await review(github, protectionRuleEvent());
    expect(only).toEqual({
      environment_name: "production",
      state: "rejected",
      comment:
        'TerraFusion: no environment "production" under deploy.environments in .github/terrafusion.yml on the default branch (known: staging)',
    });
  });

  it("rejects in a repository with no policy file at all, saying which file to add (a missing file is not an app error)", async () => {
    const github = new FakeGitHub("");
    expect(await review(github, protectionRuleEvent())).toEqual([
      {
        environment_name: "production",
        state: "rejected",
        comment:
          "TerraFusion: the default branch has no .github/terrafusion.yml; add one with deploy.environments.production",
      },
    ]);
  });
});
