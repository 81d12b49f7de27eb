import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execa } from "execa";
import picomatch from "picomatch";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { packageRoot } from "../../src/package-root.ts";

// The release workflow where its behaviour could break: what triggers it, what each job may do,
// the checks before anything is published, and the shell that decides and moves the major tag,
// run here with a stand-in for the gh CLI. actionlint and zizmor check it with every other
// workflow (test/repo/workflows.test.ts).
const root = packageRoot();
/** A GitHub expression as the workflow writes it: ${{ … }}. */
const expression = (inner: string) => `$\{{ ${inner} }}`;

interface Step {
  name?: string;
  id?: string;
  if?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
}
interface Job {
  needs?: string | string[];
  if?: string;
  permissions?: Record<string, string>;
  env?: Record<string, string>;
  outputs?: Record<string, string>;
  steps: Step[];
}
const workflow = parse(readFileSync(join(root, ".github/workflows/release.yml"), "utf8")) as {
  on: Record<string, { tags?: string[]; branches?: string[] }>;
  permissions: Record<string, string>;
  jobs: Record<string, Job>;
};
const jobs = Object.entries(workflow.jobs);
const steps = (job: string) => workflow.jobs[job]!.steps;
const stepRunning = (job: string, pattern: RegExp) => {
  const index = steps(job).findIndex((step) => step.run !== undefined && pattern.test(step.run));
  expect(index, `a step of ${job} runs ${pattern}`).toBeGreaterThanOrEqual(0);
  return { index, step: steps(job)[index]! };
};

const temps: string[] = [];
const temp = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temps.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

