import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { cli } from "../helpers/cli.ts";

// Teams and users are checked on GitHub only with a token (test/policy/actor-lint.test.ts): none here.
const { GITHUB_TOKEN: _a, GH_TOKEN: _b, ...env } = process.env;

function repoWith(policy: string) {
  const dir = mkdtempSync(join(tmpdir(), "tf-lint-"));
  mkdirSync(join(dir, ".github"));
  writeFileSync(join(dir, ".github/terrafusion.yml"), policy);
  return dir;
}

it("policy validate reports semantic problems of the review rules at their positions", async () => {
  const dir = repoWith(
    "version: 1\nreview:\n  rules:\n    - name: a\n      require: { count: 3, users: [bob, carol] }\n    - name: a\n      if: { lines-changed: { more-than: 10, less-than: 11 } }\n      require: { count: 1, each-team: [acme/x, acme/x] }\n  combine: { or: [a, b] }\n",
  );
  const { code, stderr } = await cli(["policy", "validate", "--cwd", dir], env);
  expect(code).toBe(2);
  expect(stderr).toContain(
    ".github/terrafusion.yml:5:25 review.rules.0.require.count: nobody can meet this: 3 approvals but only 2 users listed",
  );
  expect(stderr).toContain('.github/terrafusion.yml:6:13 review.rules.1.name: duplicate rule name "a"');
  expect(stderr).toContain("review.rules.1.if.lines-changed: can never apply");
  expect(stderr).toContain("review.rules.1.require.each-team: a team is listed twice");
  expect(stderr).toContain(
    '.github/terrafusion.yml:9:22 review.combine.or.1: names the rule "b", which does not exist',
  );
});

it("policy validate accepts sound review rules", async () => {
  const dir = repoWith(
    "version: 1\nreview:\n  rules:\n    - name: a\n      require: { count: 2, users: [bob, carol] }\n",
  );
  const { code, stdout } = await cli(["policy", "validate", "--cwd", dir], env);
  expect(stdout).toContain("valid");
  expect(code).toBe(0);
});
