import { zipSync } from "fflate";
import nock from "nock";
import { afterEach, beforeAll, expect, it } from "vitest";
import { gateResult } from "../../src/core/gate-result.ts";
import { githubApi } from "../helpers/github-routes.ts";
import {
  assertAllDone,
  createApp,
  github,
  payload,
  policyAnswer,
  policyQuery,
  pullQueryAnswer,
} from "./harness.ts";

beforeAll(() => nock.disableNetConnect());
afterEach(() => assertAllDone());

const coverage = gateResult({
  gate: "coverage",
  conclusion: "failure",
  headline: "lines 84.0% < 90%",
  metrics: { "lines%": 84 },
  thresholds: { "lines%": 90 },
  base: { "lines%": 86.5 },
  startedAt: "2024-01-01T00:00:00Z",
  durationMs: 10,
});
const zip = Buffer.from(
  zipSync({ "terrafusion-coverage.json": new TextEncoder().encode(JSON.stringify(coverage)) }),
);

it("keeps one gates check run and one sticky comment for a fork's workflow run", async () => {
  const app = await createApp();
  const event = payload("workflow_run", "completed");
  event.workflow_run.pull_requests = []; // a fork: GitHub lists no pull requests
  const path = `/repos/${event.repository.owner.login}/${event.repository.name}`;
  const run = event.workflow_run;
  const head = `${run.head_repository.owner.login}:${run.head_branch}`;
  const bodies: any[] = [];
  let round = 0;
  const deliver = () => {
    const second = round++ > 0;
    (second ? githubApi() : github())
      .get(`${path}/actions/runs/${run.id}/artifacts`)
      .query(true)
      .reply(200, {
        total_count: 2,
        artifacts: [
          { id: 5, name: "terrafusion-gate-coverage", expired: false },
          { id: 6, name: "other", expired: false },
        ],
      })
      .get(`${path}/actions/artifacts/5/zip`)
      .reply(302, "", { location: "https://pipelines.actions.githubusercontent.com/artifact/5.zip" })
      .get(`${path}/commits/${run.head_sha}/check-runs`)
      .query(true)
      .reply(
        200,
        second
          ? { total_count: 1, check_runs: [{ id: 31, output: { summary: bodies[0].output.summary } }] }
          : { total_count: 0, check_runs: [] },
      )
      [second ? "patch" : "post"](second ? `${path}/check-runs/31` : `${path}/check-runs`, (body: any) => {
        bodies.push(body);
        return true;
      })
      .reply(200, { id: 31 })
      .get(`${path}/pulls`)
      .query({ state: "open", head })
      .reply(200, [{ number: 17, base: { sha: "base-17" }, head: { sha: run.head_sha } }])
      .get(`${path}/issues/17/comments`)
      .query(true)
      .reply(
        200,
        second
          ? [
              {
                id: 77,
                user: { login: "terrafusion[bot]", type: "Bot" },
                body: "<!-- terrafusion:gates -->\nold",
              },
            ]
          : [],
      )
      [second ? "patch" : "post"](
        second ? `${path}/issues/comments/77` : `${path}/issues/17/comments`,
        (body: any) => {
          bodies.push(body);
          return true;
        },
      )
      .reply(200, { id: 77 })
      // The review is re-evaluated only when a rule depends on the gates: this policy's does not.
      .post("/graphql", policyQuery("base-17"))
      .reply(
        200,
        policyAnswer({ yml: "version: 1\nreview:\n  rules: [{ name: any, require: { count: 1 } }]\n" }),
      );
    nock("https://pipelines.actions.githubusercontent.com")
      .get("/artifact/5.zip")
      .reply(200, zip, { "content-type": "application/zip" });
  };
  deliver();
  await app.receive({ id: "w1", name: "workflow_run", payload: event } as any);
  assertAllDone();
  expect(bodies[0].name).toBe("TerraFusion / gates");
  expect(bodies[0].conclusion).toBe("failure");
  expect(bodies[0].output.summary).toContain(
    "| coverage | ❌ failure: lines 84.0% < 90% | lines% 84 (limit 90) | lines% -2.5 |",
  );
  expect(bodies[1].body).toContain("<!-- terrafusion:gates -->");
  // The same delivery again: the check run and the comment are edited, not created twice.
  bodies.splice(1);
  deliver();
  await app.receive({ id: "w1", name: "workflow_run", payload: event } as any);
  expect(bodies).toHaveLength(3);
});

