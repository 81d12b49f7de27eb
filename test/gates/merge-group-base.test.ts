import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import examples from "@octokit/webhooks-examples";
import { execa } from "execa";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultBase } from "../../src/actions/default-base.ts";
import type { GateResult } from "../../src/core/gate-result.ts";
import { ConfigError } from "../../src/errors.ts";
import { mergeBase } from "../../src/git/diff.ts";
import { runAction } from "../helpers/action-runner.ts";
import { gitRepo, LEGACY } from "./static-analysis/repo.ts";

/** GitHub's real merge_group.checks_requested payload (@octokit/webhooks-examples). */
type MergeGroupPayload = { merge_group: Record<string, unknown> };
function mergeGroupPayload(): MergeGroupPayload {
  const group = (examples as unknown as { name: string; examples: MergeGroupPayload[] }[]).find(
    (entry) => entry.name === "merge_group",
  );
  return structuredClone(group!.examples[0]!);
}

const temps: string[] = [];
const temp = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temps.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

function eventFile(event: unknown): string {
  const file = join(temp("tf-mg-event-"), "event.json");
  writeFileSync(file, JSON.stringify(event));
  return file;
}

describe("the gates' default base", () => {
  it("on a merge group is the queue's base commit, merge_group.base_sha of the event file", () => {
    const event = mergeGroupPayload();
    const env = { GITHUB_EVENT_NAME: "merge_group", GITHUB_EVENT_PATH: eventFile(event) };
    expect(defaultBase(env)).toBe(event.merge_group.base_sha);
    expect(defaultBase(env)).toBe("380387fbc80638b734a49e1be1c4dfec1c01b33c");
    // GitHub sets no GITHUB_BASE_REF on a merge group; one set by hand does not win over the event.
    expect(defaultBase({ ...env, GITHUB_BASE_REF: "other" })).toBe(event.merge_group.base_sha);
  });

  it("on a pull request is its base branch, and on a push or schedule there is none", () => {
    expect(defaultBase({ GITHUB_EVENT_NAME: "pull_request", GITHUB_BASE_REF: "main" })).toBe("origin/main");
    expect(defaultBase({ GITHUB_EVENT_NAME: "push", GITHUB_BASE_REF: "" })).toBeUndefined();
  });

  it("a merge group whose event file is missing or lacks base_sha is an error, never a full scan", () => {
    expect(() => defaultBase({ GITHUB_EVENT_NAME: "merge_group" })).toThrow(ConfigError);
    const event = mergeGroupPayload();
    delete event.merge_group.base_sha;
    expect(() =>
      defaultBase({ GITHUB_EVENT_NAME: "merge_group", GITHUB_EVENT_PATH: eventFile(event) }),
    ).toThrow(/has no merge_group\.base_sha: set the action's base input/);
  });
});

describe("a base given as a commit id", () => {
  it("that the remote does not have either: says which commit and what git answered", async () => {
    const upstream = await gitRepo("tf-mg-missing-");
    temps.push(upstream.dir);
    upstream.write({ "a.txt": "a\n" });
    await upstream.commit("one");
    const clone = temp("tf-mg-missing-clone-");
    await execa("git", ["clone", "-q", "--depth=1", `file://${upstream.dir}`, "."], { cwd: clone });
    const missing = "0123456789abcdef0123456789abcdef01234567";
    const error = await mergeBase(clone, missing).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(
      new RegExp(
        `^base ${missing} is not in this clone, and fetching that commit from origin failed \\(.+\\): pass a commit that exists there, or set fetch-depth: 0 in actions/checkout$`,
      ),
    );
  });
});

// The static-analysis action as GitHub runs it on a merge queue's commit: actions/checkout fetched
// only the queue's commit (depth 1), the event file is GitHub's merge_group payload naming the
// group's base, and no base input is given. Only what the group adds may block.
describe("actions/static-analysis on a merge group", () => {
  let run: Awaited<ReturnType<typeof runAction>>;
  let result: GateResult;

  beforeAll(async () => {
    const upstream = await gitRepo("tf-mg-upstream-");
    temps.push(upstream.dir);
    upstream.write({ "src/index.ts": LEGACY });
    await upstream.commit("main, with a flaw of its own");
    for (const n of [1, 2]) await upstream.git("commit", "-q", "--allow-empty", "-m", `main ${n}`);
    const baseSha = await upstream.git("rev-parse", "HEAD");
    const queue = `gh-readonly-queue/main/pr-104-${baseSha}`;
    await upstream.git("checkout", "-q", "-b", queue);
    upstream.write({ "src/index.ts": `${LEGACY}\nexport const run = (code: string) => eval(code);\n` });
    await upstream.commit("Run code (#104)");
    const headSha = await upstream.git("rev-parse", "HEAD");
    await upstream.git("checkout", "-q", "main");

    // What actions/checkout does for a merge_group event: the queue's commit alone, at depth 1.
    const workspace = temp("tf-mg-checkout-");
    const git = (...args: string[]) => execa("git", args, { cwd: workspace });
    await git("init", "-q");
    await git("remote", "add", "origin", `file://${upstream.dir}`);
    await git("fetch", "-q", "--no-tags", "--depth=1", "origin", `+${headSha}:refs/remotes/origin/${queue}`);
    await git("checkout", "-q", headSha);
    expect((await git("rev-parse", "--is-shallow-repository")).stdout).toBe("true");

    const event = mergeGroupPayload();
    Object.assign(event.merge_group, {
      head_sha: headSha,
      head_ref: `refs/heads/${queue}`,
      base_sha: baseSha,
      base_ref: "refs/heads/main",
    });
    run = await runAction(
      "static-analysis",
      { "working-directory": "." },
      {
        HOME: process.env.HOME ?? "",
        GITHUB_ACTIONS: "true",
        GITHUB_WORKSPACE: workspace,
        GITHUB_SHA: headSha,
        GITHUB_EVENT_NAME: "merge_group",
        GITHUB_EVENT_PATH: eventFile(event),
        GITHUB_REF: `refs/heads/${queue}`,
      },
      { cwd: workspace, timeout: 90_000 },
    );
    temps.push(run.runner);
    result = JSON.parse(readFileSync(run.outputs["result-file"]!, "utf8")) as GateResult;
  }, 120_000);

  it("compares with merge_group.base_sha: the group's new flaw blocks, main's own does not", () => {
    expect(run.exitCode).toBe(1);
    expect(run.outputs.conclusion).toBe("failure");
    expect(JSON.parse(run.outputs.metrics!)).toMatchObject({ blocking: 1, new: 1, "pre-existing": 1 });
    expect(result.findings.filter((finding) => finding.blocking).map((f) => `${f.path}:${f.line}`)).toEqual([
      "src/index.ts:7",
    ]);
  });

  it("fetched the base commit by its id into the depth-1 checkout", () => {
    expect(run.stdout).toContain("fetching commit");
    expect(run.stdout).toMatch(/the base is not in this clone/);
  });
});
