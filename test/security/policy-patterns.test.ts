// Patterns from policies, comments and CODEOWNERS run with RE2 semantics (linear time by construction).
// These tests assert the semantics, never a duration: the durations are in patterns-timing.test.ts.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compileGlob } from "../../src/core/safe-glob.ts";
import { compilePattern } from "../../src/core/safe-regex.ts";
import { waiverFor } from "../../src/gates/static-analysis/waivers.ts";
import { policySchema } from "../../src/policy/schema/index.ts";
import { parseCodeOwners } from "../../src/review/codeowners.ts";
import { evaluateReview } from "../../src/review/evaluate.ts";
import { needsOf } from "../../src/review/needs.ts";
import { pullSnapshotSchema } from "../../src/review/snapshot.ts";
import { cli } from "../helpers/cli.ts";

const pull = (over: Record<string, unknown> = {}) =>
  pullSnapshotSchema.parse({
    title: "Add feature",
    author: "alice",
    base: { ref: "main" },
    head: { ref: "feature/x", sha: "h1" },
    files: [{ path: "src/app.ts" }],
    permissions: { bob: "write" },
    ...over,
  });
const comment = (body: string) => ({ author: "bob", body, "created-at": "2024-01-03T00:00:00Z" });

async function validate(yaml: string) {
  const dir = mkdtempSync(join(tmpdir(), "tf-security-"));
  writeFileSync(join(dir, "policy.yml"), yaml);
  return cli(["policy", "validate", join(dir, "policy.yml")]);
}

