// Every action's entry as GitHub runs it: from a checkout of this repository with no node_modules and
// no .tools (GitHub gives an action nothing else). Each writes its GateResult, or says in one line that
// its tool is missing and exits 2.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { execa } from "execa";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { packageRoot } from "../../src/package-root.ts";
import type { Router } from "../../src/router/index.ts";
import { runAction } from "../helpers/action-runner.ts";
import { type FixtureService, projectWithPolicy, startFixtureService } from "../load/fixture-service.ts";
import { blueGreenRouter, type colorServer } from "../router/traffic.ts";

const root = packageRoot();
const TOOLS = join(root, ".tools/bin");
/** A PATH with node and git but none of the tools install-tools puts in .tools/bin. */
const BARE_PATH = [dirname(process.execPath), "/usr/local/bin", "/usr/bin", "/bin"].join(":");
const WITH_TOOLS = `${TOOLS}:${BARE_PATH}`;

let checkout: string;
let work: string;
let service: FixtureService;

/** The repository's files as a checkout has them: tracked and new files, nothing that git ignores. */
function exportCheckout(into: string) {
  const files = execFileSync("git", ["ls-files", "-z", "-co", "--exclude-standard"], { cwd: root })
    .toString()
    .split("\0")
    .filter((path) => path && existsSync(join(root, path)));
  for (const path of files) {
    mkdirSync(dirname(join(into, path)), { recursive: true });
    cpSync(join(root, path), join(into, path));
  }
}

const entry = (name: string) => join(checkout, name === "." ? "dist/action.js" : `dist/actions/${name}.js`);

function runBare(name: string, inputs: Record<string, string>, env: Record<string, string>) {
  return runAction(
    name,
    inputs,
    { PATH: WITH_TOOLS, ...env },
    { entry: entry(name), tempIn: work, timeout: 120_000 },
  );
}

/** A git project: main with a tested function, then a branch whose commit adds an untested command injection. */
function gitProject(policy: string) {
  const dir = mkdtempSync(join(work, "project-"));
  const files: Record<string, string> = {
    "package.json": JSON.stringify({ name: "p", version: "1.0.0", type: "module", private: true }),
    ".github/terrafusion.yml": policy,
    "lib.js": "export function add(a, b) {\n  return a + b;\n}\n",
    "test/lib.test.js":
      'import { test } from "node:test";\nimport assert from "node:assert";\nimport { add } from "../lib.js";\n' +
      'test("add", () => assert.equal(add(1, 2), 3));\n',
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const git = (...args: string[]) =>
    execFileSync("git", ["-c", "user.name=Dev", "-c", "user.email=dev@example.com", ...args], { cwd: dir });
  git("init", "-q", "-b", "main");
  git("add", "-A");
  git("commit", "-qm", "main");
  git("checkout", "-qb", "feature");
  writeFileSync(
    join(dir, "run.js"),
    'import { execSync } from "node:child_process";\nexport function run(req) {\n  return execSync("ls " + req.query.dir);\n}\n',
  );
  git("add", "-A");
  git("commit", "-qm", "feature");
  return dir;
}

function resultOf(run: Awaited<ReturnType<typeof runAction>>) {
  return JSON.parse(readFileSync(run.outputs["result-file"]!, "utf8"));
}

/** One line of error, no stack trace. */
function expectOneLineError(run: Awaited<ReturnType<typeof runAction>>, pattern: RegExp) {
  const output = `${run.stdout}\n${run.stderr}`;
  expect(output).toMatch(pattern);
  expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  expect(output).not.toContain("ERR_MODULE_NOT_FOUND");
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "tf-bare-"));
  checkout = join(work, "terrafusion");
  exportCheckout(checkout);
  service = await startFixtureService();
}, 60_000);

afterAll(async () => {
  await service?.stop();
  rmSync(work, { recursive: true, force: true });
});

