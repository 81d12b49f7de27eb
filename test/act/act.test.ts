// TerraFusion's workflows and actions in a real Actions runner: nektos/act (scripts/install-tools puts it in
// .tools/bin) on this host, from an export of the working tree with no node_modules and no .tools, on the
// example shop as a git repository with a pull request, the merge queue, and a tag to promote. Only what
// GitHub would download is replaced, by the stand-ins in test/act/stand-ins (see harness.ts).
import { execFileSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { packageRoot } from "../../src/package-root.ts";
import type { Router } from "../../src/router/index.ts";
import { readmeBlock } from "../helpers/readme.ts";
import { blueGreenRouter, colorServer } from "../router/traffic.ts";
import {
  ACT,
  type ActOptions,
  type ActRun,
  artifactJson,
  artifactNames,
  describeRun,
  exportTree,
  killRunning,
  removeAll,
  runAct,
  webhookExample,
} from "./harness.ts";

const root = packageRoot();
const RUN_TIMEOUT = 150_000;
const GATES = ["static-analysis", "coverage", "load", "chaos"] as const;

let work: string;
let exported: string;
let cache: string;
let runs = 0;

const git = (cwd: string, ...args: string[]) =>
  execFileSync("git", args, {
    cwd,
    env: {
      PATH: process.env.PATH,
      HOME: work,
      GIT_CONFIG_NOSYSTEM: "1",
      GIT_AUTHOR_NAME: "dev",
      GIT_AUTHOR_EMAIL: "dev@example.com",
      GIT_COMMITTER_NAME: "dev",
      GIT_COMMITTER_EMAIL: "dev@example.com",
    },
  })
    .toString()
    .trim();

function act(options: Omit<ActOptions, "exported" | "scratch" | "cache" | "timeoutMs">): Promise<ActRun> {
  return runAct({
    ...options,
    exported,
    cache,
    scratch: join(work, `run-${++runs}`),
    timeoutMs: RUN_TIMEOUT,
  });
}

/** The files scripts/demo writes for its pull request, in order: the flawed admin.js, the fixed one, its test. */
function demoFiles(): { path: string; text: string }[] {
  const demo = readFileSync(join(exported, "scripts/demo"), "utf8");
  return [...demo.matchAll(/^cat >"\$repo\/([^"]+)" <<'JS'\n([\s\S]*?)^JS$/gm)].map((m) => ({
    path: m[1]!,
    text: m[2]!,
  }));
}

/** The one repository every payload names (GitHub's example), on branch main like the shop. */
function repository() {
  const repo = webhookExample("pull_request", "opened").repository;
  repo.default_branch = "main";
  return repo;
}

let shop: {
  seed: string;
  origin: string;
  workdir: string;
  /** main before the pull request was opened, and after another pull request was merged. */
  main0: string;
  main1: string;
  flawed: string;
  fixed: string;
  /** refs/pull/7/merge, as GitHub checks a pull request out, for each head. */
  flawedMerge: string;
  fixedMerge: string;
  /** The merge queue's commit: main1 with the fixed pull request merged. */
  queue: string;
  queueRef: string;
};

/**
 * The example shop as the repository of a team that copied workflows/terrafusion.yml, unchanged, into
 * .github/workflows: main, a pull request that adds a command injection and untested code and then
 * fixes both (scripts/demo's), another pull request merged into main meanwhile, and the merge queue's
 * branch. `uses: terrafusion/terrafusion/…@v1` reaches the export through act's --local-repository.
 */
