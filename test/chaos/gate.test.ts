import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startToxiproxyServer, type ToxiproxyServer } from "../../src/chaos/server.ts";
import { cli, spawnCli } from "../helpers/cli.ts";
import {
  consecutiveFreePorts,
  type FixtureService,
  freePort,
  listening,
  projectWithPolicy,
  SERVICE_SCRIPT,
  startFixtureService,
} from "../load/fixture-service.ts";

// The real toxiproxy-server (v2.12.0 from .tools/bin) between the real load engine and loopback
// services; every phase lasts 1 s.
let toxiproxy: ToxiproxyServer;
let fast: FixtureService;

beforeAll(async () => {
  toxiproxy = await startToxiproxyServer();
  fast = await startFixtureService();
});
afterAll(async () => {
  await toxiproxy?.stop();
  await fast?.stop();
});
afterEach(async () => {
  // Whatever a test did, the gate must have removed every proxy (and so every toxic) it created.
  expect(await toxiproxy.client.proxies()).toEqual({});
});

async function gate(policy: string, ...flags: string[]) {
  const run = await cli(["gate", "chaos", "--cwd", projectWithPolicy(policy), "--json", ...flags]);
  return { ...run, result: JSON.parse(run.stdout) };
}

function experiments(lines: string, head = "") {
  return `version: 1\ngates:\n  chaos:\n    toxiproxy: ${toxiproxy.client.apiUrl}\n    target: ${fast.url}\n${head}    experiments:\n${lines}`;
}

describe("chaos gate with the real toxiproxy", () => {
  it("a 300 ms latency toxic breaks a 100 ms SLO, and recovery after its removal is measured", async () => {
    const { code, result } = await gate(
      experiments(
        "      - { name: slow, toxic: latency, attributes: { latency: 300 }, duration: 1s, slo: { p95-ms: 100 }, recovery-seconds: 3 }\n",
      ),
    );
    expect(code).toBe(1);
    expect(result.conclusion).toBe("failure");
    expect(result.headline).toBe("1 of 1 experiment failed: slow (the SLO broke under the fault)");
    expect(result.metrics["slow.steady-p95-ms"]).toBeLessThan(100);
    expect(result.metrics["slow.fault-p95-ms"]).toBeGreaterThanOrEqual(300);
    expect(result.metrics["slow.recovery-s"]).toBeGreaterThan(0);
    expect(result.metrics["slow.recovery-s"]).toBeLessThanOrEqual(3);
    expect(result.summary).toMatch(
      /\| slow \| latency \| p95 [\d.]+ ms · 0 % errors · \d+ req \| p95 3\d\d(\.\d)? ms · 0 % errors · \d+ req ⚠️ \| [\d.]+s \(limit 3s\) \| ❌ \|/,
    );
  });

  it("reset_peer raises the error rate", async () => {
    const { code, result } = await gate(
      experiments(
        "      - { name: resets, toxic: reset_peer, attributes: { timeout: 0 }, duration: 1s, recovery-seconds: 3 }\n",
      ),
    );
    expect(code).toBe(1);
    expect(result.metrics["resets.fault-error-rate"]).toBeGreaterThan(0.5);
    expect(result.summary).toMatch(/\| resets \| reset_peer \| p95 [\d.]+ ms · 0 % errors/);
    expect(result.headline).toContain("resets (the SLO broke under the fault)");
  });

  it("process-kill recovers with two instances, starting its own toxiproxy-server", async () => {
    const port = await consecutiveFreePorts();
    const policy = `version: 1\ngates:\n  chaos:\n    service: { command: "node ${SERVICE_SCRIPT}", ready-url: "http://127.0.0.1:${port}/healthz", instances: 2 }\n    experiments:\n      - { name: kill-one, toxic: process-kill, duration: 1s, recovery-seconds: 2 }\n`;
    const { code, result, stderr } = await gate(policy);
    expect(result.headline).toBe("1 experiment held the SLO and recovered in time");
    expect(code).toBe(0);
    expect(result.metrics["kill-one.recovery-s"]).toBeLessThanOrEqual(2);
    expect(result.metrics["kill-one.fault-error-rate"]).toBeLessThan(0.01);
    expect(stderr).toBe(""); // --json keeps progress quiet off a terminal
    expect(await listening(port)).toBe(false);
    expect(await listening(port + 1)).toBe(false);
  });

  it("process-kill fails with one instance", async () => {
    const port = await freePort();
    const policy = `version: 1\ngates:\n  chaos:\n    toxiproxy: ${toxiproxy.client.apiUrl}\n    service: { command: "node ${SERVICE_SCRIPT}", ready-url: "http://127.0.0.1:${port}/healthz", instances: 1 }\n    experiments:\n      - { name: kill-only, toxic: process-kill, duration: 1s, recovery-seconds: 1 }\n`;
    const { code, result } = await gate(policy);
    expect(code).toBe(1);
    expect(result.metrics["kill-only.recovery-s"]).toBeNull();
    expect(result.metrics["kill-only.fault-error-rate"]).toBeGreaterThan(0.5);
    expect(result.headline).toBe(
      "1 of 1 experiment failed: kill-only (the SLO broke under the fault; no recovery within 1s)",
    );
    expect(result.summary).toContain("not within 1s");
  });

  it("says clearly when toxiproxy cannot be reached", async () => {
    const port = await freePort();
    const { code, result } = await gate(
      `version: 1\ngates:\n  chaos:\n    toxiproxy: http://127.0.0.1:${port}\n    target: ${fast.url}\n    experiments:\n      - { name: slow, toxic: latency }\n`,
    );
    expect(code).toBe(2);
    expect(result.error).toBe(
      `toxiproxy: cannot reach the toxiproxy API at http://127.0.0.1:${port} (ECONNREFUSED); start toxiproxy-server there, or drop gates.chaos.toxiproxy to let TerraFusion start one`,
    );
  });

  it("needs a service it starts for process-kill", async () => {
    const { code, result } = await gate(experiments("      - { name: kill, toxic: process-kill }\n"));
    expect(code).toBe(2);
    expect(result.error).toMatch(
      /^gates\.chaos\.service: a process-kill experiment needs the gate to start the service/,
    );
  });

  it("removes its proxy and toxic when interrupted mid-experiment", async () => {
    const dir = projectWithPolicy(
      experiments("      - { name: slow, toxic: latency, attributes: { latency: 300 }, duration: 2s }\n"),
    );
    const gateRun = spawnCli(["gate", "chaos", "--cwd", dir]);
    await gateRun.until("latency toxic");
    let toxics: string[] = [];
    for (let i = 0; i < 40 && toxics.length === 0; i++) {
      const [proxy] = Object.values(await toxiproxy.client.proxies());
      toxics = proxy?.toxics?.map((t) => t.type) ?? [];
      if (!toxics.length) await new Promise((done) => setTimeout(done, 50));
    }
    const code = await gateRun.interrupt();
    expect(toxics).toEqual(["latency"]);
    expect(code).toBe(130);
  });
});
