import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { PolicyError } from "../../src/errors.ts";
import { loadPolicy } from "../../src/fs/load-policy.ts";
import { explainPolicy } from "../../src/policy/explain.ts";
import { parseDuration } from "../../src/policy/schema/index.ts";
import { runAction } from "../helpers/action-runner.ts";
import { cli } from "../helpers/cli.ts";

function repo(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "tf-policy-"));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe("loading a policy", () => {
  it("a repository without a policy file gets the production plan's numbers", async () => {
    const { policy, files } = await loadPolicy({ cwd: repo({}) });
    expect(files).toEqual([]);
    expect(policy.gates?.coverage).toMatchObject({ enabled: true, project: 90, patch: 90 });
    expect(policy.gates?.load?.slo).toEqual({ "p95-ms": 100, "error-rate": 0.01 });
    expect(policy.gates?.["static-analysis"]?.["fail-on"]).toEqual(["CRITICAL", "HIGH", "ERROR"]);
    expect(policy.gates?.load?.enabled).toBe(false);
  });

  it("merges the user's file over the defaults: maps merge, lists replace", async () => {
    const cwd = repo({
      ".github/terrafusion.yml":
        "version: 1\ngates:\n  coverage: { project: 80 }\n  static-analysis: { fail-on: [ERROR] }\n",
    });
    const { policy } = await loadPolicy({ cwd });
    expect(policy.gates?.coverage).toMatchObject({ project: 80, patch: 90, command: "npm test" });
    expect(policy.gates?.["static-analysis"]?.["fail-on"]).toEqual(["ERROR"]);
  });

  it("a gate the file names is enabled unless it says otherwise", async () => {
    const cwd = repo({
      ".github/terrafusion.yml":
        "version: 1\ngates:\n  load: { target: 'http://127.0.0.1:3000' }\n  coverage: { enabled: false }\n",
    });
    const { policy } = await loadPolicy({ cwd });
    expect(policy.gates?.load?.enabled).toBe(true);
    expect(policy.gates?.load?.slo?.["p95-ms"]).toBe(100);
    expect(policy.gates?.coverage?.enabled).toBe(false);
  });

  it("normalises percentages and shares written with %", async () => {
    const cwd = repo({
      ".github/terrafusion.yml":
        "version: 1\ngates:\n  coverage: { project: '85%' }\n  load: { slo: { error-rate: '2%' }, max-regression: '25%' }\n",
    });
    const { policy } = await loadPolicy({ cwd });
    expect(policy.gates?.coverage?.project).toBe(85);
    expect(policy.gates?.load?.slo?.["error-rate"]).toBeCloseTo(0.02);
    expect(policy.gates?.load?.["max-regression"]).toBeCloseTo(0.25);
  });

  it("extends: builds on another file; the nearer file wins", async () => {
    const cwd = repo({
      "policies/org.yml": "version: 1\ngates:\n  coverage: { project: 95, patch: 95 }\n",
      ".github/terrafusion.yml": "version: 1\nextends: policies/org.yml\ngates:\n  coverage: { patch: 70 }\n",
    });
    const loaded = await loadPolicy({ cwd });
    expect(loaded.files).toEqual([".github/terrafusion.yml", "policies/org.yml"]);
    expect(loaded.policy.gates?.coverage).toMatchObject({ project: 95, patch: 70 });
    expect(loaded.origins.get("gates.coverage.project")).toBe("policies/org.yml");
    expect(loaded.origins.get("gates.coverage.patch")).toBe(".github/terrafusion.yml");
    expect(loaded.origins.get("gates.coverage.command")).toBe("defaults");
  });

  it("an extends cycle is reported at the extends key", async () => {
    const cwd = repo({
      "a.yml": "version: 1\nextends: b.yml\n",
      "b.yml": "version: 1\nextends: a.yml\n",
    });
    const error = await loadPolicy({ cwd, file: "a.yml" }).catch((e) => e);
    expect(error).toBeInstanceOf(PolicyError);
    expect(error.message).toBe("b.yml:2:10 extends: extends forms a cycle: a.yml -> b.yml -> a.yml");
  });

  it("problems in an extended file are reported in that file", async () => {
    const cwd = repo({
      "base.yml": "version: 1\ngates:\n  coverage: { project: 101 }\n",
      ".github/terrafusion.yml": "version: 1\nextends: base.yml\n",
    });
    const error = await loadPolicy({ cwd }).catch((e) => e);
    expect(error.message).toMatch(/^base\.yml:3:24 gates\.coverage\.project: a percentage is at most 100/);
  });

  it("reads through an async reader (as the app does from GitHub)", async () => {
    const files: Record<string, string> = {
      "/repo/.github/terrafusion.yml": "version: 1\ngates:\n  coverage: { project: 75 }\n",
    };
    const { policy } = await loadPolicy({
      cwd: "/repo",
      read: async (path) => (files[path] ? new TextEncoder().encode(files[path]) : undefined),
    });
    expect(policy.gates?.coverage?.project).toBe(75);
  });

  it("durations", () => {
    expect(parseDuration("500ms")).toBe(500);
    expect(parseDuration("2s")).toBe(2000);
    expect(parseDuration("1.5m")).toBe(90_000);
    expect(parseDuration("1h")).toBe(3_600_000);
    expect(parseDuration("2 seconds")).toBeUndefined();
  });
});