function buildShop() {
  const origin = join(work, "shop.git");
  const seed = join(work, "shop-seed");
  cpSync(join(exported, "examples/shop"), seed, { recursive: true });
  mkdirSync(join(seed, ".github/workflows"), { recursive: true });
  cpSync(join(exported, "workflows/terrafusion.yml"), join(seed, ".github/workflows/terrafusion.yml"));
  // The reusable workflows run `npm ci`, which needs a lockfile (the shop has no dependencies).
  const manifest = JSON.parse(readFileSync(join(seed, "package.json"), "utf8"));
  writeFileSync(
    join(seed, "package-lock.json"),
    `${JSON.stringify({ name: manifest.name, version: manifest.version, lockfileVersion: 3, requires: true, packages: { "": { name: manifest.name, version: manifest.version } } }, null, 2)}\n`,
  );
  git(seed, "init", "-q", "-b", "main");
  git(seed, "add", "-A");
  git(seed, "commit", "-qm", "shop v2");
  const main0 = git(seed, "rev-parse", "HEAD");
  const [flawedAdmin, fixedAdmin, adminTest] = demoFiles();
  expect([flawedAdmin?.path, fixedAdmin?.path, adminTest?.path]).toEqual([
    "src/admin.js",
    "src/admin.js",
    "test/admin.test.js",
  ]);
  git(seed, "checkout", "-q", "-b", "admin-endpoint");
  writeFileSync(join(seed, "src/admin.js"), flawedAdmin!.text);
  git(seed, "add", "-A");
  git(seed, "commit", "-qm", "Add an admin task endpoint");
  const flawed = git(seed, "rev-parse", "HEAD");
  writeFileSync(join(seed, "src/admin.js"), fixedAdmin!.text);
  writeFileSync(join(seed, "test/admin.test.js"), adminTest!.text);
  git(seed, "add", "-A");
  git(seed, "commit", "-qm", "Admin tasks: a fixed list, no shell, tested");
  const fixed = git(seed, "rev-parse", "HEAD");
  // Meanwhile another pull request is merged into main: the queue's base is not the pull request's.
  git(seed, "checkout", "-q", "main");
  writeFileSync(
    join(seed, "README.md"),
    "# The example shop\n\n`npm start`, then http://127.0.0.1:3000/products\n",
  );
  git(seed, "add", "-A");
  git(seed, "commit", "-qm", "A README");
  const main1 = git(seed, "rev-parse", "HEAD");
  const mergeInto = (base: string, head: string, message: string) => {
    git(seed, "checkout", "-q", "--detach", base);
    git(seed, "merge", "-q", "--no-ff", "-m", message, head);
    return git(seed, "rev-parse", "HEAD");
  };
  const flawedMerge = mergeInto(main1, flawed, `Merge ${flawed} into ${main1}`);
  const fixedMerge = mergeInto(main1, fixed, `Merge ${fixed} into ${main1}`);
  const queue = mergeInto(main1, fixed, "Merge pull request #7 from Codertocat/admin-endpoint");
  const queueRef = `refs/heads/gh-readonly-queue/main/pr-7-${main1}`;
  git(seed, "checkout", "-q", "main");
  git(work, "init", "-q", "--bare", "-b", "main", origin);
  // GitHub's refs: the branches, the pull request's merge ref (for its current head) and the queue's branch.
  git(
    seed,
    "push",
    "-q",
    origin,
    "main",
    "admin-endpoint",
    `${flawedMerge}:refs/pull/7/merge`,
    `${queue}:${queueRef}`,
  );
  const workdir = join(work, "shop");
  git(work, "clone", "-q", origin, workdir);
  return { seed, origin, workdir, main0, main1, flawed, fixed, flawedMerge, fixedMerge, queue, queueRef };
}

beforeAll(() => {
  expect(existsSync(ACT), `act is not installed at ${ACT}: run scripts/install-tools`).toBe(true);
  work = mkdtempSync(join(tmpdir(), "tf-act-"));
  cache = join(work, "actions-cache");
  exported = exportTree(work);
  shop = buildShop();
}, 60_000);

afterAll(() => {
  killRunning();
  if (work) removeAll(work);
});

