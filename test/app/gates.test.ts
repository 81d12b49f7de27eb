import { zipSync } from "fflate";
import nock from "nock";
import { afterEach, beforeAll, expect, it } from "vitest";
import { gateResult } from "../../src/core/gate-result.ts";
import { githubApi } from "../helpers/github-routes.ts";
import { assertAllDone, createApp, github, payload } from "./harness.ts";

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
      .reply(200, [{ number: 17, head: { sha: run.head_sha } }])
      .get(`${path}/issues/17/comments`)
      .query(true)
      .reply(200, second ? [{ id: 77, body: "<!-- terrafusion:gates -->\nold" }] : [])
      [second ? "patch" : "post"](
        second ? `${path}/issues/comments/77` : `${path}/issues/17/comments`,
        (body: any) => {
          bodies.push(body);
          return true;
        },
      )
      .reply(200, { id: 77 });
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
    "| coverage | ❌ failure: lines 84.0% < 90% | lines% 84 (limit 90) | lines% -2.50 |",
  );
  expect(bodies[1].body).toContain("<!-- terrafusion:gates -->");
  // The same delivery again: the check run and the comment are edited, not created twice.
  bodies.splice(1);
  deliver();
  await app.receive({ id: "w1", name: "workflow_run", payload: event } as any);
  expect(bodies).toHaveLength(3);
});
