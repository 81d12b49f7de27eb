import { createHash } from "node:crypto";
import http from "node:http";
import net from "node:net";
import { PassThrough } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { type Router, startRouter } from "../../src/router/index.ts";
import { type ExchangeHandler, UpstreamClient } from "../../src/router/upstream-client.ts";

/**
 * The router's upstream side (src/router/upstream-client.ts, used by forward.ts) against loopback upstreams:
 * raw `net` servers where the bytes on the wire must be exact (interim answers, close-delimited bodies,
 * garbage, early answers, Keep-Alive hints), `http` servers elsewhere. Each upstream counts its traffic
 * connections (health checks left out), which is how reuse, or the lack of it, is told from the outside.
 */

const TOKEN = "router-upstream-client-token";
const HEALTH_OK = "HTTP/1.1 200 OK\r\ncontent-length: 2\r\nconnection: close\r\n\r\nok";
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const closers: Array<() => void | Promise<void>> = [];
let router: Router | undefined;

afterEach(async () => {
  await router?.close();
  router = undefined;
  await Promise.all(closers.splice(0).map((close) => Promise.resolve(close()).catch(() => undefined)));
});

async function until(condition: () => boolean, what: string, ms = 2_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${ms} ms`);
    await pause(5);
  }
}

function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: not within ${ms} ms`)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/** Traffic connections an upstream accepted (health checks left out), and how many of them have closed. */
interface Counted {
  address: string;
  port: number;
  opened: () => number;
  closed: () => number;
}

/** Listens on 127.0.0.1, and closes the server and every connection it holds after the test. */
async function listen(server: net.Server): Promise<number> {
  const sockets = new Set<net.Socket>();
  server.on("connection", (socket: net.Socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  closers.push(
    () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  );
  return (server.address() as net.AddressInfo).port;
}

/**
 * A raw upstream: each connection's first request head is read here; a health check is answered and closed,
 * any other connection is counted and handed to `serve` with its first head and the bytes after it.
 */
async function rawUpstream(
  serve: (socket: net.Socket, head: string, rest: Buffer) => void,
): Promise<Counted> {
  let opened = 0;
  let closed = 0;
  const server = net.createServer((socket) => {
    socket.on("error", () => undefined);
    let buffered = Buffer.alloc(0);
    const onData = (data: Buffer) => {
      buffered = Buffer.concat([buffered, data]);
      const end = buffered.indexOf("\r\n\r\n");
      if (end < 0) return;
      socket.off("data", onData);
      const head = buffered.subarray(0, end + 4).toString("latin1");
      if (head.startsWith("GET /healthz ")) {
        socket.end(HEALTH_OK);
        return;
      }
      opened++;
      socket.on("close", () => closed++);
      serve(socket, head, buffered.subarray(end + 4));
    };
    socket.on("data", onData);
  });
  const port = await listen(server);
  return { address: `127.0.0.1:${port}`, port, opened: () => opened, closed: () => closed };
}

/**
 * Serves one request after another on a raw connection: `answer` gets each head once its body (framed by
 * Content-Length) is in, the body, and the request's number among all the requests the upstream saw (from
 * 0), and writes what it likes.
 */
function eachRequest(answer: (socket: net.Socket, head: string, index: number, body: Buffer) => void) {
  let index = 0;
  return (socket: net.Socket, first: string, rest: Buffer) => {
    let buffered = Buffer.concat([Buffer.from(first, "latin1"), rest]);
    let head: string | undefined;
    let length = 0;
    const drain = () => {
      for (;;) {
        if (head === undefined) {
          const end = buffered.indexOf("\r\n\r\n");
          if (end < 0) return;
          head = buffered.subarray(0, end + 4).toString("latin1");
          buffered = buffered.subarray(end + 4);
          length = Number(/\r\ncontent-length: *(\d+)/i.exec(head)?.[1] ?? 0);
        }
        if (buffered.length < length) return;
        const body = buffered.subarray(0, length);
        buffered = buffered.subarray(length);
        const current = head;
        head = undefined;
        answer(socket, current, index++, body);
      }
    };
    drain();
    socket.on("data", (data: Buffer) => {
      buffered = Buffer.concat([buffered, data]);
      drain();
    });
  };
}

/** An http upstream that answers health checks itself and counts the connections that carried traffic. */
async function httpUpstream(
  handle: (request: http.IncomingMessage, response: http.ServerResponse) => void,
): Promise<Counted> {
  const traffic = new Set<net.Socket>();
  let closed = 0;
  const server = http.createServer((request, response) => {
    if (request.url === "/healthz") {
      response.end("ok");
      return;
    }
    if (!traffic.has(request.socket)) {
      traffic.add(request.socket);
      request.socket.on("close", () => closed++);
    }
    handle(request, response);
  });
  const port = await listen(server);
  return {
    address: `127.0.0.1:${port}`,
    port,
    opened: () => traffic.size,
    closed: () => closed,
  };
}

async function routeTo(upstream: { address: string }): Promise<Router> {
  router = await startRouter({ blue: [upstream.address], green: [], token: TOKEN, healthIntervalMs: 60_000 });
  return router;
}

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** One request over a fresh connection (unless an agent is given), its answer read whole, within `timeoutMs`. */
function ask(
  url: string,
  options: {
    method?: string;
    headers?: http.OutgoingHttpHeaders;
    body?: string | Buffer | Array<string | Buffer>;
    agent?: http.Agent;
    timeoutMs?: number;
  } = {},
): Promise<Answer> {
  const timeoutMs = options.timeoutMs ?? 3_000;
  return new Promise((resolve, reject) => {
    // A single body goes with its Content-Length; pieces (an array) go chunked, one chunk each.
    const headers =
      typeof options.body === "string" || Buffer.isBuffer(options.body)
        ? { "content-length": Buffer.byteLength(options.body), ...options.headers }
        : options.headers;
    const request = http.request(
      url,
      { method: options.method ?? "GET", headers, agent: options.agent ?? false },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => {
          clearTimeout(timer);
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks),
          });
        });
        response.on("error", reject);
      },
    );
    // Rejects by itself: a request still waiting for the agent's connection emits nothing when destroyed.
    const timer = setTimeout(() => {
      reject(new Error(`${options.method ?? "GET"} ${url}: no whole answer within ${timeoutMs} ms`));
      request.destroy();
    }, timeoutMs);
    request.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    for (const chunk of [options.body ?? []].flat()) request.write(chunk);
    request.end();
  });
}

