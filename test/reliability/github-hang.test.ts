// A hanging GitHub: accepting connections and never answering, one installation's token request once held
// every other installation's for 300 s (undici's default), and events that kept arriving queued in memory.
// The real app server (probot's webhook middleware behind app/server.ts), with GitHub's API a loopback
// stand-in (github-stand-in.ts) that hangs installation A's token request and answers installation B.
// Timing-sensitive: in the `timing` list of vitest.config.ts.
import { createHmac, generateKeyPairSync } from "node:crypto";
import type { Server } from "node:http";
import { Writable } from "node:stream";
import examples from "@octokit/webhooks-examples";
import pino from "pino";
import { createProbot } from "probot";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { terrafusionServer } from "../../app/index.ts";
import { startAppServer } from "../../app/server.ts";
import { queuedRequests, terrafusionOctokit, tokenOctokit } from "../../src/github/octokit.ts";
import { GitHubStandIn } from "./github-stand-in.ts";

const A = 1001;
const B = 2002;
const SECRET = "hang-test-secret";
/** Short on purpose (production: 20 s, 60 s, 100): a retry waits 50 ms, 200 ms, 450 ms. */
const LIMITS = {
  timeoutMs: 1_500,
  budgetMs: 5_000,
  retries: 3,
  retryAfterBaseMs: 50,
  queueLimit: 5,
  writeSpacingMs: 0,
  notificationSpacingMs: 0,
};

interface LogLine {
  level: number;
  msg: string;
  delivery?: string;
  at: number;
}
const logs: LogLine[] = [];
const errorOf = (delivery: string) => logs.find((line) => line.delivery === delivery && line.level >= 50);

const standIn = new GitHubStandIn((request) => {
  if (request.installation === A) return "hang";
  if (request.path.startsWith("/repos/hang/")) return "hang";
  if (request.path.startsWith("/repos/stall/")) return "stall-body";
  return "answer";
});
const Octokit = terrafusionOctokit(LIMITS);
let githubUrl: string;
let server: Server;
let appUrl: string;

beforeAll(async () => {
  githubUrl = await standIn.listen();
  const privateKey = String(
    generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ type: "pkcs1", format: "pem" }),
  );
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split("\n").filter(Boolean))
        logs.push({ ...(JSON.parse(line) as Omit<LogLine, "at">), at: Date.now() });
      done();
    },
  });
  const probot = createProbot({
    env: { APP_ID: "4242", WEBHOOK_SECRET: SECRET, LOG_LEVEL: "info" },
    overrides: { privateKey, baseUrl: githubUrl, Octokit, log: pino({ level: "info" }, sink) },
  });
  server = await startAppServer({ probot, app: terrafusionServer, port: 0, host: "127.0.0.1" });
  appUrl = `http://127.0.0.1:${(server.address() as { port: number }).port}/api/github/webhooks`;
});

afterAll(async () => {
  server?.closeAllConnections();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  await standIn.close();
  expect(standIn.unknownRoutes).toEqual([]);
});

const opened = (examples as unknown as { name: string; examples: Record<string, unknown>[] }[])
  .find((group) => group.name === "pull_request")!
  .examples.find((example) => example.action === "opened")!;

/** A signed pull_request.opened delivery, GitHub's own example with the installation set; resolves to the HTTP status. */
async function deliver(installation: number, delivery: string): Promise<number> {
  const body = JSON.stringify({ ...structuredClone(opened), installation: { id: installation } });
  const response = await fetch(appUrl, {
    method: "POST",
    body,
    headers: {
      "content-type": "application/json",
      "x-github-event": "pull_request",
      "x-github-delivery": delivery,
      "x-hub-signature-256": `sha256=${createHmac("sha256", SECRET).update(body).digest("hex")}`,
    },
    signal: AbortSignal.timeout(20_000),
  });
  await response.text();
  return response.status;
}

