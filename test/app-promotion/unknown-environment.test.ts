import nock from "nock";
import { afterEach, describe, expect, it } from "vitest";
import { FakeGitHub, policyYaml } from "./fake-github.ts";
import { deploymentEvent, example, testApp } from "./harness.ts";

const SHA = "f95f852bd8fca8fcc58a9a2d6c842781e32a215e";
// Both spellings of the policy file, in one GraphQL query.
const POLICY_ROUTE = "POST /graphql";

function command(body: string) {
  const payload = example("issue_comment", (p) => p.action === "created");
  payload.comment.body = body;
  payload.comment.user.login = "Codertocat";
  return payload;
}

describe("a repository the policy does not manage, or an environment it does not name", () => {
  let github: FakeGitHub;

  afterEach(() => {
    expect(github.unknownRoutes).toEqual([]);
    nock.cleanAll();
    nock.enableNetConnect();
  });

  it("leaves a deployment alone in a repository without a policy file: one read, no status", async () => {
    github = new FakeGitHub("");
    github.install();
    github.addDeployment(701, SHA, "production", "Codertocat");
    const { receive, service } = testApp(process.env);
    await receive("deployment", deploymentEvent(701, SHA));
    await service.settled();
    expect([...github.routes]).toEqual([POLICY_ROUTE]);
    expect(github.statusesOf(701)).toEqual([]);
  });

  it("answers /promote and /rollback in a repository without a policy file with the file to add", async () => {
    github = new FakeGitHub("");
    github.install();
    const { receive, service } = testApp(process.env);
    const promote = command("/promote production");
    await receive("issue_comment", promote);
    const rollback = command("/rollback production");
    rollback.comment.id += 1;
    await receive("issue_comment", rollback);
    await service.settled();
    const reply =
      "@Codertocat there is no environment `production`: this repository has no `.github/terrafusion.yml` on its default branch (add `deploy.environments.production` there).";
    expect(github.state.comments).toEqual([
      { issue: promote.issue.number, body: reply },
      { issue: rollback.issue.number, body: reply },
    ]);
    expect(github.state.deployments).toEqual([]);
  });

  it("answers /rollback of an environment the policy does not name with the ones it does", async () => {
    github = new FakeGitHub(policyYaml("http://127.0.0.1:9", "{ interval: 1s, duration: 2s }"));
    github.install();
    const { receive, service } = testApp(process.env);
    const payload = command("/rollback staging");
    await receive("issue_comment", payload);
    await service.settled();
    expect(github.state.comments).toEqual([
      {
        issue: payload.issue.number,
        body: '@Codertocat no environment "staging" under deploy.environments in .github/terrafusion.yml (known: production).',
      },
    ]);
  });
});
