import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Router } from "../../src/router/index.ts";
import { cli } from "../helpers/cli.ts";
import { blueGreenRouter, type colorServer } from "../router/traffic.ts";

// `terrafusion promote` with the command driver: the team's own script switches their load balancer (here a
// real router on 127.0.0.1, driven through its admin API by the script), and the driver has no address of its
// own for a color. The post-promotion probe therefore goes to the environment's url, which after the switch
// serves the new color: a healthy version promotes, one that answers 500 is rolled back by the same script.
const TOKEN = "command-driver-router-token";

/** The team's script: `status NAME` prints the active color, `switch NAME COLOR` moves traffic. */
const SCRIPT = `import { readFileSync } from "node:fs";
const [what, name, color] = process.argv.slice(2);
const { admin, token } = JSON.parse(readFileSync(new URL("./lb.json", import.meta.url), "utf8"))[name];
const headers = { authorization: "Bearer " + token, "content-type": "application/json" };
if (what === "status") {
  const answer = await fetch(admin + "/status", { headers });
  console.log((await answer.json()).active);
} else if (what === "switch") {
  const answer = await fetch(admin + "/switch", { method: "POST", headers, body: JSON.stringify({ to: color }) });
  if (!answer.ok) { console.error("switch answered " + answer.status); process.exit(1); }
}
`;

type Upstream = Awaited<ReturnType<typeof colorServer>>;

describe("terrafusion promote with the command driver, probing the environment's url", () => {
  let healthy: Router;
  let faulty: Router;
  let healthyGreen: Upstream;
  const routers: Router[] = [];
  const upstreams: Upstream[] = [];
  let dir: string;

  const environment = (name: string, router: Router, url = true) => `    ${name}:
${url ? `      url: ${router.url}\n` : ""}      driver: { kind: command, status: "node lb.mjs status ${name}", switch: "node lb.mjs switch ${name}" }
      analysis:
        post-promotion: { probe: /, interval: 300ms, failure-limit: 2, duration: 2s }
`;

  beforeAll(async () => {
    const good = await blueGreenRouter(TOKEN, { green: { version: "v2" } });
    const bad = await blueGreenRouter(TOKEN, { green: { version: "v3", errorRate: 1 } });
    const unset = await blueGreenRouter(TOKEN, { green: { version: "v2" } });
    healthy = good.router;
    faulty = bad.router;
    healthyGreen = good.upstreams[1]!;
    routers.push(good.router, bad.router, unset.router);
    upstreams.push(...good.upstreams, ...bad.upstreams, ...unset.upstreams);
    dir = mkdtempSync(join(tmpdir(), "tf-command-promote-"));
    mkdirSync(join(dir, ".github"));
    writeFileSync(join(dir, "lb.mjs"), SCRIPT);
    writeFileSync(
      join(dir, "lb.json"),
      JSON.stringify({
        healthy: { admin: healthy.adminUrl, token: TOKEN },
        faulty: { admin: faulty.adminUrl, token: TOKEN },
        nourl: { admin: unset.router.adminUrl, token: TOKEN },
      }),
    );
    writeFileSync(
      join(dir, ".github/terrafusion.yml"),
      `version: 1
deploy:
  environments:
${environment("healthy", healthy)}${environment("faulty", faulty)}${environment("nourl", unset.router, false)}`,
    );
  });

  afterAll(async () => {
    await Promise.all(routers.map((router) => router.close()));
    await Promise.all(upstreams.map((u) => u.close()));
  });

  const promote = (name: string) => cli(["promote", name, "--to", "v9", "--cwd", dir], process.env);

  it("promotes a healthy version: the probe reaches the new color through the environment's url", async () => {
    const before = healthyGreen.served();
    const result = await promote("healthy");
    expect(result.stderr).not.toMatch(/no URL to probe/);
    expect(result.stderr).toMatch(
      /success\s+Live on green \(blue → green\): SLOs held \(\d+ of \d+ checks passed/,
    );
    expect(result.code).toBe(0);
    // The team's script moved the traffic, and the probes were answered by green itself.
    expect(healthy.switches.map((s) => s.to)).toEqual(["green"]);
    expect(healthyGreen.served()).toBeGreaterThan(before);
  });

  it("rolls back a version that answers 500, through the team's own switch script", async () => {
    const result = await promote("faulty");
    expect(result.stderr).toMatch(
      /failure\s+Rolled back to blue \(blue → green\): probe answered 500 in 2 of 2 checks/,
    );
    expect(result.code).toBe(1);
    expect(faulty.switches.map((s) => s.to)).toEqual(["green", "blue"]);
    expect(faulty.activeColor).toBe("blue");
  });

  it("without a url in the policy, says where to set it and rolls back rather than pass unprobed", async () => {
    const result = await promote("nourl");
    expect(result.stderr).toMatch(
      /Rolled back to blue \(blue → green\): probe failed: no URL to probe: set the environment's url in the policy/,
    );
    expect(result.code).toBe(1);
  });
});