describe("router upstream client: answers without a body, or with an unusual one", () => {
  it("takes a HEAD answer's Content-Length as announced, not sent, and keeps the connection for the next request", async () => {
    const file = "x".repeat(1000);
    const upstream = await httpUpstream((request, response) => {
      if (request.url === "/fresh") {
        response.writeHead(304, { etag: '"v1"' }).end();
        return;
      }
      if (request.url === "/nothing") {
        response.writeHead(204).end();
        return;
      }
      // To HEAD, the same head and no body.
      response.writeHead(200, { "content-length": "1000", "content-type": "text/plain" });
      response.end(request.method === "HEAD" ? undefined : file);
    });
    const router = await routeTo(upstream);
    const head = await ask(`${router.url}/file`, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.headers["content-length"]).toBe("1000");
    expect(head.body.length).toBe(0);
    const get = await ask(`${router.url}/file`);
    expect(get.status).toBe(200);
    expect(get.body.toString()).toBe(file);
    expect((await ask(`${router.url}/fresh`)).status).toBe(304);
    expect((await ask(`${router.url}/nothing`)).status).toBe(204);
    expect((await ask(`${router.url}/file`)).body.toString()).toBe(file);
    // Had the client waited for the HEAD answer's 1000 bytes, the GET would have needed a second connection.
    expect(upstream.opened()).toBe(1);
  });

  it("skips interim 1xx answers and passes the final one on, once, whether they come apart or in one piece", async () => {
    const upstream = await rawUpstream(
      eachRequest((socket, _head, index) => {
        if (index === 0) {
          socket.write("HTTP/1.1 103 Early Hints\r\nLink: </a.css>; rel=preload\r\n\r\n");
          setTimeout(() => socket.write("HTTP/1.1 200 OK\r\ncontent-length: 5\r\n\r\nhello"), 20);
        } else
          socket.write(
            "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </b.css>\r\n\r\n" +
              "HTTP/1.1 200 OK\r\ncontent-length: 5\r\nx-final: yes\r\n\r\nworld",
          );
      }),
    );
    const router = await routeTo(upstream);
    const first = await ask(`${router.url}/a`);
    expect(first.status).toBe(200);
    expect(first.body.toString()).toBe("hello");
    const second = await ask(`${router.url}/b`);
    expect(second.status).toBe(200);
    expect(second.headers["x-final"]).toBe("yes");
    expect(second.body.toString()).toBe("world");
    // Both on one connection: the parser stayed in step through the interim answers.
    expect(upstream.opened()).toBe(1);
  });

  it("ends a body without a length with the connection, whole, and opens a new connection for the next request", async () => {
    const upstream = await rawUpstream(
      eachRequest((socket, _head, index) => {
        if (index === 0) {
          socket.write("HTTP/1.1 200 OK\r\nConnection: close\r\n\r\nfirst,");
          setTimeout(() => socket.write("second,"), 20);
          setTimeout(() => socket.end("third"), 40);
        } else
          socket.end("HTTP/1.1 200 OK\r\ncontent-type: text/plain\r\n\r\nno length, no Connection header");
      }),
    );
    const router = await routeTo(upstream);
    const first = await ask(`${router.url}/one`);
    expect(first.status).toBe(200);
    expect(first.body.toString()).toBe("first,second,third");
    const second = await ask(`${router.url}/two`);
    expect(second.status).toBe(200);
    expect(second.body.toString()).toBe("no length, no Connection header");
    expect(upstream.opened()).toBe(2);
    await until(() => upstream.closed() === 2, "both connections closed");
  });

  it("reads a chunked answer cut at awkward places whole, and only then reuses the connection", async () => {
    const pieces = [
      "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n6\r\nfir",
      "st,\r\n7\r",
      "\nsecond,\r\n5\r\nthird\r\n0\r\n",
      // The end of the (empty) trailers, alone: the answer is not over before it.
      "\r\n",
    ];
    const upstream = await rawUpstream(
      eachRequest((socket, _head, index) => {
        if (index > 0) {
          socket.write("HTTP/1.1 200 OK\r\ncontent-length: 4\r\n\r\nnext");
          return;
        }
        for (const [at, piece] of pieces.entries()) setTimeout(() => socket.write(piece), at * 15);
      }),
    );
    const router = await routeTo(upstream);
    const first = await ask(`${router.url}/chunked`);
    expect(first.status).toBe(200);
    expect(first.body.toString()).toBe("first,second,third");
    expect((await ask(`${router.url}/next`)).body.toString()).toBe("next");
    expect(upstream.opened()).toBe(1);
  });
});

