// The demo's traffic: a steady rate of requests through the router, each counted under the scene it was
// sent in (to count each promotion's failed requests), and the router's own figures over time.
import http from "node:http";
import { performance } from "node:perf_hooks";
import type { ColorCounters } from "../../src/drivers/types.ts";
import { type Router, windowFigures } from "../../src/router/index.ts";

/** A window of the run: p95 latency, error rate and rate. */
export interface Point {
  t: number;
  p95: number;
  errorRate: number;
  rps: number;
}

export const clock = () => performance.timeOrigin + performance.now();

/**
 * Sends `rate` GET requests/s to `url`, paced (request i is due i / rate seconds after the start, whatever
 * the answers), over keep-alive connections, until stop(). autocannon's `overallRate` would send each
 * connection's quota for the second back to back and then idle: bursts, not a steady rate. Each request is
 * counted under the scene it was sent in (set by the story before each promotion), so the failed requests
 * of a promotion are counted where they happened.
 */
export function steadyLoad(url: string, rate: number) {
  const scenes = new Map<string, { failed: number; total: number }>();
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  const inFlight = new Set<Promise<void>>();
  let scene = "warm-up";
  let sent = 0;
  const started = clock();
  const send = () => {
    const figures = scenes.get(scene) ?? { failed: 0, total: 0 };
    scenes.set(scene, figures);
    const done = new Promise<void>((resolve) => {
      const finish = (ok: boolean) => {
        figures.total += 1;
        if (!ok) figures.failed += 1;
        resolve();
      };
      const request = http.get(url, { agent }, (response) => {
        response.resume();
        response.on("end", () => finish((response.statusCode ?? 500) < 400));
        response.on("error", () => finish(false));
      });
      request.setTimeout(5_000, () => request.destroy(new Error("no answer within 5 s")));
      request.on("error", () => finish(false));
    });
    inFlight.add(done);
    done.finally(() => inFlight.delete(done));
  };
  const timer = setInterval(() => {
    const due = Math.floor(((clock() - started) / 1000) * rate);
    for (; sent < due; sent++) send();
  }, 5);
  return {
    set scene(name: string) {
      scene = name;
    },
    /** The requests that failed (an error status, or no answer) of all sent, in a scene. */
    count: (name: string) => ({ ...(scenes.get(name) ?? { failed: 0, total: 0 }) }),
    /** Stops sending, and resolves once every request sent has its answer. */
    async stop(): Promise<void> {
      clearInterval(timer);
      await Promise.all(inFlight);
      agent.destroy();
    },
  };
}

/**
 * What the router saw, every `windowMs`: the requests of both colors together (p95 from their merged
 * histograms), the figures the promotions' analyses judge against the SLO. `t` in s since `t0`.
 */
export function routerTimeline(router: Router, t0: number, windowMs = 500) {
  const points: Point[] = [];
  const both = (): ColorCounters => {
    const [blue, green] = [router.snapshot("blue"), router.snapshot("green")];
    return {
      requests: blue.requests + green.requests,
      errors: blue.errors + green.errors,
      latencySumMs: blue.latencySumMs + green.latencySumMs,
      bucketsMs: blue.bucketsMs,
      bucketCounts: blue.bucketCounts.map((count, i) => count + (green.bucketCounts[i] ?? 0)),
    };
  };
  let last = both();
  const timer = setInterval(() => {
    const now = both();
    const window = windowFigures(last, now);
    last = now;
    points.push({
      t: (clock() - t0) / 1000,
      p95: window.p95Ms,
      errorRate: window.errorRate,
      rps: window.requests / (windowMs / 1000),
    });
  }, windowMs);
  return {
    points,
    stop: () => clearInterval(timer),
  };
}
