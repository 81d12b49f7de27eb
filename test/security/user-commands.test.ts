import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { isSecretName, untrustedEnv } from "../../src/core/untrusted-env.ts";
import { runTests } from "../../src/gates/coverage/run-tests.ts";
import { startService } from "../../src/load/service.ts";
import { freeLoopbackPorts } from "../../src/net/free-port.ts";

// What a workflow step or the app process may hold: none of it may reach the pull request's code.
const SECRETS = {
  GITHUB_TOKEN: "ghs_workflow",
  GH_TOKEN: "gho_cli",
  INPUT_GITHUB_TOKEN: "ghs_input",
  INPUT_ROUTER_TOKEN: "router-input",
  ACTIONS_RUNTIME_TOKEN: "runtime",
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: "oidc",
  TERRAFUSION_ROUTER_TOKEN: "router",
  PRIVATE_KEY: "pem",
  WEBHOOK_SECRET: "hook",
};
let saved: NodeJS.ProcessEnv;
beforeEach(() => {
  saved = { ...process.env };
  Object.assign(process.env, SECRETS, { TF_SEC_USER_VAR: "kept" });
});
afterEach(() => {
  for (const name of [...Object.keys(SECRETS), "TF_SEC_USER_VAR"]) delete process.env[name];
  Object.assign(process.env, saved);
});

const dumper = (file: string) =>
  `node -e "require('fs').writeFileSync(process.argv[1], JSON.stringify(process.env))" ${file}`;

function expectClean(file: string) {
  const seen = JSON.parse(readFileSync(file, "utf8"));
  for (const name of Object.keys(SECRETS)) expect(seen, name).not.toHaveProperty(name);
  expect(seen.TF_SEC_USER_VAR).toBe("kept");
}

describe("the user's commands get no TerraFusion credentials", () => {
  it("names the secrets and nothing else", () => {
    for (const name of Object.keys(SECRETS)) expect(isSecretName(name), name).toBe(true);
    for (const name of ["PATH", "HOME", "NODE_OPTIONS", "TERRAFUSION_COLOR", "INPUT_POLICY", "CI"])
      expect(isSecretName(name), name).toBe(false);
    expect(untrustedEnv({ PATH: "/bin", GITHUB_TOKEN: "x" })).toEqual({ PATH: "/bin" });
  });

  it("coverage: the test command", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tf-sec-tests-"));
    const file = join(dir, "env.json");
    const run = await runTests({ command: dumper(file), cwd: dir, timeoutMs: 20_000 });
    expect(run.exitCode).toBe(0);
    expectClean(file);
  });

  it("load and chaos: the service command", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tf-sec-service-"));
    const file = join(dir, "env.json");
    writeFileSync(
      join(dir, "service.js"),
      `require("fs").writeFileSync(${JSON.stringify(file)}, JSON.stringify(process.env));
require("http").createServer((q, s) => s.end("ok")).listen(Number(process.env.PORT), "127.0.0.1");`,
    );
    const port = await freeLoopbackPorts();
    const service = await startService({
      command: "node service.js",
      readyUrl: `http://127.0.0.1:${port}/`,
      cwd: dir,
      timeoutMs: 10_000,
    });
    try {
      expectClean(file);
    } finally {
      await service.stop();
    }
  });
});
