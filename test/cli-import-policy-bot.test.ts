/**
 * `terrafusion review import-policy-bot`: prints (or writes) the review section, lists what did not
 * carry over on stderr as FILE:LINE:COL lines, exits 0 (1 with --strict while anything is listed),
 * and turns input it cannot convert into one line and exit 2.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { loadPolicy } from "../src/fs/load-policy.ts";
import { cli } from "./helpers/cli.ts";

const FIXTURES = join(import.meta.dirname, "fixtures/review/policy-bot");
const dir = mkdtempSync(join(tmpdir(), "tf-import-policy-bot-"));
const at = (name: string) => join(dir, name);

/** A policy-bot policy that carries over whole. */
const CLEAN = `policy:
  approval:
    - reviewed
approval_rules:
  - name: reviewed
    requires:
      count: 1
      teams: ["acme/devs"]
`;
/** One that does not: line 7 asks about added files. */
const PARTIAL = `policy:
  approval:
    - reviewed
approval_rules:
  - name: reviewed
    if:
      file_added:
        paths: ['^new/']
    requires:
      count: 1
      teams: ["acme/devs"]
`;
writeFileSync(at("clean.yml"), CLEAN);
writeFileSync(at("partial.yml"), PARTIAL);

describe("terrafusion review import-policy-bot", () => {
  it("prints the review section and nothing on stderr when everything carries over", async () => {
    const { code, stdout, stderr } = await cli(["review", "import-policy-bot", "clean.yml", "--cwd", dir]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toMatch(/^# Converted from clean\.yml by terrafusion review import-policy-bot\.\n/);
    expect(parse(stdout)).toEqual({
      review: {
        "invalidate-on-push": false,
        methods: { "github-review": true, "comment-patterns": [":\\+1:", "👍"] },
        disapproval: { enabled: false },
        rules: [{ name: "reviewed", require: { count: 1, teams: ["acme/devs"] } }],
        combine: "reviewed",
      },
    });
  });

  it("lists what did not carry over as FILE:LINE:COL lines on stderr, exit 0", async () => {
    const { code, stdout, stderr } = await cli(["review", "import-policy-bot", "partial.yml", "--cwd", dir]);
    expect(code).toBe(0);
    expect(parse(stdout).review.rules[0].name).toBe("reviewed");
    expect(stderr.trimEnd().split("\n")).toEqual([
      "partial.yml:7:7 approval_rules.0.if.file_added: TerraFusion has no condition on added files; left out",
      "terrafusion: 1 construct of partial.yml did not carry over as written (listed above; see docs/review.md, Moving from policy-bot)",
    ]);
  });

  it("--strict exits 1 while anything did not carry over, 0 otherwise", async () => {
    const partial = await cli(["review", "import-policy-bot", "partial.yml", "--cwd", dir, "--strict"]);
    expect(partial.code).toBe(1);
    expect(partial.stdout).toContain("review:");
    const clean = await cli(["review", "import-policy-bot", "clean.yml", "--cwd", dir, "--strict"]);
    expect(clean.code).toBe(0);
  });

  it("a count with nobody listed is a line with its position, exit 0, and exit 1 with --strict", async () => {
    const fixture = join(FIXTURES, "bare-count.policy.yml");
    const plain = await cli(["review", "import-policy-bot", fixture]);
    expect(plain.code).toBe(0);
    expect(parse(plain.stdout).review.rules[0]).toEqual({
      name: "one review",
      require: { count: 1, permissions: ["write"] },
    });
    expect(plain.stderr.split("\n")).toContain(
      `${fixture}:14:7 approval_rules.0.requires.count: policy-bot counts nobody here: requires names no users, teams, organizations or permissions, so the rule can never be approved; converted to permissions: [write], which admits more (anyone with write access): name who may approve`,
    );
    const strict = await cli(["review", "import-policy-bot", fixture, "--strict"]);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toBe(plain.stderr);
  });

  it("--output writes a new policy file that loads as a TerraFusion policy", async () => {
    const { code, stdout, stderr } = await cli([
      "review",
      "import-policy-bot",
      join(FIXTURES, "everything.policy.yml"),
      "--output",
      at("new.yml"),
    ]);
    expect(code).toBe(0);
    expect(stdout).toBe("");
    expect(stderr).toContain(`wrote the review section (4 rules) to ${at("new.yml")}`);
    const { policy } = await loadPolicy({ cwd: dir, file: at("new.yml") });
    expect(policy.review?.rules?.map((rule) => rule.name)).toEqual([
      "docs only",
      "backend reviewed",
      "security signed off",
      "release gate",
    ]);
  });

  it("--output adds the section to an existing policy, keeping its other sections and comments, and replaces one only with --force", async () => {
    const existing = "# our gates\nversion: 1\ngates:\n  coverage:\n    enabled: true # keep\n";
    writeFileSync(at("existing.yml"), existing);
    const first = await cli([
      "review",
      "import-policy-bot",
      "clean.yml",
      "--cwd",
      dir,
      "--output",
      "existing.yml",
    ]);
    expect(first.code).toBe(0);
    const written = readFileSync(at("existing.yml"), "utf8");
    expect(written.startsWith(existing)).toBe(true);
    expect(parse(written).review.rules[0].name).toBe("reviewed");

    const again = await cli([
      "review",
      "import-policy-bot",
      "partial.yml",
      "--cwd",
      dir,
      "--output",
      "existing.yml",
    ]);
    expect(again.code).toBe(2);
    expect(again.stderr).toBe(
      "terrafusion: --output existing.yml: already has a review section (pass --force to replace it, or print to stdout and merge by hand)\n",
    );
    expect(readFileSync(at("existing.yml"), "utf8")).toBe(written);

    const forced = await cli([
      "review",
      "import-policy-bot",
      "partial.yml",
      "--cwd",
      dir,
      "--output",
      "existing.yml",
      "--force",
    ]);
    expect(forced.code).toBe(0);
    const replaced = parse(readFileSync(at("existing.yml"), "utf8"));
    expect(replaced.gates).toEqual({ coverage: { enabled: true } });
    expect(replaced.review.rules[0]).not.toHaveProperty("if");
  });

  it.each([
    ["not YAML", "bad.yml", "policy:\n  approval: [a\n", /^terrafusion: bad\.yml:3:1: YAML syntax error: /],
    [
      "not a policy-bot policy",
      "other.yml",
      "name: x\nsteps: []\n",
      /^terrafusion: other\.yml:1:1: not a policy-bot policy: expected policy: and approval_rules: at the top/,
    ],
    [
      "a missing file",
      "missing.yml",
      undefined,
      /^terrafusion: missing\.yml: no such file \(give the policy-bot/,
    ],
  ])("%s: one line, exit 2", async (_what, name, text, line) => {
    if (text !== undefined) writeFileSync(at(name), text);
    const { code, stdout, stderr } = await cli(["review", "import-policy-bot", name, "--cwd", dir]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(line);
    expect(stderr.trimEnd().split("\n")).toHaveLength(1);
  });

  it("writes no --output file when the input cannot be converted", async () => {
    writeFileSync(at("list.yml"), "- a\n");
    const { code } = await cli([
      "review",
      "import-policy-bot",
      "list.yml",
      "--cwd",
      dir,
      "--output",
      "out.yml",
    ]);
    expect(code).toBe(2);
    expect(existsSync(at("out.yml"))).toBe(false);
  });

  it("--help explains the command, its options and the stderr lines", async () => {
    const { code, stdout } = await cli(["review", "import-policy-bot", "--help"]);
    expect(code).toBe(0);
    expect(stdout).toContain("Usage: terrafusion review import-policy-bot [options] <file>");
    for (const flag of ["--output <file>", "--force", "--strict", "--cwd <dir>"])
      expect(stdout).toContain(flag);
    expect(stdout).toContain("FILE:LINE:COL key.path: what and why");
  });
});
