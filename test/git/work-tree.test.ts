import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { changedFiles, diffAgainst } from "../../src/git/diff.ts";
import { fixtureRepo, git } from "../gates/coverage/repo.ts";

// A work tree as a developer leaves it: a new file not yet added, a file moved with mv (not git mv),
// an ignored build folder, and a nested repository (a dependency checked out by hand).
describe("the change runs to the work tree: untracked files that git does not ignore are added", () => {
  let repo: string;
  beforeAll(async () => {
    repo = await fixtureRepo(
      {
        ".gitignore": "build/\n",
        "src/moved.js": "export const a = 1;\nexport const b = 2;\nexport const c = 3;\n",
        "src/keep.js": "export const keep = true;\n",
      },
      {},
    );
    mkdirSync(join(repo, "lib"), { recursive: true });
    writeFileSync(join(repo, "lib/x.js"), "const a = process.argv[2];\neval('1+'+a);\n\nexport {};\n");
    mkdirSync(join(repo, "src/deep"), { recursive: true });
    renameSync(join(repo, "src/moved.js"), join(repo, "src/deep/moved.js"));
    mkdirSync(join(repo, "build"), { recursive: true });
    writeFileSync(join(repo, "build/out.js"), "eval(x);\n");
    mkdirSync(join(repo, "vendor/dep"), { recursive: true });
    await git(join(repo, "vendor/dep"), "init", "--quiet");
    writeFileSync(join(repo, "vendor/dep/index.js"), "eval(y);\n");
  });

  it("lists an untracked file as added with every line added, and pairs a plain mv as a rename", async () => {
    const diff = await diffAgainst(repo, "main");
    const byPath = Object.fromEntries(diff.files.map((file) => [file.path, file]));
    expect(byPath["lib/x.js"]).toEqual({ status: "added", path: "lib/x.js" });
    expect(byPath["src/deep/moved.js"]).toMatchObject({ status: "renamed", oldPath: "src/moved.js" });
    expect(Object.keys(byPath).sort()).toEqual(["lib/x.js", "src/deep/moved.js"]);
    expect(diff.addedLines.get("lib/x.js")).toEqual([1, 2, 3, 4]);
    expect(diff.addedLines.has("src/deep/moved.js")).toBe(false);
  });

  it("names files from the repository root when asked from a subfolder, and leaves the index alone", async () => {
    const files = await changedFiles(join(repo, "src"), await git(repo, "rev-parse", "main"));
    expect(files.map((file) => file.path).sort()).toEqual(["lib/x.js", "src/deep/moved.js"]);
    expect(await git(repo, "status", "--porcelain", "--untracked-files=all")).toBe(
      [" D src/moved.js", "?? lib/x.js", "?? src/deep/moved.js", "?? vendor/dep/"].join("\n"),
    );
  });

  it("compares commits only when a head commit is named", async () => {
    expect(await changedFiles(repo, await git(repo, "rev-parse", "main"), "HEAD")).toEqual([]);
  });
});
