// The app server reads a delivery's body only when it declares a length within GitHub's 25 MB: a
// 400 MB POST with a wrong signature once took the app from 156 MB to 4.4 GB before the signature
// was even checked.
import { createHmac, generateKeyPairSync } from "node:crypto";
import type { Server } from "node:http";
import { connect } from "node:net";
import { createProbot } from "probot";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { refuseBody, startAppServer, WEBHOOK_BODY_LIMIT } from "../../app/server.ts";

const SECRET = "body-test-secret";
let server: Server;
let port: number;
let pings = 0;

beforeAll(async () => {
  const privateKey = String(
    generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ type: "pkcs1", format: "pem" }),
  );
  const probot = createProbot({
    env: { APP_ID: "1", WEBHOOK_SECRET: SECRET, LOG_LEVEL: "fatal" },
    overrides: { privateKey },
  });
  server = await startAppServer({
    probot,
    app: (app) => {
      app.on("ping", async () => {
        pings++;
      });
    },
    port: 0,
    host: "127.0.0.1",
  });
  port = (server.address() as { port: number }).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** Sends only a request head and returns the status line the server answers with, without sending a body. */
function headOnly(headers: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1", () => {
      socket.write(`POST /api/github/webhooks HTTP/1.1\r\nHost: 127.0.0.1\r\n${headers}\r\n`);
    });
    let answer = "";
    socket.on("data", (chunk) => {
      answer += chunk;
      if (answer.includes("\r\n")) {
        socket.destroy();
        resolve(answer.split("\r\n")[0]!);
      }
    });
    socket.on("error", reject);
    socket.setTimeout(5_000, () => {
      socket.destroy();
      reject(
        new Error(`no answer to a head alone; the server waits for the body (${JSON.stringify(answer)})`),
      );
    });
  });
}

describe("the app server's webhook endpoint", () => {
  it("refuses a 400 MB body on its head alone, before reading any of it", async () => {
    expect(
      await headOnly(
        `Content-Type: application/json\r\nX-GitHub-Event: ping\r\nX-Hub-Signature-256: sha256=${"0".repeat(64)}\r\nContent-Length: ${400 * 1024 * 1024}\r\n`,
      ),
    ).toBe("HTTP/1.1 413 Payload Too Large");
  });

  it("refuses a chunked body it could only measure by reading (411)", async () => {
    expect(await headOnly("Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n")).toBe(
      "HTTP/1.1 411 Length Required",
    );
  });

  it("still takes a signed delivery within the limit", async () => {
    const body = JSON.stringify({ zen: "Design for failure.", hook_id: 1 });
    const response = await fetch(`http://127.0.0.1:${port}/api/github/webhooks`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-github-event": "ping",
        "x-github-delivery": "body-test",
        "x-hub-signature-256": `sha256=${createHmac("sha256", SECRET).update(body).digest("hex")}`,
      },
      body,
    });
    expect(response.status).toBe(200);
    expect(pings).toBe(1);
  });

  it("the limit is GitHub's 25 MB, and a bad length is refused", () => {
    expect(WEBHOOK_BODY_LIMIT).toBe(25 * 1024 * 1024);
    const post = (length?: string) => ({
      method: "POST",
      headers: length === undefined ? {} : { "content-length": length },
    });
    expect(refuseBody(post(String(WEBHOOK_BODY_LIMIT)))).toBeUndefined();
    expect(refuseBody(post(String(WEBHOOK_BODY_LIMIT + 1)))?.status).toBe(413);
    expect(refuseBody(post("12abc"))?.status).toBe(400);
    expect(refuseBody({ method: "GET", headers: {} })).toBeUndefined();
  });
});
