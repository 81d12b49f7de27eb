import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NginxDriver } from "../../src/drivers/nginx.ts";
import { colorServer, pacedTraffic, routing, switchUnderTraffic } from "../router/traffic.ts";
import { startNginx } from "./nginx-harness.ts";

type Upstream = Awaited<ReturnType<typeof colorServer>>;

describe("nginx driver with a real nginx", () => {
  const upstreams: Upstream[] = [];
  let nginx: Awaited<ReturnType<typeof startNginx>>;

  beforeAll(async () => {
    for (const color of ["blue", "green"]) upstreams.push(await colorServer(color, { delayMs: 20 }));
    nginx = await startNginx([upstreams[0]!.address], [upstreams[1]!.address]);
  });
  afterAll(async () => {
    await nginx?.stop();
    await Promise.all(upstreams.map((u) => u.close()));
  });

  it("switches blue→green→blue→green→blue under 250 requests/s: nothing dropped, no late request on the old color", async () => {
    const driver = new NginxDriver(nginx.options);
    expect(await driver.active()).toBe("blue");
    // nginx closes idle keep-alive connections of its old workers on reload; like a browser, the client sends
    // a request again when its reused connection closed before any answer. The router needs no such retry.
    const traffic = pacedTraffic(nginx.url, { rate: 250, connections: 32, retryReused: true });
    const { samples, switches, seconds } = await switchUnderTraffic(driver, traffic);

    expect(samples.filter((s) => s.error || s.status !== 200)).toEqual([]);
    expect(samples.length / seconds).toBeGreaterThanOrEqual(200);
    const { checked, misrouted } = routing(samples, switches);
    expect(misrouted).toEqual([]);
    expect(checked.length).toBeGreaterThan(samples.length / 2);
    expect(samples.filter((s) => s.color === "green").length).toBeGreaterThan(200);
    console.log(
      `nginx: ${samples.length} requests, ${samples.filter((s) => s.retried).length} resent after a keep-alive close`,
    );
    expect(await driver.active()).toBe("blue");
    expect((await driver.health("green")).healthy).toBe(true);
  });

  it("keeps the running configuration when the new one fails nginx -t, and says why", async () => {
    const driver = new NginxDriver({ ...nginx.options, green: ["127.0.0.1:notaport"] });
    const before = readFileSync(nginx.options.upstreamFile, "utf8");
    await expect(driver.switchTo("green")).rejects.toThrow(/does not pass nginx -t: .*invalid port/);
    expect(readFileSync(nginx.options.upstreamFile, "utf8")).toBe(before);
    expect(await driver.active()).toBe("blue");
    const response = await fetch(nginx.url);
    expect(response.headers.get("x-color")).toBe("blue");
  });
});
