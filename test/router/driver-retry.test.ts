import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { RouterDriver } from "../../src/drivers/router.ts";
import { freeLoopbackPorts } from "../../src/net/free-port.ts";
import { type Router, startRouter } from "../../src/router/index.ts";
import { colorServer } from "./traffic.ts";

const TOKEN = "driver-retry-test-token";

/** A stand-in admin API: `answer` decides, per request (numbered from 1), to answer or to drop the connection. */
async function adminStandIn(answer: (n: number, request: http.IncomingMessage) => "drop" | "hang" | object) {
  const seen: string[] = [];
  const server = http.createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => {
      body += chunk.toString();
    });
    request.on("end", () => {
      seen.push(`${request.method} ${request.url} ${body}`.trim());
      const what = answer(seen.length, request);
      if (what === "drop") request.socket.destroy();
      else if (what !== "hang")
        response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(what));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

describe("RouterDriver: a router restarting under a call", () => {
  const closers: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const close of closers.splice(0)) await close();
  });

  it("waits for a router that is not listening yet, and answers from it", async () => {
    const port = await freeLoopbackPorts();
    const upstreams = [await colorServer("blue"), await colorServer("green")];
    closers.push(...upstreams.map((u) => u.close));
    const driver = new RouterDriver({ adminUrl: `http://127.0.0.1:${port}`, token: TOKEN });
    const asked = driver.active();
    let router: Router | undefined;
    // Up only after the first attempts were refused.
    await new Promise((resolve) => setTimeout(resolve, 300));
    router = await startRouter({
      blue: [upstreams[0]!.address],
      green: [upstreams[1]!.address],
      token: TOKEN,
      adminPort: port,
      active: "green",
    });
    closers.push(() => router!.close());
    expect(await asked).toBe("green");
  });

  it("sends a switch again when the connection dropped before an answer: it sets a color, so twice is once", async () => {
    const admin = await adminStandIn((n) => (n === 1 ? "drop" : { from: "blue", to: "green" }));
    closers.push(admin.close);
    await new RouterDriver({ adminUrl: admin.url, token: TOKEN }).switchTo("green");
    expect(admin.seen).toEqual(['POST /switch {"to":"green"}', 'POST /switch {"to":"green"}']);
  });

  it("gives up once its time is spent, saying for how long and what it met", async () => {
    const port = await freeLoopbackPorts();
    const driver = new RouterDriver({
      adminUrl: `http://127.0.0.1:${port}`,
      token: TOKEN,
      retryForMs: 1_200,
    });
    await expect(driver.active()).rejects.toThrow(
      new RegExp(
        `^router: cannot reach the admin API at http://127\\.0\\.0\\.1:${port} \\(ECONNREFUSED, for \\d+ s\\); is \`terrafusion router\` running\\?$`,
      ),
    );
    // retryForMs 0: the one attempt, and the line as before.
    const once = new RouterDriver({ adminUrl: `http://127.0.0.1:${port}`, token: TOKEN, retryForMs: 0 });
    await expect(once.active()).rejects.toThrow(
      `router: cannot reach the admin API at http://127.0.0.1:${port} (ECONNREFUSED); is \`terrafusion router\` running?`,
    );
  });

  it("does not send again to a router that took the request and never answered (timeout), nor after an answer", async () => {
    const hanging = await adminStandIn(() => "hang");
    closers.push(hanging.close);
    const driver = new RouterDriver({ adminUrl: hanging.url, token: TOKEN, timeoutMs: 300 });
    await expect(driver.switchTo("green")).rejects.toThrow(/cannot reach the admin API .*timeout/);
    expect(hanging.seen).toEqual(['POST /switch {"to":"green"}']);

    const refusing = await adminStandIn(() => ({}));
    closers.push(refusing.close);
    const wrong = new RouterDriver({ adminUrl: refusing.url, token: "nope" });
    // An answer, even an empty one, is final.
    await expect(wrong.weights()).rejects.toThrow(/status has no weights/);
    expect(refusing.seen).toEqual(["GET /status"]);
  });
});