describe("policy explain", () => {
  it("marks values from the defaults and from extended files, and not the user's own", async () => {
    const cwd = repo({
      "org.yml": "version: 1\ngates:\n  coverage: { patch: 95 }\n",
      ".github/terrafusion.yml": "version: 1\nextends: org.yml\ngates:\n  coverage: { project: 80 }\n",
    });
    const text = explainPolicy(await loadPolicy({ cwd }));
    expect(text).toMatch(/^ {4}project: 80$/m);
    expect(text).toMatch(/^ {4}patch: 95 # from org\.yml$/m);
    expect(text).toMatch(/^ {4}command: npm test # default$/m);
  });

  it("--json gives the effective policy and each value's origin", async () => {
    const cwd = repo({ ".github/terrafusion.yml": "version: 1\ngates:\n  coverage: { project: 80 }\n" });
    const { code, stdout } = await cli(["policy", "explain", "--cwd", cwd, "--json"]);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.policy.gates.coverage.project).toBe(80);
    expect(report.origins["gates.coverage.project"]).toBe(".github/terrafusion.yml");
    expect(report.origins["gates.coverage.patch"]).toBe("defaults");
  });
});

describe(".github/terrafusion.yaml, the other spelling", () => {
  const YAML_POLICY = "version: 1\ngates:\n  coverage: { project: 99 }\n";
  const BOTH =
    ".github/terrafusion.yaml:1:1: .github/terrafusion.yml and .github/terrafusion.yaml both exist: TerraFusion reads one policy file, so merge them into one and delete the other";

  it("is read when it is the only policy file, by the loader and by policy validate", async () => {
    const cwd = repo({ ".github/terrafusion.yaml": YAML_POLICY });
    const loaded = await loadPolicy({ cwd });
    expect(loaded.files).toEqual([".github/terrafusion.yaml"]);
    expect(loaded.policy.gates?.coverage?.project).toBe(99);
    expect(loaded.origins.get("gates.coverage.project")).toBe(".github/terrafusion.yaml");
    const { code, stdout } = await cli(["policy", "validate", "--cwd", cwd]);
    expect(code).toBe(0);
    expect(stdout).toContain(".github/terrafusion.yaml: valid");
    expect(stdout).not.toContain("defaults: valid");
  });

  it("beside .github/terrafusion.yml is a configuration error (exit 2) naming both files", async () => {
    const cwd = repo({ ".github/terrafusion.yml": "version: 1\n", ".github/terrafusion.yaml": YAML_POLICY });
    const error = await loadPolicy({ cwd }).catch((e) => e);
    expect(error).toBeInstanceOf(PolicyError);
    expect(error.message).toBe(BOTH);
    const { code, stdout, stderr } = await cli(["policy", "validate", "--cwd", cwd]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe(`${BOTH}\nterrafusion: 1 problem in the policy\n`);
    const json = await cli(["policy", "validate", "--cwd", cwd, "--json"]);
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stdout)).toMatchObject({
      valid: false,
      files: [".github/terrafusion.yml", ".github/terrafusion.yaml"],
      problems: [{ file: ".github/terrafusion.yaml", line: 1, column: 1, path: "" }],
    });
  });

  it("is what a gate action reads by default, and both at once stop it with exit 2", async () => {
    const only = repo({ ".github/terrafusion.yaml": "version: 1\ngates:\n  coverage: { enabled: false }\n" });
    const read = await runAction("coverage", { "working-directory": only });
    expect(read.exitCode).toBe(0);
    expect(read.outputs.conclusion).toBe("skipped");
    const both = repo({
      ".github/terrafusion.yml": "version: 1\n",
      ".github/terrafusion.yaml": "version: 1\n",
    });
    const stopped = await runAction("coverage", { "working-directory": both });
    expect(stopped.exitCode).toBe(2);
    expect(stopped.stdout).toContain(BOTH);
  });
});

describe("policy validate --json names the file", () => {
  it("also when the policy found by default is invalid", async () => {
    for (const name of [".github/terrafusion.yml", ".github/terrafusion.yaml"]) {
      const cwd = repo({ [name]: "version: 1\ngates:\n  coverage: { project: 101 }\n" });
      const { code, stdout } = await cli(["policy", "validate", "--cwd", cwd, "--json"]);
      expect(code).toBe(2);
      const report = JSON.parse(stdout);
      expect(report).toMatchObject({ valid: false, file: name, files: [name] });
      expect(report.problems[0]).toMatchObject({ file: name, path: "gates.coverage.project" });
    }
  });

  it("and the user's own file, not the one it extends, when the extended file is invalid", async () => {
    const cwd = repo({
      "base.yml": "version: 1\ngates:\n  coverage: { project: 101 }\n",
      ".github/terrafusion.yml": "version: 1\nextends: base.yml\n",
    });
    const { stdout } = await cli(["policy", "validate", "--cwd", cwd, "--json"]);
    expect(JSON.parse(stdout)).toMatchObject({
      valid: false,
      file: ".github/terrafusion.yml",
      files: [".github/terrafusion.yml", "base.yml"],
      problems: [{ file: "base.yml" }],
    });
  });
});
