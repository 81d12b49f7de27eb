import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadPolicy } from "../../src/fs/load-policy.ts";
import { reviewCaseSchema } from "../../src/review/case.ts";
import { evaluateReview } from "../../src/review/evaluate.ts";
import { renderVerdict } from "../../src/review/render.ts";
import { cli } from "../helpers/cli.ts";

const DIR = join(import.meta.dirname, "../fixtures/review/cases");
const CASES = readdirSync(DIR)
  .filter((name) => name.endsWith(".json"))
  .sort();

describe("review policy cases (offline evaluator)", () => {
  it("has at least 40 cases", () => expect(CASES.length).toBeGreaterThanOrEqual(40));

  it.each(CASES)("%s", async (name) => {
    const testCase = reviewCaseSchema.parse(JSON.parse(readFileSync(join(DIR, name), "utf8")));
    const { policy } = await loadPolicy({ cwd: DIR, file: testCase.policy });
    const verdict = evaluateReview(policy.review, testCase);
    expect(verdict.status).toBe(testCase.expect!.status);
    for (const [rule, status] of Object.entries(testCase.expect!.rules ?? {}))
      expect(verdict.rules.find((result) => result.name === rule)?.status).toBe(status);
    const text = renderVerdict(verdict);
    for (const needle of testCase.expect!.explain ?? []) expect(text).toContain(needle);
    // Every applied rule says who approved, who else may, and what is missing; every skipped one says why.
    for (const rule of verdict.rules) {
      if (rule.status === "skipped") expect(text).toContain(`${rule.name}: skipped\n- Does not apply:`);
      else
        expect(text).toMatch(
          new RegExp(
            `${rule.name}: ${rule.status}\\n- Applies: .*\\n- Approved by: .*\\n- May approve: .*\\n- Missing: `,
          ),
        );
    }
  });
});

describe("terrafusion review", () => {
  it("test runs the same cases", async () => {
    const { code, stdout } = await cli(["review", "test", DIR]);
    expect(stdout).toContain(`${CASES.length} of ${CASES.length} cases pass`);
    expect(code).toBe(0);
  });

  it("test fails, with the explanation, when a case expects another verdict", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tf-review-"));
    const original = JSON.parse(readFileSync(join(DIR, "02-count-pending.json"), "utf8"));
    writeFileSync(join(dir, "02-count-pending.yml"), readFileSync(join(DIR, "02-count-pending.yml")));
    writeFileSync(join(dir, "wrong.json"), JSON.stringify({ ...original, expect: { status: "approved" } }));
    const { code, stdout } = await cli(["review", "test", dir]);
    expect(code).toBe(1);
    expect(stdout).toContain("✗ wrong.json: expected approved, got pending");
    expect(stdout).toContain("Missing: 1 more approval from anyone");
  });

  it("evaluate prints the explanation and exits 1 while pending, 0 when approved", async () => {
    const pending = await cli([
      "review",
      "evaluate",
      "--policy",
      join(DIR, "02-count-pending.yml"),
      "--pull",
      join(DIR, "02-count-pending.json"),
    ]);
    expect(pending.code).toBe(1);
    expect(pending.stdout).toContain("Waiting: one reviewer needs 1 more approval from anyone");
    const approved = await cli([
      "review",
      "evaluate",
      "--policy",
      join(DIR, "01-count-approved.yml"),
      "--pull",
      join(DIR, "01-count-approved.json"),
    ]);
    expect(approved.code).toBe(0);
  });

  it("evaluate names the file and key of a bad snapshot, exit 2", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tf-review-"));
    writeFileSync(join(dir, "bad.json"), JSON.stringify({ title: "x", author: "a", base: { ref: "main" } }));
    const { code, stderr } = await cli([
      "review",
      "evaluate",
      "--policy",
      join(DIR, "01-count-approved.yml"),
      "--pull",
      join(dir, "bad.json"),
    ]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/bad\.json:1:1 head: .*expected object/);
  });
});
