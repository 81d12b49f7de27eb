import { describe, expect, it } from "vitest";
import { formatPercent } from "../../../src/core/format.ts";
import { evaluate, type Observations } from "../../../src/gates/coverage/evaluate.ts";
import { nonExecutableLines } from "../../../src/gates/coverage/executable.ts";
import { formatDelta, percentOf } from "../../../src/gates/coverage/figures.ts";
import { parseLcov } from "../../../src/gates/coverage/lcov.ts";
import { patchCoverage } from "../../../src/gates/coverage/patch.ts";
import { projectCoverage } from "../../../src/gates/coverage/project.ts";
import { renderSummary } from "../../../src/gates/coverage/summary.ts";

describe("figures", () => {
  it("rounds to two decimals, never truncates: 10 of 23 is 43.48 %", () => {
    expect(percentOf(7, 10)).toBe(70);
    expect(percentOf(10, 23)).toBe(43.48);
    expect(percentOf(2, 3)).toBe(66.67);
    expect(percentOf(8999, 10000)).toBe(89.99);
    expect(percentOf(0, 0)).toBeNull();
    expect(formatPercent(percentOf(10, 23))).toBe("43.48 %");
    expect(formatPercent(null)).toBe("–");
    expect(formatDelta(67.74, 70)).toBe("−2.26");
    expect(formatDelta(71, 70)).toBe("+1");
    expect(formatDelta(null, 70)).toBe("");
  });
});

describe("lcov", () => {
  it("reads line hits per source file", () => {
    const files = parseLcov(
      "TN:\nSF:src/a.js\nFN:1,f\nDA:1,1\nDA:2,0\nLF:2\nLH:1\nend_of_record\nSF:/abs/b.js\nDA:3,5\nend_of_record\n",
    );
    expect(files.map((f) => [f.path, [...f.hits]])).toEqual([
      [
        "src/a.js",
        [
          [1, 1],
          [2, 0],
        ],
      ],
      ["/abs/b.js", [[3, 5]]],
    ]);
  });
});

describe("non-executable lines", () => {
  it("are blank and comment-only lines, not code that contains comment markers", () => {
    const source = [
      "const a = 1; // trailing", // 1 code
      "", // 2 blank
      "  // a comment", // 3
      "/* block", // 4
      " * more", // 5
      " */", // 6
      'const url = "http://x";', // 7 code: // inside a string
      "const b = 2 /* inline */;", // 8 code
      "const t = `", // 9 code
      "// inside a template literal", // 10 code: still the string
      "`;", // 11 code
      "  * 3", // 12 code: a continued expression, not a comment
    ].join("\n");
    expect([...nonExecutableLines(source)]).toEqual([2, 3, 4, 5, 6]);
  });
});

describe("patch coverage", () => {
  const coverage = new Map([
    [
      "src/a.js",
      new Map([
        [1, 1],
        [2, 0],
        [3, 1],
        [4, 0],
        [5, 1],
        [6, 0],
        [7, 0],
        [8, 0],
        [9, 0],
        [10, 0],
      ]),
    ],
  ]);
  const sources = new Map([["src/a.js", "a()\nb()\nc()\nd()\ne()\nf()\n\n// note\ng()\nh()\n"]]);

  it("counts only changed lines the report lists, leaving out blank and comment lines: 3 of 8 → 37.5 %", () => {
    const all = new Map([["src/a.js", [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]]]);
    // Lines 7 (blank) and 8 (comment) are changed but cannot run: 8 executable, 3 covered.
    const patch = patchCoverage({ addedLines: all, coverage, sources });
    expect([patch.covered, patch.executable, patch.percent]).toEqual([3, 8, 37.5]);
    expect(patch.files[0]!.uncovered).toEqual([
      [2, 2],
      [4, 4],
      [6, 10],
    ]);
  });

  it("ignores changed files the report does not list, and files with no executable changed line", () => {
    const patch = patchCoverage({
      addedLines: new Map([
        ["README.md", [1, 2, 3]],
        ["src/a.js", [7, 8]],
      ]),
      coverage,
      sources,
    });
    expect(patch).toEqual({ executable: 0, covered: 0, percent: null, files: [] });
  });
});

describe("project coverage", () => {
  it("reads c8's json-summary totals", () => {
    const project = projectCoverage({
      total: {
        lines: { total: 10, covered: 7 },
        statements: { total: 10, covered: 7 },
        functions: { total: 3, covered: 3 },
        branches: { total: 0, covered: 0 },
      },
      "/p/src/a.js": {},
    });
    expect(project.lines).toEqual({ covered: 7, total: 10, percent: 70 });
    expect(project.branches.percent).toBeNull();
    expect(project.files).toBe(1);
  });
});

