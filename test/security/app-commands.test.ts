import nock from "nock";
import { afterEach, describe, expect, it } from "vitest";
import { FakeGitHub, policyYaml } from "../app-promotion/fake-github.ts";
import { example, testApp } from "../app-promotion/harness.ts";

const env = {
  ...process.env,
  TERRAFUSION_TEST_ROUTER_TOKEN: "router-admin-token-0123",
  TERRAFUSION_APP_ROUTER_URLS: "http://127.0.0.1:*",
};

describe("who may give /promote, /rollback and /unblock", () => {
  let github: FakeGitHub;
  afterEach(() => {
    expect(github?.unknownRoutes ?? []).toEqual([]);
    nock.cleanAll();
    nock.enableNetConnect();
  });

  function promoteComment(action: "created" | "edited", who: { login: string; type: string }) {
    const payload = example("issue_comment", (p) => p.action === action);
    payload.issue.number = 1347;
    payload.issue.pull_request = { url: "https://api.github.com/repos/Codertocat/Hello-World/pulls/1347" };
    payload.comment.body = "Deploying:\n/promote production";
    payload.comment.user = { ...payload.comment.user, ...who };
    payload.sender = { ...payload.sender, ...who };
    return payload;
  }

  function setUp() {
    // Nothing listens on port 9: a promotion that started would fail loudly, and the deployment shows it.
    github = new FakeGitHub(policyYaml("http://127.0.0.1:9", "{ interval: 1s, duration: 2s }"));
    github.install();
    github.state.pulls["1347"] = {
      number: 1347,
      title: "Cache product pages",
      html_url: "https://github.com/Codertocat/Hello-World/pull/1347",
      merged: false,
      merge_commit_sha: null,
      head: { sha: "f95f852bd8fca8fcc58a9a2d6c842781e32a215e" },
    };
  }

  it("ignores a bot's comment, even under a promoter's name", async () => {
    setUp();
    const { receive, service } = testApp(env);
    for (const verb of ["promote", "rollback", "unblock"]) {
      const payload = promoteComment("created", { login: "Codertocat", type: "Bot" });
      payload.comment.body = `/${verb} production`;
      await receive("issue_comment", payload);
    }
    await service.settled();
    expect(github.state.deployments).toEqual([]);
    expect(github.state.comments).toEqual([]);
    expect([...github.routes]).toEqual([]);
  });

  it("does not act on an edited comment (a command is given once, when written)", async () => {
    setUp();
    const { receive, service } = testApp(env);
    await receive("issue_comment", promoteComment("edited", { login: "Codertocat", type: "User" }));
    await service.settled();
    expect(github.state.deployments).toEqual([]);
    expect([...github.routes]).toEqual([]);
  });

  it("a promoter's own comment does create the deployment (the cases above are refused for their reason)", async () => {
    setUp();
    const { receive, service } = testApp(env);
    await receive("issue_comment", promoteComment("created", { login: "Codertocat", type: "User" }));
    await service.settled();
    expect(github.state.deployments).toHaveLength(1);
  });
});
