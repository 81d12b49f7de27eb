import http from "node:http";

export interface Seen {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface EchoUpstream {
  name: string;
  address: string;
  /** Every request it read (health checks left out), in order. */
  seen: Seen[];
  /** Stops listening and closes its connections: new connections are refused, as after a crash. */
  close(): Promise<void>;
  /** Listens again on the same port. */
  reopen(): Promise<void>;
}

/**
 * An in-process upstream on 127.0.0.1 that answers 200 with what it received (JSON: name, method, body,
 * headers), plus `responseHeaders`. With `dropPosts` it reads a POST whole and then drops the connection
 * without an answer: the request was delivered, so it must not be sent anywhere else.
 */
export async function echoUpstream(
  name: string,
  options: { responseHeaders?: http.OutgoingHttpHeaders; dropPosts?: boolean } = {},
): Promise<EchoUpstream> {
  const seen: Seen[] = [];
  const server = http.createServer((request, response) => {
    if (request.url === "/healthz") {
      response.writeHead(200).end("ok");
      return;
    }
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const entry = {
        method: request.method ?? "",
        url: request.url ?? "",
        headers: request.headers,
        body: Buffer.concat(chunks).toString("utf8"),
      };
      seen.push(entry);
      if (options.dropPosts && request.method === "POST") {
        request.socket.destroy();
        return;
      }
      response.writeHead(200, { "content-type": "application/json", ...options.responseHeaders });
      response.end(JSON.stringify({ name, ...entry }));
    });
  });
  await listen(server, 0);
  const { port } = server.address() as { port: number };
  return {
    name,
    address: `127.0.0.1:${port}`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
    reopen: () => listen(server, port),
  };
}

function listen(server: http.Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
}

export interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/**
 * One request over a fresh connection with node:http, which (unlike fetch) lets a test send the headers a
 * browser may not: Connection, Keep-Alive, TE, Upgrade, Transfer-Encoding.
 */
export function send(
  url: string,
  options: { method?: string; headers?: http.OutgoingHttpHeaders; body?: string | string[] } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      { method: options.method ?? "GET", headers: options.headers, agent: false, timeout: 10_000 },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks).toString("utf8"),
          }),
        );
        response.on("error", reject);
      },
    );
    request.on("timeout", () => request.destroy(new Error("no answer within 10 s")));
    request.on("error", reject);
    // An array is written chunk by chunk: with Transfer-Encoding: chunked, one chunk each.
    for (const chunk of [options.body ?? []].flat()) request.write(chunk);
    request.end();
  });
}
