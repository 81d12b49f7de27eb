import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { upstreamsFlag } from "../../src/cli/options.ts";
import { type Router, startRouter } from "../../src/router/index.ts";
import { type EchoUpstream, echoUpstream } from "../reliability/echo-upstream.ts";

const TOKEN = "router-admin-input-token";
const auth = { authorization: `Bearer ${TOKEN}` };

/**
 * Writes `head` (and then `chunks`, each after the previous one is flushed) on a raw connection and returns
 * the status line and headers of the first answer, or "closed" when the router hung up without one. Raw,
 * because fetch would not send a Content-Length it does not mean.
 */
function raw(url: string, head: string, chunks: string[] = []): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname);
    let answer = "";
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no answer within 5 s; got ${JSON.stringify(answer)}`));
    }, 5_000);
    const done = (value: string) => {
      clearTimeout(timer);
      socket.destroy();
      resolve(value);
    };
    socket.on("data", (data) => {
      answer += data.toString("latin1");
      const end = answer.indexOf("\r\n\r\n");
      if (end !== -1) done(answer.slice(0, end));
    });
    socket.on("error", () => undefined);
    socket.on("close", () => done(answer || "closed"));
    socket.on("connect", async () => {
      socket.write(head);
      for (const chunk of chunks)
        if (!socket.write(chunk)) await new Promise((drained) => socket.once("drain", drained));
    });
  });
}

describe("the router's admin API refuses what it cannot use", () => {
  let router: Router;
  let green: EchoUpstream;
  beforeAll(async () => {
    green = await echoUpstream("green");
    router = await startRouter({
      blue: [green.address],
      green: [green.address],
      token: TOKEN,
      healthIntervalMs: 60_000,
    });
  });
  afterAll(async () => {
    await router.close();
    await green.close();
  });

  const put = (upstreams: unknown) =>
    fetch(`${router.adminUrl}/colors/green`, {
      method: "PUT",
      headers: { ...auth, "content-type": "application/json" },
      body: JSON.stringify({ upstreams }),
    });

  it("validates upstreams set through PUT /colors with the CLI flags' own check", async () => {
    const bad = [
      "ftp://x",
      "https://127.0.0.1:8443",
      "file:///etc/passwd",
      "javascript:alert(1)",
      "http://user:secret@127.0.0.1:8081",
      "http://127.0.0.1:8081/admin?x=1",
      "127.0.0.1:99999",
      "127.0.0.1",
      "not an address",
    ];
    for (const address of bad) {
      // The CLI refuses it, and the admin API refuses it with the same words.
      let cli = "";
      try {
        upstreamsFlag("--green")(address);
      } catch (error) {
        cli = (error as Error).message;
      }
      expect(cli, address).toMatch(/is not an upstream/);
      const response = await put([address]);
      expect(response.status, address).toBe(400);
      const { error } = (await response.json()) as { error: string };
      expect(cli, address).toBe(`--green: ${error}, comma-separated`);
    }
    // Nothing was replaced by any of them, and an empty list is no list.
    expect((await put([])).status).toBe(400);
    expect(router.pools.green.upstreams.map((upstream) => upstream.url.host)).toEqual([green.address]);

    // What the flags accept, the admin API accepts.
    for (const good of [green.address, `http://${green.address}`, `http://${green.address}/`]) {
      expect(upstreamsFlag("--green")(good)).toEqual([good]);
      const response = await put([good]);
      expect(response.status, good).toBe(200);
    }
  });

  it("refuses a body announced over 64 KiB with 413 before reading it, on any route and without a token", async () => {
    for (const [request, withToken] of [
      ["PUT /colors/green", true],
      ["POST /switch", false],
      ["GET /status", true],
    ] as const) {
      const head =
        `${request} HTTP/1.1\r\nHost: admin\r\nContent-Type: application/json\r\n` +
        `${withToken ? `Authorization: Bearer ${TOKEN}\r\n` : ""}Content-Length: ${400 * 1024 * 1024}\r\n\r\n`;
      // No byte of the body is sent: the answer can only come from the announced length.
      const answer = await raw(router.adminUrl, head);
      expect(answer, request).toMatch(/^HTTP\/1\.1 413 /);
      expect(answer.toLowerCase(), request).toMatch(/\r\nconnection: close/);
    }
  });

  it("cuts a chunked body off past 64 KiB with 413 without waiting for its end, and takes one just under", async () => {
    const head =
      `PUT /colors/green HTTP/1.1\r\nHost: admin\r\nAuthorization: Bearer ${TOKEN}\r\n` +
      "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
    const piece = "x".repeat(8 * 1024);
    const chunk = `${piece.length.toString(16)}\r\n${piece}\r\n`;
    // 72 KiB, and never the last chunk: a router that buffers to the end would never answer.
    const answer = await raw(router.adminUrl, head, [`e\r\n{"upstreams":[\r\n`, ...Array(9).fill(chunk)]);
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);

    const under = JSON.stringify({ upstreams: [green.address], note: "n".repeat(60 * 1024) });
    expect(under.length).toBeLessThan(64 * 1024);
    const response = await fetch(`${router.adminUrl}/colors/green`, {
      method: "PUT",
      headers: { ...auth, "content-type": "application/json" },
      body: under,
    });
    expect(response.status).toBe(200);
  });
});
