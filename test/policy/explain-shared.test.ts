import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadPolicy } from "../../src/fs/load-policy.ts";
import { explainPolicy } from "../../src/policy/explain.ts";
import type { RemotePolicies } from "../../src/policy/extends-ref.ts";

function repo(policy: string) {
  const dir = mkdtempSync(join(tmpdir(), "tf-explain-shared-"));
  mkdirSync(join(dir, ".github"));
  writeFileSync(join(dir, ".github/terrafusion.yml"), policy);
  return dir;
}

/** Another repository's files, as the loader's remote port serves them. */
const remote = (files: Record<string, string>): RemotePolicies => ({
  repositoryOwner: "acme",
  async read(target) {
    const text = files[`${target.owner}/${target.repo}:${target.path}@${target.ref ?? ""}`];
    return text === undefined ? { problem: "no such file" } : { bytes: new TextEncoder().encode(text) };
  },
});

describe("policy explain: shared policies and request-review", () => {
  it("names the shared file, marks what it set, and says how such files are read", async () => {
    const cwd = repo(
      "version: 1\nextends: acme/.github:policies/base.yml@main\nreview:\n  rules: [{ name: one, require: { count: 1 } }]\n",
    );
    const loaded = await loadPolicy({
      cwd,
      remote: remote({
        "acme/.github:policies/base.yml@main": "version: 1\nreview:\n  allow-author: true\n",
      }),
    });
    const text = explainPolicy(loaded);
    expect(text).toContain(
      "# Effective policy: .github/terrafusion.yml extends acme/.github:policies/base.yml@main\n",
    );
    expect(text).toMatch(/^ {2}allow-author: true # from acme\/\.github:policies\/base\.yml@main$/m);
    expect(text).toContain(
      "were read here with your GitHub token; the app reads them with its installation's token",
    );
    // A policy whose files are all local says nothing about tokens.
    const local = explainPolicy(await loadPolicy({ cwd: repo("version: 1\n") }));
    expect(local).not.toContain("GitHub token");
  });

  it("says whom each rule's request-review asks, with its defaults, and what leaving it out means", async () => {
    const cwd = repo(`version: 1
review:
  rules:
    - { name: plain, require: { count: 2, teams: [acme/api] }, request-review: {} }
    - { name: three, require: { count: 1, users: [a, b, c, d] }, request-review: { mode: random-users, count: 3 } }
    - { name: everyone, require: { count: 1, users: [a, b] }, request-review: { mode: all-users } }
    - { name: teams, require: { each-team: [acme/api, acme/web] }, request-review: { mode: teams } }
    - { name: off, require: { count: 1 }, request-review: { enabled: false } }
    - { name: silent, require: { count: 1 } }
`);
    const text = explainPolicy(await loadPolicy({ cwd }));
    const pending = "for reviews while it is pending, once per head commit, never the author";
    expect(text).toContain(
      `#   rule "plain" asks 2 people (count left out: the rule's count, at least 1) who could approve it, at random (mode left out: random-users), ${pending}`,
    );
    expect(text).toContain(`#   rule "three" asks 3 people who could approve it, at random, ${pending}`);
    expect(text).toContain(`#   rule "everyone" asks everyone who could approve it ${pending}`);
    expect(text).toContain(`#   rule "teams" asks its teams (acme/api, acme/web) ${pending}`);
    expect(text).toContain('#   rule "off" asks nobody for reviews (request-review.enabled: false)');
    expect(text).not.toMatch(/rule "silent" asks/);
    expect(text).toContain("#   rules[].request-review: none - nobody is asked for a review;");
    // The block itself is in the effective policy as written.
    expect(text).toMatch(/^ {6}request-review:\n {8}mode: all-users$/m);
  });
});
