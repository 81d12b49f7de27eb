import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatProblem, PolicyError } from "../../src/errors.ts";
import { loadPolicy } from "../../src/fs/load-policy.ts";
import {
  describeRemote,
  ownerRefusal,
  parseExtends,
  type RemotePolicies,
  type RemoteTarget,
} from "../../src/policy/extends-ref.ts";

describe("parsing extends", () => {
  it("reads OWNER/REPO:PATH@REF, the ref optional, and keeps a local path local", () => {
    expect(parseExtends("acme/.github:policies/base.yml@main")).toEqual({
      kind: "remote",
      owner: "acme",
      repo: ".github",
      path: "policies/base.yml",
      ref: "main",
    });
    expect(parseExtends("acme/policies:base.yml")).toEqual({
      kind: "remote",
      owner: "acme",
      repo: "policies",
      path: "base.yml",
    });
    // A branch with slashes, and an @ in the path: the last @ starts the ref.
    expect(parseExtends("acme/p:team@x/base.yml@release/v2")).toMatchObject({
      path: "team@x/base.yml",
      ref: "release/v2",
    });
    expect(parseExtends("policies/base.yml")).toEqual({ kind: "local", path: "policies/base.yml" });
    expect(parseExtends("../outside.yml")).toEqual({ kind: "local", path: "../outside.yml" });
  });

  it("refuses a remote name that is not well formed, saying the syntax", () => {
    const errors = [
      "acme/.github:@main",
      "acme/.github:/etc/passwd",
      "acme/.github:a/../b.yml",
      "acme/.github:base.yml@",
      "acme/.github:base.yml@bad ref",
      "acme/.github:base.yml@a..b",
      "acme/..:base.yml",
      "-acme/x:base.yml",
    ].map((value) => parseExtends(value));
    for (const error of errors) {
      expect(error).toHaveProperty("error");
      expect((error as { error: string }).error).toContain("OWNER/REPO:PATH@REF");
    }
  });

  it("allows the repository's own owner, the operator's owners, or any with *", () => {
    const target = parseExtends("Acme/.github:base.yml") as RemoteTarget;
    expect(ownerRefusal(target, { repositoryOwner: "acme" })).toBeUndefined();
    expect(ownerRefusal(target, { repositoryOwner: "other", allowedOwners: ["ACME"] })).toBeUndefined();
    expect(ownerRefusal(target, { repositoryOwner: "other", allowedOwners: ["*"] })).toBeUndefined();
    expect(ownerRefusal(target, { repositoryOwner: "other", allowedOwners: ["third"] })).toBe(
      "may not extend a file of Acme: only other's own repositories and third may be extended (the operator allows more owners with TERRAFUSION_EXTENDS_OWNERS)",
    );
  });
});

function repo(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "tf-extends-"));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** Other repositories' files, as the port gives them; records what was asked. */
function remoteFiles(files: Record<string, string>, owner = "acme") {
  const asked: string[] = [];
  const remote: RemotePolicies = {
    repositoryOwner: owner,
    async read(target) {
      const name = describeRemote(target);
      asked.push(name);
      const text = files[name];
      return text === undefined
        ? { problem: "no such file at main, or this installation cannot read it" }
        : { bytes: new TextEncoder().encode(text) };
    },
  };
  return { remote, asked };
}

async function problemsOf(promise: Promise<unknown>): Promise<string[]> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof PolicyError) return error.problems.map(formatProblem);
    throw error;
  }
  throw new Error("expected a PolicyError");
}

