import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { type Router, startRouter } from "../../src/router/index.ts";
import { type EchoUpstream, echoUpstream } from "./echo-upstream.ts";

const TOKEN = "router-client-leaves-token";

/** An upstream that takes requests and never answers them, and says when a request's connection went away. */
async function silentUpstream() {
  const arrived: http.IncomingMessage[] = [];
  let dropped = 0;
  const server = http.createServer((request, response) => {
    if (request.url === "/healthz") {
      response.end("ok");
      return;
    }
    arrived.push(request);
    response.on("close", () => dropped++);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    address: `127.0.0.1:${(server.address() as AddressInfo).port}`,
    arrived,
    dropped: () => dropped,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** Sends a GET and leaves (destroys the connection) once `arrived` says the upstream has it. */
async function leaveOnceArrived(url: string, arrived: unknown[]): Promise<void> {
  const request = http.request(url, { agent: false });
  request.on("error", () => undefined);
  request.end();
  await until(() => arrived.length === 1);
  request.destroy();
}

async function until(condition: () => boolean, ms = 5_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`not within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe("router: a client that leaves before the answer", () => {
  let router: Router | undefined;
  const closers: Array<() => Promise<void>> = [];
  afterEach(async () => {
    await router?.close();
    router = undefined;
    await Promise.all(closers.splice(0).map((close) => close().catch(() => undefined)));
  });

  it("stops the upstream request too, and is counted once as failed with nothing left in flight", async () => {
    const upstream = await silentUpstream();
    closers.push(upstream.close);
    router = await startRouter({
      blue: [upstream.address],
      green: [upstream.address],
      token: TOKEN,
      healthIntervalMs: 60_000,
    });
    await leaveOnceArrived(router.url, upstream.arrived);
    await until(() => upstream.dropped() === 1);
    await until(() => router!.snapshot("blue").requests === 1);
    expect(router.snapshot("blue")).toMatchObject({ requests: 1, errors: 1 });
    expect(router.inFlight).toEqual({ blue: 0, green: 0 });
    expect(router.pools.blue.upstreams[0]!.inFlight).toBe(0);
  });

  it("stops it on the other color as well, after every upstream of its own refused, and counts it there", async () => {
    const gone: EchoUpstream = await echoUpstream("blue");
    const upstream = await silentUpstream();
    closers.push(gone.close, upstream.close);
    router = await startRouter({
      blue: [gone.address],
      green: [upstream.address],
      token: TOKEN,
      healthIntervalMs: 60_000,
      weight: 50,
    });
    // Healthy at the start, refusing now: the first request goes to blue (the active color) and finds out.
    await gone.close();
    await leaveOnceArrived(router.url, upstream.arrived);
    await until(() => upstream.dropped() === 1);
    await until(() => router!.snapshot("green").requests === 1);
    expect(router.snapshot("green")).toMatchObject({ requests: 1, errors: 1 });
    expect(router.snapshot("blue").requests).toBe(0);
    expect(router.inFlight).toEqual({ blue: 0, green: 0 });
    expect(router.pools.green.upstreams[0]!.inFlight).toBe(0);
  });
});
