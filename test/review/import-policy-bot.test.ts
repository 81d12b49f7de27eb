/**
 * The policy-bot converter: a policy using every key policy-bot reads converts into a review section
 * the schema accepts; the converted policy decides pull requests as policy-bot would; what cannot be
 * carried over is reported where it is written; input that is no policy-bot policy is one line.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { ConfigError } from "../../src/errors.ts";
import { loadPolicy } from "../../src/fs/load-policy.ts";
import { review as reviewSchema } from "../../src/policy/schema/review.ts";
import { reviewCaseSchema } from "../../src/review/case.ts";
import { evaluateReview } from "../../src/review/evaluate.ts";
import { lintReview } from "../../src/review/lint.ts";
import { convertPolicyBot } from "../../src/review/policy-bot/convert.ts";

const DIR = join(import.meta.dirname, "../fixtures/review/policy-bot");
const read = (name: string) => readFileSync(join(DIR, name), "utf8");
const where = (problems: { line: number; column: number; path: string }[]) =>
  problems.map((p) => `${p.line}:${p.column} ${p.path}`);

type Rule = { name: string; [key: string]: unknown };

describe("a policy-bot policy with every key", () => {
  const file = "everything.policy.yml";
  const text = read(file);
  const { review, problems } = convertPolicyBot(text, file);
  const rules = review.rules as Rule[];
  const rule = (name: string) => rules.find((r) => r.name === name)!;

  it("uses every predicate, option and method policy-bot reads (so that this test covers them)", () => {
    const keys = [
      "changed_files",
      "no_changed_files",
      "only_changed_files",
      "file_deleted",
      "file_not_deleted",
      "has_author_in",
      "has_contributor_in",
      "only_has_contributors_in",
      "author_is_only_contributor",
      "targets_branch",
      "from_branch",
      "modified_lines",
      "has_successful_status",
      "has_status",
      "has_workflow_result",
      "has_labels",
      "repository",
      "title",
      "has_valid_signatures",
      "has_valid_signatures_by",
      "has_valid_signatures_by_keys",
      "custom_property_is_null",
      "custom_property_is_not_null",
      "custom_property_matches_any_of",
      "custom_property_matches_none_of",
      "allow_author",
      "allow_contributor",
      "allow_non_author_contributor",
      "invalidate_on_push",
      "ignore_edited_comments",
      "ignore_update_merges",
      "ignore_commits_by",
      "request_review",
      "comments",
      "comment_patterns",
      "github_review",
      "github_review_comment_patterns",
      "body_patterns",
      "admins",
      "write_collaborators",
      "conditions",
      "disapprove",
      "revoke",
    ];
    for (const key of keys) expect(text).toMatch(new RegExp(`^\\s*${key}:`, "m"));
  });

  it("converts into a review section the schema accepts, with no lint problem", () => {
    const parsed = reviewSchema.safeParse(review);
    expect(parsed.success, parsed.error?.message).toBe(true);
    expect(lintReview(parsed.data, file, () => ({ line: 1, column: 1 }))).toEqual([]);
  });

  it("keeps the rule names and policy.approval's and/or as combine", () => {
    expect(rules.map((r) => r.name)).toEqual([
      "docs only",
      "backend reviewed",
      "security signed off",
      "release gate",
    ]);
    expect(review.combine).toEqual({
      and: [{ or: ["docs only", { and: ["backend reviewed", "security signed off"] }] }, "release gate"],
    });
  });

  it("writes policy-bot's defaults where TerraFusion's differ", () => {
    expect(review["invalidate-on-push"]).toBe(false);
    expect(review.methods).toEqual({ "github-review": true, "comment-patterns": [":\\+1:", "👍"] });
    // A count is always written: policy-bot's default is 0, TerraFusion's 1.
    expect(rule("release gate").require).toEqual({ count: 0, conditions: { labels: ["changelog"] } });
  });

  it("turns path regexps into globs, and the other predicates into conditions", () => {
    expect(rule("docs only").if).toEqual({
      "only-changed-files": ["docs/**/*", "**/*.md"],
      "not-title": ["^WIP"],
    });
    expect(rule("backend reviewed").if).toEqual({
      "changed-files": { paths: ["src/{api,db}/**/*"], ignore: ["**/*_test.go"] },
      "no-changed-files": ["vendor/**/*"],
      "target-branch": ["^(main|release/.*)$"],
      "source-branch": ["^(feature|fix)/"],
      "lines-changed": { "more-than": 10 },
      author: { teams: ["acme/backend"] },
      contributors: { organizations: ["acme"] },
    });
    expect(rule("security signed off").if).toEqual({
      "no-deleted-files": ["SECURITY.md"],
      "deleted-files": ["src/auth/**/*"],
      // policy-bot counts the author among the contributors: both must be in acme.
      "only-contributors": { organizations: ["acme"] },
      author: { organizations: ["acme"] },
      "author-is-only-contributor": false,
      "valid-signatures": true,
      "valid-signatures-by": { users: ["alice", "bob"] },
      "valid-signatures-by-keys": ["3AA5C34371567BD2"],
      repository: { matches: ["^acme/"], "not-matches": ["-archive$"] },
      "custom-properties": { tier: { matches: ["^critical$"] } },
    });
    expect(rule("release gate").if).toEqual({
      labels: ["release"],
      checks: { names: ["deploy/preview"], conclusions: ["success", "neutral"] },
      "custom-properties": {
        owner: { matches: [".*"] },
        frozen: { "not-matches": [".*"] },
        stage: { "not-matches": ["^sunset$"] },
      },
    });
  });

  it("carries requires, options, methods and request_review over", () => {
    expect(rule("backend reviewed").require).toEqual({
      count: 2,
      users: ["carol"],
      teams: ["acme/backend"],
    });
    expect(rule("backend reviewed").options).toEqual({
      // allow_contributor counts the author as a contributor, so it allows both.
      "allow-author": true,
      "allow-contributors": true,
      "invalidate-on-push": true,
      "ignore-edited-comments": true,
      "ignore-update-merges": true,
      "ignore-commits-by": { users: ["renovate[bot]"] },
      methods: {
        "github-review": true,
        "comment-patterns": ["LGTM", "^/approve\\b"],
        "github-review-comment-patterns": ["(?i)\\bship it\\b"],
      },
    });
    expect(rule("backend reviewed")["request-review"]).toEqual({ mode: "random-users", count: 3 });
    expect(rule("security signed off").require).toEqual({
      count: 1,
      organizations: ["acme"],
      permissions: ["admin", "write"],
      conditions: {
        checks: { names: ["ci/build"] },
        workflows: { paths: [".github/workflows/ci.yml"], conclusions: ["success", "skipped"] },
      },
    });
    expect(rule("security signed off").options).toEqual({
      "allow-author": true,
      "allow-contributors": true,
      // Written whole: a rule's methods replace the top-level ones, and policy-bot keeps its comments.
      methods: {
        "github-review": true,
        "comment-patterns": [":\\+1:", "👍"],
        "body-patterns": ["(?m)^Security-Reviewed: yes$"],
      },
    });
  });

  it("carries the disapproval over, its if disapproving on any one key as in policy-bot", () => {
    expect(review.disapproval).toEqual({
      enabled: true,
      if: {
        title: "^DO NOT MERGE",
        "not-title": ["^(feat|fix|chore|docs)(\\(.+\\))?: "],
        labels: ["blocked"],
        author: { users: ["mallory"] },
        contributors: { users: ["mallory"] },
        "lines-added": { "more-than": 5000 },
        "lines-deleted": { "more-than": 5000 },
      },
      "comment-patterns": [":-1:", "^/block\\b"],
      "revoke-patterns": [":\\+1:", "^/unblock\\b"],
      who: { users: ["lead"], teams: ["acme/maintainers"] },
    });
  });

  it("reports exactly what does not carry over as written, each at its key", () => {
    expect(where(problems)).toEqual([
      "21:5 policy.disapproval.requires",
      "62:7 approval_rules.1.if.has_contributor_in",
      "64:7 approval_rules.1.if.title",
    ]);
    expect(problems.every((p) => p.file === file)).toBe(true);
    expect(problems[1]!.message).toContain(
      "policy-bot counts the pull request's author among the contributors",
    );
    expect(problems[2]!.message).toBe(
      "holds when any one of title, not-title holds, but a rule applies only when every key of its if holds; left out",
    );
  });
});

