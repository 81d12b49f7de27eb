import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { loadPolicy } from "../../src/fs/load-policy.ts";
import { loadGate } from "../../src/gates/load/index.ts";
import { startService } from "../../src/load/service.ts";
import { cli, spawnCli } from "../helpers/cli.ts";
import {
  consecutiveFreePorts,
  freePort,
  listening,
  projectWithPolicy,
  SERVICE_SCRIPT,
} from "./fixture-service.ts";

const ROOT = resolve(import.meta.dirname, "../..");
const COMMAND = `node ${SERVICE_SCRIPT}`;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe("the service under test", () => {
  it("starts several instances on consecutive ports and stops every one", async () => {
    const port = await consecutiveFreePorts();
    const service = await startService({
      command: COMMAND,
      readyUrl: `http://127.0.0.1:${port}/healthz`,
      instances: 2,
      cwd: ROOT,
    });
    expect(service.instances.map((i) => i.port)).toEqual([port, port + 1]);
    for (const instance of service.instances) {
      expect(await (await fetch(`${instance.baseUrl}/`)).text()).toBe("ok");
    }
    await service.stop();
    expect(await listening(port)).toBe(false);
    expect(await listening(port + 1)).toBe(false);
    for (const instance of service.instances) expect(alive(instance.pid)).toBe(false);
  });

  it("reports a command that exits before it is ready, with what it printed", async () => {
    const port = await freePort();
    await expect(
      startService({
        command: "echo cannot bind >&2; exit 3",
        readyUrl: `http://127.0.0.1:${port}/`,
        cwd: ROOT,
      }),
    ).rejects.toThrow(
      /^service: `echo cannot bind >&2; exit 3` exited with code 3 before .* answered; it printed:\ncannot bind$/,
    );
  });

  it("gives up waiting after the timeout", async () => {
    const port = await freePort();
    const started = Date.now();
    await expect(
      startService({ command: "sleep 30", readyUrl: `http://127.0.0.1:${port}/`, timeoutMs: 600, cwd: ROOT }),
    ).rejects.toThrow(`http://127.0.0.1:${port}/ did not answer within 0.6s`);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it("is started and stopped by the load gate", async () => {
    const port = await freePort();
    const dir = projectWithPolicy(
      `version: 1\ngates:\n  load:\n    duration: 1s\n    service: { command: "${COMMAND}", ready-url: "http://127.0.0.1:${port}/healthz", timeout: 10s }\n`,
    );
    const run = await cli(["gate", "load", "--cwd", dir, "--json", "--runs", "1"]);
    const result = JSON.parse(run.stdout);
    expect(result.conclusion).toBe("success");
    expect(result.summary).toContain(`against http://127.0.0.1:${port}`);
    expect(await listening(port)).toBe(false);
  });

  it("stops the load and the service when the gate's AbortSignal fires", async () => {
    const port = await freePort();
    const dir = projectWithPolicy(
      `version: 1\ngates:\n  load:\n    duration: 8s\n    service: { command: "${COMMAND}", ready-url: "http://127.0.0.1:${port}/healthz" }\n`,
    );
    const { policy } = await loadPolicy({ cwd: dir });
    const controller = new AbortController();
    const started = Date.now();
    const result = await loadGate.run({
      cwd: dir,
      policy,
      options: { runs: 1 },
      signal: controller.signal,
      progress: (message) => {
        if (message.startsWith("run 1/1:")) setTimeout(() => controller.abort(), 200);
      },
    });
    expect(Date.now() - started).toBeLessThan(4000);
    expect(result.metrics.requests).toBeGreaterThan(0);
    expect(await listening(port)).toBe(false);
  });

  it("stops the service when the gate is interrupted (SIGINT), leaving no orphan", async () => {
    const port = await freePort();
    const dir = projectWithPolicy(
      `version: 1\ngates:\n  load:\n    duration: 8s\n    service: { command: "${COMMAND}", ready-url: "http://127.0.0.1:${port}/healthz" }\n`,
    );
    const gateRun = spawnCli(["gate", "load", "--cwd", dir]);
    await gateRun.until("run 1/3:");
    expect(await listening(port)).toBe(true);
    const code = await gateRun.interrupt();
    expect(code).toBe(130);
    expect(gateRun.stderr).toContain("SIGINT received, cleaning up");
    expect(await listening(port)).toBe(false);
  });
});