describe("extending another repository's policy", () => {
  const local = (extend: string) =>
    repo({
      ".github/terrafusion.yml": `version: 1\nextends: ${extend}\nreview:\n  invalidate-on-push: false\n`,
    });

  it("merges the remote file under the repository's, which follows its own local extends in that repository", async () => {
    const { remote, asked } = remoteFiles({
      "acme/.github:policies/base.yml@main":
        "version: 1\nextends: policies/rules.yml\nreview:\n  allow-author: true\n",
      "acme/.github:policies/rules.yml@main":
        "version: 1\nreview:\n  rules: [{ name: shared, require: { count: 2 } }]\n",
    });
    const loaded = await loadPolicy({ cwd: local("acme/.github:policies/base.yml@main"), remote });
    expect(asked).toEqual(["acme/.github:policies/base.yml@main", "acme/.github:policies/rules.yml@main"]);
    expect(loaded.files).toEqual([
      ".github/terrafusion.yml",
      "acme/.github:policies/base.yml@main",
      "acme/.github:policies/rules.yml@main",
    ]);
    expect(loaded.policy.review).toMatchObject({
      "invalidate-on-push": false,
      "allow-author": true,
      rules: [{ name: "shared", require: { count: 2 } }],
    });
    expect(loaded.origins.get("review.allow-author")).toBe("acme/.github:policies/base.yml@main");
  });

  it("a missing or unreadable file is an error at the extends line, never a silent default", async () => {
    const { remote } = remoteFiles({});
    expect(
      await problemsOf(loadPolicy({ cwd: local("acme/.github:policies/base.yml@main"), remote })),
    ).toEqual([
      ".github/terrafusion.yml:2:10 extends: extends names acme/.github:policies/base.yml@main: no such file at main, or this installation cannot read it",
    ]);
  });

  it("without a way to read other repositories (no token), says a token is needed", async () => {
    expect(await problemsOf(loadPolicy({ cwd: local("acme/.github:base.yml") }, {}))).toEqual([
      ".github/terrafusion.yml:2:10 extends: extends names acme/.github:base.yml: it is only read with a GitHub token that may read that repository (set GITHUB_TOKEN or GH_TOKEN; in a workflow, pass a token with contents: read on it)",
    ]);
  });

  it("refuses another owner's file before reading it", async () => {
    const { remote, asked } = remoteFiles({ "evil/x:base.yml": "version: 1\n" });
    const problems = await problemsOf(loadPolicy({ cwd: local("evil/x:base.yml"), remote }));
    expect(asked).toEqual([]);
    expect(problems[0]).toContain("may not extend a file of evil: only acme's own repositories");
  });

  it("reports a problem inside the remote file at its own name, line and column", async () => {
    const { remote } = remoteFiles({ "acme/p:base.yml": "version: 1\nreview:\n  rulez: []\n" });
    const problems = await problemsOf(loadPolicy({ cwd: local("acme/p:base.yml"), remote }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^acme\/p:base\.yml:3:3 review\.rulez: unknown key/);
  });

  it("stops a cycle between repositories, and a local path that leaves the remote repository", async () => {
    const { remote } = remoteFiles({
      "acme/a:x.yml": "version: 1\nextends: acme/b:y.yml\n",
      "acme/b:y.yml": "version: 1\nextends: acme/a:x.yml\n",
      "acme/c:z.yml": "version: 1\nextends: ../../etc/passwd\n",
    });
    expect(await problemsOf(loadPolicy({ cwd: local("acme/a:x.yml"), remote }))).toEqual([
      "acme/b:y.yml:2:10 extends: extends forms a cycle: .github/terrafusion.yml -> acme/a:x.yml -> acme/b:y.yml -> acme/a:x.yml",
    ]);
    expect((await problemsOf(loadPolicy({ cwd: local("acme/c:z.yml"), remote })))[0]).toContain(
      'acme/c:z.yml:2:10 extends: extends "../../etc/passwd" leaves acme/c',
    );
  });

  it("a malformed remote name is an error with the syntax", async () => {
    const problems = await problemsOf(loadPolicy({ cwd: local("acme/.github:base.yml@") }));
    expect(problems).toEqual([
      '.github/terrafusion.yml:2:10 extends: extends "acme/.github:base.yml@": the ref is empty (omit @ for the default branch); write OWNER/REPO:PATH@REF, e.g. acme/.github:policies/base.yml@main (@REF optional)',
    ]);
  });
});
