// The RE2 glob compiler agrees with picomatch (policy globs) and `ignore` (CODEOWNERS), which it
// replaced for linear-time matching, on the globs people write; the deviations are the documented ones.
import ignore from "ignore";
import picomatch from "picomatch";
import { describe, expect, it } from "vitest";
import { compileGlob, globSyntaxProblem } from "../../src/core/safe-glob.ts";
import { parseCodeOwners } from "../../src/review/codeowners.ts";

const PATHS = [
  "README.md",
  "a.ts",
  ".env",
  "a/.env",
  "docs",
  "docs/a.md",
  "docs/x/y.md",
  "x/docs/a.md",
  "src",
  "src/a.ts",
  "src/ab.ts",
  "src/cd.ts",
  "src/b.tsx",
  "src/a.test.ts",
  "src/x/y/z.ts",
  "src/auth/login.ts",
  "src/foo/index.ts",
  "src/foo/bar/index.ts",
  "src/x/test/a.ts",
  "lib/a",
  "lib/a.c",
  "lib/x/a.c",
  "a/b",
  "a/x/b",
  "a/c/d/b",
  "test/x",
  "a/test/b",
  ".github/workflows/ci.yml",
  "node_modules/x",
  "a/node_modules/b/c",
  "file1.txt",
  "file4.txt",
  "a.txt",
  "ab.txt",
  "aab.txt",
  "app.min.js",
  "x.cjs",
  "abc",
  "ababc",
];

const GLOBS = [
  "src/auth/**",
  "**/*.md",
  "docs/**",
  "*.ts",
  "src/**/*.{ts,tsx}",
  "{a,b}/**",
  "src/[ab]*.ts",
  "src/[^a]*.ts",
  "?.md",
  "**",
  "*",
  "*/*",
  "**/*",
  "a/**/b",
  "**/test/**",
  ".github/**",
  "**/.env",
  "*.{js,mjs,cjs}",
  "src/*/index.ts",
  "@(src|lib)/**",
  "+(a|b).txt",
  "?(a)b.txt",
  "*(ab)c",
  "file{1..3}.txt",
  "!docs/**",
  "src/**/test/*.ts",
  "[[:alpha:]]*.ts",
  "*.min.js",
  "**/node_modules/**",
  "src/*.{test,spec}.ts",
];

describe("RE2 globs", () => {
  it.each(GLOBS)("%s matches what picomatch matches (dot: true)", (glob) => {
    const ours = compileGlob(glob);
    const theirs = picomatch(glob, { dot: true });
    expect(PATHS.filter(ours)).toEqual(PATHS.filter((path) => theirs(path)));
  });

  it("reads [!a] as a negated class and parentheses outside an extglob as plain characters", () => {
    // picomatch reads [!a] as "! or a", and (auth) as a regex group that matches auth.
    expect(compileGlob("src/[!a]*.ts")("src/cd.ts")).toBe(true);
    expect(compileGlob("src/[!a]*.ts")("src/a.ts")).toBe(false);
    expect(compileGlob("app/(auth)/**")("app/(auth)/page.tsx")).toBe(true);
    expect(compileGlob("app/(auth)/**")("app/auth/page.tsx")).toBe(false);
  });

  it("names what it cannot compile", () => {
    expect(globSyntaxProblem("!(docs)/**")).toMatch(/^!\(…\) is not supported/);
    expect(globSyntaxProblem("src/[ab")).toBe("missing ] for the [ at character 5");
    expect(globSyntaxProblem("{a,b")).toBe("the { at character 1 is not closed");
    expect(globSyntaxProblem("a{1..5000}")).toBe("the range {1..5000} has more than 1000 values");
    expect(globSyntaxProblem("[z-a]")).toMatch(/invalid character class range/);
  });
});

describe("RE2 CODEOWNERS patterns", () => {
  const LINES = [
    "*",
    "*.js",
    "/docs/",
    "docs/*",
    "apps/",
    "**/logs",
    "/build/logs/",
    "src/**/x.ts",
    "a/**/b",
    "/README.md",
    "docs",
    "[ab]*.txt",
    "{a,b}.txt",
    "x?y",
    "lib/*.c",
  ];
  const OWNED = [
    ...PATHS,
    "apps/a",
    "x/apps/b",
    "apps",
    "logs/x",
    "a/logs/y",
    "build/logs/z",
    "x/build/logs/z",
    "{a,b}.txt",
    "xay",
    "x/y",
    "src/a.js",
  ];
  it.each(LINES)("%s covers what the ignore package covers", (line) => {
    const [entry] = parseCodeOwners(`${line} @acme/owners`);
    const theirs = ignore().add(line);
    expect(OWNED.filter((path) => entry!.matches(path))).toEqual(
      OWNED.filter((path) => theirs.ignores(path)),
    );
  });
});
