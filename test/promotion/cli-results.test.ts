import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type GateResult, gateResult } from "../../src/core/gate-result.ts";
import type { Router } from "../../src/router/index.ts";
import { cli } from "../helpers/cli.ts";
import { blueGreenRouter, type colorServer } from "../router/traffic.ts";

// `terrafusion promote --results`: the gates' GateResult files stand for the check runs the policy's
// `requires:` names, where GitHub is out of reach. A failed or missing gate refuses the promotion before
// anything moves; passed ones let it through.
describe("terrafusion promote --results", () => {
  let router: Router;
  let dir: string;
  const upstreams: Awaited<ReturnType<typeof colorServer>>[] = [];
  const token = "cli-results-token-0123";
  const env = () => ({ ...process.env, TERRAFUSION_ROUTER_TOKEN: token });
  const result = (gate: GateResult["gate"], conclusion: GateResult["conclusion"]) =>
    gateResult({ gate, conclusion, headline: `${gate} ${conclusion}`, startedAt: "", durationMs: 1 });
  const write = (file: string, value: unknown) => {
    mkdirSync(join(dir, file, ".."), { recursive: true });
    writeFileSync(join(dir, file), JSON.stringify(value));
    return file;
  };

  beforeAll(async () => {
    const started = await blueGreenRouter(token);
    router = started.router;
    upstreams.push(...started.upstreams);
    dir = mkdtempSync(join(tmpdir(), "tf-cli-results-"));
    mkdirSync(join(dir, ".github"));
    writeFileSync(
      join(dir, ".github/terrafusion.yml"),
      `version: 1
deploy:
  environments:
    staging:
      driver: { kind: router, admin-url: "${router.adminUrl}" }
      requires: [static-analysis, coverage]
      analysis:
        post-promotion: { interval: 200ms, duration: 400ms }
`,
    );
  });
  afterAll(async () => {
    await router.close();
    await Promise.all(upstreams.map((u) => u.close()));
  });

  it("refuses a version whose required gate failed or did not run, naming each, with nothing moved", async () => {
    const failed = write("pr1/static-analysis.json", result("static-analysis", "failure"));
    const run = await cli(["promote", "staging", "--to", "v2", "--cwd", dir, "--results", failed], env());
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/gate results: static-analysis failure \(--results\)/);
    expect(run.stderr).toMatch(
      /failure\s+Not promoted \(blue → green\): required "static-analysis" failed on v2; required "coverage" has not run on v2/,
    );
    expect(router.switches).toEqual([]);
  });

  it("counts a gate that could not measure (error) as failed", async () => {
    write("broken/static-analysis.json", result("static-analysis", "success"));
    write("broken/coverage.json", result("coverage", "error"));
    const run = await cli(["promote", "staging", "--to", "v2", "--cwd", dir, "--results", "broken"], env());
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/Not promoted \(blue → green\): required "coverage" failed on v2/);
    expect(router.switches).toEqual([]);
  });

  it("promotes once every required gate passed: files and folders, other JSON in a folder left out", async () => {
    write("fixed/static-analysis.json", result("static-analysis", "success"));
    write("fixed/coverage-summary.json", { total: { lines: { pct: 95 } } });
    const coverage = write("coverage.json", result("coverage", "success"));
    const run = await cli(
      ["promote", "staging", "--to", "v2", "--cwd", dir, "--results", "fixed", "--results", coverage],
      env(),
    );
    expect(run.stderr).toMatch(/gate results: static-analysis success, coverage success/);
    expect(run.code).toBe(0);
    expect(router.activeColor).toBe("green");
  });

  it("says in one line what is wrong with the results, before anything runs", async () => {
    const missing = await cli(
      ["promote", "staging", "--to", "v2", "--cwd", dir, "--results", "nope.json"],
      env(),
    );
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim()).toMatch(/^terrafusion: --results nope\.json: no such file or folder/);
    const other = write("other.json", { total: 1 });
    const notOne = await cli(["promote", "staging", "--to", "v2", "--cwd", dir, "--results", other], env());
    expect(notOne.code).toBe(2);
    expect(notOne.stderr.trim()).toMatch(/^terrafusion: --results other\.json: not a GateResult/);
    const twice = await cli(
      ["promote", "staging", "--to", "v2", "--cwd", dir, "--results", "pr1", "--results", "fixed"],
      env(),
    );
    expect(twice.code).toBe(2);
    expect(twice.stderr.trim()).toBe(
      "terrafusion: --results: two static-analysis results (pr1/static-analysis.json and fixed/static-analysis.json); give one result per gate",
    );
    expect(router.switches.map((s) => s.to)).toEqual(["green"]);
  });
});
