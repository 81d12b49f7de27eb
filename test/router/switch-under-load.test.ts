import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RouterDriver } from "../../src/drivers/router.ts";
import { type Router, startRouter } from "../../src/router/index.ts";
import {
  byStep,
  colorServer,
  pacedTraffic,
  routing,
  switchUnderTraffic,
  weightsUnderTraffic,
} from "./traffic.ts";

type Upstream = Awaited<ReturnType<typeof colorServer>>;

describe("router: switching under load", () => {
  let router: Router;
  const upstreams: Upstream[] = [];
  const token = "s3cret-admin-token";

  beforeAll(async () => {
    // Two upstreams per color, each answering after 20 ms so that requests are in flight at every switch.
    for (const color of ["blue", "blue", "green", "green"])
      upstreams.push(await colorServer(color, { delayMs: 20 }));
    router = await startRouter({
      blue: [upstreams[0]!.address, upstreams[1]!.address],
      green: [upstreams[2]!.address, upstreams[3]!.address],
      token,
      healthIntervalMs: 200,
    });
  });
  afterAll(async () => {
    await router.close();
    await Promise.all(upstreams.map((u) => u.close()));
  });

  it("switches blue→green→blue→green→blue at 250 requests/s with no failed request and no late request on the old color", async () => {
    const driver = new RouterDriver({ adminUrl: router.adminUrl, token });
    expect(await driver.active()).toBe("blue");
    const traffic = pacedTraffic(router.url, { rate: 250, connections: 32 });
    const { samples, switches, seconds } = await switchUnderTraffic(driver, traffic);

    const failed = samples.filter((s) => s.error || s.status !== 200);
    expect(failed).toEqual([]);
    expect(samples.length / seconds).toBeGreaterThanOrEqual(200);
    const { checked, misrouted } = routing(samples, switches);
    expect(misrouted).toEqual([]);
    expect(checked.length).toBeGreaterThan(samples.length / 2);
    // Both colors really served, and each upstream of a color took a share (round robin).
    for (const color of ["blue", "green"])
      expect(samples.filter((s) => s.color === color).length).toBeGreaterThan(200);
    for (const upstream of upstreams) expect(upstream.served()).toBeGreaterThan(50);
    expect(await driver.active()).toBe("blue");
    const blue = await driver.counters("blue");
    expect(blue.errors).toBe(0);
    expect(blue.requests).toBeGreaterThan(500);
  });

  it("changes the canary weight 0→5→25→50→100→0 at 200 requests/s with no failed request, each step taking its share", async () => {
    const driver = new RouterDriver({ adminUrl: router.adminUrl, token });
    expect(await driver.active()).toBe("blue");
    const traffic = pacedTraffic(router.url, { rate: 200, connections: 32 });
    const { samples, marks, seconds } = await weightsUnderTraffic(
      driver,
      traffic,
      "green",
      [5, 25, 50, 100, 0],
      800,
    );

    expect(samples.filter((s) => s.error || s.status !== 200)).toEqual([]);
    expect(samples.length / seconds).toBeGreaterThanOrEqual(160);
    for (const step of byStep(samples, marks)) {
      const green = step.samples.filter((s) => s.color === "green").length;
      // The split is exact over the requests the router saw in the step; a few at its edges are left out here.
      expect(step.samples.length, `${step.percent} %`).toBeGreaterThan(40);
      expect(
        Math.abs(green - (step.samples.length * step.percent) / 100),
        `${step.percent} %`,
      ).toBeLessThanOrEqual(4);
    }
    expect(await driver.weights()).toEqual({ blue: 100, green: 0 });
  });

  it("guards the admin API with the bearer token and exposes Prometheus metrics without it", async () => {
    const wrong = new RouterDriver({ adminUrl: router.adminUrl, token: "nope" });
    await expect(wrong.switchTo("green")).rejects.toThrow(/401: missing or wrong bearer token/);
    expect(router.activeColor).toBe("blue");
    const metrics = await (await fetch(`${router.adminUrl}/metrics`)).text();
    expect(metrics).toMatch(/terrafusion_router_active_color\{color="blue"\} 1/);
    expect(metrics).toMatch(/terrafusion_router_requests_total\{color="green"\} [1-9]\d*/);
    expect(metrics).toMatch(
      /terrafusion_router_request_duration_seconds_bucket\{color="blue",le="\+Inf"\} [1-9]/,
    );
  });

  it("marks a color unhealthy when its upstreams stop answering and refuses to switch to it", async () => {
    const spare = await startRouter({
      blue: [upstreams[0]!.address],
      green: ["127.0.0.1:1"],
      token,
      healthIntervalMs: 100,
    });
    try {
      const driver = new RouterDriver({ adminUrl: spare.adminUrl, token });
      const health = await driver.health("green");
      expect(health.healthy).toBe(false);
      expect(health.detail).toMatch(/0 of 1 upstream healthy \(127\.0\.0\.1:1: ECONNREFUSED\)/);
      await expect(driver.switchTo("green")).rejects.toThrow(/409: refusing to switch to green/);
      expect(await driver.active()).toBe("blue");
    } finally {
      await spare.close();
    }
  });
});
