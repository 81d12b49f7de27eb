import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { policySchema } from "../../src/policy/schema/index.ts";
import { parseYamlSource } from "../../src/policy/yaml-source.ts";
import { lintReview } from "../../src/review/lint.ts";
import { keyIdProblem } from "../../src/review/lint-conditions.ts";
import { cli } from "../helpers/cli.ts";

// Teams and users are checked on GitHub only with a token (test/policy/actor-lint.test.ts): none here.
const { GITHUB_TOKEN: _a, GH_TOKEN: _b, ...env } = process.env;

/** `path: message` for every semantic problem of a review section written in YAML. */
function lint(reviewYaml: string): string[] {
  const text = `version: 1\nreview:\n${reviewYaml}`;
  const source = parseYamlSource("p.yml", new TextEncoder().encode(text));
  if (Array.isArray(source)) throw new Error(source.map((p) => p.message).join("\n"));
  const review = policySchema.parse(source.value).review;
  return lintReview(review, "p.yml", source.positionOf).map((p) => `${p.path}: ${p.message}`);
}

describe("review lint: request-review", () => {
  it("accepts request-review where someone can be asked, and a block turned off", () => {
    expect(
      lint(`  rules:
    - { name: a, require: { count: 1, teams: [acme/x] }, request-review: { mode: teams } }
    - { name: b, require: { count: 2 }, request-review: {} }
    - { name: c, require: { code-owners: true }, request-review: { mode: all-users } }
    - { name: d, require: { count: 1, permissions: [maintain] }, request-review: { count: 3 } }
    - { name: e, require: { count: 0, organizations: [acme] }, request-review: { enabled: false } }
`),
    ).toEqual([]);
  });

  it("reports a rule that needs no approval, where a review changes nothing", () => {
    expect(
      lint("  rules:\n    - { name: a, require: { count: 0, users: [bob] }, request-review: {} }\n"),
    ).toEqual([
      "review.rules.0.request-review: asks for reviews that cannot change this rule: it needs no approval (count: 0), so it is pending only while require.conditions fail",
    ]);
  });

  it("reports a rule with nobody to ask: only organizations, or only bot accounts", () => {
    const nobody =
      "asks nobody: GitHub is asked for people listed under users, members of teams and each-team, code owners, or collaborators by permission, and this rule names none of them (members of organizations and apps' bot accounts are not asked)";
    expect(
      lint(`  rules:
    - { name: a, require: { count: 1, organizations: [acme] }, request-review: {} }
    - { name: b, require: { count: 1, users: ["renovate[bot]"] }, request-review: { mode: all-users } }
`),
    ).toEqual([`review.rules.0.request-review: ${nobody}`, `review.rules.1.request-review: ${nobody}`]);
  });

  it("reports mode teams on a rule without teams, and a count that only random-users reads", () => {
    expect(
      lint(`  rules:
    - { name: a, require: { count: 1, users: [bob] }, request-review: { mode: teams, count: 2 } }
    - { name: b, require: { count: 1, users: [bob] }, request-review: { mode: all-users, count: 1 } }
`),
    ).toEqual([
      "review.rules.0.request-review.count: is read only by mode random-users; mode teams asks the rule's teams",
      "review.rules.0.request-review.mode: mode teams asks nobody: the rule names no teams (require.teams or each-team); use random-users or all-users to ask people",
      "review.rules.1.request-review.count: is read only by mode random-users; mode all-users asks everyone who could approve",
    ]);
  });
});

describe("review lint: methods", () => {
  it("reports body-patterns where the author's approval does not count, on the rule or at the top", () => {
    expect(
      lint(`  methods: { body-patterns: ["^LGTM"] }
  rules:
    - { name: a, require: { count: 1 }, options: { methods: { body-patterns: ["^ship it"] } } }
    - { name: b, require: { count: 1 } }
`),
    ).toEqual([
      "review.methods.body-patterns: never approves: a matching description is the author's approval, and no rule that uses these methods sets allow-author: true",
      "review.rules.0.options.methods.body-patterns: never approves: a matching description is the author's approval, which this rule does not count (set allow-author: true)",
    ]);
  });

  it("accepts body-patterns where the author's approval counts", () => {
    expect(
      lint(`  allow-author: true
  methods: { body-patterns: ["^LGTM"] }
  rules:
    - { name: a, require: { count: 1 }, options: { methods: { body-patterns: ["^ship it"] } } }
`),
    ).toEqual([]);
  });

  it("reports review-comment patterns without GitHub reviews, and methods with which nothing approves", () => {
    expect(
      lint(`  rules:
    - name: a
      require: { count: 1 }
      options: { methods: { github-review: false, github-review-comment-patterns: ["^LGTM"] } }
`),
    ).toEqual([
      "review.rules.0.options.methods.github-review-comment-patterns: has no effect: github-review is false, so no approving review counts whatever its body says",
      "review.rules.0.options.methods.github-review: nothing approves: github-review is false and there are no comment-patterns or body-patterns",
    ]);
  });
});

