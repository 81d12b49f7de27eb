// The package as users get it: `npm pack`, installed into an empty project with `npm install` (offline:
// the package has no dependencies), then README's "Use it in your repository" lines run there, the CLI's
// gates on a real git project and the app server from node_modules.
import { createHmac, generateKeyPairSync } from "node:crypto";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execa, type ResultPromise } from "execa";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freeLoopbackPorts } from "../../src/net/free-port.ts";
import { packageRoot } from "../../src/package-root.ts";
import { readmeCommands } from "../helpers/readme.ts";

const root = packageRoot();
const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const RELEASE_URL = `https://github.com/terrafusion/terrafusion/releases/download/v${manifest.version}/terrafusion-${manifest.version}.tgz`;

let work: string;
let tarball: string;
let project: string;
/** No npm_* variables of the `npm test` that runs this file, a private npm cache, no registry. */
let env: NodeJS.ProcessEnv;

function sh(command: string, args: string[], cwd = project) {
  return execa(command, args, { cwd, env, extendEnv: false, reject: false, all: true, timeout: 120_000 });
}

function write(files: Record<string, string>) {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(project, path, ".."), { recursive: true });
    writeFileSync(join(project, path), text);
  }
}

const git = (...args: string[]) => sh("git", args);

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "tf-package-"));
  env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
  Object.assign(env, {
    npm_config_cache: join(work, "npm-cache"),
    npm_config_offline: "true",
    npm_config_audit: "false",
    npm_config_fund: "false",
    npm_config_update_notifier: "false",
    GIT_AUTHOR_NAME: "Dev",
    GIT_AUTHOR_EMAIL: "dev@example.com",
    GIT_COMMITTER_NAME: "Dev",
    GIT_COMMITTER_EMAIL: "dev@example.com",
  });
  const pack = await sh("npm", ["pack", "--json", "--pack-destination", work], root);
  expect(pack.exitCode, pack.all).toBe(0);
  tarball = join(work, JSON.parse(pack.stdout)[0].filename);

  // An ES-module project on git, main with a tested function, and a pull-request branch.
  project = join(work, "shop");
  mkdirSync(project);
  write({
    "package.json": JSON.stringify({ name: "shop", version: "1.0.0", type: "module", private: true }),
    ".gitignore": "node_modules/\n",
    ".github/terrafusion.yml":
      "version: 1\ngates:\n  coverage: { command: node --test, project: 90, patch: 90 }\n",
    "lib.js": "export function add(a, b) {\n  return a + b;\n}\n",
    "test/lib.test.js":
      'import { test } from "node:test";\nimport assert from "node:assert";\nimport { add } from "../lib.js";\n' +
      'test("add", () => assert.equal(add(1, 2), 3));\n',
  });
  await git("init", "-q", "-b", "main");
  await git("add", "-A");
  await git("commit", "-qm", "shop");
  await git("checkout", "-qb", "feature");
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("the packed tarball", () => {
  it("carries the bundles and the policies, no sources, no tests, no dependencies to install", () => {
    const packed = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
    expect(packed.private).toBeUndefined();
    expect(packed.dependencies ?? {}).toEqual({});
    expect(packed.files).toEqual(expect.arrayContaining(["dist/", "policies/", "bin/"]));
  });
});

