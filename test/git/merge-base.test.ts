import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ConfigError, ToolError } from "../../src/errors.ts";
import { changedFiles, mergeBase } from "../../src/git/diff.ts";
import { extractFiles } from "../../src/git/extract.ts";
import { git as runGit } from "../../src/git/run.ts";
import { fixtureRepo, git, shallowClone } from "../gates/coverage/repo.ts";

// Real git throughout: an upstream repository with main, a feature branch and a pull request's
// merge commit, and clones of it cut the ways CI cuts them.
let upstream: string;
let expected: string;

const temp = (name: string) => mkdtempSync(join(tmpdir(), `tf-git-${name}-`));

async function failure(promise: Promise<unknown>): Promise<Error> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof Error)) throw new Error("expected a rejection");
  return error;
}

beforeAll(async () => {
  upstream = await fixtureRepo(
    { "a.txt": "base\n", "bin/logo.bin": "\u0000\u00ff\u00fe" },
    { "b.txt": "feature\n", "old name.txt": "x\n" },
  );
  expected = await git(upstream, "rev-parse", "main");
  // History on both sides, so a depth-1 clone really lacks the merge base.
  for (const n of [1, 2, 3]) await git(upstream, "commit", "--quiet", "--allow-empty", `-m=feature ${n}`);
  await git(upstream, "checkout", "--quiet", "main");
  for (const n of [1, 2]) await git(upstream, "commit", "--quiet", "--allow-empty", `-m=main ${n}`);
  await git(upstream, "merge", "--quiet", "--no-ff", "--no-edit", "feature");
  await git(upstream, "update-ref", "refs/pull/1/merge", "HEAD");
  await git(upstream, "reset", "--quiet", "--hard", "HEAD~1");
  await git(upstream, "checkout", "--quiet", "feature");
});

describe("merge base", () => {
  it("in an actions/checkout pull-request checkout (depth 1, no base branch): fetches main, deepens, finds it", async () => {
    const clone = temp("pr");
    await git(clone, "init", "--quiet");
    await git(clone, "remote", "add", "origin", `file://${upstream}`);
    await git(
      clone,
      "fetch",
      "--quiet",
      "--no-tags",
      "--depth=1",
      "origin",
      "+refs/pull/1/merge:refs/remotes/pull/1/merge",
    );
    await git(clone, "checkout", "--quiet", "refs/remotes/pull/1/merge");
    const messages: string[] = [];
    const found = await mergeBase(clone, "origin/main", { progress: (m) => messages.push(m) });
    // The merge commit's first parent is main's tip: HEAD and main meet there.
    expect(found).toBe(await git(upstream, "rev-parse", "main"));
    expect(messages).toEqual([
      "fetching branch main from origin: the base origin/main is not in this clone",
      "shallow clone: fetching more history (git fetch --deepen=50)",
    ]);
  });

  it("a base named by commit in a shallow clone is deepened by that commit", async () => {
    const clone = temp("sha");
    await shallowClone(upstream, clone);
    const main = await git(clone, "rev-parse", "origin/main");
    expect(await mergeBase(clone, main)).toBe(expected);
  });

  it("compares a given head, not the checkout", async () => {
    expect(await mergeBase(upstream, "main", { head: "feature~2" })).toBe(expected);
    const error = await failure(mergeBase(upstream, "main", { head: "nope" }));
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toBe('head "nope" is not a commit in this clone: pass a commit that exists here');
  });

  it("deepen: false fetches nothing and names the fetch that would help", async () => {
    const clone = temp("nofetch");
    await git(clone, "clone", "--quiet", "--depth=1", "--branch=feature", `file://${upstream}`, ".");
    const error = await failure(mergeBase(clone, "origin/main", { deepen: false }));
    expect(error.message).toBe(
      'base "origin/main" is not a commit in this clone: fetch it (git fetch origin main) or set fetch-depth: 0 in actions/checkout',
    );
    expect(await git(clone, "branch", "--remotes")).not.toContain("origin/main");
  });

  it("a branch the remote does not have: says which fetch failed and git's reason", async () => {
    const clone = temp("nobranch");
    await git(clone, "clone", "--quiet", `file://${upstream}`, ".");
    const error = await failure(mergeBase(clone, "origin/nope"));
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toBe(
      // The clone recorded the upstream's current branch (feature) as origin/HEAD.
      'base "origin/nope" is not in this clone, and fetching branch nope from origin failed (fatal: couldn\'t find remote ref refs/heads/nope): pass a branch origin has (e.g. --base origin/feature), or fetch the base first (git fetch origin BRANCH, or fetch-depth: 0 in actions/checkout)',
    );
  });

  it("a repository without a commit: nothing to compare", async () => {
    const empty = temp("empty");
    await git(empty, "init", "--quiet");
    const error = await failure(mergeBase(empty, "main"));
    expect(error.message).toBe(
      `the repository at ${await git(empty, "rev-parse", "--show-toplevel")} has no commit yet, so there is nothing to compare with base "main": commit first, or run without a base`,
    );
  });
});

describe("git runner", () => {
  it("git missing from PATH is a ToolError saying to install it", async () => {
    const path = process.env.PATH;
    process.env.PATH = temp("nopath");
    try {
      const error = await failure(runGit(upstream, ["status"]));
      expect(error).toBeInstanceOf(ToolError);
      expect(error.message).toBe(
        "git: not found on PATH; install git (comparing with a base reads the history with it)",
      );
    } finally {
      process.env.PATH = path;
    }
  });

  it("a folder that does not exist is named as such, not as a missing git", async () => {
    const error = await failure(runGit("/nonexistent/tf-git", ["status"]));
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toBe("/nonexistent/tf-git does not exist: pass an existing folder");
  });
});

describe("changed files and files at a commit", () => {
  it("lists work-tree changes since a commit, renames included, and writes the old versions byte for byte", async () => {
    const clone = temp("extract");
    await git(clone, "clone", "--quiet", "--branch=feature", upstream, ".");
    await git(clone, "mv", "a.txt", "a moved.txt");
    await git(clone, "rm", "--quiet", "bin/logo.bin");
    expect(await changedFiles(clone, "origin/main")).toEqual([
      { status: "renamed", path: "a moved.txt", oldPath: "a.txt", similarity: 100 },
      { status: "added", path: "b.txt" },
      { status: "deleted", path: "bin/logo.bin" },
      { status: "added", path: "old name.txt" },
    ]);
    expect(await changedFiles(clone, "origin/main", "feature")).toEqual([
      { status: "added", path: "b.txt" },
      { status: "added", path: "old name.txt" },
    ]);
    const out = temp("extract-out");
    const written = await extractFiles(clone, "origin/main", ["bin/logo.bin", "b.txt", "a.txt"], out);
    expect(written).toEqual(["bin/logo.bin", "a.txt"]);
    expect(readFileSync(join(out, "bin/logo.bin"))).toEqual(Buffer.from("\u0000\u00ff\u00fe"));
    expect(readFileSync(join(out, "a.txt"), "utf8")).toBe("base\n");
    expect(existsSync(join(out, "b.txt"))).toBe(false);
  });
});
