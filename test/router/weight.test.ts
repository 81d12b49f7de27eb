import { afterEach, describe, expect, it } from "vitest";
import { RouterDriver } from "../../src/drivers/router.ts";
import { type Router, startRouter } from "../../src/router/index.ts";
import { type EchoUpstream, echoUpstream, send } from "../reliability/echo-upstream.ts";

const TOKEN = "router-weight-test-token";
const auth = { authorization: `Bearer ${TOKEN}`, "content-type": "application/json" };

/** The color that answered each of `count` requests sent one after the other. */
async function colorsOf(router: Router, count: number): Promise<string[]> {
  const colors: string[] = [];
  for (let i = 0; i < count; i++) {
    const answer = await send(router.url);
    expect(answer.status).toBe(200);
    colors.push(String(answer.headers["x-terrafusion-color"]));
  }
  return colors;
}

const share = (colors: string[], color: string) => colors.filter((c) => c === color).length;

describe("router: canary weight", () => {
  let router: Router | undefined;
  const upstreams: EchoUpstream[] = [];
  afterEach(async () => {
    await router?.close();
    router = undefined;
    await Promise.all(upstreams.splice(0).map((upstream) => upstream.close().catch(() => undefined)));
  });

  async function blueAndGreen(options: { weight?: number } = {}): Promise<[Router, RouterDriver]> {
    const blue = await echoUpstream("blue");
    const green = await echoUpstream("green");
    upstreams.push(blue, green);
    router = await startRouter({
      blue: [blue.address],
      green: [green.address],
      token: TOKEN,
      healthIntervalMs: 60_000,
      ...options,
    });
    return [router, new RouterDriver({ adminUrl: router.adminUrl, token: TOKEN })];
  }

  it("splits new requests by the weight, to within one request, and says so in the status and /metrics", async () => {
    const [router, driver] = await blueAndGreen();
    expect(await driver.weights()).toEqual({ blue: 100, green: 0 });
    expect(share(await colorsOf(router, 10), "green")).toBe(0);

    await driver.setWeight("green", 25);
    expect(await driver.weights()).toEqual({ blue: 75, green: 25 });
    expect(await driver.active()).toBe("blue");
    const colors = await colorsOf(router, 40);
    expect(Math.abs(share(colors, "green") - 10)).toBeLessThanOrEqual(1);
    // Spread out, not in a block: every run of 8 requests holds a green one.
    for (let i = 0; i + 8 <= colors.length; i++) expect(colors.slice(i, i + 8)).toContain("green");

    const status = await driver.status();
    expect(status).toMatchObject({ active: "blue", weight: 25, weights: { blue: 75, green: 25 } });
    const metrics = await (await fetch(`${router.adminUrl}/metrics`)).text();
    expect(metrics).toMatch(/^terrafusion_router_traffic_weight_percent\{color="blue"\} 75$/m);
    expect(metrics).toMatch(/^terrafusion_router_traffic_weight_percent\{color="green"\} 25$/m);
    expect(metrics).toMatch(/^terrafusion_router_weight_changes_total 1$/m);
    // Each color's counters see their own share.
    expect((await driver.counters("green")).requests).toBe(share(colors, "green"));
  });

  it("behaves as blue-green at 0 and 100, and a switch takes the weight back to 0", async () => {
    const [router, driver] = await blueAndGreen();
    await driver.setWeight("green", 100);
    expect(new Set(await colorsOf(router, 10))).toEqual(new Set(["green"]));
    expect(await driver.active()).toBe("blue");
    await driver.setWeight("green", 0);
    expect(new Set(await colorsOf(router, 10))).toEqual(new Set(["blue"]));

    await driver.setWeight("green", 50);
    await driver.switchTo("green");
    expect(await driver.weights()).toEqual({ blue: 0, green: 100 });
    expect(new Set(await colorsOf(router, 10))).toEqual(new Set(["green"]));
    // Now blue is the canary.
    await driver.setWeight("blue", 10);
    expect(await driver.weights()).toEqual({ blue: 10, green: 90 });
  });

  it("refuses a weight that is not a whole percent, the active color's, or an unhealthy canary's", async () => {
    const [router, driver] = await blueAndGreen();
    const post = (body: unknown) =>
      fetch(`${router.adminUrl}/weight`, { method: "POST", headers: auth, body: JSON.stringify(body) });
    for (const percent of [101, -1, 2.5, "10", null]) {
      const answer = await post({ color: "green", percent });
      expect(answer.status).toBe(400);
      expect(((await answer.json()) as { error: string }).error).toMatch(/whole percent from 0 to 100/);
    }
    expect((await post({ color: "purple", percent: 5 })).status).toBe(400);
    await expect(driver.setWeight("blue", 10)).rejects.toThrow(/409: blue is the active color/);
    const unauthorized = await fetch(`${router.adminUrl}/weight`, {
      method: "POST",
      body: JSON.stringify({ color: "green", percent: 5 }),
    });
    expect(unauthorized.status).toBe(401);

    await upstreams[1]!.close();
    await router.pools.green.checkAll();
    await expect(driver.setWeight("green", 10)).rejects.toThrow(/409: refusing to send traffic to green/);
    expect(await driver.weights()).toEqual({ blue: 100, green: 0 });
    // While the canary takes traffic its upstreams stay as they are.
    await upstreams[1]!.reopen();
    await router.pools.green.checkAll();
    await driver.setWeight("green", 10);
    await expect(driver.setUpstreams("green", [upstreams[0]!.address])).rejects.toThrow(
      /409: green takes 10 % of traffic as the canary/,
    );
  });

  it("sends no request to a color that is down while the weight splits traffic, not even the one that finds out", async () => {
    const [router, driver] = await blueAndGreen();
    await driver.setWeight("green", 50);
    expect(share(await colorsOf(router, 4), "green")).toBe(2);
    await upstreams[1]!.close();
    // Green's only upstream refuses: the request that meets it goes to blue, and green is out from then on.
    const colors = await colorsOf(router, 20);
    expect(new Set(colors)).toEqual(new Set(["blue"]));
    expect(router.pools.green.hasHealthy()).toBe(false);
    expect((await driver.counters("green")).errors).toBe(0);
  });
});
