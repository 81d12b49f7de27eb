import nock from "nock";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Router } from "../../src/router/index.ts";
import { blueGreenRouter, type colorServer, pacedTraffic } from "../router/traffic.ts";
import { FakeGitHub, OWNER, policyYaml, REPO } from "./fake-github.ts";
import { deploymentEvent, example, testApp } from "./harness.ts";

const TOKEN = "router-admin-token";
const env = {
  ...process.env,
  TERRAFUSION_TEST_ROUTER_TOKEN: TOKEN,
  TERRAFUSION_APP_ROUTER_URLS: "http://127.0.0.1:*",
};
const SHA = "f95f852bd8fca8fcc58a9a2d6c842781e32a215e";
const OTHER = "2222222222222222222222222222222222222222";

/** A status time as a refusal names it: "19:35:20 UTC", within a second of the status (clocks differ by ms). */
const clock = (iso: string) => `${iso.slice(11, 19)} UTC`;

type Upstream = Awaited<ReturnType<typeof colorServer>>;

describe("promotion through the app (GitHub nocked, real router on 127.0.0.1)", () => {
  let router: Router;
  let upstreams: Upstream[];
  let github: FakeGitHub;

  async function setUp(green: { errorRate?: number; delayMs?: number }, post: string, extra = "") {
    ({ router, upstreams } = await blueGreenRouter(TOKEN, {
      blue: { version: "v1" },
      green: { version: "v2", ...green },
    }));
    github = new FakeGitHub(policyYaml(router.adminUrl, post, extra));
    github.install();
  }

  /** `/promote production` by @Codertocat on open pull request 1347, whose head is `head`. */
  function promoteComment(head: string) {
    github.state.pulls["1347"] = {
      number: 1347,
      title: "Cache product pages",
      html_url: "https://github.com/Codertocat/Hello-World/pull/1347",
      merged: false,
      merge_commit_sha: null,
      head: { sha: head },
    };
    const payload = example("issue_comment", (p) => p.action === "created");
    payload.issue.number = 1347;
    payload.issue.pull_request = { url: "https://api.github.com/repos/Codertocat/Hello-World/pulls/1347" };
    payload.comment.body = "/promote production";
    payload.comment.user.login = "Codertocat";
    return payload;
  }

  /** A deployment as GitHub has it, and the webhook payload announcing it. */
  function deployment(id: number, sha: string) {
    github.addDeployment(id, sha, "production", "Codertocat", { version: "v2" });
    return deploymentEvent(id, sha);
  }

  afterEach(async () => {
    expect(github?.unknownRoutes ?? []).toEqual([]);
    nock.cleanAll();
    nock.enableNetConnect();
    await router?.close();
    await Promise.all((upstreams ?? []).map((u) => u.close()));
  });

  beforeEach(() => {
    upstreams = [];
  });

  it("rolls a faulty version back within interval × failure-limit + 2 s, records it and opens an incident", async () => {
    await setUp(
      { errorRate: 0.3, delayMs: 150 },
      "{ interval: 1s, failure-limit: 2, duration: 20s, slo: { p95-ms: 100, error-rate: 0.05 } }",
    );
    // The merged pull request that brought the commit: the incident names it though the deployment does not.
    github.state.pulls["1347"] = {
      number: 1347,
      title: "Cache product pages | for a day",
      html_url: "https://github.com/Codertocat/Hello-World/pull/1347",
      merged: true,
      merge_commit_sha: SHA,
      head: { sha: "4444444444444444444444444444444444444444" },
    };
    const { receive, service } = testApp(env);
    const traffic = pacedTraffic(router.url, { rate: 100 });
    try {
      await receive("deployment", deployment(501, SHA));
      await service.settled();
    } finally {
      await traffic.stop();
    }
    const statuses = github.statusesOf(501);
    expect(statuses.map((s) => s.state)).toEqual([
      "in_progress",
      "in_progress",
      "in_progress",
      "in_progress",
      "in_progress",
      "failure",
    ]);
    expect(statuses.map((s) => s.description.split(" (")[0])).toEqual([
      "Checking gates, review and promoter for v2",
      "Analysing idle green before the switch",
      "Switching traffic",
      "Live on green",
      "Rolling back to blue",
      "Rolled back to blue",
    ]);
    expect(statuses.at(-1)!.description).toMatch(
      /^Rolled back to blue \(blue → green\): errors \d+(\.\d+)? % > 5 %.*p95 \d+ ms > 100 ms in 2 of 2 checks$/,
    );
    const live = Date.parse(statuses[3]!.created_at);
    const back = Date.parse(statuses[5]!.created_at);
    expect(back - live).toBeLessThanOrEqual(1_000 * 2 + 2_000);
    expect(router.activeColor).toBe("blue");

    expect(github.state.issues).toHaveLength(1);
    const issue = github.state.issues[0]!;
    expect(issue.title).toMatch(/^Rolled back v2 \(f95f852\) in production: errors/);
    expect(issue.labels.map((l) => l.name)).toEqual(["terrafusion: incident", "terrafusion: blocked"]);
    // One table each: no blank line splits them.
    expect(issue.body).toContain("| Commit | f95f852bd8fca8fcc58a9a2d6c842781e32a215e |\n| Pull request |");
    expect(issue.body).toContain("|---|---|---|\n| before the switch |");
    // Who promoted, the pull request, the SLO, the figures before and after, the failures, the timeline.
    expect(issue.body).toContain("| Promoted by | @Codertocat |");
    expect(issue.body).toContain(
      "| Pull request | [#1347 Cache product pages \\| for a day](https://github.com/Codertocat/Hello-World/pull/1347) |",
    );
    expect(issue.body).toContain("| SLO | p95-ms 100, error-rate 0.05 |");
    expect(issue.body).toMatch(/\| before the switch \| blue \| \d+ requests, errors 0 %, p95 \d+ ms/);
    const after = issue.body.match(/\| \+\d+\.\ds after the switch \| green \| .*/g) ?? [];
    expect(after).toHaveLength(2);
    for (const row of after)
      expect(row).toMatch(/\d+ requests, errors \d+.*p95 \d{3,} ms.* — \*\*errors .*p95 .*\*\* \|$/);
    expect(issue.body).toContain("2 of 2 measurements failed (limit 2).");
    const timeline = [...issue.body.matchAll(/^- \d{4}-\d\d-\d\dT[\d:.]+Z \*\*([a-z-]+)\*\*: /gm)].map(
      (m) => m[1],
    );
    expect(timeline).toEqual([
      "verifying",
      "pre-analysis",
      "switching",
      "post-analysis",
      "rolling-back",
      "rolled-back",
    ]);
    expect(issue.body).toMatch(/\*\*rolled-back\*\*: Rolled back to blue/);
    expect(issue.body).toContain(`<!-- terrafusion:blocked sha=${SHA} environment=production -->`);

    // The same commit is refused until someone clears the incident.
    await receive("deployment", deployment(502, SHA));
    await service.settled();
    expect(github.statusesOf(502).at(-1)!.description).toBe(
      "Not promoted (blue → green): f95f852 was rolled back from production; clear #100 first",
    );
    expect(router.activeColor).toBe("blue");
  });

  it("refuses /promote from someone who may not promote, politely, naming who may", async () => {
    await setUp({}, "{ interval: 1s, duration: 2s }");
    github.state.permissions.mallory = "write";
    const { receive, service } = testApp(env);
    const payload = example("issue_comment", (p) => p.action === "created");
    payload.comment.body = "/promote production";
    payload.comment.user.login = "mallory";
    await receive("issue_comment", payload);
    await service.settled();
    expect(github.state.comments).toEqual([
      {
        issue: payload.issue.number,
        body: "Sorry @mallory, you may not promote to `production`. @Codertocat or members of @acme/release may; please ask one of them.",
      },
    ]);
    expect(github.state.deployments).toEqual([]);
    expect(router.activeColor).toBe("blue");
  });

  it("does not touch a router its operator has not listed, and says so on the deployment", async () => {
    await setUp({}, "{ interval: 1s, duration: 2s }");
    const { receive, service } = testApp({ ...env, TERRAFUSION_APP_ROUTER_URLS: "http://10.0.0.5:9901" });
    await receive("deployment", deployment(651, SHA));
    await service.settled();
    const statuses = github.statusesOf(651);
    expect(statuses.map((s) => s.state)).toEqual(["failure"]);
    expect(statuses[0]!.description).toMatch(
      /^Not promoted: environment production: this app may not call the router at http:\/\/127\.0\.0\.1:\d+ /,
    );
    expect(router.activeColor).toBe("blue");
  });

  it("does not promote a commit whose required gate failed, and says which", async () => {
    await setUp({}, "{ interval: 1s, duration: 2s }", "      requires: [review, coverage]\n");
    github.state.checkRuns[SHA] = [
      { name: "TerraFusion / review", status: "completed", conclusion: "success" },
      { name: "TerraFusion / coverage", status: "completed", conclusion: "failure" },
    ];
    const { receive, service } = testApp(env);
    await receive("deployment", deployment(601, SHA));
    await service.settled();
    expect(github.statusesOf(601).map((s) => [s.state, s.description])).toEqual([
      [
        "in_progress",
        "Checking gates, review and promoter for v2 (f95f852) (blue → green), asked by @Codertocat",
      ],
      ["failure", 'Not promoted (blue → green): required "coverage" failed on f95f852'],
    ]);
    expect(router.switches).toEqual([]);
  });

  it("keeps one promotion per environment: a second waits in line and starts after the first, a duplicate delivery changes nothing", async () => {
    await setUp({}, "{ interval: 500ms, duration: 1500ms }");
    const { receive, service } = testApp(env);
    const first = deployment(701, SHA);
    await Promise.all([
      receive("deployment", first, "same-delivery"),
      receive("deployment", first, "same-delivery"),
      receive("deployment", deployment(702, OTHER)),
    ]);
    await service.settled();
    expect(github.statusesOf(701).map((s) => s.state)).toEqual([
      "in_progress",
      "in_progress",
      "in_progress",
      "in_progress",
      "success",
    ]);
    expect(github.statusesOf(701).at(-1)!.description).toBe(
      // No traffic was sent in this test, and the status says so rather than show empty figures.
      "Live on green (blue → green): SLOs held (3 of 3 checks passed; no requests seen); blue kept warm for 10m",
    );
    // The second one says whom it waits for (what, who, since when), then runs once the first has finished.
    const second = github.statusesOf(702);
    expect(second.map((s) => s.state)).toEqual([
      "queued",
      "in_progress",
      "in_progress",
      "in_progress",
      "in_progress",
      "success",
    ]);
    const match =
      /^Queued \(1 in line\): production is busy with f95f852 by @Codertocat since (\d\d:\d\d:\d\d) UTC \(deployment 701\); starts after it$/.exec(
        second[0]!.description,
      );
    expect(match, second[0]!.description).not.toBeNull();
    // This process's lock knows when the promotion began: within a second of its first status.
    const first701 = github.statusesOf(701)[0]!.created_at;
    const said = Date.parse(`${first701.slice(0, 11)}${match![1]}Z`);
    expect(Math.abs(said - Date.parse(first701))).toBeLessThan(2_000);
    expect(Date.parse(second[1]!.created_at)).toBeGreaterThanOrEqual(
      Date.parse(github.statusesOf(701).at(-1)!.created_at),
    );
    expect(second[1]!.description).toBe(
      "Checking gates, review and promoter for v2 (2222222) (green → blue), asked by @Codertocat",
    );
    expect(router.switches.map((s) => s.to)).toEqual(["green", "blue"]);
    // Delivered again after the promotions finished (a redelivery from GitHub's UI): still nothing new.
    const before = github.statusesOf(701).length;
    await testApp(env).receive("deployment", first);
    expect(github.statusesOf(701)).toHaveLength(before);
  });

  it("refuses a deployment when the line for its environment is full, and says so on the deployment", async () => {
    await setUp({}, "{ interval: 500ms, duration: 1s }");
    const { receive, service } = testApp(env, { maxWaiting: 1 });
    await receive("deployment", deployment(740, SHA));
    await receive("deployment", deployment(741, OTHER));
    await receive("deployment", deployment(742, OTHER));
    await service.settled();
    // Before: the line had no end, and each deployment in it held memory for as long as the one ahead ran.
    expect(github.statusesOf(742).map((s) => [s.state, s.description])).toEqual([
      [
        "failure",
        "Refused: the line for production is full (1 deployment waiting); deploy again when it is shorter",
      ],
    ]);
    expect(github.statusesOf(741).map((s) => s.state)).toEqual([
      "queued",
      "in_progress",
      "in_progress",
      "in_progress",
      "in_progress",
      "success",
    ]);
    expect(router.switches.map((s) => s.to)).toEqual(["green", "blue"]);
  });

  it("a restarted app takes its place in line again: a deployment left queued starts on reconcile", async () => {
    await setUp({}, "{ interval: 500ms, duration: 1s }");
    github.addDeployment(720, SHA, "production", "Codertocat", { version: "v2" });
    github.addStatus(
      720,
      "queued",
      "Queued (1 in line): production is busy with 2222222 by @hubot since 10:00:00 UTC (deployment 650); starts after it",
    );
    const { probot, service } = testApp(env);
    const octokit = await probot.auth();
    expect(await service.reconcile(octokit as never, { owner: OWNER, repo: REPO }, 1)).toBe(1);
    await service.settled();
    expect(github.statusesOf(720).map((s) => s.state)).toEqual([
      "queued",
      "in_progress",
      "in_progress",
      "in_progress",
      "in_progress",
      "success",
    ]);
    expect(router.activeColor).toBe("green");
    expect(github.unknownRoutes).toEqual([]);
  });

  it("/promote while this process promotes to the environment: queued, with a reply that says behind whom", async () => {
    await setUp({}, "{ interval: 500ms, duration: 1s }");
    const { receive, service } = testApp(env);
    await receive("deployment", deployment(730, SHA));
    await receive("issue_comment", promoteComment(OTHER));
    await service.settled();
    expect(github.state.comments).toHaveLength(1);
    expect(github.state.comments[0]!.body).toMatch(
      /^@Codertocat your promotion waits in line \(next\): production is busy with f95f852 by @Codertocat since \d\d:\d\d:\d\d UTC \(deployment 730\)\. It starts when that one finishes; the deployment's statuses show its progress\.$/,
    );
    const created = github.state.deployments.find((d) => d.sha === OTHER)!;
    expect(github.statusesOf(created.id).map((s) => s.state)).toEqual([
      "queued",
      "in_progress",
      "in_progress",
      "in_progress",
      "in_progress",
      "success",
    ]);
    expect(router.switches.map((s) => s.to)).toEqual(["green", "blue"]);
  });

  it("refuses /promote while another app process promotes (GitHub's record), replying who, since when and how to retry", async () => {
    await setUp({}, "{ interval: 500ms, duration: 1s }");
    // Another process of the app holds production: its deployment is recorded in progress on GitHub.
    github.addDeployment(650, OTHER, "production", "hubot", { version: "v9", promoter: "hubot" });
    github.addStatus(
      650,
      "in_progress",
      "Checking gates, review and promoter for v9 (2222222) (blue → green), asked by @hubot",
    );
    github.addStatus(650, "in_progress", "Live on green (blue → green); watching SLOs for 1m, every 2s");
    const started = github.statusesOf(650)[0]!.created_at;
    const { receive, service } = testApp(env);
    await receive("issue_comment", promoteComment(SHA));
    await service.settled();
    const busy = `production is busy with 2222222 by @hubot since ${clock(started)} (deployment 650)`;
    expect(github.state.comments).toEqual([
      {
        issue: 1347,
        body: `@Codertocat not promoted: ${busy}. Nothing was switched; comment \`/promote production\` again when it finishes.`,
      },
    ]);
    const created = github.state.deployments[0]!;
    expect(created).toMatchObject({ sha: SHA, environment: "production" });
    expect(github.statusesOf(created.id).map((s) => [s.state, s.description])).toEqual([
      ["failure", `Refused: ${busy}; deploy again after it`],
    ]);
    expect(router.switches).toEqual([]);
  });

  it("re-reads GitHub just before the switch and does not switch when another process started meanwhile", async () => {
    await setUp({}, "{ interval: 500ms, duration: 1s }");
    const { receive, service } = testApp(env);
    let started = "";
    // While this promotion analyses the idle color, another process of the app starts one (after our check
    // at the start, which found nothing): the in-process lock cannot see it, GitHub's record can.
    github.onStatus = (id, status) => {
      if (id !== 711 || !status.description.startsWith("Analysing idle")) return;
      github.addDeployment(712, OTHER, "production", "hubot", { version: "v9", promoter: "hubot" });
      started = github.addStatus(
        712,
        "in_progress",
        "Checking gates, review and promoter for v9 (2222222) (blue → green), asked by @hubot",
      ).created_at;
    };
    await receive("deployment", deployment(711, SHA));
    await service.settled();
    expect(github.statusesOf(711).map((s) => [s.state, s.description])).toEqual([
      [
        "in_progress",
        "Checking gates, review and promoter for v2 (f95f852) (blue → green), asked by @Codertocat",
      ],
      ["in_progress", "Analysing idle green before the switch (blue → green)"],
      [
        "failure",
        `Not promoted (blue → green): production is busy with 2222222 by @hubot since ${clock(started)} (deployment 712); deploy again after it`,
      ],
    ]);
    expect(router.switches).toEqual([]);
    expect(router.activeColor).toBe("blue");
  });

  it("rolls back a promoted commit when a required check fails on it during the bake window", async () => {
    await setUp({}, "{ interval: 500ms, duration: 1s }", "      required-checks: [integration]\n");
    github.state.checkRuns[SHA] = [{ name: "integration", status: "completed", conclusion: "success" }];
    const { receive, service } = testApp(env);
    await receive("deployment", deployment(801, SHA));
    await service.settled();
    expect(router.activeColor).toBe("green");
    const failed = example(
      "check_run",
      (p) => p.action === "completed" && p.check_run.conclusion === "failure",
    );
    failed.check_run.head_sha = SHA;
    failed.check_run.name = "integration";
    await receive("check_run", failed);
    await service.settled();
    expect(router.activeColor).toBe("blue");
    expect(github.statusesOf(801).at(-1)).toMatchObject({
      state: "failure",
      description: 'Rolled back to blue (blue → green): required check "integration" failed on green',
    });
    const body = github.state.issues[0]!.body;
    expect(body).toContain(`### Failed checks\n\n- [integration](${failed.check_run.html_url})`);
    expect(body).toContain("| Pull request | (none found for this commit) |");
  });
});
