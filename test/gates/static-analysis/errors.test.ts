import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cli } from "../../helpers/cli.ts";
import { gitRepo } from "./repo.ts";

// A tool that cannot do its job is an error (exit 2) naming the cause, never "0 findings".
let repo: Awaited<ReturnType<typeof gitRepo>>;

beforeAll(async () => {
  repo = await gitRepo("tf-sa-errors-");
  repo.write({
    "src/app.ts": "export const answer = 42;\n",
    "rules/broken.yml":
      "rules:\n  - id: broken\n    languages: [typescript]\n    severity: ERROR\n    message: m\n    pattern: eval((\n",
    "broken-rule.yml": "version: 1\ngates:\n  static-analysis:\n    rules: [rules/broken.yml]\n",
    "missing-rules.yml": "version: 1\ngates:\n  static-analysis:\n    rules: [rules/nowhere.yml]\n",
  });
  await repo.commit("base");
});

afterAll(() => rmSync(repo.dir, { recursive: true, force: true }));

const gate = (...args: string[]) => cli(["gate", "static-analysis", "--cwd", repo.dir, ...args]);

describe("static-analysis errors", () => {
  it("a broken rule file: exit 2 naming the rule and the problem", async () => {
    const run = await gate("--policy", "broken-rule.yml");
    expect(run.code).toBe(2);
    expect(run.stdout).toContain("! error static-analysis: could not scan: semgrep: reported 1 error");
    expect(run.stdout).toMatch(
      /Rule parse error: Rule parse error in rule \S*broken: Invalid pattern for TypeScript/,
    );
    expect(run.stdout).not.toContain("0 findings");
  });

  it("semgrep missing from PATH: exit 2 saying how to install it", async () => {
    const path = process.env.PATH;
    process.env.PATH = "/usr/bin:/bin";
    try {
      const run = await cli(["gate", "static-analysis", "--cwd", repo.dir, "--json"], {
        ...process.env,
        TERRAFUSION_TOOLS: "/nonexistent",
      });
      expect(run.code).toBe(2);
      const result = JSON.parse(run.stdout);
      expect(result.conclusion).toBe("error");
      expect(result.error).toBe(
        'semgrep: not found (looked for "semgrep" on PATH); install it with: pip install semgrep==1.185.0 (or run scripts/install-tools)',
      );
      expect(result.findings).toEqual([]);
    } finally {
      process.env.PATH = path;
    }
  });

  it("a file semgrep cannot parse: exit 2 naming the file and line", async () => {
    repo.write({ "src/broken.js": "let ok = 1;\nlet bad = = 2;\n" });
    try {
      const run = await gate();
      expect(run.code).toBe(2);
      expect(run.stdout).toContain("src/broken.js:2: PartialParsing: Syntax error at line src/broken.js:2");
    } finally {
      rmSync(`${repo.dir}/src/broken.js`);
    }
  });

  it("a rule path that does not exist, an unknown bundled pack, a base that is not there, a bad --now", async () => {
    const missing = await gate("--policy", "missing-rules.yml");
    expect(missing.code).toBe(2);
    expect(missing.stdout).toContain('gates.static-analysis.rules: "rules/nowhere.yml" does not exist');
    // A base that is not there: one line and exit 2 before semgrep runs, not a scan's error result.
    const base = await gate("--base", "origin/nope");
    expect(base.code).toBe(2);
    expect(base.stdout).toBe("");
    expect(base.stderr).not.toContain("semgrep on");
    expect(base.stderr.trimEnd().split("\n").at(-1)).toBe(
      'terrafusion: base "origin/nope" is not a branch, tag or commit in this clone, and there is no remote to fetch it from: pass a ref that exists here',
    );
    const json = JSON.parse((await gate("--base", "nosuchbranch", "--json")).stdout);
    expect(json).toMatchObject({
      conclusion: "error",
      error:
        'base "nosuchbranch" is not a branch, tag or commit in this clone, and there is no remote to fetch it from: pass a ref that exists here',
    });
    const now = await gate("--now", "tomorrow");
    expect(now.code).toBe(2);
    // Checked while the command line is read: a usage error on stderr, before any scan.
    expect(now.stderr).toContain('terrafusion: --now "tomorrow": expected a day as YYYY-MM-DD');
  });
});
