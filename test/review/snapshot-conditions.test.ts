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

/** Every condition and option that needs something the plain query does not read. */
const EVERYTHING = `version: 1
review:
  ignore-edited-comments: true
  ignore-update-merges: true
  methods: { comment-patterns: ["^LGTM"], body-patterns: ["(?i)trivial"] }
  disapproval: { enabled: false }
  rules:
    - name: signed and green
      if:
        valid-signatures-by: { users: [alice] }
        checks: { names: [ci/build, lint] }
        workflows: { paths: [.github/workflows/ci.yml] }
        no-deleted-files: ["migrations/**"]
        custom-properties: { tier: { matches: ["^critical$"] } }
        commit-messages: { not-matches: ["^fixup!"] }
      require: { count: 1, users: [bob] }
`;

const PLAIN = `version: 1
review:
  disapproval: { enabled: false }
  rules:
    - name: bob
      require: { count: 1, users: [bob] }
`;

function repo(policy: string) {
  const dir = mkdtempSync(join(tmpdir(), "tf-snapshot-conditions-"));
  mkdirSync(join(dir, ".github"));
  writeFileSync(join(dir, ".github/terrafusion.yml"), policy);
  return dir;
}

/** GitHub's answer, with the fields the extra parts of the query read when they are asked for. */
function answer(variables: Record<string, unknown>) {
  const base = pullQueryAnswer({
    number: 7,
    author: "alice",
    head: { ref: "feature", sha: "h7" },
    files: [{ path: "src/a.ts", additions: 3, deletions: 1 }],
    reviews: [{ author: "bob", state: "APPROVED", commit: "h7" }],
    comments: [{ author: "carol", body: "LGTM" }],
  });
  // biome-ignore lint/suspicious/noExplicitAny: GitHub's answer, reshaped field by field below
  const pull = base.data.repository.pullRequest as Record<string, any>;
  if (variables.body) Object.assign(pull, { body: "A trivial change", lastEditedAt: null });
  if (variables.changeTypes) for (const file of pull.files.nodes) file.changeType = "MODIFIED";
  if (variables.edits)
    for (const comment of pull.comments.nodes) comment.lastEditedAt = "2024-01-03T00:00:00Z";
  for (const node of pull.commits.nodes) {
    if (variables.messages) Object.assign(node.commit, { message: "Add a", parents: { totalCount: 1 } });
    if (variables.signatures)
      node.commit.signature = { isValid: true, signer: { login: "alice" }, keyId: "3AA5C34371567BD2" };
  }
  const head = pull.headCommit.nodes[0].commit;
  if (variables.statuses)
    head.statusCheckRollup = {
      contexts: {
        nodes: [
          { __typename: "CheckRun", name: "lint", status: "COMPLETED", conclusion: "SUCCESS" },
          { __typename: "CheckRun", name: "e2e", status: "IN_PROGRESS", conclusion: null },
          { __typename: "StatusContext", context: "ci/build", state: "SUCCESS" },
        ],
      },
    };
  if (variables.workflows)
    head.workflowSuites = {
      nodes: [
        {
          status: "COMPLETED",
          conclusion: "FAILURE",
          workflowRun: { file: { path: ".github/workflows/ci.yml" } },
        },
        {
          status: "COMPLETED",
          conclusion: "SUCCESS",
          workflowRun: { file: { path: ".github/workflows/ci.yml" } },
        },
        { status: "COMPLETED", conclusion: "SUCCESS", workflowRun: null },
      ],
    };
  return base;
}

function github(properties: boolean) {
  let variables: Record<string, unknown> = {};
  const api = githubApi()
    .post("/graphql", (body: { variables: Record<string, unknown> }) => {
      variables = body.variables;
      return true;
    })
    .reply(200, () => answer(variables));
  if (properties)
    api.get("/repos/acme/shop/properties/values").reply(200, [
      { property_name: "tier", value: "critical" },
      { property_name: "owners", value: ["payments", "web"] },
      { property_name: "unset", value: null },
    ]);
  return () => variables;
}

const EXTRAS = ["changeTypes", "messages", "signatures", "edits", "body", "statuses", "workflows"];

it("reads signatures, statuses, workflows, messages, edits, the description and custom properties when the policy uses them", async () => {
  const dir = repo(EVERYTHING);
  const sent = github(true);
  const out = join(dir, "pr.json");
  const written = await cli(["review", "snapshot", "acme/shop#7", "--cwd", dir, "--output", out], env);
  expect(written.code).toBe(0);
  // Still one query: each extra is a variable of it.
  expect(sent()).toMatchObject(Object.fromEntries(EXTRAS.map((name) => [name, true])));

  const snapshot = JSON.parse(readFileSync(out, "utf8"));
  expect(snapshot).toMatchObject({
    body: "A trivial change",
    "body-edited": false,
    files: [{ path: "src/a.ts", status: "modified" }],
    commits: [
      {
        sha: "h7",
        author: "alice",
        message: "Add a",
        parents: 1,
        signature: { valid: true, signer: "alice", "key-id": "3AA5C34371567BD2" },
      },
    ],
    comments: [{ author: "carol", body: "LGTM", edited: true }],
    checks: { lint: "success", e2e: "pending", "ci/build": "success" },
    // A re-run that succeeded wins over the failed run of the same workflow.
    workflows: { ".github/workflows/ci.yml": "success" },
    "custom-properties": { tier: "critical", owners: ["payments", "web"] },
  });
  expect(snapshot["custom-properties"]).not.toHaveProperty("unset");

  const judged = await cli(["review", "evaluate", "--cwd", dir, "--pull", "pr.json"], bare);
  expect(judged.stdout).toContain("every commit is signed by alice");
  expect(judged.stdout).toContain("the check ci/build, lint are success");
  expect(judged.stdout).toContain('the custom property tier "critical" matches /^critical$/');
  expect(judged.stdout).toContain("signed and green: approved");
  expect(judged.code).toBe(0);
});

it("asks for none of it, and makes no other request, for a policy that does not use it", async () => {
  const dir = repo(PLAIN);
  const sent = github(false);
  const { code, stdout } = await cli(["review", "snapshot", "acme/shop#7", "--cwd", dir], env);
  expect(code).toBe(0);
  expect(sent()).toMatchObject(Object.fromEntries(EXTRAS.map((name) => [name, false])));
  const snapshot = JSON.parse(stdout);
  expect(snapshot.commits[0]).not.toHaveProperty("signature");
  expect(snapshot.checks).toEqual({});
  expect(snapshot["custom-properties"]).toEqual({});
});