describe("verdict", () => {
  const project = projectCoverage({
    total: {
      lines: { total: 10, covered: 7 },
      statements: { total: 10, covered: 7 },
      functions: { total: 2, covered: 2 },
      branches: { total: 4, covered: 4 },
    },
    "/p/a.js": {},
  });
  const passing = { exitCode: 0, durationMs: 10, tail: "ok" };
  const patch = patchCoverage({
    addedLines: new Map([["a.js", [1, 2]]]),
    coverage: new Map([
      [
        "a.js",
        new Map([
          [1, 1],
          [2, 0],
        ]),
      ],
    ]),
    sources: new Map([["a.js", "x()\ny()\n"]]),
  });
  const base: Observations = {
    tests: passing,
    project,
    patch,
    diff: { base: "origin/main", mergeBase: "abcdef0123", files: 1 },
    thresholds: { lines: 70, patch: 50 },
  };

  it("passes at the threshold exactly; uncovered changed lines are findings that do not block", () => {
    const verdict = evaluate(base);
    expect(verdict.conclusion).toBe("success");
    expect(verdict.headline).toBe("lines 70 %, patch 50 % (1 of 2 changed lines)");
    expect(verdict.findings).toEqual([
      expect.objectContaining({ path: "a.js", line: 2, blocking: false, rule: "uncovered-changed-line" }),
    ]);
  });

  it("names each missed threshold, and the findings block when patch coverage fails", () => {
    const verdict = evaluate({ ...base, thresholds: { lines: 70.01, patch: 51, branches: 100 } });
    expect(verdict.conclusion).toBe("failure");
    expect(verdict.headline).toBe("coverage below threshold: lines 70 % < 70.01 %, patch 50 % < 51 %");
    expect(verdict.findings[0]!.blocking).toBe(true);
  });

  it("holds the threshold against the exact figure, so a rounded one never passes: 89.996 % < 90 %", () => {
    const count = (covered: number, total: number) => ({
      covered,
      total,
      percent: percentOf(covered, total),
    });
    const nearly = { ...project, lines: count(22499, 25000) };
    const verdict = evaluate({ ...base, project: nearly, thresholds: { lines: 90 } });
    expect(verdict.metrics["lines%"]).toBe(90);
    expect(verdict.conclusion).toBe("failure");
    expect(verdict.headline).toBe("coverage below threshold: lines 89.996 % < 90 %");
    const rounded = evaluate({
      ...base,
      project: { ...project, lines: count(10, 23) },
      thresholds: { lines: 50 },
    });
    expect(rounded.headline).toBe("coverage below threshold: lines 43.48 % < 50 %");
  });

  it("keeps a failing test command apart from a low figure, and reports both", () => {
    const verdict = evaluate({
      ...base,
      tests: { exitCode: 3, durationMs: 1, tail: "boom" },
      thresholds: { lines: 80 },
    });
    expect(verdict.headline).toBe("tests failed (exit 3); coverage below threshold: lines 70 % < 80 %");
    const timedOut = evaluate({
      ...base,
      tests: { exitCode: undefined, stopped: "timed out after 1s", durationMs: 1000, tail: "" },
    });
    expect(timedOut.headline).toBe("tests timed out after 1s");
    expect(
      evaluate({ ...base, tests: { exitCode: 127, durationMs: 1, tail: "sh: 1: jest: not found" } }).headline,
    ).toBe("test command not found (exit 127)");
  });

  it("is an error, never a pass, when c8 could not read the coverage", () => {
    const verdict = evaluate({
      tests: passing,
      toolError: "c8: c8 report failed (exit 1): boom",
      thresholds: { lines: 90 },
    });
    expect(verdict.conclusion).toBe("error");
    expect(verdict.error).toBe("c8: c8 report failed (exit 1): boom");
  });

  it("renders a markdown table, with base and delta when a previous result is given", () => {
    const observed = { ...base, base: { "lines%": 75, "patch%": 10 } };
    const summary = renderSummary(observed, evaluate(observed));
    expect(summary).toContain("| Lines | 7 | 10 | 70 % | 70 % | 75 % | −5 | ✅ |");
    expect(summary).toContain(
      "| Patch: changed lines since `origin/main` (abcdef0) | 1 | 2 | 50 % | 50 % | – |  | ✅ |",
    );
    expect(summary).toContain("| `a.js` | 2 |");
  });

  it("fences test output that itself contains a code fence", () => {
    const observed: Observations = {
      ...base,
      tests: { exitCode: 1, durationMs: 1, tail: "```\nfailed\n```" },
    };
    expect(renderSummary(observed, evaluate(observed))).toContain("````text\n```\nfailed\n```\n````");
  });
});
