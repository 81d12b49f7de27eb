import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import nock from "nock";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { remotePolicyCache } from "../../app/remote-policies.ts";
import { cli } from "../helpers/cli.ts";
import { githubApi } from "../helpers/github-routes.ts";
import {
  assertAllDone,
  createApp,
  github,
  payload,
  policyAnswer,
  policyQuery,
  pullQueryAnswer,
} from "./harness.ts";

beforeAll(() => {
  nock.disableNetConnect();
});
afterEach(() => {
  remotePolicyCache.clear();
  assertAllDone();
});

const BASE = `version: 1
review:
  rules:
    - name: two from the org
      require: { count: 2, users: [bob, carol] }
`;

function contents(text: string, sha: string) {
  const bytes = Buffer.from(text);
  return {
    type: "file",
    name: "base.yml",
    path: "policies/base.yml",
    sha,
    size: bytes.length,
    encoding: "base64",
    content: bytes.toString("base64"),
  };
}

function setUp(extend: string) {
  const event = payload("pull_request", "opened");
  const owner = event.repository.owner.login as string;
  const path = `/repos/${owner}/${event.repository.name}`;
  const pull = event.pull_request;
  const policy = `version: 1\nextends: ${extend.replaceAll("OWNER", owner)}\n`;
  return { event, owner, path, pull, policy };
}

describe("a policy that extends another repository's file", () => {
  it("reads it with the installation's token, then asks again conditionally and uses the blob it has", async () => {
    const app = await createApp();
    const { event, owner, path, pull, policy } = setUp("OWNER/.github:policies/base.yml@main");
    const file = `/repos/${owner}/.github/contents/policies%2Fbase.yml`;
    const posted: any[] = [];
    const evaluation = (scope: nock.Scope) =>
      scope
        .post("/graphql", policyQuery(pull.base.sha))
        .reply(200, policyAnswer({ yml: policy }))
        .post("/graphql", (body) => body.query.includes("TerraFusionPull("))
        .reply(
          200,
          pullQueryAnswer({ number: pull.number, author: "alice", head: { ref: "x", sha: pull.head.sha } }),
        )
        .post(`${path}/check-runs`, (body) => {
          posted.push(body);
          return true;
        })
        .reply(201, { id: 3 });
    evaluation(github())
      .get(file)
      .query({ ref: "main" })
      .matchHeader("authorization", "token ghs_test")
      .reply(200, contents(BASE, "blob-1"), { etag: '"etag-1"' });
    await app.receive({ id: "x1", name: "pull_request", payload: event } as any);
    assertAllDone();
    expect(posted[0].output.title).toContain("two from the org needs 2 more approvals from bob, carol");

    // Unchanged on GitHub: 304 without a body (no rate limit cost), and the blob from the cache decides.
    evaluation(githubApi())
      .get(file)
      .query({ ref: "main" })
      .matchHeader("if-none-match", '"etag-1"')
      .reply(304, "");
    await app.receive({ id: "x2", name: "pull_request", payload: event } as any);
    assertAllDone();
    expect(posted[1].output.title).toBe(posted[0].output.title);

    // Changed on GitHub: the new blob is read and decides.
    evaluation(githubApi())
      .get(file)
      .query({ ref: "main" })
      .reply(200, contents(BASE.replace("count: 2", "count: 1"), "blob-2"), { etag: '"etag-2"' });
    await app.receive({ id: "x3", name: "pull_request", payload: event } as any);
    expect(posted[2].output.title).toContain("needs 1 more approval from bob, carol");
  });

  it("fails the check run, naming the file, when it is missing or the installation cannot read it", async () => {
    const app = await createApp();
    const { event, owner, path, pull, policy } = setUp("OWNER/policies:base.yml");
    let posted: any;
    github()
      .post("/graphql", policyQuery(pull.base.sha))
      .reply(200, policyAnswer({ yml: policy }))
      .get(`/repos/${owner}/policies/contents/base.yml`)
      .reply(404, { message: "Not Found" })
      .post("/graphql", (body) => body.query.includes("TerraFusionPull("))
      .reply(200, pullQueryAnswer({ number: pull.number, head: { ref: "x", sha: pull.head.sha } }))
      .post(`${path}/check-runs`, (body) => {
        posted = body;
        return true;
      })
      .reply(201, { id: 4 });
    await app.receive({ id: "m1", name: "pull_request", payload: event } as any);
    expect(posted.conclusion).toBe("failure");
    expect(posted.output.summary).toContain(
      `.github/terrafusion.yml:2:10 extends: extends names ${owner}/policies:base.yml: no such file on its default branch, or this installation cannot read ${owner}/policies (the app must be installed on it with contents: read)`,
    );
  });

  it("refuses another owner's file without reading it", async () => {
    const app = await createApp();
    const { event, path, pull, policy } = setUp("someone-else/.github:base.yml@main");
    let posted: any;
    github()
      .post("/graphql", policyQuery(pull.base.sha))
      .reply(200, policyAnswer({ yml: policy }))
      .post("/graphql", (body) => body.query.includes("TerraFusionPull("))
      .reply(200, pullQueryAnswer({ number: pull.number, head: { ref: "x", sha: pull.head.sha } }))
      .post(`${path}/check-runs`, (body) => {
        posted = body;
        return true;
      })
      .reply(201, { id: 5 });
    await app.receive({ id: "o1", name: "pull_request", payload: event } as any);
    expect(posted.conclusion).toBe("failure");
    expect(posted.output.summary).toContain("may not extend a file of someone-else");
  });
});