describe("README's lines, in an empty project with the tarball installed", () => {
  it("installs, and every CLI line of README runs: help, validate, a passing coverage and static-analysis gate", async () => {
    // The pull request adds a tested function: both gates pass.
    write({
      "lib.js":
        "export function add(a, b) {\n  return a + b;\n}\nexport function double(a) {\n  return a * 2;\n}\n",
      "test/double.test.js":
        'import { test } from "node:test";\nimport assert from "node:assert";\nimport { double } from "../lib.js";\n' +
        'test("double", () => assert.equal(double(2), 4));\n',
    });
    await git("add", "-A");
    await git("commit", "-qm", "double");

    const lines = readmeCommands("cli");
    expect(lines[0]).toBe(`npm install --save-dev ${RELEASE_URL}`);
    const outputs: string[] = [];
    for (const line of lines) {
      const [command, ...args] = line.replace(RELEASE_URL, tarball).split(/\s+/);
      const run = await sh(command!, args);
      expect(run.exitCode, `${line}\n${run.all}`).toBe(0);
      outputs.push(run.all ?? "");
    }
    // Installed from the tarball alone: nothing else came with it.
    expect(readdirSync(join(project, "node_modules")).filter((name) => !name.startsWith("."))).toEqual([
      "terrafusion",
    ]);
    const [, help, validate, coverage, staticAnalysis] = outputs;
    expect(help).toContain("Usage: terrafusion");
    expect(validate).toContain(".github/terrafusion.yml: valid");
    expect(coverage).toMatch(/passed coverage/);
    expect(coverage).toMatch(/patch/i);
    expect(staticAnalysis).toMatch(/passed static-analysis/);
  }, 120_000);

  it("fails the coverage gate (exit 1) on a pull request that adds untested code, with the patch figure", async () => {
    write({
      "lib.js":
        "export function add(a, b) {\n  return a + b;\n}\nexport function double(a) {\n  return a * 2;\n}\n" +
        "export function risky(a) {\n  if (a > 1) {\n    return a - 1;\n  }\n  return 0;\n}\n",
    });
    await git("commit", "-qam", "risky, untested");
    const run = await sh("npx", ["terrafusion", "gate", "coverage", "--base", "main", "--json"]);
    expect(run.exitCode, run.all).toBe(1);
    const result = JSON.parse(run.stdout);
    expect(result.conclusion).toBe("failure");
    expect(result.metrics["patch%"]).toBeLessThan(90);
    await git("reset", "-q", "--hard", "HEAD~1");
  });

  it("runs the app server from the installed package: signed deliveries in, unsigned ones refused", async () => {
    const appLine = readmeCommands("app")[0]!;
    expect(appLine).toMatch(/ npx terrafusion-app$/);
    const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
    writeFileSync(join(project, "app.pem"), privateKey.export({ type: "pkcs1", format: "pem" }));
    const port = await freeLoopbackPorts(1);
    const secret = "package-test-secret";
    let app: ResultPromise | undefined;
    try {
      app = execa("npx", ["terrafusion-app"], {
        cwd: project,
        env: {
          ...env,
          APP_ID: "123",
          PRIVATE_KEY_PATH: "app.pem",
          WEBHOOK_SECRET: secret,
          PORT: String(port),
          HOST: "127.0.0.1",
          TERRAFUSION_APP_RECONCILE: "off",
          LOG_LEVEL: "info",
        },
        extendEnv: false,
        all: true,
        reject: false,
        // npx runs the app as its child: stop the whole group at the end.
        detached: true,
      });
      let log = "";
      app.all?.on("data", (chunk) => {
        log += String(chunk);
      });
      for (let i = 0; i < 100 && !log.includes("Listening on"); i++)
        await new Promise((resolve) => setTimeout(resolve, 100));
      expect(log).toContain("Listening on");
      const body = JSON.stringify({ zen: "Keep it logically awesome.", hook_id: 1 });
      const deliver = (signature: string) =>
        fetch(`http://127.0.0.1:${port}/api/github/webhooks`, {
          method: "POST",
          headers: {
            "content-type": "application/json",
            "x-github-event": "ping",
            "x-github-delivery": "package-test",
            "x-hub-signature-256": signature,
          },
          body,
          signal: AbortSignal.timeout(10_000),
        });
      const signed = `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;
      expect((await deliver(signed)).status).toBe(200);
      expect((await deliver(`sha256=${"0".repeat(64)}`)).status).toBe(400);
    } finally {
      if (app?.pid) process.kill(-app.pid, "SIGKILL");
      await app;
    }
  });
});
