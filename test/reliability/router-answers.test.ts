import { afterEach, describe, expect, it } from "vitest";
import { type Router, startRouter } from "../../src/router/index.ts";
import { type EchoUpstream, echoUpstream, send } from "./echo-upstream.ts";

const TOKEN = "reliability-router-token";

/**
 * Checks the Prometheus text format's grouping rule: every family has one HELP and one TYPE, before its
 * samples, and all its samples follow in one run (a histogram's _bucket, _sum and _count included).
 * Returns the problems found, empty when the text is valid.
 */
function groupingProblems(text: string): string[] {
  const problems: string[] = [];
  const declared = new Map<string, { help: number; type: number; closed: boolean }>();
  let current: string | undefined;
  const familyOf = (sample: string) => {
    const base = sample.replace(/_(bucket|sum|count)$/, "");
    return declared.has(sample) ? sample : declared.has(base) ? base : sample;
  };
  for (const line of text.trimEnd().split("\n")) {
    const meta = /^# (HELP|TYPE) (\S+) (.+)$/.exec(line);
    if (meta) {
      const [, kind, name] = meta as unknown as [string, "HELP" | "TYPE", string];
      if (current && current !== name) declared.get(current)!.closed = true;
      const family = declared.get(name) ?? { help: 0, type: 0, closed: false };
      if (family.closed) problems.push(`${name}: declared again after its group ended`);
      family[kind === "HELP" ? "help" : "type"]++;
      declared.set(name, family);
      current = name;
      continue;
    }
    const sample = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{[^}]*\})? (\S+)$/.exec(line);
    if (!sample) {
      problems.push(`not a sample line: ${line}`);
      continue;
    }
    const family = familyOf(sample[1]!);
    if (family !== current) problems.push(`${sample[1]}: sample outside its family's group`);
    if (Number.isNaN(Number(sample[3])) && !/^[+-]Inf|NaN$/.test(sample[3]!))
      problems.push(`${sample[1]}: value ${sample[3]}`);
  }
  for (const [name, family] of declared)
    if (family.help !== 1 || family.type !== 1)
      problems.push(`${name}: ${family.help} HELP and ${family.type} TYPE lines`);
  return problems;
}

describe("the router's own answers", () => {
  let router: Router | undefined;
  const upstreams: EchoUpstream[] = [];
  afterEach(async () => {
    await router?.close();
    router = undefined;
    await Promise.all(upstreams.splice(0).map((upstream) => upstream.close().catch(() => undefined)));
  });

  it("writes /metrics one family at a time: HELP and TYPE once, all its samples together", async () => {
    const blue = [await echoUpstream("b1"), await echoUpstream("b2")];
    const green = await echoUpstream("g1");
    upstreams.push(...blue, green);
    router = await startRouter({
      blue: blue.map((upstream) => upstream.address),
      green: [green.address],
      token: TOKEN,
      healthIntervalMs: 60_000,
    });
    for (let i = 0; i < 3; i++) await send(router.url);
    const response = await fetch(`${router.adminUrl}/metrics`);
    expect(response.headers.get("content-type")).toBe("text/plain; version=0.0.4");
    const text = await response.text();
    expect(groupingProblems(text)).toEqual([]);
    // Same figures as before, grouped: one healthy gauge per upstream of both colors, counts per color.
    expect(text).toMatch(/^terrafusion_router_requests_total\{color="blue"\} 3$/m);
    expect(text).toMatch(/^terrafusion_router_requests_total\{color="green"\} 0$/m);
    expect(text.match(/^terrafusion_router_upstream_healthy\{/gm)).toHaveLength(3);
    expect(text).toMatch(/^terrafusion_router_request_duration_seconds_count\{color="blue"\} 3$/m);
    expect(text).toMatch(
      /^terrafusion_router_request_duration_seconds_bucket\{color="green",le="\+Inf"\} 0$/m,
    );
    expect(text).toMatch(/^terrafusion_router_switches_total 0$/m);
  });

  it("marks its own 502 (an upstream dropped a sent request) and 503 (no upstream) with the color", async () => {
    const dropper = await echoUpstream("dropper", { dropPosts: true });
    upstreams.push(dropper);
    router = await startRouter({
      blue: [dropper.address],
      green: [],
      token: TOKEN,
      healthIntervalMs: 60_000,
    });
    const dropped = await send(`${router.url}/pay`, { method: "POST", body: "{}" });
    expect(dropped.status).toBe(502);
    expect(dropped.headers["x-terrafusion-color"]).toBe("blue");
    expect(dropped.body).toMatch(/upstream 127\.0\.0\.1:\d+ \(blue\)/);

    router.switchTo("green");
    const none = await send(router.url);
    expect(none.status).toBe(503);
    expect(none.headers["x-terrafusion-color"]).toBe("green");
  });
});