/** Polls until `check` gives a value, for at most `withinMs`. */
async function until<T>(what: string, check: () => T | undefined | false, withinMs: number): Promise<T> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    const value = check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${withinMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe("the app while GitHub hangs for one installation", () => {
  const pending: Promise<number>[] = [];

  it("writes installation B's check run within seconds while A's token request hangs", async () => {
    pending.push(deliver(A, "a-1"));
    const firstA = await until("A's token request at the stand-in", () => standIn.tokenRequests(A)[0], 5_000);
    const sentB = Date.now();
    const statusB = await deliver(B, "b-1");
    const run = await until("B's check run at the stand-in", () => standIn.checkRuns(B)[0], 5_000);
    expect(statusB).toBe(200);
    // Before: B's token request waited in the one queue shared by all installations, behind A's, for 300 s.
    expect(run.at - sentB).toBeLessThan(3_000);
    // Not even one of A's timeouts: B was served while A's first token request still hung.
    expect(run.at).toBeLessThan(firstA.at + LIMITS.timeoutMs);
    expect(firstA.abandonedAt).toBeUndefined();
  });

  it("abandons A's token request after the timeout, retries it within the budget, then logs the failure", async () => {
    const failure = await until("A's failure in the log", () => errorOf("a-1"), LIMITS.budgetMs + 5_000);
    const tokens = standIn.tokenRequests(A);
    // Retried, but not the 4 attempts `retries: 3` allows: the fourth would end after the 5 s budget.
    expect(tokens.length).toBeGreaterThanOrEqual(2);
    expect(tokens.length).toBeLessThanOrEqual(LIMITS.retries);
    for (const token of tokens) {
      const abandoned = await until("the client closing A's token request", () => token.abandonedAt, 3_000);
      expect(abandoned - token.at).toBeGreaterThanOrEqual(LIMITS.timeoutMs - 50);
      expect(abandoned - token.at).toBeLessThan(LIMITS.timeoutMs + 1_500);
    }
    expect(failure.at - tokens[0]!.at).toBeLessThan(LIMITS.budgetMs + 1_500);
    expect(failure.msg).toMatch(
      new RegExp(
        `^review: GitHub did not answer POST ${githubUrl}/app/installations/${A}/access_tokens within 1.5s \\(TERRAFUSION_GITHUB_TIMEOUT\\); POST /graphql gave up after ${tokens.length} attempts in [\\d.]+s \\(TERRAFUSION_GITHUB_BUDGET is 5s\\)$`,
      ),
    );
    expect(await Promise.all(pending.splice(0))).toEqual([200]);
  });

  it("keeps A's queue within its bound under a flood of deliveries, refusing the excess with a clear error", async () => {
    const flood = 40;
    let peak = 0;
    const sampler = setInterval(() => {
      // The fullest of A's queues (each is bounded: requests, tokens, writes, …).
      peak = Math.max(peak, ...Object.values(queuedRequests(Octokit, A) ?? {}));
    }, 5);
    try {
      for (let i = 0; i < flood; i++) pending.push(deliver(A, `flood-${i}`));
      // B is served in the middle of it.
      const before = standIn.checkRuns(B).length;
      const sentB = Date.now();
      await deliver(B, "b-2");
      const run = await until("B's second check run", () => standIn.checkRuns(B)[before], 5_000);
      expect(run.at - sentB).toBeLessThan(3_000);
      // Every delivery for A ends, refused at once or given up within the budget: none waits for good.
      const failures = await until(
        "a logged failure for every delivery of the flood",
        () => {
          const found = logs.filter((line) => line.delivery?.startsWith("flood-") && line.level >= 50);
          return found.length >= flood && found;
        },
        LIMITS.budgetMs + 10_000,
      );
      const refused = failures.filter((line) =>
        /^review: GitHub: installation 1001 already has 5 requests waiting \(GitHub is slow or not answering\): POST \/graphql was not sent \(TERRAFUSION_GITHUB_QUEUE\)$/.test(
          line.msg,
        ),
      );
      expect(refused.length).toBeGreaterThan(0);
    } finally {
      clearInterval(sampler);
    }
    expect(peak).toBeGreaterThan(0);
    expect(peak).toBeLessThanOrEqual(LIMITS.queueLimit);
    expect(Object.values(queuedRequests(Octokit, A) ?? {}).every((queued) => queued === 0)).toBe(true);
    expect((await Promise.all(pending.splice(0))).every((status) => status === 200 || status === 202)).toBe(
      true,
    );
  });
});

describe("the CLI's GitHub (tokenOctokit)", () => {
  const env = () => ({
    GITHUB_API_URL: githubUrl,
    TERRAFUSION_GITHUB_TIMEOUT: "300ms",
    TERRAFUSION_GITHUB_BUDGET: "2s",
  });

  it("gives up on an answer that never comes, retrying within TERRAFUSION_GITHUB_BUDGET", async () => {
    const octokit = tokenOctokit("ghp_cli", env(), { retryAfterBaseMs: 50 });
    const started = Date.now();
    await expect(octokit.rest.repos.get({ owner: "hang", repo: "forever" })).rejects.toThrow(
      /^GitHub did not answer GET http:\/\/127\.0\.0\.1:\d+\/repos\/hang\/forever within 0\.3s \(TERRAFUSION_GITHUB_TIMEOUT\); GET \/repos\/\{owner\}\/\{repo\} gave up after \d attempts in [\d.]+s \(TERRAFUSION_GITHUB_BUDGET is 2s\)$/,
    );
    expect(Date.now() - started).toBeLessThan(2_000 + 1_000);
    expect(standIn.seen.filter((request) => request.path === "/repos/hang/forever").length).toBeGreaterThan(
      1,
    );
  });

  it("refuses a timeout of 0 and a budget shorter than the timeout, naming the variable", () => {
    expect(() => tokenOctokit("ghp_cli", { TERRAFUSION_GITHUB_TIMEOUT: "0s" })).toThrow(
      "TERRAFUSION_GITHUB_TIMEOUT=0s: expected a duration longer than 0, such as 500ms, 20s or 1m",
    );
    expect(() =>
      tokenOctokit("ghp_cli", { TERRAFUSION_GITHUB_TIMEOUT: "30s", TERRAFUSION_GITHUB_BUDGET: "10s" }),
    ).toThrow("TERRAFUSION_GITHUB_BUDGET is shorter than TERRAFUSION_GITHUB_TIMEOUT");
    expect(() => tokenOctokit("ghp_cli", { TERRAFUSION_GITHUB_QUEUE: "none" })).toThrow(
      "TERRAFUSION_GITHUB_QUEUE=none: expected a whole number of requests, 1 or more",
    );
  });

  it("gives up on an answer whose body stops coming", async () => {
    const octokit = tokenOctokit("ghp_cli", env(), { retries: 0 });
    const started = Date.now();
    await expect(octokit.rest.repos.get({ owner: "stall", repo: "body" })).rejects.toThrow(
      /^GitHub did not answer GET http:\/\/127\.0\.0\.1:\d+\/repos\/stall\/body within 0\.3s/,
    );
    expect(Date.now() - started).toBeLessThan(1_500);
  });
});
