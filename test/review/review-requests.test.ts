import { describe, expect, it } from "vitest";
import { policySchema } from "../../src/policy/schema/index.ts";
import { evaluateReview, type ReviewPolicy } from "../../src/review/evaluate.ts";
import {
  needsCollaborators,
  planReviewRequests,
  refusalLine,
  requestingRules,
} from "../../src/review/review-requests.ts";
import { type PullSnapshotInput, pullSnapshotSchema } from "../../src/review/snapshot.ts";

const snapshot = (extra: Partial<PullSnapshotInput> = {}) =>
  pullSnapshotSchema.parse({
    number: 7,
    title: "t",
    author: "alice",
    base: { ref: "main" },
    head: { ref: "topic", sha: "h1" },
    files: [{ path: "src/auth/a.ts" }, { path: "docs/b.md" }],
    commits: [{ sha: "h1", author: "alice", committer: "frank" }],
    teams: { "acme/security": ["alice", "bob", "carol", "dave"], "acme/docs": ["erin"] },
    ...extra,
  });

const review = (rules: unknown[]): ReviewPolicy =>
  policySchema.parse({ version: 1, review: { rules } }).review!;

function plan(rules: unknown[], pull = snapshot(), state = {}, random = () => 0) {
  const policy = review(rules);
  const verdict = evaluateReview(policy, pull);
  const requesting = requestingRules(policy, verdict, pull);
  return planReviewRequests(
    policy,
    requesting,
    pull,
    { requestedUsers: [], requestedTeams: [], ...state },
    "acme",
    random,
  );
}