describe("regexes from a policy run with RE2 semantics", () => {
  it("compiles the issue's pattern ^(a|a)*$ to an RE2 program, not a backtracking RegExp", () => {
    const pattern = compilePattern("^(a|a)*$");
    expect(pattern).not.toBeInstanceOf(RegExp);
    // RE2 simulates every alternative at once: a text of any length is one pass.
    expect(pattern.test(`${"a".repeat(28)}!`)).toBe(false);
    expect(pattern.test("a".repeat(28))).toBe(true);
  });

  it("evaluates comment-patterns in RE2 syntax: (?i) works as in policy-bot's Go regexps", () => {
    const review = policySchema.parse({
      version: 1,
      review: {
        methods: { "comment-patterns": ["(?i)^lgtm\\b"] },
        rules: [{ name: "one", require: { count: 1 } }],
      },
    }).review;
    expect(evaluateReview(review, pull({ comments: [comment("LGTM, ship it")] })).status).toBe("approved");
    expect(needsOf(review).patterns.every((pattern) => !(pattern instanceof RegExp))).toBe(true);
  });

  it("evaluates title and branch conditions with RE2 too (a class the issue does not name)", () => {
    const review = policySchema.parse({
      version: 1,
      review: {
        rules: [
          { name: "wip", if: { title: "(?i)^wip\\b" }, require: { count: 1 } },
          { name: "release", if: { "target-branch": ["^release/\\d+\\z"] }, require: { count: 1 } },
        ],
      },
    }).review;
    const verdict = evaluateReview(review, pull({ title: "WIP: try", base: { ref: "release/12" } }));
    expect(verdict.rules.map((rule) => rule.status)).toEqual(["pending", "pending"]);
  });

  it("policy validate rejects what RE2 cannot run, each at its position", async () => {
    const { code, stderr } = await validate(
      [
        "version: 1",
        "review:",
        "  methods:",
        '    comment-patterns: ["^(?!WIP)LGTM", "^(a|a)*$"]',
        "  disapproval:",
        '    comment-patterns: ["(\\\\w+) \\\\1"]',
        "  rules:",
        "    - name: one",
        '      if: { title: "(?<=fix)es" }',
        "      require: { count: 1 }",
        "",
      ].join("\n"),
    );
    expect(code).toBe(2);
    const lines = stderr.trim().split("\n");
    expect(lines[0]).toMatch(
      /policy\.yml:4:24 review\.methods\.comment-patterns\.0: invalid regular expression "\^\(\?!WIP\)LGTM": `\(\?!…\)`: lookahead and lookbehind are not supported \(RE2 syntax/,
    );
    expect(lines[1]).toMatch(
      /policy\.yml:6:24 review\.disapproval\.comment-patterns\.0: invalid regular expression .*`\\1`: backreferences are not supported/,
    );
    expect(lines[2]).toMatch(
      /policy\.yml:9:20 review\.rules\.0\.if\.title: invalid regular expression "\(\?<=fix\)es": `\(\?<=…\)`: lookahead and lookbehind/,
    );
    // ^(a|a)*$ is valid: under RE2 it is harmless.
    expect(stderr).not.toContain("comment-patterns.1");
    expect(lines.at(-1)).toBe("terrafusion: 3 problems in the policy");
  });
});

describe("globs from a policy and CODEOWNERS lines run with RE2 semantics", () => {
  it("compiles a glob with many stars to RE2 and matches as picomatch does", () => {
    const matches = compileGlob("*a*a*a*a*a*a*a*a*a*a*b");
    expect(matches(`${"a".repeat(40)}!`)).toBe(false);
    expect(matches(`${"a".repeat(40)}b`)).toBe(true);
    expect(compileGlob("src/**/*.{ts,tsx}")("src/a/b/c.tsx")).toBe(true);
    expect(compileGlob("src/**")("src")).toBe(true);
    expect(compileGlob("!docs/**")("docs/a.md")).toBe(false);
  });

  it("policy validate rejects !(…), which has no linear-time form, at its position", async () => {
    const { code, stderr } = await validate(
      [
        "version: 1",
        "review:",
        "  rules:",
        "    - name: code",
        '      if: { changed-files: { paths: ["!(docs)/**"] } }',
        "      require: { count: 1 }",
        "gates:",
        "  static-analysis:",
        '    waivers: [{ rule: "!(x)", reason: r, expires: "2999-01-01" }]',
        "",
      ].join("\n"),
    );
    expect(code).toBe(2);
    expect(stderr).toContain(
      'policy.yml:5:38 review.rules.0.if.changed-files.paths.0: invalid glob "!(docs)/**": !(…) is not supported',
    );
    expect(stderr).toContain(
      'gates.static-analysis.waivers.0.rule: invalid glob "!(x)": !(…) is not supported',
    );
  });

  it("matches waiver globs over rule ids and paths with the same compiler (a class the issue does not name)", () => {
    const waiver = {
      rule: "*.*.*.*.*.*.*.*.*.*.x",
      path: "app/(auth)/**",
      reason: "r",
      expires: "2999-01-01",
    };
    expect(
      waiverFor({ rule: `${".".repeat(40)}!`, path: "app/(auth)/a.ts" }, [waiver], "2024-01-01").state,
    ).toBe("none");
    // Parentheses are plain characters in a glob: (auth) is the folder name, not a regex group.
    expect(
      waiverFor({ rule: "a.b.c.d.e.f.g.h.i.j.x", path: "app/(auth)/a.ts" }, [waiver], "2024-01-01").state,
    ).toBe("active");
  });

  it("reads CODEOWNERS lines with gitignore rules, compiled to RE2; an unreadable line owns nothing", () => {
    const entries = parseCodeOwners(
      ["*.md @docs", "/src/ @core", "**/a*/**/a*/**/a*/**/a*/**/a*/**/a*/**/c @x", "[ @broken"].join("\n"),
    );
    expect(entries.map((entry) => entry.pattern)).toEqual([
      "*.md",
      "/src/",
      "**/a*/**/a*/**/a*/**/a*/**/a*/**/a*/**/c",
    ]);
    const [md, src, hostile] = entries;
    expect(md!.matches("docs/x/README.md")).toBe(true);
    expect(src!.matches("src/a/b.ts")).toBe(true);
    expect(src!.matches("lib/src/b.ts")).toBe(false);
    expect(hostile!.matches(`${"a/".repeat(40)}b`)).toBe(false);
  });
});
