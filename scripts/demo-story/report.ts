// The demo's report: the whole story from the files the demo's steps wrote (the policy check's output, the
// blocked and the fixed pull request's GateResults, load and chaos) and the promotions it just ran.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { marked } from "marked";
import { formatPercent, formatShare, plural, round } from "../../src/core/format.ts";
import type { GateResult } from "../../src/core/gate-result.ts";
import { codeBlock, tableCell } from "../../src/core/markdown.ts";
import type { Phase } from "../../src/promotion/types.ts";

export interface PromotionRun {
  title: string;
  strategy: "blue-green" | "canary";
  command: string;
  /** Seconds since the story started. */
  start: number;
  end: number;
  exitCode: number;
  phase?: Phase;
  statuses: { t: number; state: string; description: string }[];
  /** What the load generator saw while it ran: failed requests of all answered. */
  requests: { failed: number; total: number };
}

export interface Story {
  reports: string;
  policies: { blueGreen: string; canary: string };
  promotions: PromotionRun[];
  /** The faulty v3's two promotions, to compare. */
  faulty: { blueGreen: PromotionRun; canary: PromotionRun };
  seconds: number;
}

export const CHART_PLACEHOLDER = "<!-- chart -->";
const ICON: Record<string, string> = { success: "✓", failure: "✗", error: "!", skipped: "–" };
const OUTCOME: Partial<Record<Phase, string>> = {
  succeeded: "✓ succeeded",
  "rolled-back": "↩ rolled back",
  rejected: "✗ refused",
  aborted: "✗ not switched",
  error: "! stopped",
};

const result = (reports: string, name: string): GateResult =>
  JSON.parse(readFileSync(join(reports, `${name}.json`), "utf8")) as GateResult;
// The terminal's colours are not the report's.
const plain = (text: string) => text.replace(/\x1b\[[0-9;]*m/g, "").trimEnd();
const ms = (value: number | null | undefined) =>
  value === null || value === undefined ? "–" : `${round(value, 1)} ms`;

function policyCheck(reports: string): string[] {
  const valid = join(reports, "policy-validate.txt");
  const broken = join(reports, "policy-broken.txt");
  if (!existsSync(valid) || !existsSync(broken)) return ["(run through `npm run demo` to see this step)", ""];
  const problems = plain(readFileSync(broken, "utf8")).split("\n");
  return [
    "`terrafusion policy validate --cwd examples/shop`:",
    "",
    codeBlock(plain(readFileSync(valid, "utf8"))),
    "",
    `A broken policy gets every problem at once, each with FILE:LINE:COL and its key path, and exit 2:`,
    "",
    codeBlock(problems.join("\n")),
    "",
  ];
}

/** Why a failed gate failed: its headline, then its blocking findings (the first three). */
function why(gate: GateResult): string {
  const blocking = gate.findings.filter((f) => f.blocking);
  const findings = blocking
    .slice(0, 3)
    .map((f) => `\`${f.path}:${f.line}\` ${f.rule}: ${f.message.replace(/`/g, "\\`")}`);
  const more = blocking.length > 3 ? [`and ${plural(blocking.length - 3, "more finding")}`] : [];
  return [gate.headline, ...findings, ...more].map(tableCell).join("<br>");
}

function figures(gate: GateResult): string {
  const m = gate.metrics;
  switch (gate.gate) {
    case "static-analysis":
      return `${plural(m.blocking ?? 0, "blocking finding")}, ${plural(m["files-scanned"] ?? 0, "file")} scanned`;
    case "coverage":
      return `lines ${formatPercent(m["lines%"])} (min ${formatPercent(gate.thresholds["lines%"])}), patch ${formatPercent(m["patch%"])} (min ${formatPercent(gate.thresholds["patch%"])}), branches ${formatPercent(m["branches%"])}`;
    default:
      return "";
  }
}

function gateTable(gates: GateResult[], last: "why" | "figures"): string[] {
  return [
    `| gate | verdict | ${last === "why" ? "why" : "figures"} |`,
    "| --- | --- | --- |",
    ...gates.map(
      (g) =>
        `| ${g.gate} | ${ICON[g.conclusion] ?? ""} ${g.conclusion} | ${last === "why" ? why(g) : `${tableCell(g.headline)}; ${tableCell(figures(g))}`} |`,
    ),
  ];
}

function loadAndChaos(reports: string): string[] {
  const load = result(reports, "load");
  const chaos = result(reports, "chaos");
  const l = load.metrics;
  const experiments = [
    ...new Set(Object.keys(chaos.metrics).map((key) => key.slice(0, key.lastIndexOf(".")))),
  ];
  return [
    `**load** ${ICON[load.conclusion]} ${load.conclusion}: ${load.headline} (SLO: p95 ≤ ${load.thresholds["p95-ms"]} ms, errors ≤ ${formatShare(load.thresholds["error-rate"] ?? 0)}). ${plural(l.requests ?? 0, "request")} in ${plural(l.runs ?? 1, "run")} at ${round(l.rps ?? 0, 0)} req/s: p50 ${ms(l["p50-ms"])}, p99 ${ms(l["p99-ms"])}, max ${ms(l["max-ms"])}.`,
    "",
    `**chaos** (toxiproxy) ${ICON[chaos.conclusion]} ${chaos.conclusion}: ${chaos.headline}.`,
    "",
    "| experiment | p95 steady | p95 under the fault | errors under the fault | recovered in |",
    "| --- | --- | --- | --- | --- |",
    ...experiments.map((name) => {
      const m = (key: string) => chaos.metrics[`${name}.${key}`];
      const limit = chaos.thresholds[`${name}.recovery-s`];
      return `| ${name} | ${ms(m("steady-p95-ms"))} | ${ms(m("fault-p95-ms"))} | ${formatShare(m("fault-error-rate") ?? 0)} | ${round(m("recovery-s") ?? 0, 2)} s${limit === undefined ? "" : ` (limit ${limit} s)`} |`;
    }),
  ];
}

const failedOf = (run: PromotionRun) =>
  `${plural(run.requests.failed, "failed request")} of ${plural(run.requests.total, "request")}`;

function promotions(story: Story): string[] {
  const { blueGreen, canary } = story.faulty;
  const lines = [
    "| # | promotion | strategy | outcome | load generator | took |",
    "| --- | --- | --- | --- | --- | --- |",
    ...story.promotions.map(
      (p, i) =>
        `| ${i + 1} | ${tableCell(p.title)} | ${p.strategy} | ${p.phase ? (OUTCOME[p.phase] ?? p.phase) : `exit ${p.exitCode}`}: ${tableCell(p.statuses.at(-1)?.description ?? "")} | ${failedOf(p)} | ${round(p.end - p.start, 1)} s |`,
    ),
    "",
    `**The faulty v3 cost ${plural(blueGreen.requests.failed, "failed request")} under blue-green and ${plural(canary.requests.failed, "failed request")} under canary** (caught at 10 %), as the load generator counted them at the same 200 req/s.`,
    "",
    CHART_PLACEHOLDER,
    "",
    "### The policy",
    "",
    "Blue-green first (written to a temporary folder's `.github/terrafusion.yml`; the router's admin port is the demo's):",
    "",
    codeBlock(story.policies.blueGreen.trimEnd(), "yaml"),
    "",
    "Then the team moves `production` to canary steps, the rest unchanged:",
    "",
    codeBlock(
      story.policies.canary
        .split("\n")
        .filter((line) => /strategy|steps|^\s+- /.test(line))
        .join("\n"),
      "yaml",
    ),
    "",
    "### Deployment statuses",
    "",
    "Times are seconds since step 5 began, as on the chart.",
    "",
  ];
  story.promotions.forEach((p, i) => {
    lines.push(`**${i + 1}. ${p.title}** — \`${p.command}\`, exit ${p.exitCode}`, "");
    for (const s of p.statuses) lines.push(`- ${round(s.t, 1).toFixed(1)} s \`${s.state}\` ${s.description}`);
    lines.push("");
  });
  return lines;
}

