import autocannon from "autocannon";
import { afterEach, describe, expect, it } from "vitest";
import { type Router, startRouter } from "../../src/router/index.ts";
import type { Upstream } from "../../src/router/pool.ts";
import { startUpstreamProcess, type UpstreamProcess } from "./upstream-process.ts";

const TOKEN = "reliability-router-token";

/**
 * The most requests `upstream` held at once from the moment this is called: what a death from now on can
 * take with it. SIGKILL lands a little after kill() returns, and the router may hand the process a request or
 * two in between; they are in flight on it too, so the count follows the router's own counter, not a snapshot.
 */
function watchInFlight(upstream: Upstream): () => number {
  let value = upstream.inFlight;
  let peak = value;
  Object.defineProperty(upstream, "inFlight", {
    get: () => value,
    set: (next: number) => {
      value = next;
      peak = Math.max(peak, next);
    },
  });
  return () => peak;
}

describe("kill -9 of one of two upstreams under load", () => {
  let router: Router | undefined;
  const processes: UpstreamProcess[] = [];
  afterEach(async () => {
    await router?.close();
    for (const { child } of processes.splice(0)) child.kill("SIGKILL");
  });

  it("fails at most the requests in flight on the dead one at 200 req/s; a refused connection never fails a request", async () => {
    const doomed = await startUpstreamProcess("blue", 50);
    const sibling = await startUpstreamProcess("blue", 50);
    processes.push(doomed, sibling);
    // The setup: active checks every second, so without passive health up to a second of requests
    // (half of them, round robin) would meet the dead upstream.
    router = await startRouter({
      blue: [doomed.address, sibling.address],
      green: [sibling.address],
      token: TOKEN,
      healthIntervalMs: 1_000,
    });
    const dead = router.pools.blue.upstreams[0]!;
    const failures: string[] = [];
    const record = (method: string) => (status: number, body: string) => {
      if (status !== 200) failures.push(`${method} ${status} ${body.trim()}`);
    };
    // Half GETs (idempotent), half POSTs with a body (never resent once sent): both must survive refusal.
    const instance = autocannon({
      url: router.url,
      connections: 16,
      overallRate: 200,
      duration: 5,
      requests: [
        { method: "GET", path: "/", onResponse: record("GET") },
        {
          method: "POST",
          path: "/orders",
          headers: { "content-type": "application/json" },
          body: '{"sku":"tf-1"}',
          onResponse: record("POST"),
        },
      ],
    });
    // Half-way between two active checks (they run from the router's start, one per second), as an unlucky
    // crash would be: the next check is half a second away.
    const inFlightAtDeath = new Promise<() => number>((resolve) =>
      setTimeout(() => {
        const peak = watchInFlight(dead);
        doomed.child.kill("SIGKILL");
        resolve(peak);
      }, 2_500),
    );
    const result = await instance;
    const inFlight = (await inFlightAtDeath)();
    await doomed.exited;

    const failed = failures.length + result.errors;
    console.info(
      `kill -9 at 200 req/s: ${failed} of ${result.requests.total} requests failed; ${inFlight} were in flight on the killed upstream` +
        (failures.length ? `\n  ${failures.join("\n  ")}` : ""),
    );
    expect(result.requests.total).toBeGreaterThan(800);
    expect(failures.filter((failure) => /ECONNREFUSED/.test(failure))).toEqual([]);
    expect(failed).toBeLessThanOrEqual(inFlight);
    expect(dead.healthy).toBe(false);
    expect(dead.lastCheck).toMatch(/ECONNREFUSED|ECONNRESET/);
    // The sibling carried everything else.
    expect(result["2xx"]).toBe(result.requests.total - failures.length);
  });
});
