import { spawnSync } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { packageRoot } from "../../src/package-root.ts";

// Pure folders do no I/O (issue 12): biome.json's override turns on style/noRestrictedImports for them, and
// `npm run lint` (biome check .) runs it in CI. These tests show that it bites and that the tree obeys it.
const root = packageRoot();
const RULE = "lint/style/noRestrictedImports";
const PURE = ["src/core", "src/policy", "src/promotion", "src/review"];
const RESTRICTED = [
  "node:fs",
  "node:fs/promises",
  "node:http",
  "node:https",
  "node:child_process",
  "node:net",
  "execa",
  "@octokit/request",
  "octokit",
  "probot",
  "@actions/core",
  "undici",
  "ioredis",
];

/** One import of each restricted module a line, then a re-export and a dynamic import: every form a file can use. */
function probeSource(): string {
  const imports = RESTRICTED.map((name, i) => `import * as m${i} from ${JSON.stringify(name)};`);
  return [
    // Type-checking the probe is not the point (octokit and ioredis are not installed): tsc skips it.
    "// @ts-nocheck",
    ...imports,
    'export { readFile } from "node:fs/promises";',
    'export const later = () => import("node:child_process");',
    `export const used = [${RESTRICTED.map((_, i) => `m${i}`).join(", ")}];`,
    "",
  ].join("\n");
}

/** biome lint with only the layering rule, as GitHub annotations: the rule's name, file and line on each. */
function lintLayering(paths: string[]): { status: number | null; flagged: { file: string; line: number }[] } {
  const biome = join(root, "node_modules/@biomejs/biome/bin/biome");
  const run = spawnSync(
    process.execPath,
    [
      biome,
      "lint",
      `--only=style/noRestrictedImports`,
      "--reporter=github",
      "--max-diagnostics=none",
      ...paths,
    ],
    { cwd: root, encoding: "utf8" },
  );
  const flagged = [...run.stdout.matchAll(/^::error title=([^,]+),file=([^,]+),line=(\d+),/gm)]
    .filter((match) => match[1] === RULE)
    .map((match) => ({ file: match[2]!, line: Number(match[3]) }));
  return { status: run.status, flagged };
}

describe("the layering rule: pure folders import no I/O", () => {
  it("fails a file in any pure folder that imports fs, http, processes or GitHub clients, naming the rule", () => {
    const name = `__layering_probe_${process.pid}__.ts`;
    const probes = PURE.map((folder) => join(root, folder, name));
    // An adapter folder may do I/O: the same file there passes.
    const adapter = join(root, "src/fs", name);
    const source = probeSource();
    const lines = source.split("\n").flatMap((text, i) => (/ from "|import\(/.test(text) ? [i + 1] : []));
    try {
      for (const file of [...probes, adapter]) writeFileSync(file, source);
      const { status, flagged } = lintLayering([...probes, adapter]);
      expect(status).not.toBe(0);
      for (const probe of probes)
        expect(
          flagged
            .filter((hit) => hit.file === probe)
            .map((hit) => hit.line)
            .sort((a, b) => a - b),
          probe,
        ).toEqual(lines);
      expect(flagged.filter((hit) => hit.file === adapter)).toEqual([]);
      expect(lines).toHaveLength(RESTRICTED.length + 2);
    } finally {
      for (const file of [...probes, adapter]) rmSync(file, { force: true });
    }
  });

  it("passes on today's pure folders", () => {
    const { status, flagged } = lintLayering(PURE);
    expect(flagged).toEqual([]);
    expect(status).toBe(0);
  });
});
