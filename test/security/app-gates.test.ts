import { strToU8, zipSync } from "fflate";
import nock from "nock";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { gateResult } from "../../src/core/gate-result.ts";
import { GATES_COMMENT_MARKER, gateRow, renderGatesTable } from "../../src/review/gates-table.ts";
import { assertAllDone, createApp, github, payload, policyAnswer } from "../app/harness.ts";

// biome-ignore lint/suspicious/noExplicitAny: nock bodies and example payloads are untyped JSON
type Json = any;

beforeAll(() => nock.disableNetConnect());
afterEach(() => {
  assertAllDone();
  delete process.env.APP_ID;
});

const result = (
  gate: "coverage" | "static-analysis" | "chaos",
  conclusion: "success" | "failure",
  headline: string,
) =>
  gateResult({
    gate,
    conclusion,
    headline,
    metrics: { "lines%": 84 },
    thresholds: { "lines%": 90 },
    startedAt: "2024-01-01T00:00:00Z",
    durationMs: 10,
  });
const zipOf = (name: string, text: string) => Buffer.from(zipSync({ [name]: strToU8(text) }, { level: 9 }));
const coverageZip = zipOf(
  "terrafusion-coverage.json",
  JSON.stringify(result("coverage", "failure", "lines 84% < 90%")),
);

/** A workflow_run of a pull request, with its artifacts; the review is not re-evaluated (no policy). */
function run(event: Record<string, Json>) {
  const path = `/repos/${event.repository.owner.login}/${event.repository.name}`;
  const wr = event.workflow_run;
  return { path, wr, pull: wr.pull_requests[0] };
}

describe("the gates check run and sticky comment are the app's own", () => {
  it("does not take a contributor's comment with the marker (or another app's) for the sticky comment, nor another app's check run", async () => {
    process.env.APP_ID = "123";
    const app = await createApp();
    const event = payload("workflow_run", "completed", 2);
    const { path, wr, pull } = run(event);
    const created: Json[] = [];
    github()
      .get(`${path}/actions/runs/${wr.id}/artifacts`)
      .query(true)
      .reply(200, {
        total_count: 1,
        artifacts: [{ id: 5, name: "terrafusion-gate-coverage", size_in_bytes: coverageZip.length }],
      })
      .get(`${path}/actions/artifacts/5/zip`)
      .reply(200, coverageZip, { "content-type": "application/zip" })
      // Only this app's check runs of the name: a workflow job named "TerraFusion / gates" is not ours.
      .get(`${path}/commits/${wr.head_sha}/check-runs`)
      .query({ check_name: "TerraFusion / gates", filter: "latest", app_id: "123" })
      .reply(200, { total_count: 0, check_runs: [] })
      .post(`${path}/check-runs`)
      .reply(200, { id: 31 })
      .get(`${path}/issues/${pull.number}/comments`)
      .query(true)
      .reply(200, [
        {
          id: 90,
          user: { login: "mallory", type: "User" },
          body: `${GATES_COMMENT_MARKER}\n✅ all gates passed`,
        },
        {
          id: 91,
          user: { login: "other[bot]", type: "Bot" },
          performed_via_github_app: { id: 999, slug: "other" },
          body: `${GATES_COMMENT_MARKER}\n✅ all gates passed`,
        },
      ])
      .post(`${path}/issues/${pull.number}/comments`, (body: Json) => {
        created.push(body);
        return true;
      })
      .reply(201, { id: 92 })
      // The review's policy read (both spellings in one query): this repository has none.
      .post("/graphql", (body: Json) => body.query.includes("TerraFusionFiles"))
      .reply(200, policyAnswer({}));
    await app.receive({ id: "s1", name: "workflow_run", payload: event } as Json);
    expect(created).toHaveLength(1);
    expect(created[0].body).toContain("| coverage | ❌ failure: lines 84% < 90%");
  });
});

describe("artifacts the app reads", () => {
  it("skips an artifact GitHub lists as too big, stops inflating a zip bomb, and keeps each artifact to its own gate", async () => {
    const app = await createApp();
    const event = payload("workflow_run", "completed", 2);
    const { path, wr, pull } = run(event);
    // Valid JSON that inflates to 64 MiB: accepted if it were inflated whole.
    const bomb = zipOf(
      "terrafusion-static-analysis.json",
      JSON.stringify(result("static-analysis", "success", "no findings")) + " ".repeat(64 * 1024 * 1024),
    );
    // A passing chaos artifact that claims to be the coverage gate.
    const impostor = zipOf(
      "terrafusion-chaos.json",
      JSON.stringify(result("coverage", "success", "lines 100%")),
    );
    const checks: Json[] = [];
    github()
      .get(`${path}/actions/runs/${wr.id}/artifacts`)
      .query(true)
      .reply(200, {
        total_count: 4,
        artifacts: [
          { id: 5, name: "terrafusion-gate-coverage", size_in_bytes: coverageZip.length },
          { id: 6, name: "terrafusion-gate-load", size_in_bytes: 900 * 1024 * 1024 },
          { id: 7, name: "terrafusion-gate-static-analysis", size_in_bytes: bomb.length },
          { id: 8, name: "terrafusion-gate-chaos", size_in_bytes: impostor.length },
        ],
      })
      .get(`${path}/actions/artifacts/5/zip`)
      .reply(200, coverageZip, { "content-type": "application/zip" })
      .get(`${path}/actions/artifacts/7/zip`)
      .reply(200, bomb, { "content-type": "application/zip" })
      .get(`${path}/actions/artifacts/8/zip`)
      .reply(200, impostor, { "content-type": "application/zip" })
      .get(`${path}/commits/${wr.head_sha}/check-runs`)
      .query(true)
      .reply(200, { total_count: 0, check_runs: [] })
      .post(`${path}/check-runs`, (body: Json) => {
        checks.push(body);
        return true;
      })
      .reply(200, { id: 31 })
      .get(`${path}/issues/${pull.number}/comments`)
      .query(true)
      .reply(200, [])
      .post(`${path}/issues/${pull.number}/comments`)
      .reply(201, { id: 92 })
      // The review's policy read (both spellings in one query): this repository has none.
      .post("/graphql", (body: Json) => body.query.includes("TerraFusionFiles"))
      .reply(200, policyAnswer({}));
    await app.receive({ id: "s2", name: "workflow_run", payload: event } as Json);
    expect(checks).toHaveLength(1);
    expect(checks[0].conclusion).toBe("failure");
    expect(checks[0].output.title).toBe("1 of 1 gate failed: coverage");
  });
});

describe("the gates table", () => {
  it("keeps a headline inside its cell: no new row, no HTML comment hiding the rows after it, no marker", () => {
    const table = renderGatesTable([
      gateRow(
        result(
          "coverage",
          "success",
          `ok ${GATES_COMMENT_MARKER}\n| static-analysis | ✅ success: fine | | | |\n<!--`,
        ),
      ),
      gateRow(result("static-analysis", "failure", "3 new ERROR findings")),
    ]);
    const rows = table.split("\n").filter((line) => line.startsWith("| ") && !line.startsWith("| Gate"));
    expect(rows).toHaveLength(2);
    expect(rows[1]).toContain("| static-analysis | ❌ failure: 3 new ERROR findings");
    expect(table.split(GATES_COMMENT_MARKER)).toHaveLength(2);
    expect(table).not.toMatch(/<!--(?! terrafusion[:-]gate)/);
    expect(rows[0]).toContain("&lt;!--");
  });
});
