import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { pacedLoad } from "../../bench/paced-load.ts";

/** A loopback server that answers every request after `delayMs` (never, when undefined), counting them. */
async function server(delayMs: number | undefined) {
  let count = 0;
  const instance = http.createServer((_request, response) => {
    count++;
    if (delayMs !== undefined) setTimeout(() => response.end("ok"), delayMs);
  });
  await new Promise<void>((resolve) => instance.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(instance.address() as AddressInfo).port}/`,
    count: () => count,
    close: () =>
      new Promise<void>((resolve) => {
        instance.close(() => resolve());
        instance.closeAllConnections();
      }),
  };
}

describe("bench/paced-load: a fixed rate, held open loop", () => {
  const closers: Array<() => Promise<void>> = [];
  afterEach(async () => {
    await Promise.all(closers.splice(0).map((close) => close()));
  });

  it("sends every request on time however slow the answers, and counts the wait for a busy connection", async () => {
    // 2 connections at 40 ms an answer carry 50 requests/s; 100 requests/s are asked for. A closed loop would
    // slow down to 50/s and report 40 ms; the backlog grows instead, and the latency with it.
    const slow = await server(40);
    closers.push(slow.close);
    const stats = await pacedLoad({ url: slow.url, rate: 100, connections: 2, durationMs: 1_000 });
    expect(stats.requests).toBe(100);
    expect(stats.errors).toBe(0);
    expect(slow.count()).toBe(100 + 2); // and one warm-up request per connection
    expect(stats.latency.p50).toBeGreaterThanOrEqual(40);
    // The last requests waited behind about 25 others on their connection: near a second, far over 40 ms.
    expect(stats.latency.p99).toBeGreaterThan(400);
    expect(stats.maxQueued).toBeGreaterThan(10);
  });

  it("holds the rate against a fast server, and no request waits for its connection", async () => {
    const fast = await server(0);
    closers.push(fast.close);
    const stats = await pacedLoad({ url: fast.url, rate: 200, connections: 4, durationMs: 1_000 });
    expect(stats.requests).toBe(200);
    expect(stats.errors).toBe(0);
    expect(stats.rps).toBeGreaterThan(150);
    expect(stats.rps).toBeLessThan(250);
    // Not a burst: each request's connection was free when its time came (a busy machine may queue a few).
    expect(stats.maxQueued).toBeLessThanOrEqual(2);
  });

  it("counts a request never answered as an error, and the run still ends", async () => {
    const silent = await server(undefined);
    closers.push(silent.close);
    const stats = await pacedLoad({
      url: silent.url,
      rate: 20,
      connections: 2,
      durationMs: 500,
      timeoutMs: 200,
    });
    expect(stats.requests).toBe(10);
    expect(stats.errors).toBe(10);
    expect(stats.rps).toBe(0);
  });
});
