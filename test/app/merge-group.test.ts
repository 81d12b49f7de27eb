import { readFileSync } from "node:fs";
import { join } from "node:path";
import { zipSync } from "fflate";
import nock from "nock";
import type { Probot } from "probot";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { gateResult } from "../../src/core/gate-result.ts";
import { packageRoot } from "../../src/package-root.ts";
import {
  assertAllDone,
  createApp,
  github,
  payload,
  policyAnswer,
  policyQuery,
  pullQueryAnswer,
} from "./harness.ts";

const POLICY = `version: 1
review:
  rules:
    - name: one reviewer
      require: { count: 1 }
`;

/** What the app writes to POST/PATCH check-runs, the fields these tests read. */
interface Posted {
  name: string;
  head_sha: string;
  status: string;
  conclusion: string;
  output: { title: string; summary: string; text: string };
}
type Delivery = Parameters<Probot["receive"]>[0];

beforeAll(() => nock.disableNetConnect());
afterEach(() => assertAllDone());

/** GitHub's real merge_group.checks_requested payload, and where its repository's API lives. */
function groupEvent() {
  const event = payload("merge_group", "checks_requested");
  const group = event.merge_group;
  return { event, group, path: `/repos/${event.repository.owner.login}/${event.repository.name}` };
}

/** The compare answer: commits with the fields GitHub gives that the app reads. */
const compare = (commits: { sha: string; parents: string[]; message: string }[]) => ({
  status: "ahead",
  total_commits: commits.length,
  commits: commits.map((c) => ({
    sha: c.sha,
    parents: c.parents.map((sha) => ({ sha })),
    commit: { message: c.message },
  })),
  files: [],
});

const isPull = (number: number) => (body: { variables?: { number?: number } }) =>
  body.variables?.number === number;

