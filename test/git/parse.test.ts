import { describe, expect, it } from "vitest";
import { ToolError } from "../../src/errors.ts";
import { parseAddedLines, parseNameStatus, unquote } from "../../src/git/parse.ts";

describe("git diff parsing", () => {
  it("reads renames and copies from --name-status -z", () => {
    expect(parseNameStatus("M\0a.js\0R087\0old.js\0new dir/new.js\0D\0gone.js\0A\0fresh.js\0")).toEqual([
      { status: "modified", path: "a.js" },
      { status: "renamed", path: "new dir/new.js", oldPath: "old.js", similarity: 87 },
      { status: "deleted", path: "gone.js" },
      { status: "added", path: "fresh.js" },
    ]);
  });

  it("a status it does not know is a git error naming the status and the path, not a skipped file", () => {
    const error = (() => {
      try {
        parseNameStatus("M\0a.js\0X\0odd.js\0");
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(ToolError);
    expect((error as Error).message).toBe(
      'git: unexpected status "X" in git diff --name-status output (for "odd.js")',
    );
  });

  it("reads added line numbers from --unified=0 hunks; deleted files have none", () => {
    const patch = [
      "diff --git a/a.js b/a.js",
      "--- a/a.js",
      "+++ b/a.js",
      "@@ -2 +2 @@",
      "-x",
      "+y",
      "@@ -10,0 +11,3 @@",
      "+1",
      "+2",
      "+3",
      "@@ -20,2 +23,0 @@",
      "diff --git a/gone.js b/gone.js",
      "--- a/gone.js",
      "+++ /dev/null",
      "@@ -1,2 +0,0 @@",
      'diff --git "a/caf\\303\\251.js" "b/caf\\303\\251.js"',
      '+++ "b/caf\\303\\251.js"',
      "@@ -0,0 +1 @@",
    ].join("\n");
    expect([...parseAddedLines(patch)]).toEqual([
      ["a.js", [2, 11, 12, 13]],
      ["café.js", [1]],
    ]);
    expect(unquote('"tab\\there"')).toBe("tab\there");
  });
});
