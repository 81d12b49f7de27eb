/**
 * policy-bot's path regexps as TerraFusion globs: each glob matches exactly the paths its regexp does
 * (checked against RE2, as policy-bot runs them, over paths chosen to tell them apart), and a regexp
 * with no glob form says why instead of becoming a guess.
 */
import { describe, expect, it } from "vitest";
import { compileGlobs } from "../../src/core/safe-glob.ts";
import { compilePattern } from "../../src/core/safe-regex.ts";
import { globProblem } from "../../src/policy/schema/primitives.ts";
import { regexToGlobs } from "../../src/review/policy-bot/regex-glob.ts";

const PATHS = [
  "config",
  "config/a.yml",
  "config/special.file",
  "myconfig/b",
  "a/config",
  "a/config/deep/x",
  "docs",
  "docs/a.md",
  "docs/x/y.md",
  "docs/x/y.txt",
  "README.md",
  "a/README.md",
  "README.mdx",
  ".md",
  "src/x_test.go",
  "src/a/b/c_test.go",
  "src/x.go",
  "x_test.go",
  "ab",
  "a/b",
  "axb",
  "a/x/b",
  "ba",
  "server/views/a.tmpl",
  "server/views/x/y.tmpl",
  "server/views.tmpl",
  ".github/workflows/ci.yml",
  ".github/workflows/ci.yaml",
  ".github/workflows/x/ci.yml",
  "examples/a",
  "examples",
  "lib/foo/index.ts",
  "lib/foo/bar/index.ts",
  "lib//index.ts",
  "v1/a",
  "v12/a",
  "a/b/d",
  "a/xc/d",
  "a/x/yc/d",
  "a/c/d",
  "test/x",
  "a/test/x",
  "src/a.ts",
  "src/b/c.ts",
  "bar",
  "foobar",
  "[x]",
  "[x]/y",
  "api/x",
  "web",
  "web/a/b",
  "staging/x",
  "a+b/c",
  "a*b?",
  "a(b)/c",
  "-x",
  "zx",
  "bx",
  "my file.txt",
];

describe("policy-bot path regexps as globs", () => {
  it.each([
    ["^docs/.*$", ["docs/**/*"]],
    [".*\\.md$", ["**/*.md"]],
    ["\\.go$", ["**/*.go"]],
    ["^staging/.*", ["staging/**/*"]],
    ["^(api|web)/.*$", ["{api,web}/**/*"]],
    ["^README\\.md$", ["README.md"]],
    ["^src/.*_test\\.go$", ["src/**/*_test.go"]],
    ["^config/", ["config/**/*"]],
    ["config", ["**/*config*/**"]],
    ["^a.*b$", ["a*{,/**/}*b"]],
    ["^server/views/.*\\.tmpl$", ["server/views/**/*.tmpl"]],
    ["^\\.github/workflows/[^/]*\\.ya?ml$", [".github/workflows/*.y{,a}ml"]],
    ["^(docs|examples)/.+", ["{docs,examples}/?*/**"]],
    ["^lib/[^/]+/index\\.ts$", ["lib/?*/index.ts"]],
    ["^v\\d/", ["v[0-9]/**/*"]],
    ["^a/(b|.*c)/d$", ["a/{b,*{,/**/}*c}/d"]],
    [".*", ["**"]],
    ["^.*/test/.*$", ["**/*/test/**/*"]],
    ["^src/.*?\\.ts$", ["src/**/*.ts"]],
    ["^(?:foo)?bar$", ["{,foo}bar"]],
    ["^\\[x\\]", ["[[]x[]]*/**"]],
    ["^a\\+b/", ["a+b/**/*"]],
    ["^a\\*b\\?$", ["a[*]b[?]"]],
    ["^a\\(b\\)/", ["a[(]b)/**/*"]],
    ["^[a\\-z]x$", ["[az-]x"]],
    ["^docs/|^examples/", ["docs/**/*", "examples/**/*"]],
    ["^my file\\.txt$", ["my file.txt"]],
  ])("%s → %j, matching the same paths", (regexp, globs) => {
    const result = regexToGlobs(regexp);
    expect(result).toEqual({ globs });
    // Globs a policy may hold: the schema accepts each.
    for (const each of globs) expect(globProblem(each)).toBeUndefined();
    const glob = compileGlobs(globs);
    const re = compilePattern(regexp);
    const differ = PATHS.filter((path) => glob(path) !== re.test(path));
    expect(differ).toEqual([]);
  });

  it("writes a single `.` as `?`, exact next to a slash or at either end", () => {
    expect(regexToGlobs("^docs/.$")).toEqual({ globs: ["docs/?"] });
    // Between two other characters `.` could be a slash, `?` cannot: the one documented approximation.
    expect(regexToGlobs("^config.yml$")).toEqual({ globs: ["config?yml"] });
  });

  it.each([
    ["(?i)readme", "a flag such as (?i), or a named group, has no glob form"],
    ["^x\\d+", "`\\d+`: a repeat of anything but . or [^/] has no glob form"],
    ["^a{2}", "the repeat count at character 3 has no glob form"],
    ["^src/(?=x)", "a flag such as (?i), or a named group, has no glob form"],
    ["^[^a]", "`[^a]` matches / too, which no glob bracket does"],
    ["\\bword", "`\\b` has no glob form"],
    ["a^b", "^ or $ inside the pattern has no glob form"],
    ["^(a", "a ( is not closed"],
    ["^$", "it matches only the empty path, which no file has"],
    ["^/etc/", "it matches only paths that start with /, which no file has"],
    ["^x\\{y", "a literal { has no glob form"],
    ["^(a\\(b|c)/", "a literal ( inside ( ) has no glob form"],
    ["^!x", "a leading ! would negate the glob"],
    ["^a\\\\b", "a literal \\ has no glob form"],
  ])("%s has no glob form: %s", (regexp, problem) => {
    expect(regexToGlobs(regexp)).toEqual({ problem });
  });
});
