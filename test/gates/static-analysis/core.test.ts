import { describe, expect, it } from "vitest";
import { classify, normaliseCode, type ScanFinding } from "../../../src/gates/static-analysis/compare.ts";
import { ruleIdOf } from "../../../src/gates/static-analysis/rules.ts";
import { semgrepArgs } from "../../../src/gates/static-analysis/semgrep.ts";
import { blocksOn, normaliseSeverity, type Severity } from "../../../src/gates/static-analysis/severity.ts";
import { waiverFor } from "../../../src/gates/static-analysis/waivers.ts";

describe("severity mapping onto fail-on", () => {
  const all: Severity[] = ["CRITICAL", "HIGH", "ERROR", "MEDIUM", "WARNING", "LOW", "INFO"];
  const blocked = (failOn: Severity[]) => all.filter((severity) => blocksOn(severity, failOn));

  it("maps every semgrep severity through both scales", () => {
    expect(blocked(["ERROR"])).toEqual(["CRITICAL", "HIGH", "ERROR"]);
    expect(blocked(["HIGH"])).toEqual(["HIGH", "ERROR"]);
    expect(blocked(["CRITICAL"])).toEqual(["CRITICAL"]);
    expect(blocked(["WARNING"])).toEqual(["MEDIUM", "WARNING"]);
    expect(blocked(["MEDIUM"])).toEqual(["MEDIUM", "WARNING"]);
    expect(blocked(["INFO"])).toEqual(["LOW", "INFO"]);
    expect(blocked(["LOW"])).toEqual(["LOW", "INFO"]);
    expect(blocked(["CRITICAL", "HIGH", "ERROR"])).toEqual(["CRITICAL", "HIGH", "ERROR"]);
    expect(blocked([])).toEqual([]);
  });

  it("reads semgrep's other levels as INFO", () => {
    expect(normaliseSeverity("experiment")).toBe("INFO");
    expect(normaliseSeverity("inventory")).toBe("INFO");
    expect(normaliseSeverity("critical")).toBe("CRITICAL");
  });
});

describe("waivers", () => {
  const waivers = [
    { rule: "sql-*", path: "src/legacy/**", reason: "old module, rewrite in Q3", expires: "2026-07-01" },
    { rule: "sql-*", path: "src/legacy/**", reason: "renewed", expires: "2026-03-01" },
  ];
  const finding = { rule: "sql-string-concatenation", path: "src/legacy/db.ts" };

  it("holds before its day and stops on it (UTC)", () => {
    expect(waiverFor(finding, waivers, "2026-06-30")).toMatchObject({ state: "active", waiver: waivers[0] });
    expect(waiverFor(finding, waivers, "2026-07-01")).toMatchObject({ state: "expired", waiver: waivers[0] });
  });

  it("matches rule and path globs", () => {
    expect(waiverFor({ ...finding, path: "src/new/db.ts" }, waivers, "2026-01-01").state).toBe("none");
    expect(waiverFor({ ...finding, rule: "eval-injection" }, waivers, "2026-01-01").state).toBe("none");
  });
});

describe("new against pre-existing", () => {
  const at = (path: string, line: number, code: string, rule = "eval-injection"): ScanFinding => ({
    rule,
    path,
    line,
    endLine: line,
    column: 1,
    endColumn: 2,
    severity: "CRITICAL",
    message: "m",
    code: normaliseCode(code),
  });

  it("matches by rule, head path and code, not by line, and counts duplicates", () => {
    const base = [at("old.ts", 3, "eval(x)"), at("a.ts", 10, "eval(  y )")];
    const head = [
      at("renamed.ts", 40, "eval(x)"),
      at("a.ts", 2, "eval( y )"),
      at("a.ts", 20, "eval( y )"),
      at("a.ts", 21, "eval(y)", "other-rule"),
    ];
    const rename = (path: string) => (path === "old.ts" ? "renamed.ts" : path);
    const { fresh, existing } = classify(head, base, rename);
    expect(existing.map((f) => `${f.path}:${f.line}`)).toEqual(["renamed.ts:40", "a.ts:2"]);
    expect(fresh.map((f) => `${f.path}:${f.line}`)).toEqual(["a.ts:20", "a.ts:21"]);
  });
});

describe("semgrep command line", () => {
  it("is offline and anchors included paths, escaping glob characters", () => {
    const args = semgrepArgs({ configs: ["/pack"], only: ["src/a[1].ts", "b.ts"] });
    expect(args.slice(0, 5)).toEqual([
      "scan",
      "--metrics=off",
      "--disable-version-check",
      "--json",
      "--quiet",
    ]);
    expect(args).toContain("--include=/src/a\\[1\\].ts");
    expect(args.slice(-2)).toEqual(["--", "."]);
  });

  it("gives back declared rule ids from semgrep's path-prefixed check ids", () => {
    expect(
      ruleIdOf("home.me.pack.sql-string-concatenation", ["sql-string-concatenation", "concatenation"]),
    ).toBe("sql-string-concatenation");
    expect(ruleIdOf("unknown.rule", [])).toBe("unknown.rule");
  });
});