describe("terrafusion policy validate on a policy that extends another repository", () => {
  const { GITHUB_TOKEN: _a, GH_TOKEN: _b, GITHUB_REPOSITORY: _c, ...bare } = process.env;

  function repoWith(text: string) {
    const dir = mkdtempSync(join(tmpdir(), "tf-shared-"));
    mkdirSync(join(dir, ".github"));
    writeFileSync(join(dir, ".github/terrafusion.yml"), text);
    return dir;
  }

  it("with a token, reads the file; a missing one is one clear line and exit 2", async () => {
    const dir = repoWith("version: 1\nextends: acme/.github:policies/base.yml@main\n");
    const env = { ...bare, GITHUB_TOKEN: "ghp_test", GITHUB_REPOSITORY: "acme/shop" };
    githubApi()
      .get("/repos/acme/.github/contents/policies%2Fbase.yml")
      .query({ ref: "main" })
      .matchHeader("authorization", "token ghp_test")
      .reply(200, contents(BASE, "blob-1"))
      // With a token, validate also checks that the people the rules name exist.
      .get("/users/bob")
      .reply(200, { login: "bob", type: "User" })
      .get("/users/carol")
      .reply(200, { login: "carol", type: "User" });
    const ok = await cli(["policy", "validate", "--cwd", dir], env);
    expect(ok.stderr).toBe("");
    expect(ok.stdout).toContain(".github/terrafusion.yml: valid (");
    expect(ok.code).toBe(0);

    githubApi()
      .get("/repos/acme/.github/contents/policies%2Fbase.yml")
      .query({ ref: "main" })
      .reply(404, { message: "Not Found" });
    const missing = await cli(["policy", "validate", "--cwd", dir], env);
    expect(missing.code).toBe(2);
    // The problem in one line, then the count every policy error ends with.
    expect(missing.stderr.trim().split("\n")).toEqual([
      ".github/terrafusion.yml:2:10 extends: extends names acme/.github:policies/base.yml@main: no such file at main, or the token cannot read acme/.github (the app must be installed on it with contents: read)",
      "terrafusion: 1 problem in the policy",
    ]);
  });

  it("every command reads it with the environment's token, not only policy validate: review evaluate", async () => {
    const dir = repoWith("version: 1\nextends: acme/.github:policies/base.yml@main\n");
    copyFileSync(
      join(import.meta.dirname, "../fixtures/review/cases/01-count-approved.json"),
      join(dir, "pr.json"),
    );
    githubApi()
      .get("/repos/acme/.github/contents/policies%2Fbase.yml")
      .query({ ref: "main" })
      .matchHeader("authorization", "token ghp_test")
      .reply(200, contents(BASE, "blob-1"));
    const judged = await cli(["review", "evaluate", "--cwd", dir, "--pull", "pr.json"], {
      ...bare,
      GITHUB_TOKEN: "ghp_test",
      GITHUB_REPOSITORY: "acme/shop",
    });
    expect(judged.stderr).toBe("");
    // The shared rule decides: two approvals from bob and carol, which the pull request does not have.
    expect(judged.stdout).toContain("two from the org");
    expect(judged.code).not.toBe(2);
  });

  it("GitHub out of reach is one line naming the file, exit 2", async () => {
    const dir = repoWith("version: 1\nextends: acme/.github:base.yml\n");
    const env = {
      ...bare,
      GITHUB_TOKEN: "ghp_test",
      GITHUB_REPOSITORY: "acme/shop",
      TERRAFUSION_GITHUB_TIMEOUT: "300ms",
      TERRAFUSION_GITHUB_BUDGET: "2s",
    };
    githubApi()
      .get("/repos/acme/.github/contents/base.yml")
      .query(true)
      .replyWithError("connect ECONNREFUSED")
      .persist();
    const down = await cli(["policy", "validate", "--cwd", dir], env);
    expect(down.code).toBe(2);
    expect(down.stderr.trim().split("\n")).toHaveLength(1);
    expect(down.stderr).toContain("(while reading acme/.github:base.yml, which the policy extends)");
    nock.cleanAll();
  });

  it("without a token, says one is needed; another owner's file is refused as the app would", async () => {
    const dir = repoWith("version: 1\nextends: acme/.github:policies/base.yml@main\n");
    const none = await cli(["policy", "validate", "--cwd", dir], bare);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain(
      "it is only read with a GitHub token that may read that repository (set GITHUB_TOKEN",
    );
    const other = await cli(["policy", "validate", "--cwd", dir], {
      ...bare,
      GITHUB_TOKEN: "ghp_test",
      GITHUB_REPOSITORY: "someone/shop",
    });
    expect(other.code).toBe(2);
    expect(other.stderr).toContain("may not extend a file of acme: only someone's own repositories");
  });
});
