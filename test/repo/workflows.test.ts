import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { execa } from "execa";
import { describe, expect, it } from "vitest";
import { packageRoot } from "../../src/package-root.ts";

const root = packageRoot();
const yamlIn = (dir: string) =>
  existsSync(join(root, dir))
    ? readdirSync(join(root, dir))
        .filter((name) => /\.ya?ml$/.test(name))
        .map((name) => join(dir, name))
    : [];
const workflows = [...yamlIn(".github/workflows"), ...yamlIn("workflows")];
const actions = [
  "action.yml",
  ...readdirSync(join(root, "actions"))
    .map((name) => join("actions", name, "action.yml"))
    .filter((path) => existsSync(join(root, path))),
];

describe("every workflow and action is clean", () => {
  it("finds the repository's workflows and actions", () => {
    expect(workflows).toContain(".github/workflows/ci.yml");
    expect(actions).toContain("action.yml");
  });

  it("actionlint reports nothing on the workflows", async () => {
    const run = await execa("actionlint", ["-no-color", ...workflows], { cwd: root, reject: false });
    expect(run.stdout + run.stderr).toBe("");
    expect(run.exitCode).toBe(0);
  });

  it("zizmor reports nothing on the workflows and actions", async () => {
    const run = await execa(
      "zizmor",
      ["--offline", "--no-progress", "--format", "plain", ...workflows, ...actions],
      {
        cwd: root,
        reject: false,
      },
    );
    expect(run.stdout).toMatch(/No findings to report/);
    expect(run.exitCode).toBe(0);
  });
});
