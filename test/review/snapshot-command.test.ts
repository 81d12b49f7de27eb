import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { pullQueryAnswer } from "../app/harness.ts";
import { cli } from "../helpers/cli.ts";
import { githubApi, strictGitHubMocks } from "../helpers/github-routes.ts";

strictGitHubMocks();

const { GITHUB_TOKEN: _a, GH_TOKEN: _b, ...bare } = process.env;
const env = { ...bare, GITHUB_TOKEN: "ghp_test" };

const POLICY = `version: 1
review:
  rules:
    - name: security owns auth
      if: { changed-files: { paths: ["src/auth/**"] } }
      require: { count: 1, teams: [acme/security] }
    - name: two writers when static analysis fails
      if: { gates: { static-analysis: failure } }
      require: { count: 2, permissions: [write] }
`;

function repo() {
  const dir = mkdtempSync(join(tmpdir(), "tf-snapshot-"));
  mkdirSync(join(dir, ".github"));
  writeFileSync(join(dir, ".github/terrafusion.yml"), POLICY);
  return dir;
}

function pull(gates: Record<string, string>) {
  return pullQueryAnswer({
    number: 42,
    author: "alice",
    head: { ref: "auth", sha: "h42" },
    files: [{ path: "src/auth/login.ts", additions: 12, deletions: 3 }],
    reviews: [{ author: "bob", state: "APPROVED", commit: "h42" }],
    checkRuns: [
      {
        databaseId: 5,
        name: "TerraFusion / gates",
        summary: `<!-- terrafusion-gates ${JSON.stringify(gates)} -->`,
      },
    ],
  });
}

/**
 * The requests `review snapshot acme/shop#42` makes for POLICY: one query, one team, and bob's
 * permission only when the rule that needs it applies (a skipped rule costs no requests).
 */
function github(gates: Record<string, string>) {
  let variables: Record<string, unknown> = {};
  const api = githubApi()
    .post("/graphql", (body: { variables: Record<string, unknown> }) => {
      variables = body.variables;
      return true;
    })
    .reply(200, pull(gates))
    .get("/orgs/acme/teams/security/members")
    .query({ per_page: 100 })
    .reply(200, [{ login: "bob" }, { login: "carol" }]);
  if (gates["static-analysis"] === "failure")
    api
      .get("/repos/acme/shop/collaborators/bob/permission")
      .reply(200, { permission: "write", role_name: "write" });
  return () => variables;
}

it("writes a snapshot of a real pull request that review evaluate then judges", async () => {
  const dir = repo();
  const sent = github({ "static-analysis": "failure" });
  const out = join(dir, "pr42.json");
  const written = await cli(["review", "snapshot", "acme/shop#42", "--cwd", dir, "--output", out], env);
  expect(written.stderr).toBe(`wrote ${out}\n`);
  expect(written.code).toBe(0);
  expect(sent()).toMatchObject({ owner: "acme", repo: "shop", number: 42, checks: true, codeowners: false });

  const snapshot = JSON.parse(readFileSync(out, "utf8"));
  expect(snapshot).toMatchObject({
    repository: "acme/shop",
    number: 42,
    author: "alice",
    head: { ref: "auth", sha: "h42" },
    files: [{ path: "src/auth/login.ts", additions: 12, deletions: 3 }],
    teams: { "acme/security": ["bob", "carol"] },
    permissions: { bob: "write" },
    gates: { "static-analysis": "failure" },
  });

  const judged = await cli(["review", "evaluate", "--cwd", dir, "--pull", "pr42.json"], bare);
  expect(judged.code).toBe(1);
  expect(judged.stdout).toContain("security owns auth: approved");
  expect(judged.stdout).toContain("bob (in acme/security)");
  expect(judged.stdout).toContain("two writers when static analysis fails: pending");
});

it("prints the snapshot on stdout without --output; a passing gate skips the gate rule", async () => {
  const dir = repo();
  github({ "static-analysis": "success" });
  const { code, stdout } = await cli(["review", "snapshot", "acme/shop#42", "--cwd", dir], env);
  expect(code).toBe(0);
  writeFileSync(join(dir, "pr.json"), stdout);
  const judged = await cli(["review", "evaluate", "--cwd", dir, "--pull", "pr.json", "--json"], bare);
  expect(judged.code).toBe(0);
  expect(JSON.parse(judged.stdout)).toMatchObject({
    status: "approved",
    rules: [
      { name: "security owns auth", status: "approved" },
      { name: "two writers when static analysis fails", status: "skipped" },
    ],
  });
});

it("says what is wrong without a token, with a malformed target, and for a pull request GitHub does not know", async () => {
  const dir = repo();
  const noToken = await cli(["review", "snapshot", "acme/shop#42", "--cwd", dir], bare);
  expect(noToken.code).toBe(2);
  expect(noToken.stderr).toBe(
    "terrafusion: review snapshot needs GITHUB_TOKEN or GH_TOKEN (a token that can read the repository)\n",
  );

  for (const target of ["acme/shop", "acme#42", "acme/shop#x", "https://github.com/acme/shop/pull/42"]) {
    const bad = await cli(["review", "snapshot", target, "--cwd", dir], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe(
      `terrafusion: ${JSON.stringify(target)}: expected OWNER/REPO#NUMBER, such as acme/shop#42\n`,
    );
  }

  githubApi()
    .post("/graphql")
    .reply(200, {
      data: { repository: { co1: null, co2: null, co3: null, pullRequest: null } },
      errors: [
        {
          type: "NOT_FOUND",
          path: ["repository", "pullRequest"],
          message: "Could not resolve to a PullRequest with the number of 4242.",
        },
      ],
    });
  const missing = await cli(["review", "snapshot", "acme/shop#4242", "--cwd", dir], env);
  expect(missing.code).toBe(2);
  expect(missing.stderr).toBe(
    "terrafusion: acme/shop#4242: no such pull request, or the token cannot read the repository (Could not resolve to a PullRequest with the number of 4242.)\n",
  );
});