describe("router upstream client: what the upstream sends that is not a proper answer", () => {
  it("answers 502 with the color when the upstream's answer is not HTTP/1.1", async () => {
    const upstream = await rawUpstream((socket) => socket.write("garbage\r\n\r\n"));
    const router = await routeTo(upstream);
    const answer = await ask(`${router.url}/page`);
    expect(answer.status).toBe(502);
    expect(answer.headers["x-terrafusion-color"]).toBe("blue");
    expect(answer.body.toString()).toMatch(/upstream 127\.0\.0\.1:\d+ \(blue\): .*not HTTP\/1\.1/);
  });

  it("closes a connection on which bytes came while it was idle, and sends the next request on a new one", async () => {
    const upstream = await rawUpstream(
      eachRequest((socket, _head, index) => {
        socket.write(`HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\n${index}!`);
        if (index === 0) setTimeout(() => socket.write("HTTP/1.1 200 OK\r\n"), 20);
      }),
    );
    const router = await routeTo(upstream);
    expect((await ask(`${router.url}/one`, { method: "POST", body: "" })).body.toString()).toBe("0!");
    await until(() => upstream.closed() === 1, "the connection with stray bytes closed");
    const second = await ask(`${router.url}/two`, { method: "POST", body: "" });
    expect(second.status).toBe(200);
    expect(second.body.toString()).toBe("1!");
    expect(upstream.opened()).toBe(2);
  });

  it("does not reuse a connection whose answer said it closes, even before the upstream closes it", async () => {
    // Connection: close, and an HTTP/1.0 answer without keep-alive; each upstream connection lingers 300 ms
    // after its answer, ignoring anything more, as a server closing lazily.
    const upstream = await rawUpstream(
      eachRequest((socket, _head, index) => {
        const answer =
          index === 0
            ? "HTTP/1.1 200 OK\r\nConnection: close\r\ncontent-length: 2\r\n\r\n"
            : "HTTP/1.0 200 OK\r\ncontent-length: 2\r\n\r\n";
        socket.write(`${answer}${index}!`);
        socket.removeAllListeners("data");
        socket.on("data", () => undefined);
        setTimeout(() => socket.end(), 300);
      }),
    );
    const router = await routeTo(upstream);
    for (const [path, expected] of [
      ["/one", "0!"],
      ["/two", "1!"],
      ["/three", "2!"],
    ] as const) {
      const answer = await ask(`${router.url}${path}`, { method: "POST", body: "", timeoutMs: 2_000 });
      expect(answer.status, answer.body.toString()).toBe(200);
      expect(answer.body.toString()).toBe(expected);
    }
    expect(upstream.opened()).toBe(3);
  });

  it("does not reuse a connection on which more came than the answer announced (a Content-Length too short)", async () => {
    // "héllo" is 5 characters and 6 bytes: a Content-Length counted in characters leaves one byte over,
    // in the same write as the answer. The connection is out of step; the next request must not meet it.
    const upstream = await rawUpstream(
      eachRequest((socket, _head, index) => {
        if (index === 0) socket.write(Buffer.from("HTTP/1.1 200 OK\r\ncontent-length: 5\r\n\r\nhéllo"));
        else socket.write(`HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\n${index}!`);
      }),
    );
    const router = await routeTo(upstream);
    const first = await ask(`${router.url}/one`, { method: "POST", body: "{}" });
    expect(first.status).toBe(200);
    const second = await ask(`${router.url}/two`, { method: "POST", body: "{}" });
    expect(second.status, second.body.toString()).toBe(200);
    expect(second.body.toString()).toBe("1!");
  });
});

