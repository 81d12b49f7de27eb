import { createServer } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runLoad, type Sample } from "../../src/load/engine.ts";
import { type FixtureService, startFixtureService } from "./fixture-service.ts";

let fast: FixtureService;
beforeAll(async () => {
  fast = await startFixtureService();
});
afterAll(async () => {
  await fast?.stop();
});

describe("runLoad, the shared load engine", () => {
  it("reports exact percentiles in order, status codes and a timeline", async () => {
    const samples: Sample[] = [];
    const stats = await runLoad({
      url: fast.url,
      durationMs: 1000,
      connections: 4,
      sampleMs: 250,
      onSample: (s) => samples.push(s),
    });
    const { p50, p90, p95, p99, max } = stats.latency;
    expect(p50).toBeGreaterThan(0);
    expect(p50 <= p90 && p90 <= p95 && p95 <= p99 && p99 <= max).toBe(true);
    expect(stats.statusCodes).toEqual({ 200: stats.requests });
    expect(samples.length).toBeGreaterThanOrEqual(3);
    expect(samples.reduce((sum, s) => sum + s.requests, 0)).toBe(stats.requests);
    expect(stats.timeline).toEqual(samples);
  });

  it("holds a fixed request rate", async () => {
    const stats = await runLoad({ url: fast.url, durationMs: 1000, connections: 4, rate: 100 });
    // autocannon releases up to `rate` requests per started second.
    expect(stats.requests).toBeGreaterThanOrEqual(90);
    expect(stats.requests).toBeLessThanOrEqual(200);
  });

  it("stops early on abort and returns what ran", async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 300);
    const started = Date.now();
    const stats = await runLoad({
      url: fast.url,
      durationMs: 8000,
      connections: 2,
      signal: controller.signal,
    });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(stats.requests).toBeGreaterThan(0);
  });

  it("counts a connection closed before its answer as a failed request", async () => {
    // A server that reads each request and hangs up without answering.
    const server = createServer((socket) => socket.once("data", () => socket.end()));
    await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
    const port = (server.address() as { port: number }).port;
    try {
      const stats = await runLoad({ url: `http://127.0.0.1:${port}`, durationMs: 500, connections: 2 });
      expect(stats.errors).toBeGreaterThan(10);
      expect(stats.errorRate).toBe(1);
      expect(stats.statusCodes.error).toBe(stats.errors);
    } finally {
      server.close();
    }
  });

  it("counts refused connections as failed requests", async () => {
    const server = createServer();
    await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
    const port = (server.address() as { port: number }).port;
    await new Promise((done) => server.close(done));
    const stats = await runLoad({ url: `http://127.0.0.1:${port}`, durationMs: 300, connections: 1 });
    expect(stats.errorRate).toBe(1);
    expect(stats.requests).toBeGreaterThan(0);
  });
});
