// Wall-clock checks that hostile patterns finish fast (the `timing` project runs this file alone).
// Before RE2 each of these held the event loop for seconds to minutes; now each is one linear pass.
import { describe, expect, it } from "vitest";
import { waiverFor } from "../../src/gates/static-analysis/waivers.ts";
import { policySchema } from "../../src/policy/schema/index.ts";
import { evaluateReview } from "../../src/review/evaluate.ts";
import { pullSnapshotSchema } from "../../src/review/snapshot.ts";

const FAST_MS = 1_000;

const pull = (over: Record<string, unknown> = {}) =>
  pullSnapshotSchema.parse({
    title: "Add feature",
    author: "alice",
    base: { ref: "main" },
    head: { ref: "feature/x", sha: "h1" },
    files: [{ path: "src/app.ts" }],
    permissions: { bob: "write" },
    ...over,
  });
const reviewOf = (review: unknown) => policySchema.parse({ version: 1, review }).review;

function timed<T>(run: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = run();
  return { value, ms: performance.now() - started };
}

describe("hostile patterns take linear time", () => {
  it("comment-patterns ^(a|a)*$ against the issue's 29-character comment, and a 100,000-character one", () => {
    const review = reviewOf({
      methods: { "comment-patterns": ["^(a|a)*$"] },
      rules: [{ name: "one", require: { count: 1 } }],
    });
    for (const body of [`${"a".repeat(28)}!`, `${"a".repeat(100_000)}!`]) {
      const comments = [{ author: "bob", body, "created-at": "2024-01-03T00:00:00Z" }];
      const { value, ms } = timed(() => evaluateReview(review, pull({ comments })));
      expect(value.status).toBe("pending");
      expect(ms).toBeLessThan(FAST_MS);
    }
  });

  it("a title condition ^(\\w+\\s?)*$ against a 28-character title", () => {
    const review = reviewOf({
      rules: [{ name: "t", if: { title: "^(\\w+\\s?)*$" }, require: { count: 1 } }],
    });
    const { value, ms } = timed(() => evaluateReview(review, pull({ title: `${"a".repeat(27)}!` })));
    expect(value.rules[0]!.status).toBe("skipped");
    expect(ms).toBeLessThan(FAST_MS);
  });

  it("a changed-files glob *a*a*a*a*a*a*a*a*a*a*b against a 41-character file name", () => {
    const review = reviewOf({
      rules: [
        { name: "g", if: { "changed-files": { paths: ["*a*a*a*a*a*a*a*a*a*a*b"] } }, require: { count: 1 } },
      ],
    });
    const { value, ms } = timed(() =>
      evaluateReview(review, pull({ files: [{ path: `${"a".repeat(40)}!` }] })),
    );
    expect(value.rules[0]!.status).toBe("skipped");
    expect(ms).toBeLessThan(FAST_MS);
  });

  it("a CODEOWNERS line **/a*/**/a*/… against a path 40 folders deep", () => {
    const review = reviewOf({ rules: [{ name: "owners", require: { "code-owners": true } }] });
    const codeowners = "**/a*/**/a*/**/a*/**/a*/**/a*/**/a*/**/a*/**/c @acme/x";
    const { value, ms } = timed(() =>
      evaluateReview(review, pull({ codeowners, files: [{ path: `${"a/".repeat(40)}b` }] })),
    );
    expect(value.rules[0]!.status).toBe("approved");
    expect(ms).toBeLessThan(FAST_MS);
  });

  it("a waiver's rule glob *.*.*.*.*.*.*.*.*.*.x against a 41-character rule id", () => {
    const waiver = { rule: "*.*.*.*.*.*.*.*.*.*.x", reason: "r", expires: "2999-01-01" };
    const { value, ms } = timed(() =>
      waiverFor({ rule: `${".".repeat(40)}!`, path: "a.ts" }, [waiver], "2024-01-01"),
    );
    expect(value.state).toBe("none");
    expect(ms).toBeLessThan(FAST_MS);
  });
});