/** Sends the head of a POST of `total` bytes and `first` of them, then waits for its answer; the rest stays unsent. */
function postPartly(
  url: string,
  total: number,
  first: number,
): Promise<{ answer: Answer; request: http.ClientRequest }> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: "POST", agent: false, headers: { "content-length": total } });
    const timer = setTimeout(() => request.destroy(new Error("no answer within 3000 ms")), 3_000);
    request.on("error", reject);
    request.on("response", (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => {
        clearTimeout(timer);
        resolve({
          answer: {
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks),
          },
          request,
        });
      });
    });
    request.write(Buffer.alloc(first, 0x61));
  });
}

describe("router upstream client: an answer that comes before the request's body is all sent", () => {
  it("passes the early answer on and does not reuse the connection, which is mid-request", async () => {
    let posts = 0;
    const upstream = await rawUpstream((socket, head) => {
      if (head.startsWith("POST ")) {
        // Refused at its head: the body is never read, the connection stays open as far as the upstream goes.
        posts++;
        socket.write("HTTP/1.1 413 Payload Too Large\r\ncontent-length: 9\r\n\r\ntoo large");
        socket.on("data", () => undefined);
        return;
      }
      eachRequest((s) => s.write("HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\nok"))(
        socket,
        head,
        Buffer.alloc(0),
      );
    });
    const router = await routeTo(upstream);
    const { answer, request } = await postPartly(`${router.url}/upload`, 1_000_000, 64 * 1024);
    request.destroy();
    expect(answer.status).toBe(413);
    expect(answer.body.toString()).toBe("too large");
    const get = await ask(`${router.url}/after`);
    expect(get.status).toBe(200);
    expect(get.body.toString()).toBe("ok");
    expect(posts).toBe(1);
    // The POST's connection was closed by the router, the GET went on a new one.
    expect(upstream.opened()).toBe(2);
    await until(() => upstream.closed() >= 1, "the POST's connection closed");
  });

  it("leaves the client's connection usable after an early answer, even while the body was held back", async () => {
    // The upstream stops reading at the head, waits until the router has had to hold the client's body
    // back, then refuses it. The client (Node's keep-alive agent, one connection) sends its whole body and
    // its next request on the same connection: the router must read (drop) the rest of the body or close.
    const upstream = await rawUpstream((socket, head) => {
      if (head.startsWith("POST ")) {
        socket.pause();
        setTimeout(
          () => socket.write("HTTP/1.1 413 Payload Too Large\r\ncontent-length: 9\r\n\r\ntoo large"),
          300,
        );
        return;
      }
      eachRequest((s) => s.write("HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\nok"))(
        socket,
        head,
        Buffer.alloc(0),
      );
    });
    const router = await routeTo(upstream);
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    closers.push(() => agent.destroy());
    const big = Buffer.alloc(32 * 1024 * 1024, 0x61);
    const post = await ask(`${router.url}/upload`, { method: "POST", body: big, agent }).catch(
      (error: Error) => error,
    );
    // Whether the client could finish sending or the router closed on it, it has its 413 or an error
    // about the connection; the next request must then be answered.
    if (!(post instanceof Error)) expect(post.status).toBe(413);
    const get = await ask(`${router.url}/after`, { agent, timeoutMs: 2_000 });
    expect(get.status).toBe(200);
  });
});