describe("the release workflow's triggers and permissions", () => {
  it("runs on version tags only, as GitHub's filter matches them", () => {
    expect(Object.keys(workflow.on)).toEqual(["push"]);
    expect(workflow.on.push).toEqual({ tags: ["v*.*.*"] });
    // GitHub's * matches anything but "/": picomatch matches the same way.
    const matches = picomatch(workflow.on.push!.tags!);
    for (const tag of ["v1.2.3", "v10.0.0-rc.1", "v0.1.0"]) expect(matches(tag), tag).toBe(true);
    // Moving v1 must not start another release.
    for (const tag of ["v1", "v1.2", "release-1.2.3"]) expect(matches(tag), tag).toBe(false);
  });

  it("grants nothing at the top and contents: write only to the job that publishes", () => {
    expect(workflow.permissions).toEqual({});
    const writers = jobs.filter(([, job]) => Object.values(job.permissions ?? {}).includes("write"));
    expect(writers.map(([name]) => name)).toEqual(["release"]);
    expect(workflow.jobs.release!.permissions).toEqual({ contents: "write", actions: "read" });
    expect(workflow.jobs.build!.permissions).toEqual({ contents: "read" });
    // The job that writes runs no code of the repository: it checks nothing out and installs nothing.
    for (const step of steps("release")) {
      expect(step.uses).toBeUndefined();
      expect(step.run).not.toMatch(/\bnpm\b|\bnode\b|scripts\//);
    }
    expect(workflow.jobs.release!.needs).toBe("build");
  });

  it("never puts an expression into a shell script: tag names arrive through env", () => {
    for (const [name, job] of jobs)
      for (const step of job.steps)
        if (step.run !== undefined) expect(step.run, `${name}: ${step.name}`).not.toContain("${{");
    expect(steps("build").find((step) => step.id === "tag")!.env).toEqual({
      TAG: expression("github.ref_name"),
    });
    expect(workflow.jobs.release!.env!.TAG).toBe(expression("github.ref_name"));
  });

  it("checks out without keeping credentials", () => {
    for (const step of jobs.flatMap(([, job]) => job.steps))
      if (step.uses?.startsWith("actions/checkout@")) expect(step.with?.["persist-credentials"]).toBe(false);
  });
});

describe("the build job checks before anything is published", () => {
  it("fails when dist/ is not what npm run build makes, before the tests and the tarball", () => {
    const dist = stepRunning("build", /npm run build/);
    expect(dist.step.run).toMatch(/npm run build[\s\S]*git diff --exit-code\b[^\n]*-- dist\//);
    // New files in dist/ count too: a diff alone does not see untracked files.
    expect(dist.step.run).toContain('test -z "$(git status --porcelain -- dist/)"');
    const tests = stepRunning("build", /\.ci\/run/);
    const pack = stepRunning("build", /npm pack/);
    expect(dist.index).toBeLessThan(tests.index);
    expect(tests.index).toBeLessThan(pack.index);
    // npm ci before the build: the bundler is a dev dependency.
    expect(stepRunning("build", /^npm ci$/m).index).toBeLessThan(dist.index);
  });

  it("runs the tests exactly as CI does", () => {
    const ci = parse(readFileSync(join(root, ".github/workflows/ci.yml"), "utf8")) as {
      jobs: { test: { steps: Step[] } };
    };
    const ciRun = ci.jobs.test.steps.find((step) => step.run)!.run!.trim();
    expect(stepRunning("build", /\.ci\/run/).step.run!.trim()).toBe(ciRun);
    // The same setup actions at the same pins as CI, so .ci/run finds what it needs.
    const uses = (list: Step[]) => list.flatMap((step) => (step.uses ? [step.uses] : []));
    for (const action of uses(ci.jobs.test.steps)) expect(uses(steps("build"))).toContain(action);
  });

  it("hands the tested tarball to the release job, which publishes that file", () => {
    const upload = steps("build").find((step) => step.uses?.startsWith("actions/upload-artifact@"))!;
    expect(upload.with).toMatchObject({
      name: "release-tarball",
      path: expression("steps.pack.outputs.tarball"),
    });
    expect(workflow.jobs.build!.outputs!.tarball).toBe(expression("steps.pack.outputs.tarball"));
    expect(stepRunning("release", /gh run download/).step.run).toContain("--name release-tarball");
  });

  it("the tag step gives the version, the prerelease flag, the major tag and the commit", async () => {
    // The step's own shell, run at the root of this repository with the tag of its package.json version.
    const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };
    const runner = temp("tf-release-tag-");
    const output = join(runner, "output");
    writeFileSync(output, "");
    const step = steps("build").find((s) => s.id === "tag")!;
    const run = await execa("bash", ["-eo", "pipefail", "-c", step.run!], {
      cwd: root,
      env: { TAG: `v${version}`, GITHUB_OUTPUT: output, RUNNER_TEMP: runner },
      reject: false,
    });
    expect(run.exitCode, run.stderr).toBe(0);
    const lines = readFileSync(output, "utf8").trim().split("\n");
    expect(lines.slice(0, 2)).toEqual([`version=${version}`, `prerelease=${version.includes("-")}`]);
    expect(lines[2]).toMatch(/^major=(v\d+)?$/);
    expect(lines[3]).toMatch(/^commit=[0-9a-f]{40}$/);
    // A tag that is not package.json's version stops the release.
    const wrong = await execa("bash", ["-eo", "pipefail", "-c", step.run!], {
      cwd: root,
      env: { TAG: "v999.0.0", GITHUB_OUTPUT: output, RUNNER_TEMP: runner },
      reject: false,
    });
    expect(wrong.exitCode).toBe(2);
    expect(wrong.stderr).toContain(`the tag v999.0.0 is not package.json's version ${version}`);
  });
});

describe("scripts/release-major-tag", () => {
  const script = join(root, "scripts/release-major-tag");
  const decide = (...args: string[]) => execa(script, args, { reject: false });
  const fields = (stdout: string) =>
    Object.fromEntries(stdout.split("\n").map((line) => line.split("=", 2) as [string, string]));

  it("moves v1 for v1.2.3, v10 for v10.0.0, v0 for v0.3.1", async () => {
    expect(fields((await decide("v1.2.3")).stdout)).toEqual({
      version: "1.2.3",
      prerelease: "false",
      major: "v1",
    });
    expect(fields((await decide("v10.0.0")).stdout).major).toBe("v10");
    expect(fields((await decide("v0.3.1")).stdout).major).toBe("v0");
  });

  it("refuses to move the major tag for a prerelease, which is released as one", async () => {
    const run = await decide("v10.0.0-rc.1");
    expect(run.exitCode).toBe(0);
    expect(fields(run.stdout)).toEqual({ version: "10.0.0-rc.1", prerelease: "true", major: "" });
    expect(run.stderr).toBe("release-major-tag: v10.0.0-rc.1 is a prerelease: v10 stays where it is");
  });

  it("leaves the major tag at a newer release when a fix for an older minor is released", async () => {
    const tags = join(temp("tf-release-tags-"), "tags");
    writeFileSync(tags, ["v1.2.0", "v1.10.0", "v1.11.0-rc.1", "v2.0.0", ""].join("\n"));
    const older = await decide("v1.9.4", "--existing-tags", tags);
    expect(fields(older.stdout).major).toBe("");
    expect(older.stderr).toContain("v1.10.0 is newer than v1.9.4: v1 stays at v1.10.0");
    // Version order, not text order: v1.10.1 is the newest v1 (the rc does not count).
    expect(fields((await decide("v1.10.1", "--existing-tags", tags)).stdout).major).toBe("v1");
  });

  it("rejects a tag that is not a version, with exit 2 and what it expected", async () => {
    for (const tag of [
      "1.2.3",
      "v1",
      "v1.2",
      "v01.2.3",
      "v1.2.3+build.5",
      "v1.2.3-",
      "v1.2.3; rm -rf /",
      "",
    ]) {
      const run = await decide(tag);
      expect(run.exitCode, tag).toBe(2);
      expect(run.stdout, tag).toBe("");
      expect(run.stderr, tag).toContain("is not a version tag: expected vMAJOR.MINOR.PATCH");
    }
  });

  it("rejects a tag that is not package.json's version, saying how to fix it", async () => {
    const run = await decide("v1.3.0", "--package-version", "1.2.9");
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toBe(
      "release-major-tag: the tag v1.3.0 is not package.json's version 1.2.9: bump the version (npm version 1.3.0 --no-git-tag-version), build, commit, then tag",
    );
  });
});

describe("the release job's shell, with a stand-in for gh", () => {
  /**
   * A stand-in for the gh CLI on PATH: it logs each call's arguments and answers `gh release view`
   * and `gh api …/git/ref/…` (does the release, does the tag exist?) from FAKE_GH_EXISTING, and
   * refuses a tag move (`gh api --method …`) when FAKE_GH_REFUSE is set.
   */
  function fakeGh() {
    const dir = temp("tf-release-gh-");
    const log = join(dir, "calls");
    writeFileSync(log, "");
    writeFileSync(
      join(dir, "gh"),
      `#!/usr/bin/env bash
printf '%s\\n' "$*" >> "${log}"
case "$1 $2" in
  "release view") [[ " $FAKE_GH_EXISTING " == *" release "* ]] ;;
  "api repos/"*) [[ " $FAKE_GH_EXISTING " == *" tag "* ]] ;;
  "api --method") [[ -z "$FAKE_GH_REFUSE" ]] ;;
  *) exit 0 ;;
esac
`,
    );
    chmodSync(join(dir, "gh"), 0o755);
    return { dir, calls: () => readFileSync(log, "utf8").trim().split("\n").filter(Boolean) };
  }

  async function runStep(pattern: RegExp, env: Record<string, string>) {
    const gh = fakeGh();
    const { step } = stepRunning("release", pattern);
    const run = await execa("bash", ["-eo", "pipefail", "-c", step.run!], {
      env: {
        PATH: `${gh.dir}:${process.env.PATH}`,
        RUNNER_TEMP: "/runner/temp",
        GH_REPO: "terrafusion/terrafusion",
        TAG: "v1.2.3",
        TARBALL: "terrafusion-1.2.3.tgz",
        PRERELEASE: "false",
        MAJOR: "v1",
        COMMIT: "c0ffee",
        ...env,
      },
      reject: false,
    });
    return { run, calls: gh.calls() };
  }

  it("creates the release with the tarball and generated notes, as a prerelease for an rc", async () => {
    const { run, calls } = await runStep(/gh release create/, {});
    expect(run.exitCode).toBe(0);
    expect(calls).toEqual([
      "release view v1.2.3",
      "release create v1.2.3 /runner/temp/release/terrafusion-1.2.3.tgz --title v1.2.3 --generate-notes --verify-tag",
    ]);
    const rc = await runStep(/gh release create/, {
      TAG: "v2.0.0-rc.1",
      TARBALL: "terrafusion-2.0.0-rc.1.tgz",
      PRERELEASE: "true",
    });
    expect(rc.calls[1]).toMatch(/^release create v2\.0\.0-rc\.1 .* --prerelease$/);
  });

  it("on a re-run replaces the asset of the release that is already there", async () => {
    const { calls } = await runStep(/gh release create/, { FAKE_GH_EXISTING: "release" });
    expect(calls).toEqual([
      "release view v1.2.3",
      "release upload v1.2.3 /runner/temp/release/terrafusion-1.2.3.tgz --clobber",
    ]);
  });

  it("moves an existing major tag to the release's commit, or creates it", async () => {
    const moved = await runStep(/git\/refs/, { FAKE_GH_EXISTING: "tag" });
    expect(moved.run.exitCode).toBe(0);
    expect(moved.calls).toEqual([
      "api repos/terrafusion/terrafusion/git/ref/tags/v1 --silent",
      "api --method PATCH repos/terrafusion/terrafusion/git/refs/tags/v1 -f sha=c0ffee -F force=true --silent",
    ]);
    expect(moved.run.stdout).toBe("v1 now points at v1.2.3 (c0ffee)");
    const created = await runStep(/git\/refs/, {});
    expect(created.calls[1]).toBe(
      "api --method POST repos/terrafusion/terrafusion/git/refs -f ref=refs/tags/v1 -f sha=c0ffee --silent",
    );
    // GitHub refuses the move (a workflow file differs from every branch's tip): the step fails and says how.
    const refused = await runStep(/git\/refs/, { FAKE_GH_EXISTING: "tag", FAKE_GH_REFUSE: "1" });
    expect(refused.run.exitCode).toBe(1);
    expect(refused.run.stdout).toBe(
      "::error::could not move v1 to v1.2.3; move it by hand: git tag --force v1 v1.2.3^{commit} && git push --force origin v1",
    );
    // Only when the build job said which major tag to move (none for a prerelease).
    expect(stepRunning("release", /git\/refs/).step.if).toBe("needs.build.outputs.major != ''");
  });
});
