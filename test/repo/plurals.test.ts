import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { packageRoot } from "../../src/package-root.ts";

// Every count a person reads goes through plural() (src/core/format.ts), and every percentage
// through formatPercent() or formatShare(): "1 files" and truncated figures cannot come back.
const root = packageRoot();
const NOUNS = [
  "annotations",
  "approvals",
  "cases",
  "changes",
  "characters",
  "checks",
  "commits",
  "connections",
  "entries",
  "environments",
  "errors",
  "experiments",
  "files",
  "findings",
  "gates",
  "lines",
  "measurements",
  "paths",
  "problems",
  "repositories",
  "requests",
  "reviews",
  "rules",
  "runs",
  "teams",
  "tests",
  "upstreams",
  "users",
  "waivers",
];
/** `${count} files`: a number written before a plural noun by hand (a formatted share before "errors" is fine). */
const HAND_PLURAL = new RegExp(
  `\\$\\{(?!\\s*(?:plural|formatShare|formatPercent)\\()[^{}]*\\} (?:(?:more|changed|blocking|new|load-run|connection) )?(?:${NOUNS.join("|")})\\b`,
);
const PATTERNS: [RegExp, string][] = [
  [HAND_PLURAL, "a count written before a plural noun by hand: use plural()"],
  [/=== 1 \? "" : "s"|\w\(s\)/, 'a hand-made "s": use plural()'],
  [
    /toFixed\(\d\)\}\s?%|\* ?100\b[^{}`]*\}\s?%|Math\.floor\(.*\* ?10_?0+/,
    "a percentage formatted (or truncated) by hand: use formatPercent() or formatShare()",
  ],
];

function sources(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".ts"))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)));
}

describe("user-facing counts and percentages", () => {
  it("are written with the one plural() and percentage formatter", () => {
    const found: string[] = [];
    for (const file of [...sources("src"), ...sources("app"), ...sources("scripts")]) {
      readFileSync(join(root, file), "utf8")
        .split("\n")
        .forEach((line, index) => {
          if (/^\s*(\/\/|\*|\/\*)/.test(line)) return;
          for (const [pattern, why] of PATTERNS)
            if (pattern.test(line)) found.push(`${file}:${index + 1}: ${why}: ${line.trim()}`);
        });
    }
    expect(found).toEqual([]);
  });
});
