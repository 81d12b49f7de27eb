import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ConfigError } from "../../src/errors.ts";
import { diffAgainst, projectPrefix } from "../../src/git/diff.ts";
import { MAIN_BASE, MAIN_HEAD } from "../gates/coverage/fixtures.ts";
import { fixtureRepo, git, shallowClone } from "../gates/coverage/repo.ts";

describe("diff against the merge base (real git)", () => {
  let repo: string;
  beforeAll(async () => {
    repo = await fixtureRepo(MAIN_BASE, MAIN_HEAD);
  });

  it("lists changed files with renames, and added lines per head path", async () => {
    const diff = await diffAgainst(repo, "main");
    expect(diff.mergeBase).toBe(await git(repo, "rev-parse", "main"));
    const byPath = Object.fromEntries(diff.files.map((file) => [file.path, file]));
    expect(byPath["src/renamed.js"]).toEqual({
      status: "renamed",
      path: "src/renamed.js",
      oldPath: "src/legacy.js",
      similarity: 100,
    });
    expect(byPath["src/lib/moved.js"]).toMatchObject({ status: "renamed", oldPath: "src/moved.js" });
    expect(byPath["src/old.js"]).toEqual({ status: "deleted", path: "src/old.js" });
    expect(diff.addedLines.get("src/calc.js")).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(diff.addedLines.get("src/lib/moved.js")).toEqual([5, 8]);
    expect(diff.addedLines.has("src/renamed.js")).toBe(false);
    expect(diff.addedLines.has("src/old.js")).toBe(false);
  });

  it("names a project folder's place in the repository, and nothing outside a repository", async () => {
    expect(await projectPrefix(repo)).toBe("");
    expect(await projectPrefix(join(repo, "src", "lib"))).toBe("src/lib/");
    // From a subfolder, the diff still names files from the repository root.
    expect((await diffAgainst(join(repo, "src", "lib"), "main")).addedLines.get("src/lib/moved.js")).toEqual([
      5, 8,
    ]);
    expect(await projectPrefix(mkdtempSync(join(tmpdir(), "tf-no-repo-")))).toBe("");
  });

  it("counts from the merge base, not from the base's newer commits", async () => {
    const clone = mkdtempSync(join(tmpdir(), "tf-coverage-moved-base-"));
    await git(clone, "clone", "--quiet", repo, ".");
    await git(clone, "checkout", "--quiet", "main");
    await git(clone, "rm", "--quiet", "src/calc.js");
    await git(clone, "commit", "--quiet", "-m", "main moves on");
    await git(clone, "checkout", "--quiet", "feature");
    const diff = await diffAgainst(clone, "main");
    expect(diff.addedLines.get("src/calc.js")).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it("deepens a shallow clone until the merge base is there", async () => {
    const clone = mkdtempSync(join(tmpdir(), "tf-coverage-shallow-"));
    await shallowClone(repo, clone);
    expect(await git(clone, "rev-parse", "--is-shallow-repository")).toBe("true");
    const messages: string[] = [];
    const diff = await diffAgainst(clone, "origin/main", { progress: (m) => messages.push(m) });
    expect(messages).toEqual(["shallow clone: fetching more history (git fetch --deepen=50)"]);
    expect(diff.addedLines.get("src/lib/moved.js")).toEqual([5, 8]);
  });

  it("says what is missing when the shallow clone may not fetch", async () => {
    const clone = mkdtempSync(join(tmpdir(), "tf-coverage-shallow-"));
    await shallowClone(repo, clone);
    await expect(diffAgainst(clone, "origin/main", { deepen: false })).rejects.toThrow(
      "this is a shallow clone without the merge base of HEAD and origin/main: fetch more history (git fetch --unshallow) or set fetch-depth: 0 in actions/checkout",
    );
  });

  it("rejects a base with no common history", async () => {
    const clone = mkdtempSync(join(tmpdir(), "tf-coverage-orphan-"));
    await git(clone, "clone", "--quiet", repo, ".");
    await git(clone, "checkout", "--quiet", "--orphan", "unrelated");
    await git(clone, "commit", "--quiet", "-m", "unrelated");
    const error = await diffAgainst(clone, "origin/main").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toBe(
      "HEAD and origin/main have no common history, so there is no merge base to compare with: is origin/main the right base?",
    );
  });

  it("rejects a folder outside git", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tf-coverage-nogit-"));
    await expect(diffAgainst(dir, "main")).rejects.toThrow(
      `${dir} is not inside a git repository: comparing with a base needs git history; run from a clone, or without a base`,
    );
  });
});
