import http from "node:http";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { notifierSink } from "../../src/notify/sink.ts";
import type { Router } from "../../src/router/index.ts";
import { blueGreenRouter, type colorServer } from "../router/traffic.ts";
import { startInMemory } from "./in-memory.ts";

// The promotion service announces each promotion to the environment's notifications, through loopback
// receivers: one that takes every notice, one that always answers 500 (Slack-shaped), one that never answers.
// The promotion goes on as if neither of the last two were there; their failures are only logged.
const TOKEN = "notifications-router-token";

interface Receiver {
  url: string;
  bodies: Record<string, unknown>[];
  /** Requests received and not answered yet. */
  open: () => number;
  close: () => Promise<void>;
}

async function receiver(answer: "ok" | "500" | "hang"): Promise<Receiver> {
  const bodies: Record<string, unknown>[] = [];
  let open = 0;
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      bodies.push(JSON.parse(Buffer.concat(chunks).toString("utf8")));
      if (answer === "hang") {
        open++;
        request.socket.on("close", () => open--);
        return;
      }
      response.writeHead(answer === "ok" ? 200 : 500).end(answer);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as { port: number }).port}/hooks/secret-part`,
    bodies,
    open: () => open,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

const policyText = (router: Router) => `version: 1
deploy:
  environments:
    production:
      driver: { kind: router, admin-url: "${router.adminUrl}" }
      analysis:
        pre-promotion: { probe: /healthz }
        post-promotion: { probe: /, interval: 200ms, failure-limit: 1, duration: 1s }
      rollback: { open-incident: false }
      notifications:
        - webhook: { url-env: TERRAFUSION_TEAM_WEBHOOK_URL }
        - slack: { url-env: TERRAFUSION_BROKEN_WEBHOOK_URL }
        - webhook: { url-env: TERRAFUSION_STUCK_WEBHOOK_URL }
          events: [started, succeeded, rolled-back]
`;

type Upstream = Awaited<ReturnType<typeof colorServer>>;

describe("notifications of a promotion", () => {
  let router: Router;
  let upstreams: Upstream[] = [];
  let team: Receiver;
  let broken: Receiver;
  let stuck: Receiver;
  let warnings: string[];

  beforeEach(async () => {
    [team, broken, stuck] = await Promise.all([receiver("ok"), receiver("500"), receiver("hang")]);
    warnings = [];
  });

  afterEach(async () => {
    await router?.close();
    await Promise.all([...upstreams, team, broken, stuck].map((r) => r.close()));
  });

  async function promote(green: { errorRate?: number }) {
    ({ router, upstreams } = await blueGreenRouter(TOKEN, { green: { version: "v2", ...green } }));
    const { done, service } = await startInMemory({
      policy: policyText(router),
      environment: "production",
      version: "v2",
      sha: "0123456789abcdef0123456789abcdef01234567",
      env: { TERRAFUSION_ROUTER_TOKEN: TOKEN },
      ports: {
        // A hung request is given 10 s: far longer than the promotion, which must not wait for it.
        notices: notifierSink(
          {
            TERRAFUSION_TEAM_WEBHOOK_URL: team.url,
            TERRAFUSION_BROKEN_WEBHOOK_URL: broken.url,
            TERRAFUSION_STUCK_WEBHOOK_URL: stuck.url,
          },
          { backoffMs: 20, timeoutMs: 10_000, deadlineMs: 20_000, warn: (line) => warnings.push(line) },
        ),
      },
    });
    const state = await done;
    // Finished while the stuck receiver still holds the first notice, unanswered.
    const stuckOpen = stuck.open();
    await stuck.close();
    await service.settled();
    return { state, stuckOpen };
  }

  const events = (r: Receiver) => r.bodies.map((b) => b.event);

  it("sends started, each step and succeeded in order; a receiver that fails or hangs changes nothing", async () => {
    const { state, stuckOpen } = await promote({});
    expect(state.phase).toBe("succeeded");
    expect(stuckOpen).toBeGreaterThan(0);
    expect(events(team)).toEqual(["started", "step", "step", "succeeded"]);
    expect(team.bodies.map((b) => b.step)).toEqual([
      undefined,
      "pre-promotion analysis passed",
      "switched: traffic on green",
      undefined,
    ]);
    expect(team.bodies[0]).toMatchObject({
      "notice-format": 1,
      environment: "production",
      sha: "0123456789abcdef0123456789abcdef01234567",
      version: "v2",
      promoter: "alice",
      from: "blue",
      to: "green",
      summary: "production: promotion started (v2, 0123456, blue → green, by @alice)",
    });
    expect(team.bodies[3]!.reason).toMatch(/^Live on green \(blue → green\): SLOs held/);
    // The 500 receiver was tried (with retries) for each notice, in Slack's shape; the failures are logged.
    expect(broken.bodies.length).toBeGreaterThanOrEqual(4);
    expect(broken.bodies[0]).toMatchObject({ text: expect.stringMatching(/promotion started/) });
    expect(warnings).toContainEqual(
      expect.stringMatching(
        /^notifications: the started notice to TERRAFUSION_BROKEN_WEBHOOK_URL \(slack\) was not delivered after 4 attempts: http:\/\/127\.0\.0\.1:\d+ answered 500$/,
      ),
    );
    expect(warnings).toContainEqual(
      expect.stringMatching(/notice to TERRAFUSION_STUCK_WEBHOOK_URL \(webhook\)/),
    );
    // Logged by variable and origin, never the URL's secret path.
    expect(warnings.join("\n")).not.toMatch(/secret-part/);
  });

  it("sends started, the steps and rolled back, with the reason, when the new version fails", async () => {
    const { state, stuckOpen } = await promote({ errorRate: 1 });
    expect(state.phase).toBe("rolled-back");
    expect(stuckOpen).toBeGreaterThan(0);
    expect(events(team)).toEqual(["started", "step", "step", "rolled-back"]);
    expect(team.bodies[3]).toMatchObject({
      event: "rolled-back",
      reason: expect.stringMatching(/^probe answered 500 in 1 of 1 check/),
      summary: expect.stringMatching(
        /^production: promotion rolled back \(v2, 0123456, blue → green, by @alice\) — probe answered 500/,
      ),
    });
    expect(router.switches.map((s) => s.to)).toEqual(["green", "blue"]);
  });
});
