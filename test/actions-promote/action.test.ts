import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import { join } from "node:path";
import { execa } from "execa";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { packageRoot } from "../../src/package-root.ts";
import type { Router } from "../../src/router/index.ts";
import { actionYaml, runAction } from "../helpers/action-runner.ts";
import { githubRoute } from "../helpers/github-routes.ts";
import { blueGreenRouter, colorServer } from "../router/traffic.ts";

// The action as GitHub runs it: this tree bundled by scripts/bundle.mjs, the entry run with node, INPUT_*
// variables and real GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files, against a real router on 127.0.0.1.
const root = packageRoot();
const TOKEN = "s3cret-router-token";
const REPOSITORY = "Codertocat/Hello-World";
const SHA = "f95f852bd8fca8fcc58a9a2d6c842781e32a215e";

let bundle: string;
let work: string;
let router: Router;
let upstreams: Awaited<ReturnType<typeof colorServer>>[] = [];

/** GitHub's REST API as far as the action uses it, on 127.0.0.1; every request must be a documented route. */
function fakeGitHub(other?: { id: number; sha: string; promoter: string; status: string; at: string }) {
  const requests: { method: string; path: string; route?: string; body: Record<string, unknown> }[] = [];
  const statuses: { state: string; description: string; created_at: string }[] = [];
  const deployment = (id: number, sha: string, promoter: string) => ({
    id,
    sha,
    environment: "production",
    creator: { login: "github-actions[bot]" },
    payload: { promoter },
    url: `https://api.github.com/repos/${REPOSITORY}/deployments/${id}`,
  });
  const server = http.createServer((request, response) => {
    let text = "";
    request.on("data", (chunk) => {
      text += chunk;
    });
    request.on("end", () => {
      const path = request.url ?? "/";
      const body = text ? JSON.parse(text) : {};
      requests.push({ method: request.method!, path, route: githubRoute(request.method!, path), body });
      const reply = (status: number, data: unknown) =>
        response.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(data));
      if (request.method === "POST" && path === `/repos/${REPOSITORY}/deployments`)
        return reply(201, { id: 4242, url: `https://api.github.com/repos/${REPOSITORY}/deployments/4242` });
      if (request.method === "POST" && path === `/repos/${REPOSITORY}/deployments/4242/statuses`) {
        statuses.unshift({ ...body, created_at: new Date().toISOString() });
        return reply(201, { id: requests.length });
      }
      // GitHub's record of the environment, read just before the switch: ours, and another promotion if any.
      if (request.method === "GET" && path.startsWith(`/repos/${REPOSITORY}/deployments?`))
        return reply(200, [
          deployment(4242, SHA, "octocat"),
          ...(other ? [deployment(other.id, other.sha, other.promoter)] : []),
        ]);
      if (request.method === "GET" && path.startsWith(`/repos/${REPOSITORY}/deployments/4242/statuses?`))
        return reply(200, statuses);
      if (
        other &&
        request.method === "GET" &&
        path.startsWith(`/repos/${REPOSITORY}/deployments/${other.id}/statuses?`)
      )
        return reply(200, [{ state: "in_progress", description: other.status, created_at: other.at }]);
      if (request.method === "GET" && path.startsWith(`/repos/${REPOSITORY}/issues?`)) return reply(200, []);
      reply(404, { message: "Not Found" });
    });
  });
  return {
    requests,
    start: () =>
      new Promise<string>((resolve) =>
        server.listen(0, "127.0.0.1", () =>
          resolve(`http://127.0.0.1:${(server.address() as { port: number }).port}`),
        ),
      ),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The promote entry bundled from this tree, with the variables GitHub sets for a push by octocat. */
function runPromote(inputs: Record<string, string>, extraEnv: Record<string, string> = {}) {
  return runAction(
    "promote",
    inputs,
    {
      HOME: process.env.HOME ?? "",
      GITHUB_ACTIONS: "true",
      GITHUB_WORKSPACE: join(work, "repo"),
      GITHUB_SHA: SHA,
      GITHUB_ACTOR: "octocat",
      GITHUB_REPOSITORY: REPOSITORY,
      ...extraEnv,
    },
    { entry: join(bundle, "actions/promote.js"), cwd: process.cwd(), tempIn: work, timeout: 30_000 },
  );
}

beforeAll(async () => {
  // Inside the package, so the bundle resolves its external dependencies (autocannon) as dist/ does.
  mkdirSync(join(root, "node_modules/.cache"), { recursive: true });
  work = mkdtempSync(join(root, "node_modules/.cache/tf-promote-action-"));
  bundle = join(work, "dist");
  await execa(process.execPath, [join(root, "scripts/bundle.mjs"), bundle]);
  ({ router, upstreams } = await blueGreenRouter(TOKEN, {
    blue: { version: "v1" },
    green: { version: "v2" },
  }));
  mkdirSync(join(work, "repo/.github"), { recursive: true });
  // The load run is the analysis source: no outside traffic is needed to see a faulty version.
  writeFileSync(
    join(work, "repo/.github/terrafusion.yml"),
    `version: 1
deploy:
  environments:
    production:
      driver: { kind: router, admin-url: "${router.adminUrl}" }
      analysis:
        post-promotion:
          { interval: 500ms, failure-limit: 2, duration: 1s, slo: { p95-ms: 100, error-rate: 0.05 }, load: { rate: 100, connections: 2 } }
`,
  );
}, 60_000);

afterAll(async () => {
  await router?.close();
  await Promise.all(upstreams.map((u) => u.close()));
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Puts a fresh upstream on the idle color: the version the next promotion moves traffic to. */
async function deployIdle(options: { version: string; errorRate?: number }) {
  const idle = router.activeColor === "blue" ? "green" : "blue";
  const server = await colorServer(idle, options);
  upstreams.push(server);
  router.pools[idle].setUpstreams([server.address]);
  await router.pools[idle].checkAll();
  return idle;
}

describe("actions/promote (bundled entry, real router on 127.0.0.1)", () => {
  it("promotes a good version: outcome succeeded, traffic on the new color, token masked, summary written", async () => {
    const github = fakeGitHub();
    const api = await github.start();
    try {
      const run = await runPromote(
        { environment: "production", version: "v2", "router-token": TOKEN, "github-token": "ghs_test-token" },
        { GITHUB_API_URL: api },
      );
      expect(run.stderr).toBe("");
      expect(run.exitCode).toBe(0);
      expect(run.outputs).toMatchObject({
        outcome: "succeeded",
        "active-color": "green",
        "deployment-id": "4242",
      });
      expect(router.activeColor).toBe("green");
      expect(run.stdout).toContain(`::add-mask::${TOKEN}`);
      expect(run.stdout).toContain("::add-mask::ghs_test-token");
      expect(run.stdout.split(TOKEN)).toHaveLength(2);
      expect(run.summary).toMatch(
        /^### ✅ Promotion of v2 \(f95f852bd8fca8fcc58a9a2d6c842781e32a215e\) to production: succeeded/,
      );
      expect(run.summary).toMatch(
        /\| \+\d\.\ds after the switch \| green \| \d+ load-run requests, errors 0 %/,
      );
      // Recorded on GitHub: a deployment of the SHA, then one status per step, on documented routes only.
      expect(github.requests.filter((r) => !r.route)).toEqual([]);
      // The commit is checked against open incidents that block it before anything moves.
      expect(github.requests.map((r) => r.route)).toContain("GET /repos/{owner}/{repo}/issues");
      expect(github.requests[0]).toMatchObject({
        route: "POST /repos/{owner}/{repo}/deployments",
        body: { ref: SHA, environment: "production", payload: { promoter: "octocat", version: "v2" } },
      });
      const written = github.requests.filter((r) => r.method === "POST" && r.route?.endsWith("/statuses"));
      expect(written.map((r) => r.body.state)).toEqual([
        "in_progress",
        "in_progress",
        "in_progress",
        "in_progress",
        "success",
      ]);
      // GitHub's record of the environment is read again after pre-analysis, before "Switching traffic".
      const order = github.requests.map((r) => `${r.route} ${r.body.description ?? ""}`);
      const listed = order.findIndex((r) => r.startsWith("GET /repos/{owner}/{repo}/deployments "));
      const switching = order.findIndex((r) => r.includes("Switching traffic"));
      expect(listed).toBeGreaterThan(-1);
      expect(listed).toBeLessThan(switching);
    } finally {
      await github.close();
    }
  });

  it("does not switch while another promotion of the environment is in progress on GitHub, and says whose", async () => {
    const before = router.activeColor;
    const idle = await deployIdle({ version: "v2b" });
    const at = "2026-05-04T10:11:12Z";
    const github = fakeGitHub({
      id: 4000,
      sha: "3333333333333333333333333333333333333333",
      promoter: "hubot",
      status: `Live on ${before} (${idle} → ${before}); watching SLOs for 1m, every 2s`,
      at,
    });
    const api = await github.start();
    try {
      const run = await runPromote(
        {
          environment: "production",
          version: "v2b",
          "router-token": TOKEN,
          "github-token": "ghs_test-token",
        },
        { GITHUB_API_URL: api },
      );
      expect(run.exitCode).toBe(1);
      expect(run.outputs).toMatchObject({ outcome: "rejected", "active-color": before });
      expect(run.outputs.description).toBe(
        `Not promoted (${before} → ${idle}): production is busy with 3333333 by @hubot since 10:11:12 UTC (deployment 4000); run the job again after it`,
      );
      expect(github.requests.filter((r) => !r.route)).toEqual([]);
      expect(router.activeColor).toBe(before);
    } finally {
      await github.close();
    }
  });

  it("rolls a faulty version back by itself: outcome rolled-back, exit 1, traffic back where it was", async () => {
    const before = router.activeColor;
    const idle = await deployIdle({ version: "v3", errorRate: 0.5 });
    const run = await runPromote({ environment: "production", version: "v3", "router-token": TOKEN });
    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({ outcome: "rolled-back", "active-color": before });
    expect(run.outputs["deployment-id"]).toBeUndefined();
    expect(run.outputs.description).toMatch(
      new RegExp(
        `^Rolled back to ${before} \\(${before} → ${idle}\\): errors \\d+(\\.\\d+)? % > 5 %(, p95 \\d+ ms > 100 ms)? in 2 of 2 checks$`,
      ),
    );
    expect(run.stdout).toMatch(/^::error title=TerraFusion promote production::Rolled back to/m);
    expect(run.summary).toContain("local recorder (GitHub not contacted)");
    expect(router.activeColor).toBe(before);
  });

  it("says in one line what is wrong with its inputs, exit 2", async () => {
    const missing = await runPromote({ "router-token": TOKEN });
    expect(missing.exitCode).toBe(2);
    expect(missing.stdout).toContain(
      "::error title=TerraFusion promote::input environment is required: the name under deploy.environments, e.g. production",
    );
    const noToken = await runPromote({ environment: "production" });
    expect(noToken.exitCode).toBe(2);
    expect(noToken.stdout).toMatch(
      /::error title=TerraFusion promote::input router-token is required by the router driver of production: pass the admin token from a secret/,
    );
    const unknown = await runPromote({ environment: "prod", "router-token": TOKEN });
    expect(unknown.stdout).toContain(
      'no environment "prod" under deploy.environments in the policy (known: production)',
    );
    const badId = await runPromote({
      environment: "production",
      "deployment-id": "latest",
      "router-token": TOKEN,
    });
    expect(badId.stdout).toContain('input deployment-id: expected a deployment\'s number, got "latest"');
    for (const run of [missing, noToken, unknown, badId]) {
      expect(run.exitCode).toBe(2);
      expect(run.outputs.outcome).toBe("error");
      expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /);
    }
  });
});

describe("actions/promote/action.yml", () => {
  const action = actionYaml("promote");

  it("passes every input through env as INPUT_SNAKE_CASE and never expands one inside run", () => {
    expect(action.runs.using).toBe("composite");
    const step = action.runs.steps.find((s) => s.run)!;
    expect(step.run).toBe('node "$GITHUB_ACTION_PATH/../../dist/actions/promote.js"');
    for (const name of Object.keys(action.inputs))
      expect(step.env![`INPUT_${name.toUpperCase().replace(/-/g, "_")}`]).toBe(`\${{ inputs.${name} }}`);
    for (const s of action.runs.steps) {
      expect(s.run ?? "").not.toContain("${{");
      if (s.uses) expect(s.uses).toMatch(/@[0-9a-f]{40}\b/);
    }
  });

  it("is clean under actionlint when a workflow uses it", async () => {
    const dir = mkdtempSync(join(work, "lint-"));
    mkdirSync(join(dir, ".github/workflows"), { recursive: true });
    mkdirSync(join(dir, "actions"));
    await execa("cp", ["-r", join(root, "actions/promote"), join(dir, "actions/promote")]);
    writeFileSync(
      join(dir, ".github/workflows/promote.yml"),
      `name: promote
on: workflow_dispatch
permissions: {}
jobs:
  promote:
    runs-on: ubuntu-latest
    permissions: { contents: read, deployments: write, checks: read, issues: write }
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
        with: { persist-credentials: false }
      - id: promote
        uses: ./actions/promote
        with:
          environment: production
          router-token: \${{ secrets.ROUTER_TOKEN }}
          github-token: \${{ github.token }}
      - run: echo "$OUTCOME on $COLOR"
        env:
          OUTCOME: \${{ steps.promote.outputs.outcome }}
          COLOR: \${{ steps.promote.outputs.active-color }}
`,
    );
    // actionlint reads local actions of a git repository only.
    await execa("git", ["init", "-q"], { cwd: dir });
    const lint = await execa("actionlint", ["-no-color", ".github/workflows/promote.yml"], {
      cwd: dir,
      reject: false,
    });
    expect(lint.stdout + lint.stderr).toBe("");
    expect(lint.exitCode).toBe(0);
    // And it does read this action: a misspelt input is reported against its inputs.
    const workflow = join(dir, ".github/workflows/promote.yml");
    writeFileSync(
      workflow,
      readFileSync(workflow, "utf8").replace("environment: production", "environmnt: production"),
    );
    const wrong = await execa("actionlint", ["-no-color", ".github/workflows/promote.yml"], {
      cwd: dir,
      reject: false,
    });
    expect(wrong.stdout).toContain('input "environmnt" is not defined in action "TerraFusion promote"');
  });
});
