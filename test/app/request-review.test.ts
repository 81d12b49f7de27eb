import nock from "nock";
import { pino } from "pino";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
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
afterEach(() => assertAllDone());

function pullEvent(action: string, headSha?: string) {
  const event = payload("pull_request", action);
  if (headSha) event.pull_request.head.sha = headSha;
  const owner = event.repository.owner.login as string;
  return { event, owner, path: `/repos/${owner}/${event.repository.name}`, pull: event.pull_request };
}

const policy = (rule: string) => `version: 1
review:
  rules:
    - name: security
      ${rule}
`;

type Shape = Parameters<typeof pullQueryAnswer>[0];

/** One evaluation: the policy, the pull request, the check run; `more` adds what the test expects next. */
function evaluation(
  text: string,
  pull: { base: { sha: string }; head: { sha: string }; number: number },
  shape: Omit<Shape, "number">,
  path: string,
  /** The app's first requests: the installation token comes first (it is cached after). */
  first = true,
  /** Collects the bodies of the check runs created. */
  created?: any[],
) {
  return (first ? github() : githubApi())
    .post("/graphql", policyQuery(pull.base.sha))
    .reply(200, policyAnswer({ yml: text }))
    .post("/graphql", (body) => body.query.includes("TerraFusionPull("))
    .reply(
      200,
      pullQueryAnswer({ number: pull.number, head: { ref: "topic", sha: pull.head.sha }, ...shape }),
    )
    .post(`${path}/check-runs`, (body) => {
      created?.push(body);
      return true;
    })
    .reply(201, { id: 1 });
}

/** The app's warnings, as messages. */
function warnings() {
  const lines: string[] = [];
  const logger = pino(
    { level: "warn", formatters: { level: (label) => ({ level: label }) } },
    { write: (line: string) => void lines.push((JSON.parse(line) as { msg: string }).msg) },
  );
  return { logger, lines };
}

