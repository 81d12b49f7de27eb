import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GateResult } from "../../../src/core/gate-result.ts";
import { loadPolicy } from "../../../src/fs/load-policy.ts";
import { staticAnalysisGate } from "../../../src/gates/static-analysis/index.ts";
import { gitRepo, where } from "./repo.ts";

// A developer's pull request, reduced from path-to-regexp (HEAD~20..HEAD): `new RegExp(pattern, flags)`
// became `new RegExp(pattern, sensitive ? "" : "i")` in the same function, a second RegExp was added
// there, and a new file with an eval sits in the work tree, not yet `git add`ed.
const POLICY = `version: 1
gates:
  static-analysis:
    rules: [terrafusion:default, rules/regex-from-variable.yml]
`;

// The bundled pack's regex rule as it was when the case was found: any non-literal pattern.
const RULE = `rules:
  - id: regex-from-variable
    message: A regular expression is built from a non-literal value.
    severity: ERROR
    languages: [typescript, javascript]
    patterns:
      - pattern-either:
          - pattern: new RegExp($PATTERN, ...)
          - pattern: RegExp($PATTERN, ...)
      - metavariable-pattern:
          metavariable: $PATTERN
          patterns:
            - pattern-not: '"..."'
`;

const BASE = `export function pathToRegexp(path: string, options: { sensitive?: boolean } = {}) {
  const { sensitive = false } = options;
  const flags = sensitive ? "" : "i";
  const pattern = \`^\${path}$\`;
  const regexp = new RegExp(pattern, flags);
  return regexp;
}

export function match(path: string) {
  return new RegExp(path).test("/");
}
`;

const HEAD = `// Paths to regular expressions.

export function pathToRegexp(path: string, options: { sensitive?: boolean; end?: boolean } = {}) {
  const { sensitive = false, end = true } = options;
  const pattern = \`^\${path}\${end ? "$" : ""}\`;
  const regexp = new RegExp(pattern, sensitive ? "" : "i");
  const loose = new RegExp(pattern + "/?", "g");
  return { regexp, loose };
}

export function match(path: string) {
  return new RegExp(path).test("/");
}

export function search(path: string) {
  return new RegExp(path, "i");
}
`;

let repo: Awaited<ReturnType<typeof gitRepo>>;
let result: GateResult;
let starts: string[];

beforeAll(async () => {
  repo = await gitRepo("tf-sa-edits-");
  await repo.pullRequest(
    {
      ".github/terrafusion.yml": POLICY,
      "rules/regex-from-variable.yml": RULE,
      ".gitignore": "dist/\n",
      "src/index.ts": BASE,
    },
    { "src/index.ts": HEAD },
  );
  repo.write({ "lib/x.js": "const a = process.argv[2];\nconsole.log(eval('1+'+a));\n" });
  repo.write({ "dist/bundle.js": "eval(process.argv[2]);\n" });
  // The real semgrep, behind a wrapper that counts its starts.
  const bin = mkdtempSync(join(tmpdir(), "tf-sa-semgrep-"));
  const log = join(bin, "starts.log");
  writeFileSync(log, "");
  writeFileSync(join(bin, "semgrep"), `#!/bin/sh\necho start >> "${log}"\nexec semgrep "$@"\n`);
  chmodSync(join(bin, "semgrep"), 0o755);
  const { policy } = await loadPolicy({ cwd: repo.dir });
  result = await staticAnalysisGate.run({
    cwd: repo.dir,
    base: "main",
    policy,
    options: { semgrep: join(bin, "semgrep") },
    progress: () => {},
  } as Parameters<typeof staticAnalysisGate.run>[0]);
  starts = readFileSync(log, "utf8").split("\n").filter(Boolean);
  rmSync(bin, { recursive: true, force: true });
}, 120_000);

afterAll(() => rmSync(repo.dir, { recursive: true, force: true }));

describe("diff-aware static analysis on a developer's work tree", () => {
  it("scans an untracked file as part of the change and blocks its new flaw; ignored files stay out", () => {
    expect(result.findings.filter((f) => f.path === "lib/x.js").map(where)).toEqual([
      "eval-injection lib/x.js:2",
    ]);
    expect(result.findings.find((f) => f.path === "lib/x.js")?.blocking).toBe(true);
    expect(result.findings.some((f) => f.path.startsWith("dist/"))).toBe(false);
  });

  it("keeps an edited argument of an old finding pre-existing, and new findings in the same function new", () => {
    const regex = result.findings.filter((f) => f.rule === "regex-from-variable");
    expect(regex.filter((f) => f.note === "pre-existing").map(where)).toEqual([
      "regex-from-variable src/index.ts:6",
      "regex-from-variable src/index.ts:12",
    ]);
    expect(regex.filter((f) => f.blocking).map(where)).toEqual([
      "regex-from-variable src/index.ts:7",
      "regex-from-variable src/index.ts:16",
    ]);
    expect(result.conclusion).toBe("failure");
    expect(result.metrics).toMatchObject({ new: 3, "pre-existing": 2 });
  });

  it("starts semgrep once for the head and the base together", () => {
    expect(starts).toHaveLength(1);
  });

  it("leaves the developer's index alone: the new files are still untracked", async () => {
    expect(await repo.git("status", "--porcelain", "--untracked-files=all")).toBe("?? lib/x.js");
  });
});
