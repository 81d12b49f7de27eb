import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import { describe, expect, it } from "vitest";
import { freeLoopbackPorts } from "../../src/net/free-port.ts";

const ephemeralLow = Number(readFileSync("/proc/sys/net/ipv4/ip_local_port_range", "utf8").split(/\s+/)[0]);

async function bind(port: number) {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen({ port, host: "127.0.0.1", exclusive: true }, resolve);
  });
  return server;
}

describe("free loopback ports", () => {
  it("picks consecutive ports below the ephemeral range that can all be bound", async () => {
    const first = await freeLoopbackPorts(3);
    expect(first + 3).toBeLessThanOrEqual(ephemeralLow);
    const servers = await Promise.all([first, first + 1, first + 2].map(bind));
    await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  });
});
