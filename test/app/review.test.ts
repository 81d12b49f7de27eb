import nock from "nock";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  assertAllDone,
  createApp,
  github,
  payload,
  policyAnswer,
  policyQuery,
  pullQueryAnswer,
  SECRET,
} from "./harness.ts";

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
      .post("/graphql", policyQuery(pull.base.sha))
      .reply(200, policyAnswer({ yml: POLICY }))
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
      // "one reviewer" is a bare count: it counts people with write permission, as GitHub does.
      .get(`${path}/collaborators/bob/permission`)
      .reply(200, { permission: "write", role_name: "write" })
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
    const { event, pull } = pullEvent("synchronize");
    github().post("/graphql", policyQuery(pull.base.sha)).reply(200, policyAnswer({}));
    await app.receive({ id: "2", name: "pull_request", payload: event } as any);
  });

  it("reads .github/terrafusion.yaml, the other spelling, in the same one request", async () => {
    const app = await createApp();
    const { event, path, pull } = pullEvent("opened");
    let posted: any;
    github()
      .post("/graphql", policyQuery(pull.base.sha))
      .reply(200, policyAnswer({ yaml: "version: 1\nreview:\n  rulez: []\n" }))
      .post("/graphql")
      .reply(200, pullQueryAnswer({ number: pull.number, head: { ref: "x", sha: pull.head.sha } }))
      .post(`${path}/check-runs`, (body) => {
        posted = body;
        return true;
      })
      .reply(201, { id: 8 });
    await app.receive({ id: "2y", name: "pull_request", payload: event } as any);
    expect(posted.conclusion).toBe("failure");
    expect(posted.output.summary).toContain("Fix .github/terrafusion.yaml on the base branch");
    expect(posted.output.summary).toContain(".github/terrafusion.yaml:3:3 review.rulez: unknown key");
  });

  it("with both .github/terrafusion.yml and .github/terrafusion.yaml, fails the check naming both", async () => {
    const app = await createApp();
    const { event, path, pull } = pullEvent("opened");
    let posted: any;
    github()
      .post("/graphql", policyQuery(pull.base.sha))
      .reply(200, policyAnswer({ yml: POLICY, yaml: POLICY }))
      .post("/graphql")
      .reply(200, pullQueryAnswer({ number: pull.number, head: { ref: "x", sha: pull.head.sha } }))
      .post(`${path}/check-runs`, (body) => {
        posted = body;
        return true;
      })
      .reply(201, { id: 8 });
    await app.receive({ id: "2z", name: "pull_request", payload: event } as any);
    expect(posted.conclusion).toBe("failure");
    expect(posted.output.summary).toContain(
      ".github/terrafusion.yaml:1:1: .github/terrafusion.yml and .github/terrafusion.yaml both exist: TerraFusion reads one policy file, so merge them into one and delete the other",
    );
  });

  it("explains a policy that does not parse, with positions", async () => {
    const app = await createApp();
    const { event, path, pull } = pullEvent("opened");
    let posted: any;
    github()
      .post("/graphql", policyQuery(pull.base.sha))
      .reply(200, policyAnswer({ yml: "version: 1\nreview:\n  rulez: []\n" }))
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
      .post("/graphql", policyQuery(pull.base.sha))
      .times(2)
      .reply(200, policyAnswer({ yml: POLICY }))
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
      .post("/graphql", policyQuery(pull.base.sha))
      .reply(200, policyAnswer({ yml: POLICY }))
      .post("/graphql", (body) => !body.query.includes("TerraFusionFiles"))
      .reply(
        200,
        pullQueryAnswer({
          number: pull.number,
          head: { ref: "x", sha: pull.head.sha },
          files: [{ path: ".github/terrafusion.yml" }],
        }),
      )
      .post("/graphql", policyQuery(pull.head.sha))
      .reply(
        200,
        policyAnswer({
          yml: "version: 1\nreview:\n  rules:\n    - name: nothing\n      require: { count: nine }\n",
        }),
      )
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

  it("posts a new check run rather than update one with annotations: GitHub would append them again", async () => {
    const app = await createApp();
    const { event, path, pull } = pullEvent("synchronize");
    let posted: any;
    github()
      .post("/graphql", policyQuery(pull.base.sha))
      .reply(200, policyAnswer({ yml: POLICY }))
      .post("/graphql", (body) => !body.query.includes("TerraFusionFiles"))
      .reply(
        200,
        pullQueryAnswer({
          number: pull.number,
          head: { ref: "x", sha: pull.head.sha },
          files: [{ path: ".github/terrafusion.yml" }],
          // The check run of an earlier evaluation of this head, already carrying the annotations.
          checkRuns: [{ databaseId: 41, name: "TerraFusion / review" }],
        }),
      )
      .post("/graphql", policyQuery(pull.head.sha))
      .reply(
        200,
        policyAnswer({
          yml: "version: 1\nreview:\n  rules:\n    - name: nothing\n      require: { count: nine }\n",
        }),
      )
      .post(`${path}/check-runs`, (body) => {
        posted = body;
        return true;
      })
      .reply(201, { id: 42 });
    await app.receive({ id: "6", name: "pull_request", payload: event } as any);
    // No PATCH of check run 41 (nock refuses any route it was not given): a new run with the annotations once.
    expect(posted.output.annotations).toHaveLength(1);
    expect(posted.head_sha).toBe(pull.head.sha);
  });

  function commentEvent() {
    const event = payload("issue_comment", "created");
    event.issue.pull_request = {
      url: "x",
      html_url: `https://github.com/${event.repository.full_name}/pull/${event.issue.number}`,
    };
    return { event, path: `/repos/${event.repository.owner.login}/${event.repository.name}` };
  }
  const isBaseQuery = (body: { query: string }) => body.query.includes("TerraFusionPullBase");
  const baseAnswer = (target: unknown) => ({
    data: {
      repository: { pullRequest: { baseRefOid: "b0", headRefOid: "h1", baseRef: target && { target } } },
    },
  });

  it("re-evaluates on an approving comment, reading the base branch and its policy in one query", async () => {
    const app = await createApp();
    const { event, path } = commentEvent();
    const policy =
      'version: 1\nreview:\n  methods: { comment-patterns: ["^LGTM"] }\n  rules: [{ name: any, require: { count: 1 } }]\n';
    let posted: any;
    let asked: any;
    github()
      .post("/graphql", (body) => {
        asked = body.variables;
        return isBaseQuery(body);
      })
      .reply(
        200,
        baseAnswer({
          oid: "b1",
          f0: { object: { text: policy, isBinary: false, isTruncated: false } },
          f1: null,
        }),
      )
      .post("/graphql", (body) => !isBaseQuery(body))
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
    expect(asked).toMatchObject({
      number: event.issue.number,
      p0: ".github/terrafusion.yml",
      p1: ".github/terrafusion.yaml",
    });
    expect(posted.conclusion).toBe("success");
    expect(posted.head_sha).toBe("h1");
    expect(posted.details_url).toBe(event.issue.pull_request.html_url);
    expect(posted.output.text).toContain("dana (has write permission)");
  });

  it("costs one request on a comment in a repository without a policy, none on an issue's comment", async () => {
    const app = await createApp();
    const { event } = commentEvent();
    github()
      .post("/graphql", isBaseQuery)
      .reply(200, baseAnswer({ oid: "b1", f0: null, f1: null }));
    await app.receive({ id: "6a", name: "issue_comment", payload: event } as any);
    assertAllDone();
    // A comment on an issue that is not a pull request: no request at all (assertAllDone sees any).
    const plain = payload("issue_comment", "created");
    delete plain.issue.pull_request;
    await app.receive({ id: "6b", name: "issue_comment", payload: plain } as any);
  });

  it("reads the policy at the recorded base commit when the base branch is gone, or GraphQL has no text", async () => {
    const app = await createApp();
    const { event, path } = commentEvent();
    github()
      .post("/graphql", isBaseQuery)
      .reply(200, baseAnswer(null))
      .post("/graphql", policyQuery("b0"))
      .reply(200, policyAnswer({}, "b0"))
      .post("/graphql", isBaseQuery)
      .reply(
        200,
        baseAnswer({
          oid: "b1",
          f0: { object: { text: null, isBinary: false, isTruncated: true } },
          f1: null,
        }),
      )
      .get(`${path}/contents/.github%2Fterrafusion.yml`)
      .query({ ref: "b1" })
      .reply(404, {});
    await app.receive({ id: "6c", name: "issue_comment", payload: event } as any);
    await app.receive({ id: "6d", name: "issue_comment", payload: event } as any);
  });

  it("lets no exception escape a handler", async () => {
    const app = await createApp();
    const { event, pull } = pullEvent("opened");
    github()
      .post("/graphql", policyQuery(pull.base.sha))
      // 403 is final (a 401 right after the token was made is retried by the app auth, a 5xx by the retry plugin).
      .reply(403, { message: "Resource not accessible by integration" });
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