/**
 * An upstream each of whose connections answers its first request (echoing its body) and closes under the
 * second without a word, as an upstream closing an idle connection at the moment the router reuses it.
 * `seen` gets every request it read whole: method, path and body.
 */
function closesUnderSecond(seen: string[]) {
  return rawUpstream((socket, head, rest) => {
    let onThis = 0;
    eachRequest((s, h, _index, body) => {
      seen.push(`${h.split(" ", 2).join(" ")} ${body.toString()}`.trim());
      if (onThis++ === 0) s.write(`HTTP/1.1 200 OK\r\ncontent-length: ${body.length}\r\n\r\n${body}`);
      else s.destroy();
    })(socket, head, rest);
  });
}

describe("router upstream client: keep-alive", () => {
  it("follows the upstream's Keep-Alive timeout hint, less a second, and keeps connections otherwise", async () => {
    // /hint says the upstream keeps an idle connection 1 s: less the margin, the router must not reuse it at
    // all. The upstream itself never closes: only the hint can tell the router to let the connection go.
    const upstream = await rawUpstream(
      eachRequest((socket, head) => {
        const hint = head.startsWith("GET /hint ") ? "Keep-Alive: timeout=1, max=100\r\n" : "";
        socket.write(`HTTP/1.1 200 OK\r\n${hint}content-length: 2\r\n\r\nok`);
      }),
    );
    const router = await routeTo(upstream);
    for (const path of ["/plain", "/plain", "/hint"])
      expect((await ask(`${router.url}${path}`)).status).toBe(200);
    // Without a hint the connection was kept and reused; with it, not once more.
    expect(upstream.opened()).toBe(1);
    await pause(50);
    for (const path of ["/plain", "/plain"]) expect((await ask(`${router.url}${path}`)).status).toBe(200);
    expect(upstream.opened()).toBe(2);
    // The connection given up is closed by the router, not left open until the upstream's own timeout.
    await until(() => upstream.closed() === 1, "the hinted connection closed");
  });

  it("resends an idempotent request once when its reused connection closed before any answer, never a POST", async () => {
    const seen: string[] = [];
    const upstream = await closesUnderSecond(seen);
    const router = await routeTo(upstream);
    expect((await ask(`${router.url}/warm`)).status).toBe(200);
    const get = await ask(`${router.url}/page`);
    expect(get.status).toBe(200);
    // The resend went on a new connection, which this POST reuses and which closes under it as well. It has
    // no body (Content-Length: 0): only its method forbids sending it again.
    const post = await ask(`${router.url}/pay`, { method: "POST", body: "" });
    expect(post.status).toBe(502);
    expect(post.headers["x-terrafusion-color"]).toBe("blue");
    expect(seen).toEqual(["GET /warm", "GET /page", "GET /page", "POST /pay"]);
  });

  it("resends an idempotent request that has a body with its body, or not at all", async () => {
    // A GET with a body (a search API's query): the first try read the body from the client; a resend
    // must carry the same body, or the upstream waits for bytes that never come.
    const seen: string[] = [];
    const upstream = await closesUnderSecond(seen);
    const router = await routeTo(upstream);
    expect((await ask(`${router.url}/warm`)).status).toBe(200);
    const search = await ask(`${router.url}/search`, { body: '{"query":"blue"}', timeoutMs: 2_000 });
    if (search.status === 200) {
      expect(search.body.toString()).toBe('{"query":"blue"}');
      expect(seen).toEqual(["GET /warm", 'GET /search {"query":"blue"}', 'GET /search {"query":"blue"}']);
    } else {
      expect(search.status).toBe(502);
      expect(seen).toEqual(["GET /warm", 'GET /search {"query":"blue"}']);
    }
  });
});