describe("the converted policy decides as policy-bot does", () => {
  const file = "verdicts.policy.yml";
  const { review, problems } = convertPolicyBot(read(file), file);
  const cases = readdirSync(join(DIR, "cases"))
    .filter((name) => name.endsWith(".json"))
    .sort();
  const folder = mkdtempSync(join(tmpdir(), "tf-policy-bot-"));
  const load = async (section: unknown) => {
    const path = join(folder, `policy-${Math.random().toString(36).slice(2)}.yml`);
    writeFileSync(path, stringify({ version: 1, review: section }));
    return (await loadPolicy({ cwd: folder, file: path })).policy.review;
  };
  const testCase = (name: string) =>
    reviewCaseSchema.parse(JSON.parse(readFileSync(join(DIR, "cases", name), "utf8")));

  it("has cases to decide, and converts with only the disapproval's revocation noted", () => {
    expect(cases.length).toBeGreaterThanOrEqual(6);
    expect(where(problems)).toEqual(["9:5 policy.disapproval.requires"]);
  });

  it.each(cases)("%s", async (name) => {
    const pull = testCase(name);
    const verdict = evaluateReview(await load(review), pull);
    expect(verdict.status).toBe(pull.expect!.status);
    for (const [rule, status] of Object.entries(pull.expect!.rules ?? {}))
      expect(verdict.rules.find((r) => r.name === rule)?.status, rule).toBe(status);
  });

  it("would decide otherwise without policy-bot's defaults written out", async () => {
    const { "invalidate-on-push": _i, methods: _m, ...bare } = review;
    const disapproval = { ...(review.disapproval as object), who: undefined };
    const withTerraFusionDefaults = await load({ ...bare, disapproval });
    const differs = cases.filter(
      (name) =>
        evaluateReview(withTerraFusionDefaults, testCase(name)).status !== testCase(name).expect!.status,
    );
    // No comment approves, approvals before a push go stale, anyone with write access disapproves.
    expect(differs).toEqual([
      "01-docs-thumbs-up-comment.json",
      "02-backend-approvals-kept-after-push.json",
      "07-outsider-requests-changes.json",
    ]);
  });
});

