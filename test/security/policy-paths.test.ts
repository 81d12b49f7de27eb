// Every path a policy names stays in the repository, symbolic links included, and what lies outside is
// never read: `extends: ../../../etc/passwd` once echoed the file's lines as "unknown key" errors, and
// `rules: ["/etc/passwd"]` reached semgrep.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inRepository } from "../../src/fs/in-repository.ts";
import { resolveRulePaths } from "../../src/gates/static-analysis/rules.ts";
import { cli } from "../helpers/cli.ts";

let outside: string;
let repo: string;
const SECRET_LINE = "root-secret-line-that-must-not-be-printed: 1";

beforeAll(() => {
  outside = mkdtempSync(join(tmpdir(), "tf-outside-"));
  writeFileSync(join(outside, "secret.yml"), `${SECRET_LINE}\n`);
  repo = mkdtempSync(join(tmpdir(), "tf-repo-"));
  execFileSync("git", ["init", "-q"], { cwd: repo });
  mkdirSync(join(repo, ".github"));
  mkdirSync(join(repo, "project"));
  writeFileSync(join(repo, "shared.yml"), "version: 1\ngates:\n  coverage: { project: 80 }\n");
  symlinkSync(join(outside, "secret.yml"), join(repo, "linked.yml"));
});
afterAll(() => {
  rmSync(outside, { recursive: true, force: true });
  rmSync(repo, { recursive: true, force: true });
});

async function validate(extendsPath: string) {
  writeFileSync(
    join(repo, ".github/terrafusion.yml"),
    `version: 1\nextends: ${JSON.stringify(extendsPath)}\n`,
  );
  return cli(["policy", "validate", "--cwd", repo]);
}

describe("extends", () => {
  it("a path that climbs out of the repository is refused and its target never printed", async () => {
    const run = await validate(`../../../../../../..${outside}/secret.yml`);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/extends ".*" leaves the repository/);
    expect(run.stdout + run.stderr).not.toContain("root-secret-line");
  });

  it("an absolute path is refused", async () => {
    const run = await validate(`${outside}/secret.yml`);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/is an absolute path: name a file in the repository/);
    expect(run.stdout + run.stderr).not.toContain("root-secret-line");
  });

  it("a symbolic link out of the repository is refused (a class the first report did not name)", async () => {
    const run = await validate("linked.yml");
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/extends "linked\.yml" leads outside the repository through a symbolic link/);
    expect(run.stdout + run.stderr).not.toContain("root-secret-line");
  });

  it("a file in the repository is still read", async () => {
    const run = await validate("shared.yml");
    expect(run.code, run.stderr).toBe(0);
  });
});

describe("semgrep rules", () => {
  it("a rule path outside the repository never reaches semgrep", () => {
    expect(() => resolveRulePaths(["/etc/passwd"], repo)).toThrow(
      'gates.static-analysis.rules: "/etc/passwd" is an absolute path',
    );
    expect(() => resolveRulePaths(["../../etc/passwd"], join(repo, "project"))).toThrow(
      /leaves the repository/,
    );
  });

  it("a rule folder elsewhere in the repository, above the project folder, is fine", () => {
    mkdirSync(join(repo, "rules"), { recursive: true });
    writeFileSync(join(repo, "rules/r.yml"), "rules: []\n");
    expect(resolveRulePaths(["../rules/r.yml"], join(repo, "project"))).toEqual([join(repo, "rules/r.yml")]);
  });
});

describe("inRepository", () => {
  it("holds backslash-rooted and dot-dot paths outside, and plain ones inside", () => {
    expect(inRepository(repo, "\\etc\\passwd").inside).toBe(false);
    expect(inRepository(repo, "a/../../b").inside).toBe(false);
    expect(inRepository(repo, "a/../b")).toEqual({ inside: true, absolute: join(repo, "b") });
  });
});