describe("review lint: conditions", () => {
  it("reports contradictions under if and under require.conditions", () => {
    expect(
      lint(`  rules:
    - name: a
      if:
        lines-added: { more-than: 5, less-than: 6 }
        deleted-files: ["src/**"]
        no-deleted-files: ["src/**", "docs/**"]
        title: "^fix"
        not-title: ["^fix"]
      require:
        count: 1
        conditions:
          changed-files: { paths: ["api/**"] }
          no-changed-files: ["api/**"]
          valid-signatures: false
          valid-signatures-by: { users: [bob] }
          lines-deleted: { more-than: 0, less-than: 1 }
`),
    ).toEqual([
      "review.rules.0.if.lines-added: can never apply: no number of lines is more than 5 and less than 6",
      "review.rules.0.if.no-deleted-files: can never apply: a deletion that deleted-files needs is one that no-deleted-files forbids",
      'review.rules.0.if.not-title: can never apply: the title must match "^fix" and must not',
      "review.rules.0.require.conditions.lines-deleted: can never hold, so the rule can never be approved: no number of lines is more than 0 and less than 1",
      "review.rules.0.require.conditions.no-changed-files: can never hold, so the rule can never be approved: a file that changed-files needs is one that no-changed-files forbids",
      "review.rules.0.require.conditions.valid-signatures-by: can never hold, so the rule can never be approved: valid-signatures-by needs every commit signed and verified, valid-signatures: false needs one that is not",
    ]);
  });

  it("reports under disapproval.if a key that never holds, and keys of which one always holds", () => {
    expect(
      lint(`  disapproval:
    if:
      lines-added: { more-than: 5, less-than: 6 }
      changed-files: { paths: ["gen/**"], ignore: ["**"] }
      deleted-files: ["src/**", "docs/**"]
      no-deleted-files: ["src/**"]
      author: { users: [bob, carol] }
      not-author: { users: [Bob] }
      title: "^WIP"
      not-title: ["^WIP"]
      workflows: { paths: [ci.yml] }
  rules:
    - { name: a, require: { count: 1 } }
`),
    ).toEqual([
      "review.disapproval.if.lines-added: never holds, so it never disapproves: no number of lines is more than 5 and less than 6",
      "review.disapproval.if.changed-files.ignore: never holds, so it never disapproves: ignore covers every path that changed-files matches",
      "review.disapproval.if.no-deleted-files: disapproves every pull request: a pull request that deletes a file no-deleted-files names is matched by deleted-files, and one that deletes none by no-deleted-files",
      "review.disapproval.if.not-author: disapproves every pull request: an author that not-author excludes is listed under author, and any other author is not excluded",
      'review.disapproval.if.not-title: disapproves every pull request: every title either matches "^WIP" or does not',
      'review.disapproval.if.workflows.paths.0: "ci.yml" never matches: GitHub names a workflow by its file from the repository root, e.g. .github/workflows/ci.yml',
    ]);
    expect(
      lint(`  disapproval:
    if: { changed-files: { paths: ["api/**", "db/**"] }, no-changed-files: ["api/**"] }
`),
    ).toEqual([
      "review.disapproval.if.no-changed-files: disapproves every pull request: a pull request that changes a file no-changed-files names is matched by changed-files, and one that changes none by no-changed-files",
    ]);
  });

  it("accepts under disapproval.if keys that exclude each other (any one disapproves), and a disapproval turned off", () => {
    const excluding = `title: "^fix"
      not-title: ["^fix", "^feat"]
      changed-files: { paths: ["api/**"] }
      no-changed-files: ["api/**", "docs/**"]
      deleted-files: ["src/**"]
      no-deleted-files: ["src/**", "docs/**"]
      author: { users: [bob] }
      not-author: { users: [bob, carol] }
      valid-signatures: false
      valid-signatures-by: { users: [bob] }`;
    expect(lint(`  disapproval:\n    if:\n      ${excluding}\n`)).toEqual([]);
    // The same keys under a rule's if, where every key must hold, can never apply.
    expect(
      lint(
        `  rules:\n    - name: a\n      require: { count: 1 }\n      if:\n        ${excluding.replaceAll("\n      ", "\n        ")}\n`,
      ),
    ).toEqual(
      ["no-changed-files", "no-deleted-files", "not-author", "not-title", "valid-signatures-by"].map((key) =>
        expect.stringMatching(new RegExp(`^review\\.rules\\.0\\.if\\.${key}: can never apply: `)),
      ),
    );
    // With the changed-files ignore, a file no-changed-files names may be one changed-files ignores.
    expect(
      lint(`  disapproval:
    if: { changed-files: { paths: ["api/**"], ignore: ["api/gen/**"] }, no-changed-files: ["api/**"] }
`),
    ).toEqual([]);
    expect(
      lint(`  disapproval:
    enabled: false
    if: { title: "^WIP", not-title: ["^WIP"] }
`),
    ).toEqual([]);
  });

  it("reports signing keys that are not the long key IDs GitHub reports, and says what to write", () => {
    const problems = lint(`  rules:
    - name: a
      if: { valid-signatures-by-keys: [3AA5C34371567BD2, "0x3aa5c34371567bd2", 71567BD2, 4F1A2B3C4D5E6F708192A3B4C5D6E7F83AA5C34371567BD2, "alice's key"] }
      require: { count: 1 }
`);
    // The first is a long key ID: no problem. Each of the others names its index.
    expect(problems.map((p) => p.split(":")[0])).toEqual(
      [1, 2, 3, 4].map((i) => `review.rules.0.if.valid-signatures-by-keys.${i}`),
    );
    expect(problems[0]).toContain('"0x3aa5c34371567bd2" is not a GPG key ID as GitHub reports it');
    expect(problems[0]).toContain("write 3AA5C34371567BD2");
    expect(problems[1]).toContain("a short key ID: write the long one");
    // A 48-digit string is no fingerprint: told to write the long key ID.
    expect(problems[2]).toContain("write the long key ID (gpg --list-keys --keyid-format long)");
    expect(problems[3]).toContain(`"alice's key" is not`);
    expect(keyIdProblem("0123456789ABCDEF0123456789ABCDEF01234567")).toContain(
      "a fingerprint: write its last 16 digits, 89ABCDEF01234567",
    );
  });

  it("reports a workflow named without its folder, and leaves GitHub's dynamic workflows alone", () => {
    expect(
      lint(`  rules:
    - name: a
      if: { workflows: { paths: [ci.yml, .github/workflows/ci.yml, dynamic/github-code-scanning/codeql] } }
      require: { count: 1 }
`),
    ).toEqual([
      'review.rules.0.if.workflows.paths.0: "ci.yml" never matches: GitHub names a workflow by its file from the repository root, e.g. .github/workflows/ci.yml',
    ]);
  });
});