describe("planning review requests", () => {
  const security = { name: "security", require: { count: 2, teams: ["acme/security"] } };

  it("random-users asks the rule's count, never the author or a contributor, nobody who reviewed", () => {
    const pull = snapshot({
      reviews: [{ author: "carol", state: "COMMENTED", "submitted-at": "2024-01-01T00:00:00Z" }],
      commits: [{ sha: "h1", author: "alice", committer: "dave" }],
    });
    // Only bob is left: alice wrote it, dave committed, carol reviewed.
    expect(plan([{ ...security, "request-review": {} }], pull)).toEqual({
      users: ["bob"],
      teams: [],
      notes: [],
    });
  });

  it("random-users picks at random among the candidates, and `count` overrides the rule's count", () => {
    const rule = { ...security, "request-review": { count: 1 } };
    expect(plan([rule], snapshot(), {}, () => 0).users).toEqual(["bob"]);
    expect(plan([rule], snapshot(), {}, () => 0.99).users).toEqual(["dave"]);
    expect(plan([{ ...security, "request-review": { count: 3 } }]).users).toEqual(["bob", "carol", "dave"]);
  });

  it("counts people already asked towards the number, and asks none of them again", () => {
    const rule = { ...security, "request-review": {} };
    expect(plan([rule], snapshot(), { requestedUsers: ["Carol"] }).users).toEqual(["bob"]);
    expect(plan([rule], snapshot(), { requestedUsers: ["carol", "dave"] }).users).toEqual([]);
  });

  it("all-users asks everyone who could approve; contributors too when the rule counts them", () => {
    const rule = {
      ...security,
      options: { "allow-contributors": true },
      "request-review": { mode: "all-users" },
    };
    const pull = snapshot({ commits: [{ sha: "h1", author: "alice", committer: "dave" }] });
    expect(plan([rule], pull).users).toEqual(["bob", "carol", "dave"]);
  });

  it("asks nobody for a satisfied or skipped rule, a disabled request or a draft", () => {
    const approved = snapshot({
      reviews: ["bob", "carol"].map((author) => ({
        author,
        state: "APPROVED" as const,
        "submitted-at": "2024-01-01T00:00:00Z",
        commit: "h1",
      })),
    });
    expect(plan([{ ...security, "request-review": {} }], approved).users).toEqual([]);
    const skipped = { ...security, if: { "changed-files": { paths: ["nothing/**"] } }, "request-review": {} };
    expect(plan([skipped]).users).toEqual([]);
    expect(plan([{ ...security, "request-review": { enabled: false } }]).users).toEqual([]);
    expect(plan([{ ...security, "request-review": {} }], snapshot({ draft: true })).users).toEqual([]);
  });

  it("teams mode asks the rule's teams of the repository's organization, by slug, and names the others", () => {
    const rule = {
      name: "quorum",
      require: { "each-team": ["acme/security", "acme/docs", "other/audit"] },
      "request-review": { mode: "teams" },
    };
    expect(plan([rule], snapshot(), { requestedTeams: ["docs"] })).toEqual({
      users: [],
      teams: ["security"],
      notes: ["quorum: team other/audit is not in acme, so GitHub cannot be asked for its review"],
    });
  });

  it("a bare count draws on collaborators with write or more; permissions draw on the least one listed", () => {
    const collaborators = [
      { login: "alice", permission: "admin" as const },
      { login: "bob", permission: "write" as const },
      { login: "carol", permission: "triage" as const },
      { login: "dave", permission: "maintain" as const },
    ];
    const bare = { name: "one", require: { count: 1 }, "request-review": { mode: "all-users" } };
    const triage = {
      name: "two",
      require: { count: 1, permissions: ["triage", "admin"] },
      "request-review": { mode: "all-users" },
    };
    expect(plan([bare], snapshot(), { collaborators }).users).toEqual(["bob", "dave"]);
    expect(plan([triage], snapshot(), { collaborators }).users).toEqual(["bob", "carol", "dave"]);
    const policy = review([bare, { ...security, "request-review": {} }]);
    const pull = snapshot();
    const rules = requestingRules(policy, evaluateReview(policy, pull), pull);
    expect(needsCollaborators(rules)).toBe(true);
    expect(needsCollaborators(rules.slice(1))).toBe(false);
  });

  it("code owners of the changed files are candidates, teams through their members", () => {
    const pull = snapshot({ codeowners: "src/auth/ @acme/security\ndocs/ @zoe owner@example.com\n" });
    const rule = {
      name: "owners",
      require: { "code-owners": true },
      "request-review": { mode: "all-users" },
    };
    expect(plan([rule], pull).users).toEqual(["bob", "carol", "dave", "zoe"]);
  });

  it("keeps to GitHub's 15 reviewers, saying so", () => {
    const many = Array.from({ length: 20 }, (_, i) => `user${i}`);
    const rule = {
      name: "many",
      require: { count: 1, users: many },
      "request-review": { mode: "all-users" },
    };
    const result = plan([rule], snapshot(), { requestedUsers: ["someone"] });
    expect(result.users).toHaveLength(14);
    expect(result.notes).toEqual(["GitHub takes at most 15 reviewers: asking 14 of 20"]);
  });
});

describe("GitHub's refusal of a request, as one line", () => {
  it("names the people and teams asked, the rules, and GitHub's message on one line", () => {
    expect(
      refusalLine({
        rules: ["security", "docs"],
        users: ["bob", "alice"],
        teams: ["acme/security"],
        message: "Review cannot be requested from pull request author.\n  - https://docs.github.com/rest",
      }),
    ).toBe(
      'GitHub refused to request reviews from bob, alice, team acme/security (for rules "security", "docs"): Review cannot be requested from pull request author. - https://docs.github.com/rest',
    );
  });

  it("clips a long message, and says when nobody is known or GitHub gave no message", () => {
    const long = refusalLine({ rules: ["a"], users: ["bob"], teams: [], message: "x".repeat(1000) });
    expect(long).not.toContain("\n");
    expect(long.endsWith(`: ${"x".repeat(299)}…`)).toBe(true);
    expect(refusalLine({ rules: ["a"], users: [], teams: [], message: " " })).toBe(
      'GitHub refused to request reviews (for rule "a"): no message',
    );
  });
});
