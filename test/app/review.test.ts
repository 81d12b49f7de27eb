import nock from "nock";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { assertAllDone, createApp, github, payload, pullQueryAnswer, SECRET } from "./harness.ts";

const POLICY = `version: 1
review:
  rules:
    - name: security owns auth
      if: { changed-files: { paths: ["src/auth/**"] } }
      require: { count: 1, teams: [acme/security] }
    - name: one reviewer
      require: { count: 1 }
`;

beforeAll(() => {
  nock.disableNetConnect();
});
afterEach(() => assertAllDone());

function pullEvent(action: string) {
  const event = payload("pull_request", action);
  const { owner, name } = { owner: event.repository.owner.login, name: event.repository.name };
  return { event, path: `/repos/${owner}/${name}`, pull: event.pull_request };
}

describe("review check run", () => {
  it("evaluates the base branch's policy and posts one explaining check run", async () => {
    const app = await createApp();
    const { event, path, pull } = pullEvent("opened");
    let posted: any;
    github()
      .get(`${path}/contents/.github%2Fterrafusion.yml`)
      .query({ ref: pull.base.sha })
      .reply(200, POLICY)
      .post("/graphql")
      .reply(
        200,
        pullQueryAnswer({
          number: pull.number,
          author: "alice",
          head: { ref: "auth", sha: pull.head.sha },
          files: [{ path: "src/auth/login.ts" }],
          reviews: [{ author: "bob", state: "APPROVED", commit: pull.head.sha }],
        }),
      )
      .get("/orgs/acme/teams/security/members")
      .query(true)
      .reply(200, [{ login: "bob" }, { login: "carol" }])
      .post(`${path}/check-runs`, (body) => {
        posted = body;
        return true;
      })
      .reply(201, { id: 7 });
    await app.receive({ id: "1", name: "pull_request", payload: event } as any);
    expect(posted.name).toBe("TerraFusion / review");
    expect(posted.head_sha).toBe(pull.head.sha);
    expect(posted.conclusion).toBe("success");
    expect(posted.output.text).toContain("bob (in acme/security)");
    expect(posted.output.text).toContain("changed files match src/auth/**: src/auth/login.ts");
  });

  it("costs one request and posts nothing in a repository without a policy", async () => {
    const app = await createApp();
    const { event, path, pull } = pullEvent("synchronize");
    github().get(`${path}/contents/.github%2Fterrafusion.yml`).query({ ref: pull.base.sha }).reply(404, {});
    await app.receive({ id: "2", name: "pull_request", payload: event } as any);
  });

  it("explains a policy that does not parse, with positions", async () => {
    const app = await createApp();
    const { event, path, pull } = pullEvent("opened");
    let posted: any;
    github()
      .get(`${path}/contents/.github%2Fterrafusion.yml`)
      .query(true)
      .reply(200, "version: 1\nreview:\n  rulez: []\n")
      .post("/graphql")
      .reply(200, pullQueryAnswer({ number: pull.number, head: { ref: "x", sha: pull.head.sha } }))
      .post(`${path}/check-runs`, (body) => {
        posted = body;
        return true;
      })
      .reply(201, { id: 8 });
    await app.receive({ id: "3", name: "pull_request", payload: event } as any);
    expect(posted.conclusion).toBe("failure");
    expect(posted.output.summary).toContain(".github/terrafusion.yml:3:3 review.rulez: unknown key");
  });

  it("updates the existing check run on a duplicate delivery, after a 502, and honours Retry-After", async () => {
    const app = await createApp();
    const { event, path, pull } = pullEvent("opened");
    const answer = pullQueryAnswer({
      number: pull.number,
      head: { ref: "x", sha: pull.head.sha },
      files: [{ path: "docs/a.md" }],
      checkRuns: [{ databaseId: 99, name: "TerraFusion / review" }],
    });
    const patched: any[] = [];
    github()
      .get(`${path}/contents/.github%2Fterrafusion.yml`)
      .query(true)
      .times(2)
      .reply(200, POLICY)
      .post("/graphql")
      .reply(502, "bad gateway")
      .post("/graphql")
      .times(2)
      .reply(200, answer)
      .patch(`${path}/check-runs/99`)
      .reply(403, { message: "You have exceeded a secondary rate limit" }, { "retry-after": "1" })
      .patch(`${path}/check-runs/99`, (body) => {
        patched.push(body);
        return true;
      })
      .times(2)
      .reply(200, { id: 99 });
    await app.receive({ id: "4", name: "pull_request", payload: event } as any);
    await app.receive({ id: "4", name: "pull_request", payload: event } as any);
    expect(patched).toHaveLength(2);
    expect(patched[0].conclusion).toBe("action_required");
    expect(patched[0].output.title).toContain("one reviewer needs 1 more approval from anyone");
  });

  it("shows the verdict of a proposed policy next to the base one", async () => {
    const app = await createApp();
    const { event, path, pull } = pullEvent("opened");
    let posted: any;
    github()
      .get(`${path}/contents/.github%2Fterrafusion.yml`)
      .query({ ref: pull.base.sha })
      .reply(200, POLICY)
      .post("/graphql")
      .reply(
        200,
        pullQueryAnswer({
          number: pull.number,
          head: { ref: "x", sha: pull.head.sha },
          files: [{ path: ".github/terrafusion.yml" }],
        }),
      )
      .get(`${path}/contents/.github%2Fterrafusion.yml`)
      .query({ ref: pull.head.sha })
      .reply(200, "version: 1\nreview:\n  rules:\n    - name: nothing\n      require: { count: nine }\n")
      .post(`${path}/check-runs`, (body) => {
        posted = body;
        return true;
      })
      .reply(201, { id: 9 });
    await app.receive({ id: "5", name: "pull_request", payload: event } as any);
    expect(posted.conclusion).toBe("action_required");
    expect(posted.output.text).toContain("The policy this pull request proposes");
    expect(posted.output.text).toContain(
      ".github/terrafusion.yml:5:25 review.rules.0.require.count: wrong type",
    );
    expect(posted.output.annotations[0]).toMatchObject({ path: ".github/terrafusion.yml", start_line: 5 });
  });

  it("re-evaluates on an approving comment", async () => {
    const app = await createApp();
    const event = payload("issue_comment", "created");
    event.issue.pull_request = { url: "x" };
    const path = `/repos/${event.repository.owner.login}/${event.repository.name}`;
    let posted: any;
    github()
      .get(`${path}/pulls/${event.issue.number}`)
      .reply(200, { number: event.issue.number, base: { sha: "b1" }, head: { sha: "h1" }, html_url: "u" })
      .get(`${path}/contents/.github%2Fterrafusion.yml`)
      .query({ ref: "b1" })
      .reply(
        200,
        'version: 1\nreview:\n  methods: { comment-patterns: ["^LGTM"] }\n  rules: [{ name: any, require: { count: 1 } }]\n',
      )
      .post("/graphql")
      .reply(
        200,
        pullQueryAnswer({
          number: event.issue.number,
          head: { ref: "x", sha: "h1" },
          comments: [{ author: "dana", body: "LGTM", at: "2024-02-01T00:00:00Z" }],
        }),
      )
      .get(`${path}/collaborators/dana/permission`)
      .reply(200, { permission: "write", role_name: "write" })
      .post(`${path}/check-runs`, (body) => {
        posted = body;
        return true;
      })
      .reply(201, { id: 10 });
    await app.receive({ id: "6", name: "issue_comment", payload: event } as any);
    expect(posted.conclusion).toBe("success");
    expect(posted.output.text).toContain("dana (approved)");
  });

  it("lets no exception escape a handler", async () => {
    const app = await createApp();
    const { event, path } = pullEvent("opened");
    github()
      .get(`${path}/contents/.github%2Fterrafusion.yml`)
      .query(true)
      .reply(401, { message: "Bad credentials" });
    await expect(
      app.receive({ id: "7", name: "pull_request", payload: event } as any),
    ).resolves.toBeUndefined();
  });

  it("rejects a delivery with a bad signature", async () => {
    const app = await createApp();
    const event = payload("pull_request", "opened");
    const body = JSON.stringify(event);
    await expect(
      app.webhooks.verifyAndReceive({
        id: "8",
        name: "pull_request",
        payload: body,
        signature: "sha256=bad",
      }),
    ).rejects.toThrow(/signature/i);
    expect(SECRET).toBeTruthy();
  });
});
