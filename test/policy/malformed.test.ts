import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { cli } from "../helpers/cli.ts";

const folder = join(import.meta.dirname, "../fixtures/policies/bad");
const fixtures = readdirSync(folder).filter((name) => name.endsWith(".yml"));

describe("policy validate on malformed policies", () => {
  it("has at least 40 malformed fixtures", () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(40);
  });

  for (const fixture of fixtures) {
    it(`${fixture}: reports the position and key path, exit 2`, async () => {
      // As a user types it: relative to where they stand.
      const file = relative(process.cwd(), join(folder, fixture));
      const expected = readFileSync(file.replace(/\.yml$/, ".expect"), "utf8")
        .trim()
        .split("\n");
      const { code, stdout, stderr } = await cli(["policy", "validate", file]);
      expect(code).toBe(2);
      expect(stdout).toBe("");
      expect(stderr).not.toMatch(/\n\s+at .+\(.*:\d+:\d+\)/); // no stack trace
      for (const line of expected) {
        // A line that starts with LINE:COL must be reported for this file at exactly that place.
        const located = /^\d+:\d+/.test(line) ? `${file}:${line}` : line;
        expect(stderr).toContain(located);
      }
    });
  }

  it("reports every problem at once, one line each, then a count", async () => {
    const { stderr } = await cli(["policy", "validate", join(folder, "several-problems.yml")]);
    const lines = stderr.trim().split("\n");
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe("terrafusion: 3 problems in the policy");
  });

  it("--json lists the problems for machines", async () => {
    const { code, stdout } = await cli([
      "policy",
      "validate",
      "--json",
      join(folder, "several-problems.yml"),
    ]);
    expect(code).toBe(2);
    const report = JSON.parse(stdout);
    expect(report.valid).toBe(false);
    expect(report.problems.map((p: { path: string }) => p.path)).toEqual([
      "gates.coverage.project",
      "gates.load.duration",
      "gates.load.slo.p95-ms",
    ]);
    expect(report.problems[0]).toMatchObject({ line: 3, column: 24 });
  });
});

describe("hostile files get one clear error within a second", () => {
  const dir = mkdtempSync(join(tmpdir(), "tf-hostile-"));
  const cases: [string, string | Buffer, RegExp][] = [
    ["empty.yml", "", /the file is empty: start it with `version: 1`/],
    ["comments-only.yml", "# nothing yet\n\n", /the file is empty/],
    [
      "garbage.yml",
      Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0xff, 0xfe, 0x00, 0x13]),
      /not a text file/,
    ],
    ["nul.yml", "version: 1\n\0\0\0", /not a text file \(it contains NUL bytes\)/],
    [
      "huge.yml",
      `version: 1\n# ${"x".repeat(5 * 1024 * 1024)}\n`,
      /the file is 5\.0 MB; a policy file must be under 1 MB/,
    ],
    [
      "alias-bomb.yml",
      [
        "version: 1",
        'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
        ..."bcdefghi"
          .split("")
          .map((n, i) => `${n}: &${n} [${Array(9).fill(`*${"abcdefghi"[i]}`).join(",")}]`),
      ].join("\n"),
      /too many YAML aliases .* alias bomb/,
    ],
  ];
  for (const [name, content, message] of cases) {
    it(basename(name, ".yml"), async () => {
      const file = join(dir, name);
      writeFileSync(file, content);
      const started = performance.now();
      const { code, stderr } = await cli(["policy", "validate", file]);
      expect(performance.now() - started).toBeLessThan(1000);
      expect(code).toBe(2);
      expect(stderr).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:1:1: `));
      expect(stderr).toMatch(message);
      expect(stderr.trim().split("\n")).toHaveLength(2);
    });
  }
});