describe("request-review", () => {
  it("asks once per head commit for a pending rule: not on a duplicate delivery, again after a push", async () => {
    const app = await createApp();
    const { event, path, pull } = pullEvent("opened");
    const text = policy(
      "require: { count: 1, teams: [acme/security] }\n      request-review: { mode: random-users }",
    );
    const shape = { author: "alice", reviews: [{ author: "carol", state: "COMMENTED" }] };
    const asked: any[] = [];
    evaluation(text, pull, shape, path)
      .get("/orgs/acme/teams/security/members")
      .query(true)
      .reply(200, [{ login: "alice" }, { login: "bob" }, { login: "carol" }, { login: "dave" }])
      .get(`${path}/pulls/${pull.number}/requested_reviewers`)
      .reply(200, { users: [{ login: "dave" }], teams: [] });
    await app.receive({ id: "r1", name: "pull_request", payload: event } as any);
    // dave is already asked, so count 1 is met by him: no request (assertAllDone fails on one).
    assertAllDone();

    // The same head again (a duplicate delivery, a label): evaluated, nobody asked, nothing read for it.
    evaluation(text, pull, shape, path, false);
    await app.receive({ id: "r1", name: "pull_request", payload: event } as any);
    assertAllDone();

    // A push: a new head commit is asked for again; dave has reviewed meanwhile, so bob is the one left.
    const pushed = pullEvent("synchronize", "f".repeat(40));
    evaluation(
      text,
      pushed.pull,
      {
        author: "alice",
        reviews: [
          { author: "carol", state: "COMMENTED" },
          { author: "dave", state: "COMMENTED" },
        ],
      },
      pushed.path,
      false,
    )
      .get(`${pushed.path}/pulls/${pushed.pull.number}/requested_reviewers`)
      .reply(200, { users: [], teams: [] })
      .post(`${pushed.path}/pulls/${pushed.pull.number}/requested_reviewers`, (body) => {
        asked.push(body);
        return true;
      })
      .reply(201, {});
    await app.receive({ id: "r2", name: "pull_request", payload: pushed.event } as any);
    expect(asked).toEqual([{ reviewers: ["bob"], team_reviewers: [] }]);
  });

  it("two deliveries of the same event at the same time ask once", async () => {
    const app = await createApp();
    const { event, path, pull } = pullEvent("opened");
    const text = policy("require: { count: 1, users: [bob] }\n      request-review: { mode: all-users }");
    const asked: unknown[] = [];
    evaluation(text, pull, { author: "alice" }, path);
    evaluation(text, pull, { author: "alice" }, path, false)
      .get(`${path}/pulls/${pull.number}/requested_reviewers`)
      .reply(200, { users: [], teams: [] })
      .post(`${path}/pulls/${pull.number}/requested_reviewers`, (body) => {
        asked.push(body);
        return true;
      })
      .reply(201, {});
    await Promise.all([
      app.receive({ id: "c1", name: "pull_request", payload: event } as any),
      app.receive({ id: "c1", name: "pull_request", payload: event } as any),
    ]);
    expect(asked).toEqual([{ reviewers: ["bob"], team_reviewers: [] }]);
  });

  it("asks nobody when the rule is satisfied, nor for a draft", async () => {
    const app = await createApp();
    const { event, path, pull } = pullEvent("opened");
    const text = policy(
      "require: { count: 1, users: [bob, carol] }\n      request-review: { mode: all-users }",
    );
    // bob approved: the rule is satisfied, so no request (assertAllDone fails on any unexpected one).
    evaluation(text, pull, { author: "alice", reviews: [{ author: "bob", state: "APPROVED" }] }, path);
    await app.receive({ id: "s1", name: "pull_request", payload: event } as any);
    assertAllDone();
    const draft = pullEvent("opened", "d".repeat(40));
    evaluation(text, draft.pull, { author: "alice", draft: true }, draft.path, false);
    await app.receive({ id: "s2", name: "pull_request", payload: draft.event } as any);
  });

  it("for a bare count, asks every collaborator with write permission but the author and those already asked", async () => {
    const app = await createApp();
    const { event, path, pull } = pullEvent("opened");
    const text = policy("require: { count: 2 }\n      request-review: { mode: all-users }");
    let asked: any;
    evaluation(text, pull, { author: "alice" }, path)
      .get(`${path}/pulls/${pull.number}/requested_reviewers`)
      .reply(200, { users: [{ login: "erin" }], teams: [] })
      .get(`${path}/collaborators`)
      .query({ affiliation: "all", per_page: 100 })
      .reply(200, [
        { login: "alice", role_name: "admin" },
        { login: "bob", role_name: "write" },
        { login: "carol", role_name: "read" },
        { login: "dave", permissions: { pull: true, push: true, admin: false } },
        { login: "erin", role_name: "maintain" },
        { login: "renovate[bot]", role_name: "write" },
      ])
      .post(`${path}/pulls/${pull.number}/requested_reviewers`, (body) => {
        asked = body;
        return true;
      })
      .reply(201, {});
    await app.receive({ id: "b1", name: "pull_request", payload: event } as any);
    expect(asked).toEqual({ reviewers: ["bob", "dave"], team_reviewers: [] });
  });

  it("in teams mode asks the rule's teams of the repository's organization", async () => {
    const app = await createApp();
    const { event, owner, path, pull } = pullEvent("opened");
    const text = policy(
      `require: { count: 1, teams: [${owner}/security, other-org/audit] }\n      request-review: { mode: teams }`,
    );
    let asked: any;
    evaluation(text, pull, { author: "alice" }, path)
      .get(`/orgs/${owner}/teams/security/members`)
      .query(true)
      .reply(200, [{ login: "bob" }])
      .get("/orgs/other-org/teams/audit/members")
      .query(true)
      .reply(200, [{ login: "carol" }])
      .get(`${path}/pulls/${pull.number}/requested_reviewers`)
      .reply(200, { users: [], teams: [] })
      .post(`${path}/pulls/${pull.number}/requested_reviewers`, (body) => {
        asked = body;
        return true;
      })
      .reply(201, {});
    await app.receive({ id: "t1", name: "pull_request", payload: event } as any);
    expect(asked).toEqual({ reviewers: [], team_reviewers: ["security"] });
  });

  it("does not ask again after GitHub refuses the reviewers (422), and asks again after a failure", async () => {
    const log = warnings();
    const app = await createApp(undefined, log.logger);
    const { event, path, pull } = pullEvent("opened");
    const text = policy("require: { count: 1, users: [bob] }\n      request-review: {}");
    const refusal =
      'GitHub refused to request reviews from bob (for rule "security"): Reviews may only be requested from collaborators.';
    const created: any[] = [];
    let updated: any;
    evaluation(text, pull, { author: "alice" }, path, true, created)
      .get(`${path}/pulls/${pull.number}/requested_reviewers`)
      .reply(200, { users: [], teams: [] })
      .post(`${path}/pulls/${pull.number}/requested_reviewers`)
      .reply(422, { message: "Reviews may only be requested from collaborators." })
      // The check run written before asking gains the refusal; its conclusion is still the policy's.
      .patch(`${path}/check-runs/1`, (body) => {
        updated = body;
        return true;
      })
      .reply(200, { id: 1 });
    await app.receive({ id: "f1", name: "pull_request", payload: event } as any);
    assertAllDone();
    expect(created[0].conclusion).toBe("action_required");
    expect(created[0].output.summary).not.toContain("refused");
    expect(updated.conclusion).toBe("action_required");
    expect(updated.output.title).toBe(created[0].output.title);
    expect(updated.output.summary.split("\n")).toContain(refusal);
    expect(log.lines).toEqual([
      `review: ${event.repository.full_name}#${pull.number} at ${pull.head.sha.slice(0, 7)}: ${refusal}`,
    ]);

    // The same head again: nobody asked, and the check run written at once still says who was refused.
    evaluation(text, pull, { author: "alice" }, path, false, created);
    await app.receive({ id: "f2", name: "pull_request", payload: event } as any);
    assertAllDone();
    expect(created[1].conclusion).toBe("action_required");
    expect(created[1].output.summary.split("\n")).toContain(refusal);
    // Once bob approves, the rule no longer waits for anyone to be asked, and the line goes.
    evaluation(
      text,
      pull,
      { author: "alice", reviews: [{ author: "bob", state: "APPROVED" }] },
      path,
      false,
      created,
    );
    await app.receive({ id: "f2b", name: "pull_request", payload: event } as any);
    assertAllDone();
    expect(created[2].conclusion).toBe("success");
    expect(created[2].output.summary).not.toContain("refused");
    expect(log.lines).toHaveLength(1);

    const other = pullEvent("opened", "e".repeat(40));
    evaluation(text, other.pull, { author: "alice" }, other.path, false)
      .get(`${path}/pulls/${pull.number}/requested_reviewers`)
      .reply(403, { message: "Resource not accessible by integration" });
    await app.receive({ id: "f3", name: "pull_request", payload: other.event } as any);
    assertAllDone();
    let asked: any;
    evaluation(text, other.pull, { author: "alice" }, other.path, false)
      .get(`${path}/pulls/${pull.number}/requested_reviewers`)
      .reply(200, { users: [], teams: [] })
      .post(`${path}/pulls/${pull.number}/requested_reviewers`, (body) => {
        asked = body;
        return true;
      })
      .reply(201, {});
    await app.receive({ id: "f4", name: "pull_request", payload: other.event } as any);
    expect(asked).toEqual({ reviewers: ["bob"], team_reviewers: [] });
  });

  it("a refusal that cannot be added to the check run is logged, and the head's next check run shows it", async () => {
    const log = warnings();
    const app = await createApp(undefined, log.logger);
    const { event, path, pull } = pullEvent("opened");
    const text = policy("require: { count: 1, users: [bob] }\n      request-review: { mode: all-users }");
    evaluation(text, pull, { author: "alice" }, path)
      .get(`${path}/pulls/${pull.number}/requested_reviewers`)
      .reply(200, { users: [], teams: [] })
      .post(`${path}/pulls/${pull.number}/requested_reviewers`)
      .reply(422, {
        message: "Reviews may only be requested from collaborators.",
        documentation_url: "https://docs.github.com/rest/pulls/review-requests",
      })
      .patch(`${path}/check-runs/1`)
      .reply(403, { message: "Resource not accessible by integration" });
    await app.receive({ id: "g1", name: "pull_request", payload: event } as any);
    assertAllDone();
    const refusal =
      'GitHub refused to request reviews from bob (for rule "security"): Reviews may only be requested from collaborators. - https://docs.github.com/rest/pulls/review-requests';
    expect(log.lines).toHaveLength(2);
    expect(log.lines[0]).toContain(refusal);
    expect(log.lines[1]).toContain("could not add the refusal to the check run: Resource not accessible");
    const created: any[] = [];
    evaluation(text, pull, { author: "alice" }, path, false, created);
    await app.receive({ id: "g2", name: "pull_request", payload: event } as any);
    expect(created[0].output.summary.split("\n")).toContain(refusal);
  });
});
