/**
 * Free loopback ports for tools we start ourselves (toxiproxy-server, services under test).
 *
 * A port the kernel hands out for `listen(0)` comes from the ephemeral range, which is also where
 * every outgoing connection takes its source port: between our probe and the tool's own bind,
 * a busy load test can take it and the tool fails with EADDRINUSE. Ports below the ephemeral
 * range are only ever taken by an explicit bind, so we pick there and probe every port we need.
 */
import { readFileSync } from "node:fs";
import { createServer } from "node:net";

const LINUX_DEFAULT_EPHEMERAL_LOW = 32768;
const LOWEST = 10_000;
const ATTEMPTS = 64;

/** The first of `count` consecutive loopback ports that nobody has bound right now. */
export async function freeLoopbackPorts(count = 1): Promise<number> {
  const high = ephemeralLow() - count;
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const first = LOWEST + Math.floor(Math.random() * (high - LOWEST));
    if (await allBindable(first, count)) return first;
  }
  throw new Error(
    `no ${count} consecutive free loopback ports found in ${LOWEST}–${high} after ${ATTEMPTS} tries`,
  );
}

function ephemeralLow(): number {
  try {
    const low = Number(readFileSync("/proc/sys/net/ipv4/ip_local_port_range", "utf8").trim().split(/\s+/)[0]);
    return Number.isInteger(low) && low > LOWEST + 1000 ? low : LINUX_DEFAULT_EPHEMERAL_LOW;
  } catch {
    return LINUX_DEFAULT_EPHEMERAL_LOW;
  }
}

async function allBindable(first: number, count: number): Promise<boolean> {
  const servers = [];
  try {
    for (let port = first; port < first + count; port++) {
      const server = createServer();
      servers.push(server);
      await new Promise<void>((resolve, reject) => {
        server.once("error", reject);
        server.listen({ port, host: "127.0.0.1", exclusive: true }, resolve);
      });
    }
    return true;
  } catch {
    return false;
  } finally {
    await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  }
}