describe("a count with nobody listed", () => {
  const file = "bare-count.policy.yml";
  const { review, problems } = convertPolicyBot(read(file), file);
  const rules = review.rules as Rule[];
  const NOBODY =
    "policy-bot counts nobody here: requires names no users, teams, organizations or permissions";
  const CONVERTED =
    ", so the rule can never be approved; converted to permissions: [write], which admits more (anyone with write access): name who may approve";

  it("is reported on one line at its count, with its line: policy-bot could never approve the rule", () => {
    expect(problems.map((p) => `${p.line}:${p.column} ${p.path}: ${p.message}`)).toEqual([
      `14:7 approval_rules.0.requires.count: ${NOBODY}${CONVERTED}`,
      `18:7 approval_rules.1.requires.count: ${NOBODY} (none that carried over)${CONVERTED}`,
      '19:15 approval_rules.1.requires.users.0: "not a login!" is not a GitHub login; left out',
    ]);
    expect(problems.every((p) => p.file === file && !p.message.includes("\n"))).toBe(true);
  });

  it("is converted to approvals from people with write permission, written out; named people and count 0 are left alone", () => {
    expect(rules.map((rule) => [rule.name, rule.require])).toEqual([
      ["one review", { count: 1, permissions: ["write"] }],
      ["two reviews", { count: 2, permissions: ["write"] }],
      ["admins only", { count: 1, permissions: ["admin"] }],
      ["nothing needed", { count: 0 }],
    ]);
    const parsed = reviewSchema.parse(review);
    expect(lintReview(parsed, file, () => ({ line: 1, column: 1 }))).toEqual([]);
  });

  it("counts an approval from someone with write permission, never one from a reader or an outsider", async () => {
    const folder = mkdtempSync(join(tmpdir(), "tf-policy-bot-bare-"));
    const path = join(folder, "policy.yml");
    writeFileSync(path, stringify({ version: 1, review }));
    const policy = (await loadPolicy({ cwd: folder, file: path })).policy.review;
    const pull = (approvers: string[]) =>
      reviewCaseSchema.parse({
        repository: "acme/shop",
        title: "Change",
        author: "alice",
        base: { ref: "main" },
        head: { ref: "feature/x", sha: "h1" },
        commits: [{ sha: "h1", author: "alice", committer: "alice" }],
        permissions: { alice: "write", wes: "write", rita: "read", max: "admin" },
        files: [{ path: "src/app.ts", additions: 1, deletions: 0 }],
        reviews: approvers.map((author) => ({
          author,
          state: "APPROVED",
          "submitted-at": "2024-01-03T00:00:00Z",
          commit: "h1",
        })),
      });
    const status = (approvers: string[], rule: string) =>
      evaluateReview(policy, pull(approvers)).rules.find((r) => r.name === rule)?.status;
    expect(status(["rita", "olga"], "one review")).toBe("pending");
    expect(status(["wes"], "one review")).toBe("approved");
    expect(status(["wes", "rita"], "two reviews")).toBe("pending");
    expect(status(["wes", "max"], "two reviews")).toBe("approved");
    expect(evaluateReview(policy, pull(["wes", "max"])).status).toBe("approved");
  });
});

