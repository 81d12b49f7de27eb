import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Router } from "../../src/router/index.ts";
import { cli } from "../helpers/cli.ts";
import { blueGreenRouter, type colorServer, pacedTraffic } from "../router/traffic.ts";

describe("terrafusion promote / rollback on the router driver", () => {
  let router: Router;
  let dir: string;
  const upstreams: Awaited<ReturnType<typeof colorServer>>[] = [];
  const token = "cli-admin-token-0123";

  beforeAll(async () => {
    const started = await blueGreenRouter(token, { green: { errorRate: 0.5 } });
    router = started.router;
    upstreams.push(...started.upstreams);
    dir = mkdtempSync(join(tmpdir(), "tf-cli-"));
    mkdirSync(join(dir, ".github"));
    writeFileSync(
      join(dir, ".github/terrafusion.yml"),
      `version: 1
deploy:
  environments:
    staging:
      driver: { kind: router, admin-url: "${router.adminUrl}" }
      analysis:
        post-promotion: { interval: 300ms, failure-limit: 2, duration: 3s, slo: { error-rate: 0.05 } }
`,
    );
  });
  afterAll(async () => {
    await router.close();
    await Promise.all(upstreams.map((u) => u.close()));
  });

  it("promotes, sees the errors, rolls back by itself and exits 1", async () => {
    const traffic = pacedTraffic(router.url, { rate: 100 });
    const result = await cli(["promote", "staging", "--to", "v3", "--cwd", dir], {
      ...process.env,
      TERRAFUSION_ROUTER_TOKEN: token,
    });
    await traffic.stop();
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/local recorder \(GitHub not contacted\)/);
    expect(result.stderr).toMatch(/failure\s+Rolled back to blue \(blue → green\): errors/);
    expect(router.activeColor).toBe("blue");
    expect(router.switches.map((s) => s.to)).toEqual(["green", "blue"]);
  });

  it("rolls a canary back by taking its weight to 0, never by switching to the canary's color", async () => {
    await router.setWeight("green", 20);
    const env = { ...process.env, TERRAFUSION_ROUTER_TOKEN: token };
    const result = await cli(["rollback", "staging", "--cwd", dir], env);
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe("staging: canary aborted, all traffic back on blue (green had 20 %)");
    expect(router.activeColor).toBe("blue");
    expect(router.weight).toBe(0);
    // Without a canary, a rollback switches to the other color (and back again, for the next test).
    const plain = await cli(["rollback", "staging", "--cwd", dir], env);
    expect(plain.stdout.trim()).toBe("staging: traffic back on green (was blue)");
    await router.switchTo("blue");
  });

  it("says in one line what is missing", async () => {
    const noToken = await cli(["promote", "staging", "--to", "v3", "--cwd", dir], {
      ...process.env,
      TERRAFUSION_ROUTER_TOKEN: "",
    });
    expect(noToken.code).toBe(2);
    expect(noToken.stderr.trim()).toBe(
      "terrafusion: the router driver needs its admin token in TERRAFUSION_ROUTER_TOKEN; set it (the router was started with the same)",
    );
    const unknown = await cli(["rollback", "prod", "--cwd", dir], {
      ...process.env,
      TERRAFUSION_ROUTER_TOKEN: token,
    });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(
      /no environment "prod" under deploy.environments in the policy \(known: staging\)/,
    );
  });
});
