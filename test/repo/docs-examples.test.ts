import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { loadPolicy } from "../../src/fs/load-policy.ts";
import { packageRoot } from "../../src/package-root.ts";
import { readmeBlock } from "../helpers/readme.ts";

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

describe("what README tells users to put in their workflows exists", () => {
  const caller = parse(readFileSync(join(root, "workflows/terrafusion.yml"), "utf8")) as {
    jobs: Record<string, { uses?: string }>;
  };

  it("README's caller jobs are the jobs of workflows/terrafusion.yml, the file test/act runs", () => {
    const shown = parse(readmeBlock("workflow")) as { jobs: Record<string, { uses: string }> };
    expect(Object.fromEntries(Object.entries(shown.jobs).map(([name, job]) => [name, job.uses]))).toEqual(
      Object.fromEntries(Object.entries(caller.jobs).map(([name, job]) => [name, job.uses])),
    );
  });

  it("every terrafusion/terrafusion reference in README, docs and workflows names a file of this repository", () => {
    const texts = [
      ...documents,
      "workflows/terrafusion.yml",
      ...readdirSync(join(root, ".github/workflows")).map((f) => `.github/workflows/${f}`),
    ];
    const references = new Set<string>();
    for (const path of texts) {
      for (const match of readFileSync(join(root, path), "utf8").matchAll(
        /\bterrafusion\/terrafusion(\/[a-z0-9._/-]*)?@(v\d+|[\w.-]+)/g,
      ))
        references.add(match[1] ?? "");
    }
    expect(references.size).toBeGreaterThanOrEqual(5);
    for (const reference of references) {
      const path = reference.replace(/^\//, "");
      const exists = path.endsWith(".yml")
        ? existsSync(join(root, path))
        : existsSync(join(root, path, "action.yml"));
      expect(exists, `terrafusion/terrafusion${reference}@… names nothing in this repository`).toBe(true);
    }
  });
});

describe("README and package.json agree", () => {
  it("on the Node version: README says the minimum that engines enforces, everywhere it names one", () => {
    const engines = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).engines.node as string;
    const minimum = /^>=\s*(\d+\.\d+)/.exec(engines)?.[1];
    expect(minimum).toBe("20.19");
    const readme = readFileSync(join(root, "README.md"), "utf8");
    const named = [...readme.matchAll(/\bNode(?:\.js)? (?:≥ ?|>= ?)?(\d+(?:\.\d+)*)/g)].map((m) => m[0]);
    expect(named.length).toBeGreaterThan(0);
    for (const text of named) expect(text).toBe(`Node ≥ ${minimum}`);
  });
});