export function storyMarkdown(story: Story): string {
  const { reports } = story;
  const blocked = ["static-analysis", "coverage"].map((g) => result(reports, `pr1-${g}`));
  const fixed = ["static-analysis", "coverage"].map((g) => result(reports, g));
  return [
    "# TerraFusion demo: from pull request to production",
    "",
    "One run of `npm run demo` on the example shop (`examples/shop`), with the real tools, on 127.0.0.1. GitHub is out of reach: each promotion is `terrafusion promote`, its deployment statuses go to TerraFusion's local recorder, and its required gates are judged from the GateResult files the demo's gates wrote (`--results`).",
    "",
    "## 1. The policy, checked",
    "",
    ...policyCheck(reports),
    "## 2. The blocked pull request: an admin endpoint with a command injection, and no tests",
    "",
    ...gateTable(blocked, "why"),
    "",
    "## 3. The fixed pull request: a fixed list of tasks, run without a shell, with tests",
    "",
    ...gateTable(fixed, "figures"),
    "",
    "## 4. v2 under load and under chaos",
    "",
    ...loadAndChaos(reports),
    "",
    "## 5. Promotions: blue-green, then canary, under 200 req/s",
    "",
    "v1 serves on blue and v2 is deployed on green, behind TerraFusion's router, with 200 requests/s going through it all along. Each promotion first checks the required gates against the GateResults given to it, then probes the idle color's `/healthz` for 2 s before any traffic moves, then watches the new version against the SLO from the router's counters and rolls back by itself when it breaches. The blocked pull request's build is refused with nothing moved; v2 goes live; v3 (a fault that only production traffic shows: a fifth of its answers fail, all are slow) goes live and is rolled back. Then the environment moves to canary steps: the same v3 gets 10 % of the traffic, is caught there and aborted back to 0 %, and a healthy v4 walks every step to 100 %.",
    "",
    ...promotions(story),
    `The promotions took ${round(story.seconds, 0)} s.`,
    "",
  ].join("\n");
}

export function storyHtml(markdown: string, chart: string): string {
  const [title, ...rest] = markdown.split("\n");
  const heading = marked.parse(title ?? "", { async: false });
  const body = marked
    .parse(rest.join("\n"), { async: false })
    .replace(CHART_PLACEHOLDER, `<figure>${chart}</figure>`);
  return `<!doctype html><html><head><meta charset="utf-8"><title>TerraFusion demo</title>
<style>body{font:14px system-ui,sans-serif;margin:2em auto;max-width:980px;padding:0 1em;color:#24292f}code{background:#f6f8fa;padding:0 .3em;border-radius:3px}pre{background:#f6f8fa;padding:.6em;white-space:pre-wrap}pre code{padding:0}table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #d0d7de;padding:.3em .6em;vertical-align:top;text-align:left}li{margin:.15em 0}figure{margin:1em 0}</style></head><body>
${heading}${body}</body></html>`;
}
