// npx tsx scripts/demo-story.ts [--out DIR]
// The blue-green story on the example shop, with real processes on 127.0.0.1: v1 serves on blue, v2 starts on
// green, load runs while TerraFusion promotes v2; then a faulty v3 is promoted and rolls back by itself.
// GitHub is out of reach here: deployment statuses go to a local recorder (said so in the output).
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import autocannon from "autocannon";
import { execa } from "execa";
import { marked } from "marked";
import { plural } from "../src/core/format.ts";
import { RouterDriver } from "../src/drivers/router.ts";
import { DriverMeasurer as Measurer } from "../src/metrics/driver-measurer.ts";
import { packageRoot } from "../src/package-root.ts";
import { LocalReporter, type RecordedStatus } from "../src/promotion/local-reporter.ts";
import { PromotionRunner } from "../src/promotion/runner.ts";
import type { PromotionPlan } from "../src/promotion/types.ts";
import { windowFigures } from "../src/router/histogram.ts";
import { startRouter } from "../src/router/index.ts";

const outIndex = process.argv.indexOf("--out");
const outDir = resolve(outIndex > 0 ? process.argv[outIndex + 1]! : join(packageRoot(), "reports"));
const t0 = Date.now();
const say = (text: string) => console.log(`${((Date.now() - t0) / 1000).toFixed(1).padStart(5)}s  ${text}`);