describe("TerraFusion / review on a merge group", () => {
  it("is registered for: app.yml subscribes to merge_group, which needs merge queues: read", () => {
    const manifest = parse(readFileSync(join(packageRoot(), "app.yml"), "utf8")) as {
      default_events: string[];
      default_permissions: Record<string, string>;
    };
    expect(manifest.default_events).toContain("merge_group");
    expect(manifest.default_permissions.merge_queues).toBe("read");
  });

  it("passes the group's head commit when its pull request is approved under the base branch's policy", async () => {
    const app = await createApp();
    const { event, group, path } = groupEvent();
    // The payload's queue branch: gh-readonly-queue/main/pr-104-…
    expect(group.head_ref).toMatch(/^refs\/heads\/gh-readonly-queue\/main\/pr-104-/);
    let posted = {} as Posted;
    github()
      .post("/graphql", policyQuery("main"))
      .reply(200, policyAnswer({ yml: POLICY }))
      .get(`${path}/commits/${group.head_sha}/check-runs`)
      .query({ check_name: "TerraFusion / review", filter: "latest" })
      .reply(200, { total_count: 0, check_runs: [] })
      .get(`${path}/compare/${group.base_sha}...${group.head_sha}`)
      .reply(
        200,
        compare([{ sha: group.head_sha, parents: [group.base_sha], message: "Update README.md (#104)" }]),
      )
      .post("/graphql", isPull(104))
      .reply(
        200,
        pullQueryAnswer({
          number: 104,
          title: "Update README.md",
          author: "alice",
          head: { ref: "update-readme", sha: "pr104-head" },
          reviews: [{ author: "bob", state: "APPROVED", commit: "pr104-head" }],
        }),
      )
      // A bare count counts people with write permission, as GitHub does: bob's is looked up once.
      .get(`${path}/collaborators/bob/permission`)
      .reply(200, { permission: "write", role_name: "write" })
      .post(`${path}/check-runs`, (body) => {
        posted = body as Posted;
        return true;
      })
      .reply(201, { id: 70 });
    await app.receive({ id: "mg1", name: "merge_group", payload: event } as Delivery);
    expect(posted.name).toBe("TerraFusion / review");
    expect(posted.head_sha).toBe(group.head_sha);
    expect(posted.status).toBe("completed");
    expect(posted.conclusion).toBe("success");
    expect(posted.output.title).toBe("1 pull request passes the review policy on main: #104");
    expect(posted.output.summary).toContain(
      "| [#104](https://github.com/octo-org/octo-repo/pull/104) Update README.md | approved |",
    );
    expect(posted.output.text).toContain("Approved by: bob");
  });

  it("fails the group, naming the pull request that is not approved and why", async () => {
    const app = await createApp();
    const { event, group, path } = groupEvent();
    // The payload's queue commit merges #2048 ("Merge pull request #2048 from octo-repo/update-readme")
    // and its branch is named after #104: the group holds both, in queue order.
    expect(group.head_commit.message).toMatch(/^Merge pull request #2048 from /);
    let posted = {} as Posted;
    github()
      .post("/graphql", policyQuery("main"))
      .reply(200, policyAnswer({ yml: POLICY }))
      .get(`${path}/commits/${group.head_sha}/check-runs`)
      .query(true)
      .reply(200, { total_count: 0, check_runs: [] })
      .get(`${path}/compare/${group.base_sha}...${group.head_sha}`)
      .reply(
        200,
        compare([
          { sha: "c2048", parents: [group.base_sha], message: "Update README.md" },
          {
            sha: "inner",
            parents: ["c2048", "elsewhere"],
            message: "Merge pull request #7 from octo-repo/sub-branch",
          },
          { sha: group.head_sha, parents: [group.base_sha, "inner"], message: group.head_commit.message },
        ]),
      )
      .post("/graphql", isPull(2048))
      .reply(
        200,
        pullQueryAnswer({
          number: 2048,
          title: "Update README.md",
          author: "alice",
          head: { ref: "update-readme", sha: "pr2048-head" },
          reviews: [{ author: "bob", state: "APPROVED", commit: "pr2048-head" }],
        }),
      )
      .post("/graphql", isPull(104))
      .reply(
        200,
        pullQueryAnswer({
          number: 104,
          title: "Tweak the footer",
          author: "carol",
          head: { ref: "footer", sha: "pr104-head" },
          // Approved before the last push: with invalidate-on-push (the default) it does not count.
          reviews: [{ author: "bob", state: "APPROVED", commit: "pr104-older" }],
        }),
      )
      // A bare count counts people with write permission, as GitHub does: bob's is looked up once.
      .get(`${path}/collaborators/bob/permission`)
      .reply(200, { permission: "write", role_name: "write" })
      .post(`${path}/check-runs`, (body) => {
        posted = body as Posted;
        return true;
      })
      .reply(201, { id: 71 });
    await app.receive({ id: "mg2", name: "merge_group", payload: event } as Delivery);
    expect(posted.head_sha).toBe(group.head_sha);
    expect(posted.conclusion).toBe("failure");
    expect(posted.output.title).toBe(
      "#104 is not approved (Waiting: one reviewer needs 1 more approval from anyone with write permission or more)",
    );
    // Which pull requests, and what decided each; the inner merge (#7) is not a member of the group.
    expect(posted.output.summary).toContain("The merge group holds 2 pull requests");
    expect(posted.output.summary).toMatch(/\[#2048\]\([^)]+\) Update README.md \| approved \|/);
    expect(posted.output.summary).toMatch(/\[#104\]\([^)]+\) Tweak the footer \| waiting for approval \|/);
    expect(posted.output.summary).not.toContain("#7");
    expect(posted.output.text).toContain("Not counted:");
    expect(posted.output.text.indexOf("#2048")).toBeLessThan(posted.output.text.indexOf("#104"));
  });

  it("costs one request and posts nothing in a repository without a policy, as for pull requests", async () => {
    const app = await createApp();
    const { event } = groupEvent();
    github().post("/graphql", policyQuery("main")).reply(200, policyAnswer({}));
    await app.receive({ id: "mg3", name: "merge_group", payload: event } as Delivery);
  });

  it("fails with the policy's problems when the base branch's policy does not parse", async () => {
    const app = await createApp();
    const { event, group, path } = groupEvent();
    let posted = {} as Posted;
    github()
      .post("/graphql", policyQuery("main"))
      .reply(200, policyAnswer({ yml: "version: 1\nreview:\n  rulez: []\n" }))
      .get(`${path}/commits/${group.head_sha}/check-runs`)
      .query(true)
      .reply(200, { total_count: 1, check_runs: [{ id: 72, output: { summary: "" } }] })
      .patch(`${path}/check-runs/72`, (body) => {
        posted = body as Posted;
        return true;
      })
      .reply(200, { id: 72 });
    await app.receive({ id: "mg4", name: "merge_group", payload: event } as Delivery);
    expect(posted.conclusion).toBe("failure");
    expect(posted.output.summary).toContain(".github/terrafusion.yml:3:3 review.rulez: unknown key");
  });

  it("fails, never hangs, when the group's pull requests cannot be told", async () => {
    const app = await createApp();
    const { event, group, path } = groupEvent();
    event.merge_group.head_ref = "refs/heads/some-other-queue";
    let posted = {} as Posted;
    github()
      .post("/graphql", policyQuery("main"))
      .reply(200, policyAnswer({ yml: POLICY }))
      .get(`${path}/commits/${group.head_sha}/check-runs`)
      .query(true)
      .reply(200, { total_count: 0, check_runs: [] })
      .get(`${path}/compare/${group.base_sha}...${group.head_sha}`)
      .reply(200, compare([{ sha: group.head_sha, parents: [group.base_sha], message: "A change" }]))
      .post(`${path}/check-runs`, (body) => {
        posted = body as Posted;
        return true;
      })
      .reply(201, { id: 73 });
    await app.receive({ id: "mg5", name: "merge_group", payload: event } as Delivery);
    expect(posted.conclusion).toBe("failure");
    expect(posted.output.title).toBe("Cannot tell which pull requests this merge group holds");
    expect(posted.output.summary).toContain("refs/heads/some-other-queue");
  });
  it("fails, naming it, when a number the queue's commits name is no pull request", async () => {
    const app = await createApp();
    const { event, group, path } = groupEvent();
    let posted = {} as Posted;
    github()
      .post("/graphql", policyQuery("main"))
      .reply(200, policyAnswer({ yml: POLICY }))
      .get(`${path}/commits/${group.head_sha}/check-runs`)
      .query(true)
      .reply(200, { total_count: 0, check_runs: [] })
      .get(`${path}/compare/${group.base_sha}...${group.head_sha}`)
      .reply(
        200,
        compare([{ sha: group.head_sha, parents: [group.base_sha], message: "Fix the footer (#12)" }]),
      )
      .post("/graphql", isPull(12))
      .reply(200, {
        data: { repository: { co1: null, co2: null, co3: null, pullRequest: null } },
        errors: [
          {
            type: "NOT_FOUND",
            path: ["repository", "pullRequest"],
            message: "Could not resolve to a PullRequest with the number of 12.",
          },
        ],
      })
      .post("/graphql", isPull(104))
      .reply(
        200,
        pullQueryAnswer({
          number: 104,
          head: { ref: "footer", sha: "pr104-head" },
          reviews: [{ author: "bob", state: "APPROVED", commit: "pr104-head" }],
        }),
      )
      // A bare count counts people with write permission, as GitHub does: bob's is looked up once.
      .get(`${path}/collaborators/bob/permission`)
      .reply(200, { permission: "write", role_name: "write" })
      .post(`${path}/check-runs`, (body) => {
        posted = body as Posted;
        return true;
      })
      .reply(201, { id: 74 });
    await app.receive({ id: "mg7", name: "merge_group", payload: event } as Delivery);
    expect(posted.conclusion).toBe("failure");
    expect(posted.output.title).toMatch(
      /^#12 is not approved \(Could not read this pull request: .*Could not resolve to a PullRequest with the number of 12\.\)$/,
    );
    expect(posted.output.summary).toMatch(/\[#104\]\([^)]+\) A change \| approved \|/);
  });
});

describe("TerraFusion / gates on a merge group", () => {
  it("summarises a merge group's workflow run on the group's commit, without looking for pull requests", async () => {
    const app = await createApp();
    const event = payload("workflow_run", "completed");
    const run = event.workflow_run;
    run.event = "merge_group";
    run.head_branch = "gh-readonly-queue/main/pr-104-929f8209d40f77f4abc622a499c93a83babdbe64";
    run.pull_requests = [];
    const path = `/repos/${event.repository.owner.login}/${event.repository.name}`;
    const result = gateResult({
      gate: "coverage",
      conclusion: "success",
      headline: "lines 95.0% ≥ 90%",
      metrics: { "lines%": 95 },
      startedAt: "2024-01-01T00:00:00Z",
      durationMs: 10,
    });
    let posted = {} as Posted;
    github()
      .get(`${path}/actions/runs/${run.id}/artifacts`)
      .query(true)
      .reply(200, {
        total_count: 1,
        artifacts: [{ id: 5, name: "terrafusion-gate-coverage", expired: false }],
      })
      .get(`${path}/actions/artifacts/5/zip`)
      .reply(302, "", { location: "https://pipelines.actions.githubusercontent.com/artifact/5.zip" })
      .get(`${path}/commits/${run.head_sha}/check-runs`)
      .query(true)
      .reply(200, { total_count: 0, check_runs: [] })
      .post(`${path}/check-runs`, (body) => {
        posted = body as Posted;
        return true;
      })
      .reply(201, { id: 80 });
    nock("https://pipelines.actions.githubusercontent.com")
      .get("/artifact/5.zip")
      .reply(
        200,
        Buffer.from(
          zipSync({ "terrafusion-coverage.json": new TextEncoder().encode(JSON.stringify(result)) }),
        ),
        { "content-type": "application/zip" },
      );
    await app.receive({ id: "mg6", name: "workflow_run", payload: event } as Delivery);
    expect(posted.name).toBe("TerraFusion / gates");
    expect(posted.head_sha).toBe(run.head_sha);
    expect(posted.conclusion).toBe("success");
    // No pull request lookup (the queue's branch belongs to none), no comment, no review re-evaluation:
    // assertAllDone fails on any request not declared above.
  });
});