describe("router upstream client: bodies held back on either side", () => {
  it("passes large request bodies on byte for byte while the upstream reads slowly, with Content-Length or chunked", async () => {
    const received: Array<{ headers: http.IncomingHttpHeaders; digest: string; length: number }> = [];
    const upstream = await httpUpstream((request, response) => {
      // Not read at first: the router has to hold the client's body back until the upstream drains it.
      request.pause();
      setTimeout(() => {
        const hash = createHash("sha256");
        let length = 0;
        request.on("data", (chunk: Buffer) => {
          hash.update(chunk);
          length += chunk.length;
        });
        request.on("end", () => {
          received.push({ headers: request.headers, digest: hash.digest("hex"), length });
          response.end("stored");
        });
        request.resume();
      }, 150);
    });
    const router = await routeTo(upstream);
    const body = Buffer.alloc(8 * 1024 * 1024);
    for (let at = 0; at < body.length; at += 4) body.writeUInt32LE(Math.imul(at, 2654435761) >>> 0, at);
    const digest = createHash("sha256").update(body).digest("hex");
    const pieces = Array.from({ length: 128 }, (_, at) => body.subarray(at * 65536, (at + 1) * 65536));

    const sized = await ask(`${router.url}/sized`, { method: "PUT", body, timeoutMs: 5_000 });
    const chunked = await ask(`${router.url}/chunked`, { method: "PUT", body: pieces, timeoutMs: 5_000 });
    expect([sized.status, chunked.status]).toEqual([200, 200]);
    expect(received.map(({ digest, length }) => ({ digest, length }))).toEqual([
      { digest, length: body.length },
      { digest, length: body.length },
    ]);
    expect(received[0]!.headers["content-length"]).toBe(String(body.length));
    expect(received[0]!.headers["transfer-encoding"]).toBeUndefined();
    expect(received[1]!.headers["transfer-encoding"]).toBe("chunked");
    expect(received[1]!.headers["content-length"]).toBeUndefined();
  });

  it("closes the upstream's connection when the client leaves in the middle of a long answer", async () => {
    let closed = false;
    const upstream = await httpUpstream((_request, response) => {
      response.writeHead(200, { "content-type": "application/octet-stream" });
      const piece = Buffer.alloc(64 * 1024, 0x62);
      // An answer of up to 5 s, a piece every 10 ms, that only the router closing the connection cuts short.
      const timer = setInterval(() => response.write(piece), 10);
      const last = setTimeout(() => {
        clearInterval(timer);
        response.end();
      }, 5_000);
      response.on("close", () => {
        clearInterval(timer);
        clearTimeout(last);
        closed = true;
      });
    });
    const router = await routeTo(upstream);
    const left = new Promise<void>((resolve, reject) => {
      const request = http.get(`${router.url}/stream`, { agent: false }, (response) => {
        let read = 0;
        response.on("data", (chunk: Buffer) => {
          read += chunk.length;
          if (read < 256 * 1024 || response.isPaused()) return;
          // Stops reading (the router must hold the upstream back), then leaves.
          response.pause();
          setTimeout(() => {
            request.destroy();
            resolve();
          }, 100);
        });
      });
      request.on("error", (error) => {
        if (!request.destroyed) reject(error);
      });
    });
    await within(left, 3_000, "the first 256 KiB of the answer");
    // Not held open for nobody until the answer ends (5 s) or the silent-answer deadline (5 min).
    await until(() => closed, "the upstream's answer cut short", 1_000);
    await until(() => router.pools.blue.upstreams[0]!.inFlight === 0, "nothing in flight");
    expect(upstream.closed()).toBe(1);
  });

  it("keeps reading a connection it held back for a slow client once the answer is over", async () => {
    const size = 8 * 1024 * 1024;
    const upstream = await rawUpstream(
      eachRequest((socket, _head, index) => {
        if (index > 0) {
          socket.write(`HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\n${index}!`);
          return;
        }
        // A large answer, then stray bytes on the idle connection soon after it went out: the router must
        // see them (and drop the connection) although a slow client had it stop reading.
        socket.write(`HTTP/1.1 200 OK\r\ncontent-length: ${size}\r\n\r\n`);
        socket.write(Buffer.alloc(size, 0x63), () =>
          setTimeout(() => socket.write("HTTP/1.1 200 OK\r\n"), 50),
        );
      }),
    );
    const router = await routeTo(upstream);
    // The client reads in small sips: the router holds the upstream back, up to the answer's last bytes.
    const sipped = new Promise<number>((resolve, reject) => {
      const request = http.get(`${router.url}/big`, { agent: false }, (response) => {
        let length = 0;
        response.on("data", (chunk: Buffer) => {
          length += chunk.length;
          response.pause();
          setTimeout(() => response.resume(), 2);
        });
        response.on("end", () => resolve(length));
      });
      request.on("error", reject);
    });
    expect(await within(sipped, 5_000, "the large answer")).toBe(size);
    await until(() => upstream.closed() === 1, "the connection with stray bytes closed");
    const post = await ask(`${router.url}/after`, { method: "POST", body: "" });
    expect(post.status, post.body.toString()).toBe(200);
    expect(post.body.toString()).toBe("1!");
  });
});