describe("policy validate on the new review keys", () => {
  function repoWith(policy: string) {
    const dir = mkdtempSync(join(tmpdir(), "tf-lint-keys-"));
    mkdirSync(join(dir, ".github"));
    writeFileSync(join(dir, ".github/terrafusion.yml"), policy);
    return dir;
  }

  it("reports lint problems of the new keys at their line and column, exit 2", async () => {
    const dir = repoWith(
      "version: 1\nreview:\n  rules:\n    - name: a\n      require: { count: 1, organizations: [acme] }\n      request-review: { mode: random-users }\n",
    );
    const { code, stderr } = await cli(["policy", "validate", "--cwd", dir], env);
    expect(code).toBe(2);
    expect(stderr).toContain(".github/terrafusion.yml:6:23 review.rules.0.request-review: asks nobody");
  });

  it("reports disapproval.if keys that block every pull request at their line and column, exit 2", async () => {
    const dir = repoWith(
      'version: 1\nreview:\n  disapproval:\n    if:\n      title: "^WIP"\n      not-title: ["^WIP"]\n  rules:\n    - { name: a, require: { count: 1 } }\n',
    );
    const { code, stderr } = await cli(["policy", "validate", "--cwd", dir], env);
    expect(code).toBe(2);
    expect(stderr).toContain(
      '.github/terrafusion.yml:6:18 review.disapproval.if.not-title: disapproves every pull request: every title either matches "^WIP" or does not',
    );
  });

  it("invalid RE2 in body-patterns and review-comment patterns, and empty conclusions, are schema problems", async () => {
    const dir = repoWith(
      'version: 1\nreview:\n  allow-author: true\n  methods: { body-patterns: ["(?=x)"], github-review-comment-patterns: ["(a)\\\\1"] }\n  rules:\n    - name: a\n      if: { checks: { names: [ci], conclusions: [] } }\n      require: { count: 1 }\n',
    );
    const { code, stderr } = await cli(["policy", "validate", "--cwd", dir], env);
    expect(code).toBe(2);
    expect(stderr).toContain("review.methods.body-patterns.0: invalid regular expression");
    expect(stderr).toContain("lookahead and lookbehind are not supported");
    expect(stderr).toContain("review.methods.github-review-comment-patterns.0: invalid regular expression");
    expect(stderr).toContain("backreferences are not supported");
    expect(stderr).toContain("review.rules.0.if.checks.conclusions:");
  });
});