describe("a checkout without node_modules", () => {
  it("has no node_modules and no .tools, as GitHub's checkout of an action", () => {
    expect(existsSync(join(checkout, "dist/action.js"))).toBe(true);
    expect(existsSync(join(checkout, "node_modules"))).toBe(false);
    expect(existsSync(join(checkout, ".tools"))).toBe(false);
  });

  it("static-analysis: semgrep finds the injection and the GateResult says so; without semgrep, exit 2", async () => {
    const project = gitProject("version: 1\n");
    const run = await runBare("static-analysis", { "working-directory": project, base: "main" }, {});
    expect(run.exitCode, run.stdout + run.stderr).toBe(1);
    expect(resultOf(run)).toMatchObject({ gate: "static-analysis", conclusion: "failure" });

    const missing = await runBare("static-analysis", { "working-directory": project }, { PATH: BARE_PATH });
    expect(missing.exitCode).toBe(2);
    expectOneLineError(missing, /semgrep/);
    expect(resultOf(missing)).toMatchObject({ gate: "static-analysis", conclusion: "error" });
  });

  it("coverage: the bundled c8 reads the tests' coverage and the GateResult has the patch figure", async () => {
    const project = gitProject(
      "version: 1\ngates:\n  coverage: { command: node --test, project: 0, patch: 0 }\n",
    );
    const run = await runBare("coverage", { "working-directory": project, base: "main" }, {});
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    const result = resultOf(run);
    expect(result).toMatchObject({ gate: "coverage", conclusion: "success" });
    expect(result.metrics["lines%"]).toBeGreaterThan(0);
  });

  it("load: the bundled autocannon loads the service", async () => {
    const project = projectWithPolicy(
      `version: 1\ngates:\n  load:\n    target: ${service.url}\n    duration: 1s\n`,
    );
    const run = await runBare("load", { "working-directory": project, runs: "1" }, {});
    expect(run.outputs.conclusion, run.stdout + run.stderr).toMatch(/^(success|failure)$/);
    expect(resultOf(run)).toMatchObject({ gate: "load" });
    expect(resultOf(run).metrics.requests).toBeGreaterThan(0);
  });

  it("chaos: runs with toxiproxy-server; without it, one line and exit 2", async () => {
    const project = projectWithPolicy(
      `version: 1\ngates:\n  chaos:\n    target: ${service.url}\n    experiments:\n      - { name: slow, toxic: latency, attributes: { latency: 5 }, recovery-seconds: 5 }\n`,
    );
    const run = await runBare("chaos", { "working-directory": project, duration: "1s" }, {});
    expect(run.outputs.conclusion, run.stdout + run.stderr).toMatch(/^(success|failure)$/);
    expect(resultOf(run)).toMatchObject({ gate: "chaos" });

    const missing = await runBare(
      "chaos",
      { "working-directory": project, duration: "1s" },
      { PATH: BARE_PATH },
    );
    expect(missing.exitCode).toBe(2);
    expectOneLineError(missing, /toxiproxy/);
  });

  it("the umbrella action runs each gate the policy enables", async () => {
    const project = gitProject(
      "version: 1\ngates:\n  coverage: { command: node --test, project: 0, patch: 0, all: true }\n",
    );
    const run = await runBare(".", { base: "main" }, { GITHUB_WORKSPACE: project });
    expect(run.stdout).toMatch(/::group::TerraFusion static-analysis/);
    expect(run.stdout).toMatch(/::group::TerraFusion coverage/);
    expect(run.stdout).toMatch(/^failure: 1 blocking finding, first child-process-injection at run\.js:3$/m);
    expect(run.stdout).toMatch(/^success: lines [\d.]+ %, patch 0 %/m);
    expect(run.exitCode).toBe(1);
  });

  describe("promote, against the embedded router", () => {
    const TOKEN = "bare-checkout-router-token";
    let router: Router;
    let upstreams: Awaited<ReturnType<typeof colorServer>>[] = [];
    beforeAll(async () => {
      ({ router, upstreams } = await blueGreenRouter(TOKEN, {
        blue: { version: "v1" },
        green: { version: "v2" },
      }));
    });
    afterAll(async () => {
      await router?.close();
      await Promise.all(upstreams.map((upstream) => upstream.close()));
    });

    it("switches to green and says so", async () => {
      const repo = mkdtempSync(join(work, "promote-"));
      mkdirSync(join(repo, ".github"));
      writeFileSync(
        join(repo, ".github/terrafusion.yml"),
        `version: 1\ndeploy:\n  environments:\n    production:\n      driver: { kind: router, admin-url: ${router.adminUrl} }\n      analysis:\n        post-promotion: { duration: 1s, interval: 500ms }\n`,
      );
      const run = await runBare(
        "promote",
        { environment: "production", "router-token": TOKEN, "working-directory": repo },
        {
          GITHUB_WORKSPACE: repo,
          GITHUB_SHA: "f95f852bd8fca8fcc58a9a2d6c842781e32a215e",
          GITHUB_ACTOR: "octocat",
        },
      );
      expect(run.exitCode, run.stdout + run.stderr).toBe(0);
      expect(run.outputs).toMatchObject({ outcome: "succeeded", "active-color": "green" });
    });
  });

  it("the CLI and the app server start from dist/ alone", async () => {
    const help = await execa(process.execPath, [join(checkout, "bin/terrafusion.js"), "--help"], {
      env: { PATH: BARE_PATH },
      extendEnv: false,
      reject: false,
    });
    expect(help.exitCode).toBe(0);
    expect(help.stdout).toContain("Usage: terrafusion");
    const app = await execa(process.execPath, [join(checkout, "bin/terrafusion-app.js")], {
      env: { PATH: BARE_PATH, APP_ID: "1" },
      extendEnv: false,
      reject: false,
      timeout: 20_000,
    });
    expect(app.exitCode).toBe(2);
    expect(app.stderr).toMatch(/^terrafusion-app: set PRIVATE_KEY \(or PRIVATE_KEY_PATH\), WEBHOOK_SECRET/);
  });
});
