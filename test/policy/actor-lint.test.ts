import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { cli } from "../helpers/cli.ts";
import { githubApi, strictGitHubMocks } from "../helpers/github-routes.ts";

strictGitHubMocks();

const { GITHUB_TOKEN: _a, GH_TOKEN: _b, ...bare } = process.env;
const withToken = { ...bare, GITHUB_TOKEN: "ghp_test" };

function repoWith(files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), "tf-actors-"));
  mkdirSync(join(dir, ".github"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const POLICY = `version: 1
extends: .github/deploy.yml
review:
  disapproval: { who: { users: [lead] } }
  rules:
    - name: security
      require: { count: 1, teams: [acme/secuirty, acme/security] }
    - name: named
      if: { author: { users: [Bobb] } }
      require: { count: 1, users: [bob, acme], each-team: [acme/Secuirty, acme/web] }
`;
const DEPLOY = `version: 1
deploy:
  environments:
    production:
      driver: { kind: command, status: "echo blue", switch: "true" }
      promoters: { teams: [acme/release], users: [bobb] }
`;

it("reports every team and user that does not exist at its position, asking once per name", async () => {
  const dir = repoWith({ ".github/terrafusion.yml": POLICY, ".github/deploy.yml": DEPLOY });
  const api = githubApi();
  // One request per distinct name, whatever its case and however often it is named.
  for (const [slug, status] of [
    ["secuirty", 404],
    ["security", 200],
    ["web", 200],
    ["release", 200],
  ] as const)
    api.get(`/orgs/acme/teams/${slug}`).reply(status, status === 200 ? { slug } : { message: "Not Found" });
  for (const [login, status, type] of [
    ["lead", 200, "User"],
    ["bob", 200, "User"],
    ["acme", 200, "Organization"],
  ] as const)
    api.get(`/users/${login}`).reply(status, { login, type });
  api.get("/users/Bobb").reply(404, { message: "Not Found" });

  const { code, stdout, stderr } = await cli(["policy", "validate", "--cwd", dir], withToken);
  expect(stdout).toBe("");
  expect(code).toBe(2);
  expect(stderr.trimEnd().split("\n")).toEqual([
    ".github/deploy.yml:6:51 deploy.environments.production.promoters.users.0: user bobb does not exist",
    ".github/terrafusion.yml:7:36 review.rules.0.require.teams.0: team acme/secuirty does not exist (or the token cannot see it)",
    ".github/terrafusion.yml:9:31 review.rules.1.if.author.users.0: user Bobb does not exist",
    ".github/terrafusion.yml:10:41 review.rules.1.require.users.1: acme is an organization, not a user (list it under organizations)",
    ".github/terrafusion.yml:10:60 review.rules.1.require.each-team.0: team acme/Secuirty does not exist (or the token cannot see it)",
    "terrafusion: 5 problems in the policy",
  ]);
});

it("reports the rules' own problems together with GitHub's answers", async () => {
  const dir = repoWith({
    ".github/terrafusion.yml":
      "version: 1\nreview:\n  rules:\n    - name: a\n      require: { count: 3, users: [bob, ghosty] }\n",
  });
  githubApi()
    .get("/users/bob")
    .reply(200, { login: "bob", type: "User" })
    .get("/users/ghosty")
    .reply(404, { message: "Not Found" });
  const { code, stderr } = await cli(["policy", "validate", "--cwd", dir], withToken);
  expect(code).toBe(2);
  expect(stderr).toContain(
    ".github/terrafusion.yml:5:25 review.rules.0.require.count: nobody can meet this: 3 approvals but only 2 users listed",
  );
  expect(stderr).toContain(
    ".github/terrafusion.yml:5:41 review.rules.0.require.users.1: user ghosty does not exist",
  );
});

it("passes when everyone exists (GH_TOKEN works too) and says nothing more", async () => {
  const dir = repoWith({ ".github/terrafusion.yml": POLICY, ".github/deploy.yml": DEPLOY });
  const api = githubApi();
  for (const slug of ["secuirty", "security", "web", "release"])
    api.get(`/orgs/acme/teams/${slug}`).reply(200, { slug });
  for (const login of ["lead", "bob", "acme", "Bobb"])
    api.get(`/users/${login}`).reply(200, { login, type: "User" });
  const { code, stdout, stderr } = await cli(["policy", "validate", "--cwd", dir], {
    ...bare,
    GH_TOKEN: "gho_test",
  });
  expect(stderr).toBe("");
  expect(stdout).toContain(".github/terrafusion.yml: valid");
  expect(code).toBe(0);
});

it("without a token prints one notice that teams, users and organizations were not checked", async () => {
  const dir = repoWith({ ".github/terrafusion.yml": POLICY, ".github/deploy.yml": DEPLOY });
  const { code, stdout, stderr } = await cli(["policy", "validate", "--cwd", dir, "--json"], bare);
  expect(code).toBe(0);
  expect(JSON.parse(stdout)).toMatchObject({ valid: true });
  expect(stderr).toBe(
    "notice: teams, users and organizations named in the policy were not checked on GitHub (set GITHUB_TOKEN or GH_TOKEN to check them)\n",
  );
});

it("a policy that names nobody needs no token and no notice", async () => {
  const dir = repoWith({
    ".github/terrafusion.yml": "version: 1\nreview:\n  rules:\n    - { name: a, require: { count: 1 } }\n",
  });
  const { code, stderr } = await cli(["policy", "validate", "--cwd", dir], bare);
  expect(code).toBe(0);
  expect(stderr).toBe("");
});

it("a rejected token is one clear line (exit 2); a token that may not read teams is a notice", async () => {
  const dir = repoWith({
    ".github/terrafusion.yml":
      "version: 1\nreview:\n  rules:\n    - { name: a, require: { count: 1, users: [bob] } }\n",
  });
  githubApi().get("/users/bob").reply(401, { message: "Bad credentials" });
  const rejected = await cli(["policy", "validate", "--cwd", dir], withToken);
  expect(rejected.code).toBe(2);
  expect(rejected.stderr).toBe(
    "terrafusion: GitHub rejected the token (401 Bad credentials): set a valid GITHUB_TOKEN, or unset it to skip checking teams, users and organizations\n",
  );

  const teams = repoWith({
    ".github/terrafusion.yml":
      "version: 1\nreview:\n  rules:\n    - { name: a, require: { count: 1, teams: [acme/security] } }\n",
  });
  githubApi()
    .get("/orgs/acme/teams/security")
    .reply(403, { message: "Resource not accessible by integration" });
  const unreadable = await cli(["policy", "validate", "--cwd", teams], withToken);
  expect(unreadable.code).toBe(0);
  expect(unreadable.stderr).toBe(
    "notice: team acme/security was not checked: the token may not read the teams of acme (GitHub said: Resource not accessible by integration); use a token with read:org\n",
  );
});

it("checks organizations too, and tells a user's login listed as an organization apart from a missing one", async () => {
  const dir = repoWith({
    ".github/terrafusion.yml":
      "version: 1\nreview:\n  rules:\n    - { name: a, require: { count: 1, organizations: [acme, bob, nobody-org] } }\n",
  });
  githubApi()
    .get("/orgs/acme")
    .reply(200, { login: "acme" })
    .get("/orgs/bob")
    .reply(404, { message: "Not Found" })
    .get("/users/bob")
    .reply(200, { login: "bob", type: "User" })
    .get("/orgs/nobody-org")
    .reply(404, { message: "Not Found" })
    .get("/users/nobody-org")
    .reply(404, { message: "Not Found" });
  const { code, stderr } = await cli(["policy", "validate", "--cwd", dir], withToken);
  expect(code).toBe(2);
  expect(stderr.trimEnd().split("\n")).toEqual([
    ".github/terrafusion.yml:4:61 review.rules.0.require.organizations.1: bob is a user, not an organization (list it under users)",
    ".github/terrafusion.yml:4:66 review.rules.0.require.organizations.2: organization nobody-org does not exist",
    "terrafusion: 2 problems in the policy",
  ]);
});