describe("the export act runs from", () => {
  it("is the working tree as a checkout has it: no node_modules, no .tools, this tree's dist/", () => {
    expect(existsSync(join(exported, "node_modules"))).toBe(false);
    expect(existsSync(join(exported, ".tools"))).toBe(false);
    expect(readFileSync(join(exported, "dist/action.js"), "utf8")).toBe(
      readFileSync(join(root, "dist/action.js"), "utf8"),
    );
  });
});

describe("an act run", () => {
  it("is bounded: at the deadline the whole process tree goes, also what a step started in its own session", async () => {
    const dir = join(work, "bounded");
    mkdirSync(dir, { recursive: true });
    const pids = join(dir, "pids");
    writeFileSync(
      join(dir, "sleep.yml"),
      `name: Sleep\non: push\njobs:\n  sleep:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          setsid sleep 300 & echo $! >> "$PIDS"\n          sleep 301 & echo $! >> "$PIDS"\n          echo $$ >> "$PIDS"\n          wait\n`,
    );
    const started = Date.now();
    const run = await runAct({
      workdir: dir,
      event: "push",
      payload: { ...webhookExample("push"), repository: repository() },
      workflow: join(dir, "sleep.yml"),
      exported,
      cache,
      scratch: join(dir, "scratch"),
      env: { PIDS: pids },
      timeoutMs: 8_000,
    });
    expect(run.timedOut).toBe(true);
    expect(Date.now() - started).toBeLessThan(20_000);
    const started3 = readFileSync(pids, "utf8").trim().split("\n").map(Number);
    expect(started3).toHaveLength(3);
    const alive = (pid: number) => {
      try {
        return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, "utf8"));
      } catch {
        return false;
      }
    };
    await expect.poll(() => started3.filter(alive), { timeout: 5_000 }).toEqual([]);
  }, 60_000);
});

/** act's job path for a caller job: caller job id / called workflow's name / the job's name (the check). */
const job = (gate: (typeof GATES)[number]) =>
  `${gate}/TerraFusion ${gate.replace("-", " ")}/TerraFusion / ${gate}`;
const gateResult = (run: ActRun, gate: string) =>
  artifactJson(run, `terrafusion-gate-${gate}`, `terrafusion-${gate}.json`);

/** GitHub's pull_request payload for pull request #7 of the shop, at this head, on main1. */
function pullRequest(action: "opened" | "synchronize", head: string) {
  const payload = webhookExample("pull_request", action);
  const pull = payload.pull_request as Record<string, unknown> & Record<"head" | "base", object>;
  Object.assign(payload, { number: 7, repository: repository() });
  if (action === "synchronize") Object.assign(payload, { before: shop.flawed, after: head });
  pull.number = 7;
  Object.assign(pull.head, { ref: "admin-endpoint", sha: head });
  Object.assign(pull.base, { ref: "main", sha: shop.main1 });
  return payload;
}

/** GitHub moves refs/pull/7/merge to the pull request's head merged into its base. */
const movePullRef = (merge: string) =>
  git(shop.seed, "push", "-q", "-f", shop.origin, `${merge}:refs/pull/7/merge`);

/**
 * Checks the repository out as actions/checkout does for the event's ref: fetched into a remote-tracking
 * ref, then a branch (for a branch) or a detached HEAD (refs/pull/N/merge). act copies this working
 * tree, .git included, into each job's workspace (it skips a checkout of the repository itself); it
 * copies files only, so the loose ref this leaves is also what keeps .git/refs, and git, working there.
 */