/** A handler that writes down what the client told it, in order, into `log` (shared to see the order across exchanges). */
function recorder(name: string, log: string[] = []) {
  const chunks: Buffer[] = [];
  let settle: () => void = () => undefined;
  const settled = new Promise<void>((resolve) => {
    settle = resolve;
  });
  const handler: ExchangeHandler = {
    onConnected: (_exchange, reused) => log.push(`${name} connected${reused ? " (reused)" : ""}`),
    onHead: (status) => log.push(`${name} head ${status}`),
    onData: (chunk) => chunks.push(chunk),
    onEnd: () => {
      log.push(`${name} end`);
      settle();
    },
    onError: (error, connected) => {
      log.push(`${name} error ${error.code} ${connected ? "connected" : "not connected"}`);
      settle();
    },
  };
  return { handler, log, settled, body: () => Buffer.concat(chunks).toString() };
}

const GET = { head: "GET / HTTP/1.1\r\nhost: x\r\n\r\n", method: "GET" };

describe("UpstreamClient on its own", () => {
  const clients: UpstreamClient[] = [];
  afterEach(() => {
    for (const client of clients.splice(0)) client.destroy();
  });

  function clientFor(port: number, options: Partial<ConstructorParameters<typeof UpstreamClient>[1]> = {}) {
    const client = new UpstreamClient(new URL(`http://127.0.0.1:${port}`), {
      connections: 2,
      connectTimeoutMs: 1_000,
      keepAliveMs: 4_000,
      ...options,
    });
    clients.push(client);
    return client;
  }

  it("fails an exchange whose upstream stays silent past idleAnswerMs with TIMEOUT, connected", async () => {
    const port = await listen(net.createServer((socket) => socket.on("data", () => undefined)));
    const client = clientFor(port, { idleAnswerMs: 300 });
    const exchange = recorder("get");
    client.dispatch(GET, exchange.handler);
    // The deadline is checked once a second: at the first check after 300 ms of silence.
    await within(exchange.settled, 2_500, "the silent answer's failure");
    expect(exchange.log).toEqual(["get connected", "get error TIMEOUT connected"]);
  });

  it("lets an answer that keeps coming take longer than idleAnswerMs: the deadline is for silence", async () => {
    const body = "slow but steady";
    const port = await listen(
      net.createServer((socket) => {
        socket.once("data", () => {
          socket.write(`HTTP/1.1 200 OK\r\ncontent-length: ${body.length}\r\n\r\n`);
          // One byte every 80 ms: 1.2 s in all, past the check a second after the client started.
          for (const [at, byte] of [...body].entries()) setTimeout(() => socket.write(byte), 80 * (at + 1));
        });
      }),
    );
    const client = clientFor(port, { idleAnswerMs: 600 });
    const exchange = recorder("get");
    client.dispatch(GET, exchange.handler);
    await within(exchange.settled, 3_000, "the slow answer");
    expect(exchange.log).toEqual(["get connected", "get head 200", "get end"]);
    expect(exchange.body()).toBe(body);
  });

  it("closes a connection left idle past keepAliveMs by itself, with no request to find it expired", async () => {
    // Node's server would keep it 5 s: within the test, only the client can close it.
    const upstream = await httpUpstream((_request, response) => response.end("ok"));
    const client = clientFor(upstream.port, { keepAliveMs: 200 });
    const exchange = recorder("get");
    client.dispatch(GET, exchange.handler);
    await within(exchange.settled, 1_000, "the answer");
    expect(exchange.log).toEqual(["get connected", "get head 200", "get end"]);
    expect(upstream.closed()).toBe(0);
    // Checked once a second: closed at the first check past 200 ms of rest.
    await until(() => upstream.closed() === 1, "the idle connection closed", 2_500);
  });

  it("holds requests beyond its connection limit until a connection is free, and sends them on it", async () => {
    let open = 0;
    let most = 0;
    const upstream = await httpUpstream((request, response) => {
      open++;
      most = Math.max(most, open);
      setTimeout(() => {
        open--;
        response.end(`answer to ${request.url}`);
      }, 150);
    });
    const client = clientFor(upstream.port, { connections: 1 });
    const log: string[] = [];
    const first = recorder("first", log);
    const second = recorder("second", log);
    client.dispatch({ head: "GET /1 HTTP/1.1\r\nhost: x\r\n\r\n", method: "GET" }, first.handler);
    client.dispatch({ head: "GET /2 HTTP/1.1\r\nhost: x\r\n\r\n", method: "GET" }, second.handler);
    await within(Promise.all([first.settled, second.settled]), 2_000, "both answers");
    expect(log).toEqual([
      "first connected",
      "first head 200",
      "first end",
      "second connected (reused)",
      "second head 200",
      "second end",
    ]);
    expect([first.body(), second.body()]).toEqual(["answer to /1", "answer to /2"]);
    expect(most).toBe(1);
    expect(upstream.opened()).toBe(1);
  });

  it("reports a refused connection as not connected, with the system's code, and leaves the body unread", async () => {
    const server = net.createServer();
    const port = await listen(server);
    await new Promise<void>((resolve) => server.close(() => resolve()));
    const client = clientFor(port);
    const exchange = recorder("post");
    const body = new PassThrough();
    body.end("payload for a sibling");
    client.dispatch(
      { head: "POST / HTTP/1.1\r\nhost: x\r\ncontent-length: 21\r\n\r\n", method: "POST", body },
      exchange.handler,
    );
    await within(exchange.settled, 2_000, "the refusal");
    expect(exchange.log).toEqual(["post error ECONNREFUSED not connected"]);
    expect(String(body.read())).toBe("payload for a sibling");
  });

  it("fails what is under way and what waits when destroyed, and anything dispatched after", async () => {
    const port = await listen(net.createServer((socket) => socket.on("data", () => undefined)));
    const client = clientFor(port, { connections: 1 });
    const log: string[] = [];
    const under = recorder("under way", log);
    const waiting = recorder("waiting", log);
    client.dispatch(GET, under.handler);
    client.dispatch(GET, waiting.handler);
    await until(() => log.includes("under way connected"), "the first connection");
    client.destroy();
    const late = recorder("late", log);
    client.dispatch(GET, late.handler);
    await within(Promise.all([under.settled, waiting.settled, late.settled]), 1_000, "every failure");
    expect(log.sort()).toEqual([
      "late error CLOSED not connected",
      "under way connected",
      "under way error CLOSED connected",
      "waiting error CLOSED not connected",
    ]);
  });
});

