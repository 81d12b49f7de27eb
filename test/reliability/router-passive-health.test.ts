import { afterEach, describe, expect, it } from "vitest";
import { type Router, startRouter } from "../../src/router/index.ts";
import { type EchoUpstream, echoUpstream, send } from "./echo-upstream.ts";

const TOKEN = "reliability-router-token";
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("passive health: a refused connection", () => {
  let router: Router | undefined;
  const upstreams: EchoUpstream[] = [];
  afterEach(async () => {
    await router?.close();
    router = undefined;
    await Promise.all(upstreams.splice(0).map((upstream) => upstream.close().catch(() => undefined)));
  });

  async function twoBlue(
    healthIntervalMs: number,
    options: Parameters<typeof echoUpstream>[1] = {},
  ): Promise<[EchoUpstream, EchoUpstream, Router]> {
    const a = await echoUpstream("a", options);
    const b = await echoUpstream("b");
    upstreams.push(a, b);
    router = await startRouter({
      blue: [a.address, b.address],
      green: [b.address],
      token: TOKEN,
      healthIntervalMs,
    });
    // Let the first active check (scheduled at start) finish: from here on only requests can mark an upstream.
    await pause(200);
    return [a, b, router];
  }

  it("goes to a sibling at once, any method with its body, and takes the dead upstream out before any active check", async () => {
    const [a, b, router] = await twoBlue(60_000);
    for (let i = 0; i < 4; i++) expect((await send(router.url)).status).toBe(200);
    expect(a.seen.length).toBe(2);
    await a.close();
    await pause(50);

    // Round robin sends one of the two to the dead upstream first: both reach b, whole.
    const posts = await Promise.all(
      ["first", "second"].map((order) =>
        send(`${router.url}/orders`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ order }),
        }),
      ),
    );
    expect(posts.map((post) => post.status)).toEqual([200, 200]);
    expect(posts.map((post) => JSON.parse(post.body).body).sort()).toEqual([
      '{"order":"first"}',
      '{"order":"second"}',
    ]);
    for (let i = 0; i < 10; i++) expect((await send(router.url)).status).toBe(200);
    expect(b.seen.filter((seen) => seen.method === "POST").length).toBe(2);
    // Out of the pool at once, by a request, not by the next check a minute away.
    const [dead] = router.pools.blue.upstreams;
    expect(dead!.healthy).toBe(false);
    expect(dead!.lastCheck).toMatch(/^ECONNREFUSED \(passive/);
    expect(router.pools.blue.health().detail).toMatch(/1 of 2 upstreams healthy/);
    // Nothing is left counted as in flight once every answer is in.
    expect(router.pools.blue.upstreams.map((upstream) => upstream.inFlight)).toEqual([0, 0]);
  });

  it("resends only what never left: a refused POST goes on, a POST the upstream took and dropped is not sent twice", async () => {
    const dropper = await echoUpstream("dropper", { dropPosts: true });
    const refuser = await echoUpstream("refuser");
    const good = await echoUpstream("good");
    upstreams.push(dropper, refuser, good);
    router = await startRouter({
      blue: [dropper.address, refuser.address, good.address],
      green: [good.address],
      token: TOKEN,
      healthIntervalMs: 60_000,
    });
    await pause(200);
    await refuser.close();
    await pause(50);
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++)
      statuses.push((await send(`${router.url}/pay`, { method: "POST", body: `{"payment":${i}}` })).status);
    const posts = (upstream: EchoUpstream) => upstream.seen.filter((seen) => seen.method === "POST");
    // Every payment reached exactly one upstream: the refused one went on, the dropped one was not resent.
    expect([...posts(dropper), ...posts(good)].map((seen) => seen.body).sort()).toEqual(
      [0, 1, 2, 3].map((i) => `{"payment":${i}}`),
    );
    // Only what the dropper took and lost failed, and it took at least one.
    expect(posts(dropper).length).toBeGreaterThan(0);
    expect(statuses.filter((status) => status === 502).length).toBe(posts(dropper).length);
    expect(statuses.filter((status) => status === 200).length).toBe(posts(good).length);
    // The refuser is out; the dropper accepted its connections, so only the active check may judge it.
    const [dropped, refused] = router.pools.blue.upstreams;
    expect(refused!.healthy).toBe(false);
    expect(dropped!.healthy).toBe(true);
  });

  it("comes back through the active checks once it answers again, and no request fails meanwhile", async () => {
    const [a, , router] = await twoBlue(100);
    await a.close();
    for (let i = 0; i < 10; i++) expect((await send(router.url)).status).toBe(200);
    expect(router.pools.blue.upstreams[0]!.healthy).toBe(false);

    await a.reopen();
    const deadline = Date.now() + 5_000;
    while (!router.pools.blue.upstreams[0]!.healthy && Date.now() < deadline) await pause(20);
    expect(router.pools.blue.upstreams[0]!.healthy).toBe(true);
    const before = a.seen.length;
    for (let i = 0; i < 4; i++) expect((await send(router.url)).status).toBe(200);
    expect(a.seen.length).toBeGreaterThan(before);
  });

  it("answers 502 with the color when every upstream of the color refuses, after trying each once", async () => {
    const [a, b, router] = await twoBlue(60_000);
    await Promise.all([a.close(), b.close()]);
    await pause(50);
    const answer = await send(router.url);
    expect(answer.status).toBe(502);
    expect(answer.headers["x-terrafusion-color"]).toBe("blue");
    expect(answer.body).toMatch(/ECONNREFUSED/);
    expect(router.pools.blue.upstreams.map((upstream) => upstream.healthy)).toEqual([false, false]);
  });
});
