import { readFileSync } from "node:fs";
import { join } from "node:path";
import { execa } from "execa";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { packageRoot } from "../../../src/package-root.ts";

const root = packageRoot();
const WORKFLOW = ".github/workflows/coverage.yml";
const ACTION = "actions/coverage/action.yml";

describe("the coverage workflow and action pass the real linters", () => {
  it("actionlint finds nothing in the reusable workflow", async () => {
    const run = await execa("actionlint", ["-no-color", WORKFLOW], { cwd: root, reject: false });
    expect(run.stdout + run.stderr).toBe("");
    expect(run.exitCode).toBe(0);
  });

  it("zizmor finds nothing in the workflow or the action", async () => {
    const run = await execa("zizmor", ["--offline", "--no-progress", WORKFLOW, ACTION], {
      cwd: root,
      reject: false,
    });
    expect(run.stdout).toContain("No findings to report");
    expect(run.exitCode).toBe(0);
  });

  it("reads only the repository, fetches the history patch coverage needs, keeps no credentials", () => {
    const workflow = parse(readFileSync(join(root, WORKFLOW), "utf8"));
    expect(Object.keys(workflow.on)).toEqual(["workflow_call"]);
    expect(workflow.permissions).toEqual({});
    const job = workflow.jobs.coverage;
    expect(job.permissions).toEqual({ contents: "read" });
    const checkout = job.steps[0];
    expect(checkout.with).toEqual({ "fetch-depth": 0, "persist-credentials": false });
    const gate = job.steps.find((step: { id?: string }) => step.id === "gate");
    expect(gate.uses).toBe("./.terrafusion/actions/coverage");
  });
});
