import http from "node:http";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { untrustedEnv } from "../../src/core/untrusted-env.ts";
import { Notifier, type PromotionNotice, slackBody } from "../../src/notify/index.ts";

// A loopback receiver stands where Slack's incoming webhook or a team's JSON webhook would be. It answers
// from a script (status codes, a hang) and records what it got.
interface Received {
  path: string;
  headers: http.IncomingHttpHeaders;
  body: Record<string, unknown>;
}

let server: http.Server;
let base: string;
let received: Received[];
let answers: (number | "hang")[];

beforeEach(async () => {
  received = [];
  answers = [];
  server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      received.push({
        path: request.url ?? "",
        headers: request.headers,
        body: JSON.parse(Buffer.concat(chunks).toString("utf8")),
      });
      const answer = answers.shift() ?? 200;
      if (answer === "hang") return;
      response.writeHead(answer, answer === 429 ? { "retry-after": "0" } : {});
      response.end(answer === 200 ? "ok" : "no");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterEach(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const notice = (overrides: Partial<PromotionNotice> = {}): PromotionNotice => ({
  event: "rolled-back",
  environment: "production",
  repository: "acme/shop",
  sha: "0123456789abcdef",
  version: "v3",
  promoter: "alice",
  from: "blue",
  to: "green",
  reason: "error-rate: 2 failed measurements > failure-limit 1",
  url: "https://github.com/acme/shop/deployments",
  at: Date.UTC(2026, 0, 2, 3, 4, 5),
  ...overrides,
});

// Short waits, with room for a busy machine's first request.
const quick = { backoffMs: 20, timeoutMs: 1_500, deadlineMs: 8_000 };

describe("notifications to a loopback receiver", () => {
  it("posts a Slack-compatible body and a generic JSON body, with URLs from the operator's environment only", async () => {
    const warnings: string[] = [];
    const notifier = Notifier.fromPolicy(
      [
        { slack: { "url-env": "TERRAFUSION_SLACK_WEBHOOK_URL" } },
        { webhook: { "url-env": "TERRAFUSION_OPS_WEBHOOK_URL" }, events: ["rolled-back", "succeeded"] },
        { webhook: { "url-env": "TERRAFUSION_UNSET_WEBHOOK_URL" } },
      ],
      {
        TERRAFUSION_SLACK_WEBHOOK_URL: `${base}/services/T000/B000/secret-part`,
        TERRAFUSION_OPS_WEBHOOK_URL: `${base}/hooks/ops`,
      },
      { ...quick, warn: (line) => warnings.push(line) },
    );
    expect(warnings).toEqual([
      "notifications: TERRAFUSION_UNSET_WEBHOOK_URL is not set in this process's environment; webhook notifications are skipped",
    ]);

    const outcomes = await notifier.notify(notice());
    expect(outcomes.map((o) => [o.variable, o.delivered, o.attempts])).toEqual([
      ["TERRAFUSION_SLACK_WEBHOOK_URL", true, 1],
      ["TERRAFUSION_OPS_WEBHOOK_URL", true, 1],
    ]);
    const slack = received.find((r) => r.path.startsWith("/services/"))!;
    expect(slack.headers["content-type"]).toBe("application/json");
    expect(slack.body.text).toBe(
      "acme/shop production: promotion rolled back (v3, 0123456, blue → green, by @alice) — error-rate: 2 failed measurements &gt; failure-limit 1",
    );
    expect(slack.body.blocks).toEqual([
      {
        type: "section",
        text: {
          type: "mrkdwn",
          text: ":rotating_light: *acme/shop production: promotion rolled back (v3, 0123456, blue → green, by @alice)*\nerror-rate: 2 failed measurements &gt; failure-limit 1\n<https://github.com/acme/shop/deployments|details>",
        },
      },
    ]);
    const generic = received.find((r) => r.path === "/hooks/ops")!;
    expect(generic.body).toEqual({
      "notice-format": 1,
      event: "rolled-back",
      environment: "production",
      repository: "acme/shop",
      sha: "0123456789abcdef",
      version: "v3",
      promoter: "alice",
      from: "blue",
      to: "green",
      reason: "error-rate: 2 failed measurements > failure-limit 1",
      url: "https://github.com/acme/shop/deployments",
      at: "2026-01-02T03:04:05.000Z",
      summary:
        "acme/shop production: promotion rolled back (v3, 0123456, blue → green, by @alice) — error-rate: 2 failed measurements > failure-limit 1",
    });

    // The generic webhook asked only for rolled-back and succeeded.
    received = [];
    await notifier.notify(notice({ event: "step", step: "set-weight 25", weight: 25, reason: undefined }));
    expect(received.map((r) => r.path)).toEqual(["/services/T000/B000/secret-part"]);
    expect(received[0]!.body.text).toBe(
      "acme/shop production: promotion step done (v3, 0123456, blue → green, by @alice) — set-weight 25 · 25 % of traffic on green",
    );
  });

  it("retries a 5xx, a 429 and a hang with backoff, and stops on a 4xx that will not change", async () => {
    const notifier = new Notifier(
      [
        {
          kind: "webhook",
          variable: "TERRAFUSION_X_WEBHOOK_URL",
          url: new URL(`${base}/h`),
          events: ["started"],
        },
      ],
      quick,
    );
    answers = [500, 429, "hang", 200];
    const [delivered] = await notifier.notify(notice({ event: "started" }));
    expect(delivered).toMatchObject({ delivered: true, attempts: 4 });
    expect(received).toHaveLength(4);

    received = [];
    answers = [404, 200];
    const warnings: string[] = [];
    const gone = new Notifier(
      [
        {
          kind: "slack",
          variable: "TERRAFUSION_SLACK_WEBHOOK_URL",
          url: new URL(`${base}/services/secret`),
          events: ["started"],
        },
      ],
      { ...quick, warn: (line) => warnings.push(line) },
    );
    const [refused] = await gone.notify(notice({ event: "started" }));
    expect(refused).toMatchObject({ delivered: false, attempts: 1 });
    expect(received).toHaveLength(1);
    // The log names the variable and the origin, never the URL's secret path.
    expect(warnings).toEqual([
      `notifications: the started notice to TERRAFUSION_SLACK_WEBHOOK_URL (slack) was not delivered after 1 attempt: ${base} answered 404`,
    ]);
  });

  it("never rejects and never outlives its deadline when the receiver is gone", async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    const warnings: string[] = [];
    const notifier = new Notifier(
      [
        {
          kind: "webhook",
          variable: "TERRAFUSION_X_WEBHOOK_URL",
          url: new URL(`${base}/secret`),
          events: ["succeeded"],
        },
      ],
      { attempts: 10, backoffMs: 50, timeoutMs: 200, deadlineMs: 600, warn: (line) => warnings.push(line) },
    );
    // Fire and forget, as the promotion does: nothing to await on its path.
    void notifier.notify(notice({ event: "succeeded" }));
    await notifier.idle();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(
      /^notifications: the succeeded notice to TERRAFUSION_X_WEBHOOK_URL \(webhook\) was not delivered after \d attempts?: http:\/\/127\.0\.0\.1:\d+: ECONNREFUSED$/,
    );
    expect(warnings[0]).not.toContain("/secret");
  });

  it("escapes Slack's control characters, so a reason cannot mention @channel", () => {
    const body = slackBody(notice({ reason: "title <!channel> & <https://evil|click>" }));
    expect(JSON.stringify(body)).not.toContain("<!channel>");
    expect(body.text).toContain("&lt;!channel&gt; &amp; &lt;https://evil|click&gt;");
  });

  it("keeps webhook URLs from the commands a policy runs, like tokens", () => {
    const env = untrustedEnv({ TERRAFUSION_SLACK_WEBHOOK_URL: "https://hooks.example/x", PATH: "/bin" });
    expect(env).toEqual({ PATH: "/bin" });
  });
});
