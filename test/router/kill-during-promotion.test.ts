import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RouterDriver } from "../../src/drivers/router.ts";
import type { TrafficDriver } from "../../src/drivers/types.ts";
import { freeLoopbackPorts } from "../../src/net/free-port.ts";
import type { StatusCommand } from "../../src/promotion/types.ts";
import { startInMemory } from "../promotion/in-memory.ts";
import { heldRouterProcess, killHard, type RouterProcess, routerProcess } from "./router-process.ts";
import { colorServer, now, pacedTraffic } from "./traffic.ts";

const TOKEN = "kill-during-promotion-token";
/** How long the router stays down: several of the analysis' 300 ms intervals, so it calls the dead router. */
const OUTAGE_MS = 1_000;

type Upstream = Awaited<ReturnType<typeof colorServer>>;

/**
 * Issue 12: "a test kills -9 the router during a promotion and restarts it: same color, and the promotion's
 * record agrees". A real `terrafusion router --state` process, a real promotion through the service the CLI
 * uses (statuses in memory), steady traffic; the router is killed the moment the promotion says it is live on
 * green, and started again on the same ports from the same state file while the promotion's analysis goes on.
 */
describe("router kill -9 during a promotion", () => {
  let dir: string;
  const upstreams: Upstream[] = [];
  const routers: RouterProcess[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "tf-kill-promotion-"));
    upstreams.push(
      await colorServer("blue", { version: "v1" }),
      await colorServer("green", { version: "v2" }),
    );
  });
  afterAll(async () => {
    for (const router of routers) await killHard(router.child);
    await Promise.all(upstreams.map((u) => u.close()));
    rmSync(dir, { recursive: true, force: true });
  });

  it("comes back on the promoted color, and the promotion rides out the outage to success with a record that agrees", async () => {
    const stateFile = join(dir, "router.json");
    const processOptions = {
      blue: upstreams[0]!.address,
      green: upstreams[1]!.address,
      stateFile,
      token: TOKEN,
    };
    // Below the ephemeral range: no outgoing connection takes a port while the router is down.
    const port = await freeLoopbackPorts(2);
    const ports = { port, adminPort: port + 1 };
    const first = await routerProcess({ ...processOptions, ...ports });
    routers.push(first);
    // The restart: the same command on the same ports and state file, in a process that has loaded the CLI
    // already, so that the outage is the one chosen here and not tsx's compile time on a busy runner.
    const spare = await heldRouterProcess({ ...processOptions, ...ports });
    routers.push({ child: spare.child, url: "", adminUrl: "", stderr: "" });
    // The policy's driver, each call timed: which of them met the dead router and waited for the new one.
    const calls: { name: string; start: number; end: number }[] = [];
    let live: (command: StatusCommand) => void = () => {};
    const isLive = new Promise<StatusCommand>((resolve) => {
      live = resolve;
    });
    const traffic = pacedTraffic(first.url, { rate: 50, connections: 4 });
    const { done, record, deployment } = await startInMemory({
      policy: `version: 1
deploy:
  environments:
    staging:
      driver: { kind: router, admin-url: "${first.adminUrl}" }
      analysis:
        post-promotion: { interval: 300ms, failure-limit: 2, duration: 5s, slo: { error-rate: 0.05 } }
`,
      environment: "staging",
      version: "v2",
      sha: "0123456789abcdef0123456789abcdef01234567",
      env: { TERRAFUSION_ROUTER_TOKEN: TOKEN },
      wrapDriver: (driver) => timed(driver, calls),
      onStatus: (command) => {
        if (command.phase === "post-analysis") live(command);
      },
    });

    // Live on green, analysis under way: killed with no shutdown, then started again from its state file.
    const status = await isLive;
    expect(status.description).toMatch(/^Live on green \(blue → green\); watching SLOs for 5s/);
    const killedAt = now();
    const killedAtWall = Date.now();
    await killHard(first.child);
    await new Promise((resolve) => setTimeout(resolve, OUTAGE_MS));
    const second = await spare.start();
    const restartedAt = now();
    const restartedAtWall = Date.now();
    expect(first.url).toBe(`http://127.0.0.1:${port}`);
    expect(second.url).toBe(first.url);
    expect(second.adminUrl).toBe(first.adminUrl);
    expect(second.stderr).toMatch(/→ green; .*\(resumed\)/);

    // The restarted router serves the promoted color, before the promotion has finished.
    const again = new RouterDriver({ adminUrl: second.adminUrl, token: TOKEN });
    expect(await again.active()).toBe("green");
    expect(await again.weights()).toEqual({ blue: 0, green: 100 });
    const answer = await fetch(second.url);
    expect(answer.headers.get("x-color")).toBe("green");

    const state = await done;
    const samples = await traffic.stop();
    const outage = samples.filter((s) => s.error || s.status !== 200);
    const statuses = record.statuses.get(deployment.id) ?? [];
    const failedMeasurements = state.measurements.filter((m) => !m.ok);
    // Calls made while the router was surely down, answered by the new one (it cannot be back before OUTAGE_MS).
    const downUntil = killedAt + OUTAGE_MS;
    const rodeOut = calls.filter((c) => c.start > killedAt && c.start < downUntil && c.end > downUntil);
    console.info(
      `kill -9 during a promotion: router back after ${Math.round(restartedAt - killedAt)} ms; ` +
        `${outage.length} of ${samples.length} requests failed while it was down; ` +
        `${rodeOut.length} driver calls waited through it (${rodeOut.map((c) => `${c.name} ${Math.round(c.end - c.start)} ms`).join(", ")}); ` +
        `${state.measurements.length} post-promotion measurements, ${failedMeasurements.length} failed` +
        (failedMeasurements.length
          ? ` (${failedMeasurements.map((m) => m.problems.join(", ")).join("; ")})`
          : "") +
        `; requests per window: ${state.measurements.map((m) => m.figures.requests).join(", ")}`,
    );

    // The promotion rode out the outage and succeeded; the router, its state file and the record agree.
    expect({ phase: state.phase, reason: state.reason }).toEqual({ phase: "succeeded", reason: undefined });
    expect(statuses.map((s) => s.phase)).toEqual([
      "verifying",
      "pre-analysis",
      "switching",
      "post-analysis",
      "succeeded",
    ]);
    expect(statuses.at(-1)!.description).toMatch(/^Live on green \(blue → green\): SLOs held/);
    const { latest } = await record.recordedPhase(deployment.id);
    expect(latest).toMatchObject({ phase: "succeeded", from: "blue", to: "green" });
    expect(latest!.to).toBe(state.plan.to);
    expect(await again.active()).toBe(state.plan.to);
    expect(JSON.parse(readFileSync(stateFile, "utf8"))).toEqual({ version: 1, active: "green", weight: 0 });
    // The timeline (the record's clock): live before the kill, succeeded after the restart, nothing between.
    const timeline = await record.timeline(deployment.id);
    const liveAt = timeline.find((entry) => entry.phase === "post-analysis")!.at;
    const succeededAt = timeline.find((entry) => entry.phase === "succeeded")!.at;
    expect(liveAt).toBeLessThanOrEqual(killedAtWall);
    expect(succeededAt).toBeGreaterThan(restartedAtWall);
    // The analysis did call the dead router, and its driver waited for the new one (RouterDriver retries a
    // refused or dropped connection for up to 10 s): no measurement failed, none was lost to an error.
    expect(rodeOut.length).toBeGreaterThan(0);
    expect(failedMeasurements).toEqual([]);
    expect(state.measurements.length).toBeGreaterThanOrEqual(3);
    // Requests failed only while no router listened: none before the kill, none after the restart.
    expect(outage.filter((s) => s.end < killedAt || s.start > restartedAt)).toEqual([]);
    // After the restart, every request went to green.
    const afterRestart = samples.filter((s) => s.start > restartedAt);
    expect(afterRestart.length).toBeGreaterThan(50);
    expect(afterRestart.filter((s) => s.status !== 200 || s.color !== "green")).toEqual([]);
  }, 120_000);
});

/** `driver` with every method call's name, start and end pushed to `calls` (wall clock, as `now`). */
function timed(driver: TrafficDriver, calls: { name: string; start: number; end: number }[]): TrafficDriver {
  return new Proxy(driver, {
    get(target, key) {
      const value = Reflect.get(target, key);
      if (typeof value !== "function") return value;
      return async (...args: unknown[]) => {
        const start = now();
        try {
          return await value.apply(target, args);
        } finally {
          calls.push({ name: String(key), start, end: now() });
        }
      };
    },
  });
}
