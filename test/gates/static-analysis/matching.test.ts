import { describe, expect, it } from "vitest";
import {
  classify,
  normaliseCode,
  type ScanFinding,
  similarCode,
} from "../../../src/gates/static-analysis/compare.ts";
import { functionBlocks, scopeAt } from "../../../src/gates/static-analysis/scope.ts";

describe("scopes: the named functions and classes around a finding", () => {
  const scopeOf = (text: string, marker: string) => scopeAt(functionBlocks(text), text.indexOf(marker));

  it("names declarations, methods, assigned and passed functions, and skips control blocks", () => {
    const text = `
const table = { a: 1 };
export function compile(path: string, options = {}): Fn {
  if (options.strict) { for (const key of keys) { MARK_IF } }
  return () => { MARK_ARROW_IN_COMPILE };
}
class Router extends Base {
  #handle(req) { try { MARK_METHOD } catch (e) {} }
  static get [Symbol.species]() { return Router; }
}
module.exports.lexer = async function (str) { MARK_ASSIGNED };
app.get("/", (req, res) => { MARK_CALLBACK });
const parse = async (text) => { MARK_CONST_ARROW };
MARK_TOP
`;
    expect(scopeOf(text, "MARK_IF")).toBe("compile");
    expect(scopeOf(text, "MARK_ARROW_IN_COMPILE")).toBe("compile > (…)");
    expect(scopeOf(text, "MARK_METHOD")).toBe("class Router > #handle");
    expect(scopeOf(text, "MARK_ASSIGNED")).toBe("module.exports.lexer");
    expect(scopeOf(text, "MARK_CALLBACK")).toBe("app.get(…)");
    expect(scopeOf(text, "MARK_CONST_ARROW")).toBe("parse");
    expect(scopeOf(text, "MARK_TOP")).toBe("");
  });

  it("is not fooled by braces in strings, templates, regexes and comments", () => {
    const text = `function outer() {
  const re = /[{}]+/g; // } closing in a comment
  const s = "}" + \`\${"{"}\`;
  MARK_OUTER
}
function other() { MARK_OTHER }
`;
    expect(scopeOf(text, "MARK_OUTER")).toBe("outer");
    expect(scopeOf(text, "MARK_OTHER")).toBe("other");
  });
});

describe("similar code: the same up to an edited argument or renamed identifiers", () => {
  it("accepts one edited argument, as in path-to-regexp's flags", () => {
    expect(similarCode("new RegExp(pattern, flags)", 'new RegExp(pattern, sensitive ? "" : "i")')).toBe(4);
    expect(
      similarCode('exec("tar czf " + name)', 'exec("tar czf " + name + ".tgz", { cwd })'),
    ).toBeUndefined();
    expect(
      similarCode(
        'db.query("SELECT * FROM t WHERE id = " + id)',
        'db.query("SELECT id FROM t WHERE id = " + id)',
      ),
    ).toBe(1);
    expect(similarCode("res.redirect(req.query.next)", "res.redirect(302, req.query.next)")).toBeUndefined();
  });

  it("accepts consistently renamed identifiers, with or without an edited argument", () => {
    expect(similarCode("eval(code + suffix)", "eval(source + suffix)")).toBe(0);
    expect(similarCode("exec(cmd, opts)", "exec(command, options)")).toBe(0);
    // Two names merged into one is not a rename.
    expect(similarCode("f(a, b)", "f(a, a)")).toBe(1);
    expect(similarCode("new RegExp(src, flags)", 'new RegExp(source, loose ? "i" : "")')).toBe(4);
  });

  it("refuses edits outside any argument, across arguments or statements, and different calls", () => {
    expect(similarCode("eval(a); run()", "eval(a); stop(); run()")).toBeUndefined();
    expect(similarCode("a + b", "a - b")).toBeUndefined();
    expect(similarCode('f(1, "b", c)', 'f(2, "y", c)')).toBeUndefined();
    expect(similarCode("exec(cmd)", "spawn(cmd, args)")).toBeUndefined();
    expect(similarCode("exec(x)", "")).toBeUndefined();
  });
});

describe("classify: which head findings are pre-existing", () => {
  const finding = (
    code: string,
    scope: string | undefined,
    extra: Partial<ScanFinding> = {},
  ): ScanFinding => ({
    rule: "regex-injection",
    path: "src/index.ts",
    line: 1,
    endLine: 1,
    column: 1,
    endColumn: 2,
    severity: "MEDIUM",
    message: "m",
    code: normaliseCode(code),
    ...(scope === undefined ? {} : { scope }),
    ...extra,
  });
  const same = (path: string) => path;

  it("keeps an argument edit in the same function pre-existing, and follows renames", () => {
    const base = [finding("new RegExp(pattern, flags)", "pathToRegexp", { path: "src/old.ts" })];
    const head = [finding('new RegExp(pattern, sensitive ? "" : "i")', "pathToRegexp")];
    const rename = (path: string) => (path === "src/old.ts" ? "src/index.ts" : undefined);
    expect(classify(head, base, rename)).toEqual({ fresh: [], existing: head });
  });

  it("reports the edited code as new in another function, another file or under another rule", () => {
    const base = [finding("new RegExp(pattern, flags)", "pathToRegexp")];
    for (const head of [
      finding('new RegExp(pattern, sensitive ? "" : "i")', "match"),
      finding('new RegExp(pattern, sensitive ? "" : "i")', "pathToRegexp", { path: "src/other.ts" }),
      finding('new RegExp(pattern, sensitive ? "" : "i")', "pathToRegexp", { rule: "regex-dos" }),
    ])
      expect(classify([head], base, same).fresh).toEqual([head]);
  });

  it("counts a second finding of the same rule in the same function as new", () => {
    const base = [finding("new RegExp(pattern, flags)", "compile")];
    const edited = finding('new RegExp(pattern, flags + "g")', "compile");
    const copy = finding("new RegExp(other, flags)", "compile", { line: 9 });
    const { fresh, existing } = classify([edited, copy], base, same);
    // The closest pair wins: the rename (0 differing tokens) over the argument edit.
    expect(existing).toEqual([copy]);
    expect(fresh).toEqual([edited]);
  });

  it("matches identical code anywhere in the file, and edited code only where scopes are known", () => {
    const base = [finding("eval(input)", undefined)];
    expect(classify([finding("eval(input)", undefined, { line: 40 })], base, same).fresh).toEqual([]);
    const edited = finding("eval(input + tail)", undefined);
    expect(classify([edited], base, same).fresh).toEqual([edited]);
  });
});
