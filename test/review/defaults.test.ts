import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REVIEW_DEFAULTS } from "../../src/review/defaults.ts";
import { cli } from "../helpers/cli.ts";

const DOCS = readFileSync(join(import.meta.dirname, "../../docs/review.md"), "utf8");

function repo(policy: string) {
  const dir = mkdtempSync(join(tmpdir(), "tf-defaults-"));
  mkdirSync(join(dir, ".github"));
  writeFileSync(join(dir, ".github/terrafusion.yml"), policy);
  return dir;
}

describe("review defaults", () => {
  it("docs/review.md states every one of them", () => {
    const section = DOCS.slice(DOCS.indexOf("### Defaults"));
    for (const entry of REVIEW_DEFAULTS) expect(section).toContain(`\`${entry.key}\``);
  });

  it("policy explain prints what each key left out means, and each rule's requirement in words", async () => {
    const dir = repo(`version: 1
review:
  methods: { comment-patterns: ["^LGTM"] }
  rules:
    - { name: anyone who can push, require: { count: 2 } }
    - { name: security, require: { count: 1, teams: [acme/security] } }
    - { name: owners, require: { code-owners: true } }
`);
    const { code, stdout } = await cli(["policy", "explain", "--cwd", dir]);
    expect(code).toBe(0);
    // Left out: the meaning is printed. Policy-bot differences are named.
    expect(stdout).toContain(
      '#   disapproval.comment-patterns: [] - only a "changes requested" review disapproves; no comment does',
    );
    expect(stdout).toContain("#   ignore-update-merges: false");
    // Written by the user: not repeated as a default.
    expect(stdout).not.toContain("#   methods.comment-patterns:");
    expect(stdout).toContain(
      '#   rule "anyone who can push" requires 2 approvals from people with write (or higher) permission (nobody listed: GitHub\'s rule)',
    );
    expect(stdout).toContain('#   rule "security" requires 1 approval from the people listed');
    expect(stdout).toContain('#   rule "owners" requires no approval by count (count left out)');
  });

  it("policy explain says that without methods only GitHub reviews approve", async () => {
    const dir = repo("version: 1\nreview:\n  rules: [{ name: one, require: {} }]\n");
    const { stdout } = await cli(["policy", "explain", "--cwd", dir]);
    expect(stdout).toContain(
      "#   methods.comment-patterns: [] - no comment approves: only GitHub reviews count",
    );
    expect(stdout).toContain(
      '#   rule "one" requires 1 approval (count left out) from people with write (or higher) permission',
    );
  });
});
