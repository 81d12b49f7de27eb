import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { reportOnlyMatcher, reportOnlyPaths } from "../../../src/gates/static-analysis/report-only.ts";
import type { RuleInfo } from "../../../src/gates/static-analysis/rules.ts";
import { gate, gitRepo, where } from "./repo.ts";

// luxon's docs-site REPL (site/demo/demo.js), reduced: eval of what the reader types.
const DEMO = `export function run(code) {
  return eval(code);
}
`;

describe("report-only paths (not shipped code)", () => {
  it("expands terrafusion:default, keeps the policy's own globs, and [] turns the list off", () => {
    expect(reportOnlyPaths(undefined)).toContain("**/examples/**");
    expect(reportOnlyPaths(["terrafusion:default", "tools/**"])).toContain("tools/**");
    expect(reportOnlyPaths(["tools/**"])).toEqual(["tools/**"]);
    const rules = new Map<string, RuleInfo>([
      [
        "leak",
        { id: "leak", message: "", severity: "CRITICAL", metadata: { "blocks-in-report-only-paths": true } },
      ],
    ]);
    const match = reportOnlyMatcher(reportOnlyPaths(undefined), rules, "app/");
    expect(match({ rule: "eval-injection", path: "site/demo/demo.js" })).toBe("**/demo/**");
    expect(match({ rule: "eval-injection", path: "app/site/index.js" })).toBe("site/**");
    expect(match({ rule: "eval-injection", path: "packages/site/index.js" })).toBeUndefined();
    expect(match({ rule: "eval-injection", path: "lib/router.js" })).toBeUndefined();
    expect(match({ rule: "leak", path: "examples/keys.js" })).toBeUndefined();
  });

  it("reports findings in a demo without blocking, says why, and marks them as notes in SARIF", async () => {
    const repo = await gitRepo();
    repo.write({ "site/demo/demo.js": DEMO, "lib/run.js": DEMO });
    await repo.commit("demo and library");
    const sarifFile = join(repo.dir, "out.sarif");
    const run = await gate(["--cwd", repo.dir, "--sarif", sarifFile]);
    expect(run.code).toBe(1);
    expect(run.result.findings.filter((f) => f.blocking).map(where)).toEqual(["eval-injection lib/run.js:2"]);
    const demo = run.result.findings.find((f) => f.path === "site/demo/demo.js");
    expect(demo).toMatchObject({
      blocking: false,
      note: "not shipped code (**/demo/** in report-only-paths)",
    });
    expect(run.result.metrics).toMatchObject({ blocking: 1, "report-only": 1 });
    expect(run.result.summary).toContain("1 finding did not block because its file is not shipped code");
    const sarif = JSON.parse(readFileSync(sarifFile, "utf8"));
    const results = sarif.runs[0].results as { level: string; properties: Record<string, unknown> }[];
    expect(results.map((r) => [r.level, r.properties["report-only"]]).sort()).toEqual([
      ["error", undefined],
      ["note", "**/demo/**"],
    ]);

    repo.write({
      ".github/terrafusion.yml": "version: 1\ngates:\n  static-analysis:\n    report-only-paths: []\n",
    });
    await repo.commit("every path blocks");
    const strict = await gate(["--cwd", repo.dir]);
    expect(strict.result.metrics).toMatchObject({ blocking: 2, "report-only": 0 });
  }, 120_000);
});
