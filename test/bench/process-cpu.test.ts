import { execFile } from "node:child_process";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { cpuTimes, stealShare } from "../../bench/process-cpu.ts";
import { freeLoopbackPorts } from "../../src/net/free-port.ts";

const ROOT = new URL("../..", import.meta.url).pathname;

describe("bench/process-cpu: the machine's stolen CPU time", () => {
  it("reads /proc/stat's totals, and gives the stolen share between two readings", () => {
    const now = cpuTimes();
    expect(now).toBeDefined();
    expect(now!.total).toBeGreaterThan(0);
    expect(now!.steal).toBeGreaterThanOrEqual(0);
    expect(now!.steal).toBeLessThanOrEqual(now!.total);
    expect(stealShare({ total: 1_000, steal: 10 }, { total: 1_400, steal: 30 })).toBeCloseTo(0.05);
    // No time between the readings, or one missing: nothing to say rather than a division by zero.
    expect(stealShare({ total: 1_000, steal: 10 }, { total: 1_000, steal: 10 })).toBeUndefined();
    expect(stealShare(undefined, now)).toBeUndefined();
  });
});

describe("bench/byte-relay: the floor the router bench reads its figures against", () => {
  it("passes an HTTP exchange through byte for byte, and refuses to start without its ports", async () => {
    const upstream = http.createServer((request, response) => response.end(`seen ${request.url}`));
    await new Promise<void>((resolve) => upstream.listen(0, "127.0.0.1", resolve));
    const port = await freeLoopbackPorts();
    const relay = execFile(
      process.execPath,
      [
        "--import",
        "tsx",
        "bench/byte-relay.ts",
        String(port),
        String((upstream.address() as AddressInfo).port),
      ],
      { cwd: ROOT, timeout: 20_000 },
    );
    try {
      await new Promise<void>((resolve, reject) => {
        relay.stdout!.on("data", (chunk: Buffer) => String(chunk).includes("listening") && resolve());
        relay.on("exit", (code) => reject(new Error(`the relay exited with ${code}`)));
      });
      const answer = await fetch(`http://127.0.0.1:${port}/through?the=relay`);
      expect(await answer.text()).toBe("seen /through?the=relay");
    } finally {
      relay.kill();
      upstream.close();
    }
    const usage = await new Promise<{ code: number | null; stderr: string }>((resolve) =>
      execFile(
        process.execPath,
        ["--import", "tsx", "bench/byte-relay.ts"],
        { cwd: ROOT, timeout: 20_000 },
        (error, _stdout, stderr) =>
          resolve({ code: error ? ((error as { code?: number }).code ?? null) : 0, stderr }),
      ),
    );
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/^usage: node --import tsx bench\/byte-relay\.ts PORT UPSTREAM_PORT/);
  });
});