describe("what cannot be carried over", () => {
  const text = [
    "policy:", // 1
    "  approval:", // 2
    "    - files", // 3
    "    - missing rule", // 4
    "approval_rules:", // 5
    "  - name: files", // 6
    "    if:", // 7
    "      file_added:", // 8
    "        paths: ['^new/']", // 9
    "      changed_files:", // 10
    "        paths: ['^v\\d+/', '^docs/']", // 11
    "      modified_lines:", // 12
    '        additions: "> 10"', // 13
    '        deletions: "> 10"', // 14
    "    requires:", // 15
    "      count: 1", // 16
    "    options:", // 17
    "      request_review: { enabled: true, mode: everyone }", // 18
    "      methods:", // 19
    "        reactions: ['+1']", // 20
    "  - name: unused", // 21
    "    requires: { count: 0 }", // 22
    "remote: acme/policies", // 23
  ].join("\n");
  const { review, problems } = convertPolicyBot(text, ".policy.yml");

  it("reports each construct with its line, column and key path, and leaves the rest converted", () => {
    expect(problems.map((p) => `${p.line}:${p.column} ${p.path}: ${p.message}`)).toEqual([
      '4:7 policy.approval.1: names the rule "missing rule", which approval_rules does not define (or which could not be carried over); left out',
      "8:7 approval_rules.0.if.file_added: TerraFusion has no condition on added files; left out",
      "11:17 approval_rules.0.if.changed_files.paths.0: the path regexp `^v\\d+/` has no glob form (`\\d+`: a repeat of anything but . or [^/] has no glob form); left out",
      "12:7 approval_rules.0.if.modified_lines: holds when any one of lines-added, lines-deleted holds, but a rule applies only when every key of its if holds; left out",
      "16:7 approval_rules.0.requires.count: policy-bot counts nobody here: requires names no users, teams, organizations or permissions, so the rule can never be approved; converted to permissions: [write], which admits more (anyone with write access): name who may approve",
      '18:40 approval_rules.0.options.request_review.mode: "everyone" is not a mode (all-users, random-users, teams); TerraFusion\'s default, random-users, is used',
      "20:9 approval_rules.0.options.methods.reactions: TerraFusion does not count reactions; left out",
      "21:5 approval_rules.1.name: policy.approval does not name this rule, so policy-bot never evaluates it; left out",
      "23:1 remote: a remote policy: policy-bot reads the policy from another repository; convert that file instead (left out)",
    ]);
    expect(reviewSchema.safeParse(review).success).toBe(true);
    expect(review.rules).toEqual([
      {
        name: "files",
        if: { "changed-files": { paths: ["docs/**/*"] } },
        require: { count: 1, permissions: ["write"] },
        "request-review": {},
      },
    ]);
    expect(review.combine).toBe("files");
    expect(review.disapproval).toEqual({ enabled: false });
  });
});

describe("input that is no policy-bot policy", () => {
  const error = (text: string) => {
    try {
      convertPolicyBot(text, "p.yml");
    } catch (thrown) {
      expect(thrown).toBeInstanceOf(ConfigError);
      return (thrown as Error).message;
    }
    throw new Error("expected a ConfigError");
  };

  it.each([
    ["not YAML", "policy:\n  approval: [a\n", /^p\.yml:3:1: YAML syntax error: /],
    ["a list", "- a\n- b\n", /^p\.yml:1:1: not a policy-bot policy: expected policy: and approval_rules:/],
    ["other keys", "name: x\n", /^p\.yml:1:1: not a policy-bot policy/],
    ["a TerraFusion policy", "version: 1\nreview: {}\n", /^p\.yml:1:1: this is a TerraFusion policy already/],
    ["empty", "# nothing\n\n", /^p\.yml:1:1: the file is empty: not a policy-bot policy/],
    ["not UTF-8", "\u0000", /^p\.yml:1:1: not a text file/],
  ])("%s: one line", (_what, text, pattern) => {
    const message = error(text);
    expect(message).toMatch(pattern);
    expect(message).not.toContain("\n");
  });
});
