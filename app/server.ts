/**
 * The app's HTTP server: probot's webhook middleware behind a guard that refuses what no delivery from
 * GitHub looks like before a byte of its body is read. Anyone can reach this port; a body is buffered
 * (to check its signature) only when it declares a length within GitHub's own 25 MB limit, and a client
 * gets a bounded time to send it.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { ApplicationFunction, Probot } from "probot";
import { createNodeMiddleware } from "probot";

/** GitHub caps webhook payloads at 25 MB and sends larger events without their payload. */
export const WEBHOOK_BODY_LIMIT = 25 * 1024 * 1024;

export interface AppServerOptions {
  probot: Probot;
  app: ApplicationFunction;
  port: number;
  host: string;
  webhookPath?: string;
  bodyLimit?: number;
}

/** Refuses a request before its body is read; undefined when it may go on. */
export function refuseBody(
  request: Pick<IncomingMessage, "method" | "headers">,
  limit = WEBHOOK_BODY_LIMIT,
): { status: number; message: string } | undefined {
  if (request.method !== "POST" && request.method !== "PUT" && request.method !== "PATCH") return undefined;
  const declared = request.headers["content-length"];
  // GitHub always sends a length; a chunked body could only be counted by reading it.
  if (declared === undefined) return { status: 411, message: "a Content-Length is required" };
  if (!/^\d+$/.test(declared)) return { status: 400, message: "Content-Length is not a number" };
  if (Number(declared) > limit)
    return { status: 413, message: `the body is larger than ${Math.round(limit / 1024 / 1024)} MB` };
  return undefined;
}

export async function startAppServer(options: AppServerOptions): Promise<Server> {
  const middleware = await createNodeMiddleware(options.app, {
    probot: options.probot,
    ...(options.webhookPath ? { webhooksPath: options.webhookPath } : {}),
  });
  const server = createServer(async (request: IncomingMessage, response: ServerResponse) => {
    const refused = refuseBody(request, options.bodyLimit);
    if (refused) {
      // Close the connection: whatever body follows is never read.
      response
        .writeHead(refused.status, { "content-type": "text/plain", connection: "close" })
        .end(`${refused.message}\n`);
      request.destroy();
      return;
    }
    if (request.method === "GET" && request.url === "/ping") {
      response.writeHead(200, { "content-type": "text/plain" }).end("PONG");
      return;
    }
    await middleware(request, response, () => {
      response.writeHead(404, { "content-type": "text/plain" }).end("Not Found\n");
    });
  });
  // A client that sends its headers or its body slowly holds a socket and memory: bound both.
  server.headersTimeout = 10_000;
  server.requestTimeout = 60_000;
  server.maxHeadersCount = 200;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : options.port;
  options.probot.log.info(`Listening on http://${options.host}:${port}`);
  return server;
}
