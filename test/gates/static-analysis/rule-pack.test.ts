import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { execa } from "execa";
import { describe, expect, it } from "vitest";
import { readRuleInfo } from "../../../src/gates/static-analysis/rules.ts";
import { semgrepEnv } from "../../../src/gates/static-analysis/semgrep.ts";
import { packageRoot } from "../../../src/package-root.ts";

const root = packageRoot();
const pack = join(root, "policies/semgrep");
const fixtures = join(root, "test/fixtures/static-analysis/rules");

describe("the bundled rule pack (policies/semgrep)", () => {
  it("passes semgrep's own rule tests: every ruleid line caught, every ok line left alone", async () => {
    const run = await execa("semgrep", ["--test", "--json", "--config", pack, fixtures], {
      env: semgrepEnv(),
      reject: false,
      timeout: 120_000,
    });
    const report = JSON.parse(run.stdout) as {
      config_missing_tests: string[];
      config_with_errors: unknown[];
      results: Record<string, { checks: Record<string, { passed: boolean; matches: unknown }> }>;
    };
    expect(report.config_with_errors).toEqual([]);
    expect(report.config_missing_tests).toEqual([]);
    const failed = Object.values(report.results).flatMap((file) =>
      Object.entries(file.checks)
        .filter(([, check]) => !check.passed)
        .map(([id, check]) => `${id}: ${JSON.stringify(check.matches)}`),
    );
    expect(failed).toEqual([]);
    expect(run.exitCode).toBe(0);
  }, 120_000);

  it("has, for every rule, a fixture line it must catch and one it must not flag", () => {
    const ids = [...readRuleInfo([pack]).keys()];
    expect(ids.length).toBeGreaterThanOrEqual(12);
    const text = readdirSync(fixtures)
      .map((file) => readFileSync(join(fixtures, file), "utf8"))
      .join("\n");
    const annotated = (kind: string, id: string) =>
      new RegExp(`//\\s*${kind}:[^\\n]*\\b${id.replace(/-/g, "\\-")}\\b`).test(text);
    expect(ids.filter((id) => !annotated("ruleid", id))).toEqual([]);
    expect(ids.filter((id) => !annotated("ok", id))).toEqual([]);
  });
});