function checkout(ref: string, sha: string) {
  const branch = ref.startsWith("refs/heads/") ? ref.slice("refs/heads/".length) : undefined;
  const tracking = branch ? `refs/remotes/origin/${branch}` : ref.replace(/^refs\//, "refs/remotes/");
  git(shop.workdir, "fetch", "-q", "origin", `+${ref}:${tracking}`);
  if (branch) git(shop.workdir, "checkout", "-q", "-B", branch, tracking);
  else git(shop.workdir, "checkout", "-q", "--detach", tracking);
  expect(git(shop.workdir, "rev-parse", "HEAD")).toBe(sha);
}

describe("the caller workflow (workflows/terrafusion.yml) through the reusable workflows and the gate actions", () => {
  const caller = ".github/workflows/terrafusion.yml";

  it("on push to main: a full scan, every gate it runs passes, and the base figures are saved for pull requests", async () => {
    checkout("refs/heads/main", shop.main1);
    const payload = webhookExample("push");
    Object.assign(payload, {
      ref: "refs/heads/main",
      before: shop.main0,
      after: shop.main1,
      created: false,
      deleted: false,
      repository: { ...repository(), master_branch: "main" },
    });
    const run = await act({ workdir: shop.workdir, event: "push", payload, workflow: caller });
    // chaos runs on pull requests and the merge queue only.
    expect(run.results, describeRun(run)).toEqual({
      [job("static-analysis")]: "success",
      [job("coverage")]: "success",
      [job("load")]: "success",
    });
    expect(run.exitCode).toBe(0);
    // A full scan of the shop, and of nothing else: not TerraFusion's own checkout in .terrafusion.
    expect(run.summaries[job("static-analysis")]).toMatch(/^Full scan: 4 files scanned\.$/m);
    expect(gateResult(run, "static-analysis")).toMatchObject({ conclusion: "success", sha: shop.main1 });
    // Saved where pull requests on main1 restore them from (actions/cache stand-in).
    expect(readdirSync(cache).sort()).toEqual([
      `terrafusion-coverage-${shop.main1}`,
      `terrafusion-load-${shop.main1}`,
    ]);
    const saved = JSON.parse(readFileSync(join(cache, `terrafusion-coverage-${shop.main1}`, "0"), "utf8"));
    expect(saved).toMatchObject({ gate: "coverage", conclusion: "success", sha: shop.main1 });
    const load = JSON.parse(readFileSync(join(cache, `terrafusion-load-${shop.main1}`, "0"), "utf8"));
    expect(load).toMatchObject({ gate: "load", conclusion: "success", sha: shop.main1 });
    // The pull request runs below compare coverage with this base, not latency: two act runs on one
    // shared host differ by more than any regression threshold at the shop's sub-millisecond p95 (the
    // load gate's own tests prove its comparison). Without the entry, the load job restores nothing
    // and says so, as on a repository's first pull request.
    removeAll(join(cache, `terrafusion-load-${shop.main1}`));
  }, 200_000);

  it("a pull request that adds a command injection and untested code fails static-analysis and coverage, and only those", async () => {
    checkout("refs/pull/7/merge", shop.flawedMerge);
    const run = await act({
      workdir: shop.workdir,
      event: "pull_request",
      payload: pullRequest("opened", shop.flawed),
      workflow: caller,
    });
    expect(run.results, describeRun(run)).toEqual({
      [job("static-analysis")]: "failure",
      [job("coverage")]: "failure",
      [job("load")]: "success",
      [job("chaos")]: "success",
    });
    expect(run.exitCode).toBe(1);

    // The GateResults the app reads, one artifact per gate, also from the jobs that failed.
    expect(artifactNames(run)).toEqual(GATES.map((gate) => `terrafusion-gate-${gate}`).sort());
    const staticAnalysis = gateResult(run, "static-analysis");
    expect(staticAnalysis).toMatchObject({
      gate: "static-analysis",
      conclusion: "failure",
      sha: shop.flawedMerge,
    });
    expect(staticAnalysis.metrics).toMatchObject({ blocking: 1, new: 1 });
    expect(gateResult(run, "coverage")).toMatchObject({ gate: "coverage", conclusion: "failure" });
    expect(gateResult(run, "coverage").metrics).toMatchObject({ "patch%": 0 });
    expect(gateResult(run, "load")).toMatchObject({ gate: "load", conclusion: "success" });
    expect(gateResult(run, "chaos")).toMatchObject({ gate: "chaos", conclusion: "success" });

    // Annotations on the changed lines, and job summaries that say why.
    expect(run.errors[job("static-analysis")]).toContainEqual({
      message: expect.stringMatching(/reaches child_process\.exec/),
      properties: expect.objectContaining({
        file: "src/admin.js",
        title: "static-analysis: child-process-injection",
      }),
    });
    expect(run.errors[job("coverage")]).toContainEqual({
      message: expect.stringMatching(/^Changed lines \d+–\d+ are not covered by tests\.$/),
      properties: expect.objectContaining({ file: "src/admin.js" }),
    });
    expect(run.summaries[job("static-analysis")]).toMatch(/^### Static analysis/m);
    expect(run.summaries[job("static-analysis")]).toMatch(
      /Diff-aware: 1 changed file against `origin\/main`/,
    );
    expect(run.summaries[job("coverage")]).toMatch(/^### Coverage: ❌ failed/m);
    expect(run.summaries[job("load")]).toMatch(/^### Load/m);
    expect(run.summaries[job("chaos")]).toMatch(/^### Chaos/m);
    // Coverage is compared with main's figures, restored from the cache the push saved.
    expect(gateResult(run, "coverage").base).toMatchObject({ "lines%": expect.any(Number) });
    expect(gateResult(run, "load").base).toBeUndefined();

    // SARIF for code scanning (github/codeql-action/upload-sarif stand-in), with the finding.
    const sarif = JSON.parse(
      readFileSync(join(run.codeScanning, "terrafusion-static-analysis.sarif"), "utf8"),
    );
    expect(sarif.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toEqual([
      expect.stringMatching(/child-process-injection/),
    ]);
  }, 200_000);

  it("the fixed pull request passes every gate", async () => {
    movePullRef(shop.fixedMerge);
    checkout("refs/pull/7/merge", shop.fixedMerge);
    const run = await act({
      workdir: shop.workdir,
      event: "pull_request",
      payload: pullRequest("synchronize", shop.fixed),
      workflow: caller,
    });
    expect(run.results, describeRun(run)).toEqual(
      Object.fromEntries(GATES.map((gate) => [job(gate), "success"])),
    );
    expect(run.exitCode).toBe(0);
    for (const gate of GATES) expect(gateResult(run, gate)).toMatchObject({ gate, conclusion: "success" });
    expect(gateResult(run, "coverage").metrics["patch%"]).toBeGreaterThanOrEqual(90);
    expect(run.summaries[job("coverage")]).toMatch(/^### Coverage: ✅/m);
    expect(run.errors).toEqual({});
  }, 200_000);

  it("on the merge queue (merge_group): the gates judge the queue's commit against merge_group.base_sha", async () => {
    checkout(shop.queueRef, shop.queue);
    const payload = webhookExample("merge_group", "checks_requested");
    const group = payload.merge_group as Record<string, unknown> & { head_commit: Record<string, unknown> };
    Object.assign(group, {
      head_sha: shop.queue,
      head_ref: shop.queueRef,
      base_sha: shop.main1,
      base_ref: "refs/heads/main",
    });
    Object.assign(group.head_commit, {
      id: shop.queue,
      message: git(shop.workdir, "log", "-1", "--format=%B", shop.queue),
    });
    payload.repository = repository();
    const run = await act({
      workdir: shop.workdir,
      event: "merge_group",
      payload,
      workflow: caller,
      // GitHub's GITHUB_REF for a merge group is its head_ref (act would take the default branch).
      env: { GITHUB_REF: shop.queueRef },
    });
    expect(run.results, describeRun(run)).toEqual(
      Object.fromEntries(GATES.map((gate) => [job(gate), "success"])),
    );
    expect(run.exitCode).toBe(0);
    for (const gate of GATES)
      expect(gateResult(run, gate)).toMatchObject({ gate, conclusion: "success", sha: shop.queue });
    // Against the queue's base (main1, with the README another pull request merged), not main as the
    // pull request forked it: only the admin endpoint is new, so 1 file in scope (tests are excluded).
    expect(run.summaries[job("static-analysis")]).toContain(
      `Diff-aware: 1 changed file against \`${shop.main1}\` (merge base \`${shop.main1.slice(0, 12)}\`)`,
    );
    expect(run.summaries[job("coverage")]).toContain(
      `Patch: changed lines since \`${shop.main1}\` (${shop.main1.slice(0, 7)})`,
    );
    expect(gateResult(run, "coverage").metrics["patch%"]).toBeGreaterThanOrEqual(90);
    // With the base figures main1's push saved (merge_group.base_sha is main1).
    expect(gateResult(run, "coverage").base).toMatchObject({ "lines%": expect.any(Number) });
    expect(run.errors).toEqual({});
  }, 200_000);
});

describe("the root action (action.yml), as README's steps call it", () => {
  it("runs every gate the policy enables on the flawed pull request: both failures reported, every result uploaded", async () => {
    // The jobs README shows are the ones the caller workflow (that the tests above ran) has.
    const callerText = readFileSync(join(exported, "workflows/terrafusion.yml"), "utf8");
    for (const uses of readmeBlock("workflow", exported).match(/uses: \S+/g) ?? [])
      expect(callerText).toContain(uses);

    const workflow = join(work, "root-action.yml");
    writeFileSync(
      workflow,
      `name: TerraFusion root action\non: pull_request\npermissions: {}\njobs:\n  gates:\n    name: TerraFusion gates\n    runs-on: ubuntu-latest\n    permissions: { contents: read }\n${readmeBlock("steps", exported)}`,
    );
    movePullRef(shop.flawedMerge);
    checkout("refs/pull/7/merge", shop.flawedMerge);
    const run = await act({
      workdir: shop.workdir,
      event: "pull_request",
      payload: pullRequest("opened", shop.flawed),
      workflow,
    });
    expect(run.results, describeRun(run)).toEqual({ "TerraFusion root action/TerraFusion gates": "failure" });
    expect(run.exitCode).toBe(1);
    // One gate failing hides none of the others, and every result is uploaded, also after the failure.
    expect(artifactNames(run)).toEqual(GATES.map((gate) => `terrafusion-gate-${gate}`).sort());
    expect(Object.fromEntries(GATES.map((gate) => [gate, gateResult(run, gate).conclusion]))).toEqual({
      "static-analysis": "failure",
      coverage: "failure",
      load: "success",
      chaos: "success",
    });
    for (const gate of GATES) expect(gateResult(run, gate)).toMatchObject({ gate, sha: shop.flawedMerge });
    const summary = run.summaries["TerraFusion root action/TerraFusion gates"] ?? "";
    for (const heading of [/^### Static analysis/m, /^### Coverage: ❌ failed/m, /^### Load/m, /^### Chaos/m])
      expect(summary).toMatch(heading);
    expect(run.errors["TerraFusion root action/TerraFusion gates"]).toContainEqual({
      message: expect.stringMatching(/reaches child_process\.exec/),
      properties: expect.objectContaining({ file: "src/admin.js" }),
    });
  }, 200_000);
});

describe("actions/promote against the embedded router", () => {
  const TOKEN = "act-router-token-5f3a9c";
  /** act's path of the job: workflow name / job id. */
  const PROMOTE = "Promote/promote";
  let router: Router;
  let upstreams: Awaited<ReturnType<typeof colorServer>>[] = [];
  let deploy: string;

  beforeAll(async () => {
    ({ router, upstreams } = await blueGreenRouter(TOKEN, {
      blue: { version: "v1" },
      green: { version: "v2" },
    }));
    // A repository that promotes on a version tag, with the job docs/promotion.md shows.
    deploy = join(work, "deploy");
    mkdirSync(join(deploy, ".github/workflows"), { recursive: true });
    writeFileSync(
      join(deploy, ".github/terrafusion.yml"),
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
    writeFileSync(
      join(deploy, ".github/workflows/promote.yml"),
      `name: Promote
on:
  push:
    tags: ["v*"]
permissions: {}
jobs:
  promote:
    runs-on: ubuntu-latest
    environment: production
    permissions: { contents: read }
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
        with: { persist-credentials: false }
      - id: promote
        uses: terrafusion/terrafusion/actions/promote@v1
        with:
          environment: production
          version: \${{ github.ref_name }}
          router-token: \${{ secrets.TERRAFUSION_ROUTER_TOKEN }}
      - name: Report the outputs
        if: always()
        env:
          OUTCOME: \${{ steps.promote.outputs.outcome }}
          ACTIVE_COLOR: \${{ steps.promote.outputs.active-color }}
        run: |
          echo "outputs: outcome=$OUTCOME active-color=$ACTIVE_COLOR" >> "$GITHUB_STEP_SUMMARY"
`,
    );
    git(work, "init", "-q", "-b", "main", deploy);
    git(deploy, "add", "-A");
    git(deploy, "commit", "-qm", "Promote on version tags");
    git(deploy, "remote", "add", "origin", join(work, "deploy.git"));
  });

  afterAll(async () => {
    await router?.close();
    await Promise.all(upstreams.map((upstream) => upstream.close()));
  });

  /** A version tag pushed: act runs the promote workflow for it. */
  async function promoteTag(tag: string) {
    const sha = git(deploy, "rev-parse", "HEAD");
    const payload = webhookExample("push");
    Object.assign(payload, {
      ref: `refs/tags/${tag}`,
      before: "0000000000000000000000000000000000000000",
      after: sha,
      created: true,
      deleted: false,
      base_ref: null,
      repository: repository(),
    });
    git(deploy, "tag", "-f", tag);
    return act({
      workdir: deploy,
      event: "push",
      payload,
      workflow: ".github/workflows/promote.yml",
      secrets: { TERRAFUSION_ROUTER_TOKEN: TOKEN },
    });
  }

  it("promotes v2: traffic on green, outcome succeeded, the token never in the log", async () => {
    expect(router.activeColor).toBe("blue");
    const run = await promoteTag("v2");
    expect(run.results, describeRun(run)).toEqual({ [PROMOTE]: "success" });
    expect(router.activeColor).toBe("green");
    expect(run.summaries[PROMOTE]).toMatch(
      /^### ✅ Promotion of v2 \([0-9a-f]{40}\) to production: succeeded/m,
    );
    expect(run.summaries[PROMOTE]).toContain("outputs: outcome=succeeded active-color=green");
    // The action masks the token before anything could print it: the log shows *** (act's JSON log
    // also records the add-mask command's argument itself, which no log line prints).
    expect(run.lines).toContainEqual(
      expect.objectContaining({ command: "add-mask", arg: TOKEN, msg: "  ⚙  ***" }),
    );
    expect(run.lines.filter((line) => line.msg?.includes(TOKEN))).toEqual([]);
  }, 200_000);

  it("rolls a faulty v3 back by itself: the job fails, traffic stays on green", async () => {
    const idle = await colorServer("blue", { version: "v3", errorRate: 0.5 });
    upstreams.push(idle);
    router.pools.blue.setUpstreams([idle.address]);
    await router.pools.blue.checkAll();
    const run = await promoteTag("v3");
    expect(run.results, describeRun(run)).toEqual({ [PROMOTE]: "failure" });
    expect(router.activeColor).toBe("green");
    expect(run.summaries[PROMOTE]).toContain("outputs: outcome=rolled-back active-color=green");
    expect(run.errors[PROMOTE]).toContainEqual({
      message: expect.stringMatching(/^Rolled back to green \(green → blue\)/),
      properties: expect.objectContaining({ title: "TerraFusion promote production" }),
    });
  }, 200_000);
});