it("re-evaluates the review check run of the run's pull request when a rule depends on the gates", async () => {
  const app = await createApp();
  const event = payload("workflow_run", "completed", 2); // lists its pull request
  const run = event.workflow_run;
  const pull = run.pull_requests[0];
  const path = `/repos/${event.repository.owner.login}/${event.repository.name}`;
  const failing = gateResult({
    gate: "static-analysis",
    conclusion: "failure",
    headline: "1 new ERROR finding",
    metrics: { findings: 1 },
    thresholds: {},
    startedAt: "2024-01-01T00:00:00Z",
    durationMs: 10,
  });
  const artifact = Buffer.from(
    zipSync({ "terrafusion-static-analysis.json": new TextEncoder().encode(JSON.stringify(failing)) }),
  );
  const policy = `version: 1
review:
  rules:
    - name: security looks at findings
      if: { gates: { static-analysis: failure } }
      require: { count: 1, teams: [acme/security] }
`;
  const gates: any[] = [];
  const reviews: any[] = [];
  const deliver = (second: boolean) => {
    (second ? githubApi() : github())
      .get(`${path}/actions/runs/${run.id}/artifacts`)
      .query(true)
      .reply(200, { total_count: 1, artifacts: [{ id: 8, name: "terrafusion-gate-static-analysis" }] })
      .get(`${path}/actions/artifacts/8/zip`)
      .reply(200, artifact, { "content-type": "application/zip" })
      .get(`${path}/commits/${run.head_sha}/check-runs`)
      .query(true)
      .reply(
        200,
        second
          ? { total_count: 1, check_runs: [{ id: 41, output: { summary: gates[0].output.summary } }] }
          : { total_count: 0, check_runs: [] },
      )
      [second ? "patch" : "post"](second ? `${path}/check-runs/41` : `${path}/check-runs`, (body: any) => {
        gates.push(body);
        return true;
      })
      .reply(200, { id: 41 })
      .get(`${path}/issues/${pull.number}/comments`)
      .query(true)
      .reply(
        200,
        second
          ? [
              {
                id: 78,
                user: { login: "terrafusion[bot]", type: "Bot" },
                body: "<!-- terrafusion:gates -->\nold",
              },
            ]
          : [],
      )
      [second ? "patch" : "post"](
        second ? `${path}/issues/comments/78` : `${path}/issues/${pull.number}/comments`,
      )
      .reply(200, { id: 78 })
      // Then the review, on the base branch's policy, with the outcomes just written.
      .post("/graphql", policyQuery(pull.base.sha))
      .reply(200, policyAnswer({ yml: policy }))
      .post("/graphql")
      .reply(
        200,
        pullQueryAnswer({
          number: pull.number,
          head: { ref: run.head_branch, sha: run.head_sha },
          reviews: [{ author: "bob", state: "APPROVED", commit: run.head_sha }],
          // GitHub may still answer with the check run as it was before this run.
          checkRuns: [
            { databaseId: 99, name: "TerraFusion / review" },
            {
              databaseId: 41,
              name: "TerraFusion / gates",
              summary: '<!-- terrafusion-gates {"static-analysis":"success"} -->',
            },
          ],
        }),
      )
      .patch(`${path}/check-runs/99`, (body: any) => {
        reviews.push(body);
        return true;
      })
      .reply(200, { id: 99 });
    // Team members are cached per installation: asked once.
    if (!second)
      githubApi()
        .get("/orgs/acme/teams/security/members")
        .query(true)
        .reply(200, [{ login: "carol" }]);
  };
  deliver(false);
  await app.receive({ id: "w2", name: "workflow_run", payload: event } as any);
  assertAllDone();
  expect(gates[0]).toMatchObject({ name: "TerraFusion / gates", conclusion: "failure" });
  expect(reviews).toHaveLength(1);
  expect(reviews[0].name).toBe("TerraFusion / review");
  expect(reviews[0].conclusion).toBe("action_required");
  expect(reviews[0].output.text).toContain("security looks at findings: pending");
  expect(reviews[0].output.text).toContain("static-analysis");
  // A duplicate delivery updates both check runs again and creates nothing.
  deliver(true);
  await app.receive({ id: "w2", name: "workflow_run", payload: event } as any);
  expect(gates).toHaveLength(2);
  expect(reviews).toHaveLength(2);
  expect(reviews[1].conclusion).toBe("action_required");
});
