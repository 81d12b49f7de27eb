import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Router, startRouter } from "../../src/router/index.ts";
import { type EchoUpstream, echoUpstream, send } from "../reliability/echo-upstream.ts";

const TOKEN = "router-hop-by-hop-token";

describe("the router keeps hop-by-hop headers on their hop", () => {
  let router: Router;
  let upstream: EchoUpstream;
  beforeAll(async () => {
    // The upstream names a header of its own in Connection, meant for the router only.
    upstream = await echoUpstream("blue", {
      responseHeaders: {
        connection: "keep-alive, X-Upstream-Internal",
        "x-upstream-internal": "node-7 10.0.3.12",
        "keep-alive": "timeout=30",
        "proxy-authenticate": 'Basic realm="upstream"',
        "x-end-to-end": "kept",
      },
    });
    router = await startRouter({
      blue: [upstream.address],
      green: [upstream.address],
      token: TOKEN,
      healthIntervalMs: 60_000,
    });
  });
  afterAll(async () => {
    await router.close();
    await upstream.close();
  });

  const last = () => upstream.seen.at(-1)!;

  it("does not forward headers the client's Connection names, nor the standard hop-by-hop ones, and keeps bodies framed", async () => {
    const answer = await send(router.url, {
      headers: {
        connection: "keep-alive, X-Hop-Secret, x-forwarded-host",
        "x-hop-secret": "for the router only",
        "x-forwarded-host": "evil.example",
        "keep-alive": "timeout=5",
        te: "trailers",
        "proxy-authorization": "Basic dXNlcjpwYXNz",
        upgrade: "h2c",
        "x-end-to-end": "kept",
      },
    });
    expect(answer.status).toBe(200);
    const headers = last().headers;
    for (const name of [
      "x-hop-secret",
      "x-forwarded-host",
      "keep-alive",
      "te",
      "proxy-authorization",
      "upgrade",
    ])
      expect(headers[name], name).toBeUndefined();
    // The router's own hop to the upstream has its own Connection, naming none of the client's headers.
    expect(headers.connection ?? "").not.toMatch(/hop-secret|forwarded-host/i);
    expect(headers["x-end-to-end"]).toBe("kept");

    // Transfer-Encoding is dropped too, and bodies are framed again by the router: a chunked body arrives
    // whole (also on a GET), and Content-Length, which frames the body, cannot be named away.
    const chunked = await send(`${router.url}/upload`, {
      method: "POST",
      headers: { "transfer-encoding": "chunked" },
      body: ["first,", "second,", "third"],
    });
    expect(chunked.status).toBe(200);
    expect(last().body).toBe("first,second,third");
    expect(last().headers["transfer-encoding"]).toBe("chunked");

    // Sent unframed, a GET's body would be read by the upstream as a second request (smuggling).
    const smuggled = "GET /admin HTTP/1.1\r\nHost: upstream\r\n\r\n";
    const get = await send(`${router.url}/search`, {
      headers: { "transfer-encoding": "chunked" },
      body: [smuggled],
    });
    expect(get.status).toBe(200);
    expect(last()).toMatchObject({ method: "GET", url: "/search", body: smuggled });
    expect(upstream.seen.some((seen) => seen.url === "/admin")).toBe(false);

    const body = JSON.stringify({ order: 42 });
    const named = await send(`${router.url}/orders`, {
      method: "POST",
      headers: { connection: "keep-alive, Content-Length", "content-length": String(body.length) },
      body,
    });
    expect(named.status).toBe(200);
    expect(last()).toMatchObject({ method: "POST", body });
    expect(last().headers["content-length"]).toBe(String(body.length));
  });

  it("does not forward headers the upstream's Connection names to the client, nor its hop-by-hop ones", async () => {
    const answer = await send(router.url);
    expect(answer.status).toBe(200);
    for (const name of ["x-upstream-internal", "proxy-authenticate"])
      expect(answer.headers[name], name).toBeUndefined();
    // Keep-Alive, if any, is the router's own connection's, not the upstream's.
    expect(answer.headers["keep-alive"]).not.toBe("timeout=30");
    expect(answer.headers.connection ?? "").not.toMatch(/upstream-internal/i);
    expect(answer.headers["x-end-to-end"]).toBe("kept");
    expect(answer.headers["x-terrafusion-color"]).toBe("blue");
  });
});