describe("UpstreamClient beside another user of http-parser-js", () => {
  it("reads answers when the process switched the parser to Node's order of arguments (HTTPParser.kOnExecute read)", async () => {
    // In a child process: the switch is for the whole process, and autocannon in this one needs the default.
    const script = `
      import http from "node:http";
      import { createRequire } from "node:module";
      const { HTTPParser } = createRequire(import.meta.url)("http-parser-js");
      void HTTPParser.kOnExecute;
      const { UpstreamClient } = await import(${JSON.stringify(new URL("../../src/router/upstream-client.ts", import.meta.url).pathname)});
      const server = http.createServer((request, response) => response.end("answered " + request.url));
      await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
      const client = new UpstreamClient(new URL("http://127.0.0.1:" + server.address().port), { connections: 1, connectTimeoutMs: 1000, keepAliveMs: 4000 });
      const body = [];
      client.dispatch({ head: "GET /twice HTTP/1.1\\r\\nhost: x\\r\\n\\r\\n", method: "GET" }, {
        onConnected() {}, onHead(status) { body.push(String(status), " "); }, onData(chunk) { body.push(String(chunk)); },
        onEnd() { console.log(body.join("")); client.destroy(); server.close(); },
        onError(error) { console.log("error " + error.message); client.destroy(); server.close(); },
      });`;
    const { execFile } = await import("node:child_process");
    const output = await new Promise<string>((resolve, reject) =>
      execFile(
        process.execPath,
        ["--import", "tsx", "--input-type=module", "-e", script],
        { cwd: new URL("../..", import.meta.url).pathname, timeout: 20_000 },
        (error, stdout, stderr) =>
          error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(stdout),
      ),
    );
    expect(output.trim()).toBe("200 answered /twice");
  });
});
