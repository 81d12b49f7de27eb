import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { packageRoot } from "../../src/package-root.ts";
import { loadPolicy } from "../../src/policy/load.ts";

const root = packageRoot();
const documents = ["README.md", ...readdirSync(join(root, "docs")).map((name) => join("docs", name))].filter(
  (path) => path.endsWith(".md"),
);

/**
 * Every ```yaml block that is a policy or a part of one: its first key is version, gates, review or
 * deploy. A part is checked as a whole policy with `version: 1` added.
 */
function policyExamples(markdown: string): { line: number; text: string }[] {
  const examples: { line: number; text: string }[] = [];
  const fence = /^```ya?ml\n([\s\S]*?)^```/gm;
  for (let match = fence.exec(markdown); match; match = fence.exec(markdown)) {
    const text = match[1]!;
    const firstKey = /^([a-z-]+):/m.exec(text.replace(/^#.*\n/gm, ""))?.[1];
    if (firstKey && ["version", "gates", "review", "deploy"].includes(firstKey)) {
      const whole = firstKey === "version" ? text : `version: 1\n${text}`;
      examples.push({ line: markdown.slice(0, match.index).split("\n").length + 1, text: whole });
    }
  }
  return examples;
}

describe("policy examples in the documentation are valid policies", () => {
  const all = documents.flatMap((path) =>
    policyExamples(readFileSync(join(root, path), "utf8")).map((example) => ({ path, ...example })),
  );

  it("finds examples to check", () => {
    expect(all.length).toBeGreaterThanOrEqual(3);
  });

  for (const example of all) {
    it(`${example.path}:${example.line}`, async () => {
      const dir = mkdtempSync(join(tmpdir(), "tf-doc-example-"));
      writeFileSync(join(dir, "policy.yml"), example.text);
      await expect(loadPolicy({ cwd: dir, file: "policy.yml" })).resolves.toBeDefined();
    });
  }
});
