// npx tsx scripts/demo-story.ts [--out DIR]
// Step 5 of the demo: promotions of the example shop with `terrafusion promote`, under 200 req/s through
// the router, real processes on 127.0.0.1. v1 serves on blue; the blocked pull request's build is refused by
// its failed gates; v2 is promoted blue-green; a faulty v3 is promoted blue-green and rolls back by itself;
// then the environment moves to canary steps: the same v3 is caught at 10 % and aborted, and a healthy v4
// walks every step to 100 %. The required gates are judged from the GateResults that the demo's own gates
// wrote into DIR (scripts/demo, steps 2-4); the report (DIR/demo-story.md and .html) tells the whole story.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { execa } from "execa";
import type { Io } from "../src/cli/io.ts";
import { runCli } from "../src/cli/main.ts";
import { plural } from "../src/core/format.ts";
import { RouterDriver } from "../src/drivers/router.ts";
import { packageRoot } from "../src/package-root.ts";
import { parseDescription } from "../src/promotion/describe.ts";
import type { Phase } from "../src/promotion/types.ts";
import { startRouter } from "../src/router/index.ts";
import { type Mark, timelineChart } from "./demo-story/chart.ts";
import { blueGreenPolicy, CANARY_SUMMARY, canaryPolicy, SLO } from "./demo-story/policy.ts";
import { type PromotionRun, storyHtml, storyMarkdown } from "./demo-story/report.ts";
import { clock, routerTimeline, steadyLoad } from "./demo-story/traffic.ts";

const root = packageRoot();
const outIndex = process.argv.indexOf("--out");
const outDir = resolve(outIndex > 0 ? process.argv[outIndex + 1]! : join(root, "reports"));
const t0 = clock();
const since = (at: number) => (at - t0) / 1000;
const say = (text: string) => console.log(`${since(clock()).toFixed(1).padStart(5)}s  ${text}`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// The GateResults of steps 2-4: the blocked pull request's (pr1-*) and the fixed one's, with load and chaos.
const FIXED = ["static-analysis", "coverage", "load", "chaos"].map((gate) => join(outDir, `${gate}.json`));
const BLOCKED = ["static-analysis", "coverage"].map((gate) => join(outDir, `pr1-${gate}.json`));
const missing = [...FIXED, ...BLOCKED].filter((file) => !existsSync(file));
if (missing.length > 0) {
  console.error(
    `demo-story: no gate results at ${missing.map((f) => relative(root, f)).join(", ")}; run npm run demo (its gates write them)`,
  );
  process.exit(2);
}

async function shop(version: string) {
  const child = execa("node", [join(root, "examples/shop/src/server.js")], {
    env: { VERSION: version, PORT: "0" },
    reject: false,
  });
  const address = await new Promise<string>((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`shop ${version} did not start`)), 10_000);
    child.stdout?.on("data", (chunk: Buffer) => {
      const match = /listening on http:\/\/([\d.]+:\d+)/.exec(String(chunk));
      if (match) {
        clearTimeout(timer);
        ok(match[1]!);
      }
    });
  });
  return { address, stop: () => child.kill("SIGTERM") };
}

const token = "demo-admin-token-0123";
const v1 = await shop("v1");
const v2 = await shop("v2");
const router = await startRouter({ blue: [v1.address], green: [v2.address], token, healthIntervalMs: 250 });
// Deploying a version onto the idle color is the team's deploy job; the demo does it through the admin API.
const deployer = new RouterDriver({ adminUrl: router.adminUrl, token });
say(`v1 serves on blue (${v1.address}), v2 is deployed on green (${v2.address}); router on ${router.url}`);

/** How the CLI prints, in this process: each line (without its own clock and label) goes to `line`. */
function cliIo(line: (message: string) => void): Io {
  const each = (text: string) => {
    for (const one of text.trimEnd().split("\n")) line(/^\s*[\d.]+s \[[^\]]+\] (.*)$/.exec(one)?.[1] ?? one);
  };
  return {
    out: each,
    err: each,
    interactive: false,
    env: { ...process.env, TERRAFUSION_ROUTER_TOKEN: token, NO_COLOR: "1" },
  };
}

const work = mkdtempSync(join(tmpdir(), "tf-demo-story-"));
mkdirSync(join(work, ".github"));
const policies = { blueGreen: blueGreenPolicy(router.adminUrl), canary: canaryPolicy(router.adminUrl) };
writeFileSync(join(work, ".github/terrafusion.yml"), policies.blueGreen);
say(`policy: production, blue-green, requires static-analysis, coverage, load and chaos (${work})`);
say("$ terrafusion policy validate");
const valid = await runCli(
  ["policy", "validate", "--cwd", work],
  cliIo((line) => say(`  │ ${line}`)),
);
if (valid !== 0) process.exit(1);

const load = steadyLoad(`${router.url}/products`, 200);
say("load: 200 requests/s through the router, paced, all along");
await sleep(1_000);
// From here on the chart: the first second opens the connections.
const seen = routerTimeline(router, t0);
await sleep(2_000);

const promotions: PromotionRun[] = [];
const marks: Mark[] = [];
let strategy: PromotionRun["strategy"] = "blue-green";

/**
 * Runs `terrafusion promote production --to VERSION --results …` (the CLI's own command, in this process:
 * spawning it through tsx would cost seconds a run, and dist/ may lag the sources), printing its lines on
 * the demo's clock, and marks on the chart what it did to the router.
 */