async function shop(version: string) {
  const child = execa("node", [join(packageRoot(), "examples/shop/src/server.js")], {
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
const driver = new RouterDriver({ adminUrl: router.adminUrl, token });
say(`v1 serves on blue (${v1.address}), v2 starts on green (${v2.address}); router on ${router.url}`);

// The timeline: every 250 ms, the figures of the requests the router saw in that window, per color.
interface Point {
  t: number;
  p95: number;
  errorRate: number;
  rps: number;
  active: string;
}
const points: Point[] = [];
const marks: { t: number; label: string }[] = [];
let last = { blue: router.snapshot("blue"), green: router.snapshot("green") };
const sampler = setInterval(() => {
  const now = { blue: router.snapshot("blue"), green: router.snapshot("green") };
  const both = ["blue", "green"] as const;
  const figures = both.map((c) => windowFigures(last[c], now[c]));
  const requests = figures.reduce((sum, f) => sum + f.requests, 0);
  const errors = figures.reduce((sum, f) => sum + f.errors, 0);
  points.push({
    t: (Date.now() - t0) / 1000,
    p95: Math.max(...figures.map((f) => (f.requests ? f.p95Ms : 0))),
    errorRate: requests ? errors / requests : 0,
    rps: requests * 4,
    active: router.activeColor,
  });
  last = now;
}, 250);

const load = autocannon({ url: `${router.url}/products`, connections: 8, overallRate: 200, duration: 60 });
say("load: 200 requests/s through the router (autocannon)");

const reporter = new LocalReporter((status: RecordedStatus) => {
  say(`[status → local recorder, GitHub not contacted] ${status.state}: ${status.description}`);
  if (status.phase === "post-analysis") marks.push({ t: (status.at - t0) / 1000, label: "switch" });
  if (status.phase === "rolled-back") marks.push({ t: (status.at - t0) / 1000, label: "rolled back" });
});
const runner = () =>
  new PromotionRunner({ driver, reporter, measurer: new Measurer(driver), verify: async () => [] });
const plan = (version: string, from: "blue" | "green"): PromotionPlan => ({
  environment: "demo",
  sha: version,
  version,
  promoter: "demo",
  from,
  to: from === "blue" ? "green" : "blue",
  post: { intervalMs: 1_000, failureLimit: 2, durationMs: 6_000, slo: { "p95-ms": 100, "error-rate": 0.01 } },
  bakeWindowMs: 60_000,
  rollbackOn: ["analysis-failed"],
  openIncident: true,
  revertPr: false,
});

await new Promise((r) => setTimeout(r, 3_000));
say("promoting v2 (blue → green)");
const first = await runner().promote(plan("v2", "blue"));
say(`v2: ${first.phase}`);

v1.stop();
const v3 = await shop("v3");
await driver.setUpstreams("blue", [v3.address]);
say(`faulty v3 deployed on the idle color blue (${v3.address})`);
await new Promise((r) => setTimeout(r, 2_000));
say("promoting v3 (green → blue)");
const second = await runner().promote(plan("v3", "green"));
say(`v3: ${second.phase}; traffic on ${router.activeColor}`);
await new Promise((r) => setTimeout(r, 3_000));

(load as unknown as { stop(): void }).stop();
const totals = await load;
clearInterval(sampler);
await router.close();
v2.stop();
v3.stop();

// Report: markdown and a self-contained HTML page with an inline SVG chart.
mkdirSync(outDir, { recursive: true });
const rollback = second.timeline.find((e) => e.phase === "rolled-back");
const md = [
  "# TerraFusion demo: blue-green promotion and automatic rollback",
  "",
  "GitHub is out of reach in this demo: deployment statuses went to a local recorder.",
  "",
  `- v2 promoted blue → green: **${first.phase}**`,
  `- v3 (faulty) promoted green → blue: **${second.phase}**${rollback ? ` — ${rollback.description}` : ""}`,
  `- load: ${plural(totals.requests.total, "request")}, ${totals.non2xx} non-2xx (v3's errors before the rollback), ${plural(totals.errors, "connection error")}`,
  "",
  "## Deployment statuses",
  "",
  ...reporter.statuses.map((s) => `- +${((s.at - t0) / 1000).toFixed(1)}s \`${s.state}\` ${s.description}`),
  "",
].join("\n");
writeFileSync(join(outDir, "demo-story.md"), md);
writeFileSync(join(outDir, "demo-story.html"), html(points, marks, md));
say(`report: ${join(outDir, "demo-story.md")} and ${join(outDir, "demo-story.html")}`);
process.exit(second.phase === "rolled-back" && first.phase === "succeeded" ? 0 : 1);

function html(series: Point[], events: { t: number; label: string }[], markdown: string): string {
  const W = 900,
    H = 300,
    pad = 40;
  const tMax = Math.max(1, ...series.map((p) => p.t));
  const pMax = Math.max(100, ...series.map((p) => p.p95));
  const x = (t: number) => pad + (t / tMax) * (W - 2 * pad);
  const y = (v: number, max: number) => H - pad - (v / max) * (H - 2 * pad);
  const line = (pick: (p: Point) => number, max: number) =>
    series.map((p, i) => `${i ? "L" : "M"}${x(p.t).toFixed(1)},${y(pick(p), max).toFixed(1)}`).join(" ");
  const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  // The report's own title goes above the chart, the rest below it.
  const [title, ...rest] = markdown.split("\n");
  const heading = marked.parse(title ?? "", { async: false });
  const body = marked.parse(rest.join("\n"), { async: false });
  return `<!doctype html><html><head><meta charset="utf-8"><title>TerraFusion demo</title>
<style>body{font:14px system-ui,sans-serif;margin:2em;max-width:960px}code{background:#f6f8fa;padding:0 .3em;border-radius:3px}li{margin:.2em 0}</style></head><body>
${heading}
<svg width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" role="img" aria-label="p95 latency and error rate over time">
<rect x="0" y="0" width="${W}" height="${H}" fill="#fff" stroke="#ddd"/>
<line x1="${pad}" y1="${y(100, pMax)}" x2="${W - pad}" y2="${y(100, pMax)}" stroke="#999" stroke-dasharray="4 4"/><text x="${W - pad - 90}" y="${y(100, pMax) - 4}" font-size="11" fill="#666">SLO p95 100 ms</text>
<path d="${line((p) => p.p95, pMax)}" fill="none" stroke="#1f6feb" stroke-width="2"/>
<path d="${line((p) => p.errorRate, 1)}" fill="none" stroke="#d1242f" stroke-width="2"/>
${events.map((e) => `<line x1="${x(e.t)}" y1="${pad / 2}" x2="${x(e.t)}" y2="${H - pad}" stroke="#333"/><text x="${x(e.t) + 3}" y="${pad / 2 + 10}" font-size="11">${esc(e.label)}</text>`).join("\n")}
<text x="${pad}" y="${H - 10}" font-size="11" fill="#1f6feb">p95 latency (ms, max ${Math.round(pMax)})</text>
<text x="${pad + 220}" y="${H - 10}" font-size="11" fill="#d1242f">error rate (0–100%)</text>
<text x="${W - pad - 60}" y="${H - 10}" font-size="11">${tMax.toFixed(0)} s</text>
</svg>
${body}</body></html>`;
}