async function promote(
  title: string,
  version: string,
  results: string[],
  expected: Phase,
): Promise<PromotionRun> {
  const argv = ["promote", "production", "--to", version, "--cwd", work, "--promoter", "demo"];
  for (const file of results) argv.push("--results", file);
  const shown = `terrafusion promote production --to ${version} ${results.map((f) => `--results ${relative(root, f)}`).join(" ")}`;
  load.scene = title;
  say(`$ ${shown}`);
  const from = router.activeColor;
  const switches = router.switches.length;
  const weights = router.weightChanges.length;
  const statuses: PromotionRun["statuses"] = [];
  const start = clock();
  const exitCode = await runCli(
    argv,
    cliIo((message) => {
      const status = /^(in_progress|success|failure|error|queued)\s+(.*)$/.exec(message);
      if (status) statuses.push({ t: since(clock()), state: status[1]!, description: status[2]! });
      say(`  │ ${message}`);
    }),
  );
  const end = clock();
  const last = statuses.at(-1);
  const phase = last && parseDescription(last.description)?.phase;
  for (const s of router.switches.slice(switches))
    marks.push(
      s.to === from
        ? { t: since(s.at), label: `${version}: rollback to ${s.to}`, kind: "rollback" }
        : {
            t: since(s.at),
            label: `${version} ${strategy === "canary" ? "100 %" : "live"} on ${s.to}`,
            kind: "switch",
          },
    );
  for (const w of router.weightChanges.slice(weights))
    marks.push({ t: since(w.at), label: `${version} ${w.to} %`, kind: "weight" });
  const backTo = router.switches.slice(switches).some((s) => s.to === from);
  if (phase === "rolled-back" && !backTo)
    marks.push({ t: last!.t, label: `${version} aborted: 0 %`, kind: "rollback" });
  if (phase === "rejected") marks.push({ t: last!.t, label: `${version} refused`, kind: "refused" });
  const run: PromotionRun = {
    title,
    strategy,
    command: shown,
    start: since(start),
    end: since(end),
    exitCode,
    phase,
    statuses,
    requests: { failed: 0, total: 0 },
  };
  promotions.push(run);
  if (phase !== expected)
    throw new Error(
      `${title} ended ${phase ?? "without a status"}, expected ${expected}${phase === "rolled-back" ? " (a busy machine can push a healthy version's p95 over the SLO: run it again)" : ""}`,
    );
  return run;
}

const shops = [v1, v2];
try {
  await promote("pr-1: the blocked pull request's build", "pr-1", BLOCKED, "rejected");
  await sleep(1_000);
  await promote("v2: the fixed pull request", "v2", FIXED, "succeeded");

  v1.stop();
  const v3 = await shop("v3");
  shops.push(v3);
  await deployer.setUpstreams("blue", [v3.address]);
  say(
    `faulty v3 deployed on the idle color blue (${v3.address}); it passed v2's gates: its fault shows only in production`,
  );
  await sleep(2_000);
  await promote("v3 (faulty), blue-green", "v3", FIXED, "rolled-back");
  await sleep(3_000);

  strategy = "canary";
  writeFileSync(join(work, ".github/terrafusion.yml"), policies.canary);
  say(`the team moves production to canary steps: ${CANARY_SUMMARY}`);
  say(
    "(each terrafusion promote keeps its own local record: on GitHub, v3's first rollback would block it until /unblock)",
  );
  await promote("v3 (faulty), canary", "v3", FIXED, "rolled-back");
  await sleep(2_000);

  v3.stop();
  const v4 = await shop("v4");
  shops.push(v4);
  await deployer.setUpstreams("blue", [v4.address]);
  say(`healthy v4 deployed on the idle color blue (${v4.address})`);
  await sleep(2_000);
  await promote("v4 (healthy), canary", "v4", FIXED, "succeeded");
  load.scene = "after";
  await sleep(2_000);
} catch (error) {
  console.error(`demo-story: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await load.stop();
  seen.stop();
  await router.close();
  for (const running of shops) running.stop();
  rmSync(work, { recursive: true, force: true });
}
if (process.exitCode) process.exit();

for (const run of promotions) run.requests = load.count(run.title);
const [faultyBlueGreen, faultyCanary] = [promotions[2]!, promotions[3]!];
const blueGreenCost = faultyBlueGreen.requests;
const canaryCost = faultyCanary.requests;
say(
  `failed requests of the faulty v3, as the load generator counted them: blue-green ${blueGreenCost.failed} of ${plural(blueGreenCost.total, "request")}, canary ${canaryCost.failed} of ${plural(canaryCost.total, "request")}`,
);

const seconds = since(clock());
mkdirSync(outDir, { recursive: true });
const md = storyMarkdown({
  reports: outDir,
  policies,
  promotions,
  faulty: { blueGreen: faultyBlueGreen, canary: faultyCanary },
  seconds,
});
writeFileSync(join(outDir, "demo-story.md"), md);
writeFileSync(join(outDir, "demo-story.html"), storyHtml(md, timelineChart(seen.points, marks, SLO)));
say(
  `report: ${relative(root, join(outDir, "demo-story.md"))} and ${relative(root, join(outDir, "demo-story.html"))}`,
);

if (canaryCost.failed >= blueGreenCost.failed) {
  console.error("demo-story: the canary should have cost fewer failed requests than blue-green");
  process.exit(1);
}
