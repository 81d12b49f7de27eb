// npx tsx bench/rollback.ts [--runs 3] [--rate 200] [--prometheus] — what a faulty version costs before it is
// rolled back, blue-green (the baseline) side by side with a canary whose first step is 10 %:
//   - breach → traffic back: from the first failed request the new color served, as the load client sees it
//     (status ≥ 500 with x-color: green; its start time), to the start time of the last request green served
//     (after it, no new request reaches green);
//   - promotion start → traffic back: from the call that starts the promotion to that same last request;
//   - failed requests (an error or a status ≥ 500) that started while the promotion ran, counted and as a
//     share of the requests that started in that window.
// Each promotion has a fresh embedded router (in-process, as test/router/traffic.ts's blueGreenRouter) in
// front of two upstreams on 127.0.0.1: a healthy blue v1 and a green v2 that answers half its requests with
// 500. The load client (test/router/traffic.ts's pacedTraffic) sends --rate requests/s open loop over 32
// keep-alive connections from a second before the promotion to half a second after; a request's start is
// when the client sends it, so one sent just before a switch may still reach the new color. Router,
// upstreams, client and promotion share this one process: its event-loop delay (p99) is printed, it is in
// every figure. A first promotion, not counted, warms the code up. The promotion runs through the service
// the CLI uses (PromotionService, statuses in memory). By default both strategies are judged by the router's
// counters (SLO error-rate 0.05, every 500ms, failure-limit 1); with --prometheus by a PromQL error rate on
// the new color from a real Prometheus scraping the router every second (the router's SLO loose, analyses
// of 10s instead of 5s), which shows the cost of a scrape-based judge. Each figure is the median (and max)
// over --runs runs, the two strategies taken in turn within a run, the first one alternating. On a busy
// machine every figure grows: the load average is printed before and after. Exits 1 when the canary fails
// more requests than blue-green (summed over the runs), 1 when a faulty version is not rolled back, 2 on a
// bad option.
import { availableParallelism, loadavg } from "node:os";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { useInstalledTools } from "../src/package-root.ts";
import { policySchema } from "../src/policy/schema/index.ts";
import { startPrometheus } from "../test/metrics/prometheus-harness.ts";
import { startInMemory } from "../test/promotion/in-memory.ts";
import { blueGreenRouter, now, pacedTraffic, type Sample } from "../test/router/traffic.ts";

const USAGE = `usage: npx tsx bench/rollback.ts [--runs N] [--rate R] [--prometheus]
  Promotes a faulty green (half its answers are 500s) behind the embedded router, blue-green and canary
  (10 % first step) in turn, and prints how long until traffic is back on blue and how many requests failed.
  --runs N        promotions per strategy, 1 to 20 (default 3); the median and max are shown
  --rate R        requests/s of the load client, 20 to 2000 (default 200), open loop over 32 connections
  --prometheus    judge by a PromQL error rate from a real Prometheus scraping every second, not the router's counters`;

const usage = (problem: string): never => {
  console.error(`bench/rollback.ts: ${problem}\n${USAGE}`);
  process.exit(2);
};
let args: ReturnType<typeof parseOptions>;
function parseOptions() {
  return parseArgs({
    options: {
      runs: { type: "string", default: "3" },
      rate: { type: "string", default: "200" },
      prometheus: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  }).values;
}
try {
  args = parseOptions();
} catch (error) {
  usage((error as Error).message);
}
if (args!.help) {
  console.log(USAGE);
  process.exit(0);
}
const whole = (name: string, text: string, min: number, max: number) => {
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max)
    usage(`--${name} is a whole number from ${min} to ${max}, got ${JSON.stringify(text)}`);
  return value;
};
const RUNS = whole("runs", args!.runs, 1, 20);
const RATE = whole("rate", args!.rate, 20, 2_000);
const PROMETHEUS = args!.prometheus;
const TOKEN = "bench-rollback-token-0123";
const JOB = "router";
/** No promotion here may take longer: its analyses end well before. */
const PROMOTION_LIMIT_MS = 60_000;

useInstalledTools();

type Strategy = "blue-green" | "canary";
const STRATEGIES: Strategy[] = ["blue-green", "canary"];

/** The new color's error rate over the last 3 s, as Prometheus scraped the router's /metrics. */
const ERROR_RATE = `sum(rate(terrafusion_router_errors_total{job="${JOB}",color="{{color}}"}[3s])) / sum(rate(terrafusion_router_requests_total{job="${JOB}",color="{{color}}"}[3s]))`;

/**
 * One analysis, as post-promotion and as the canary's step. Counters: the router's SLO every 500ms. PromQL:
 * the router's SLO loose (only Prometheus judges), the query every second (a scrape's pace); the new color's
 * rate is 0/0 (inconclusive) until two scrapes have seen it, and its failure-limit 1 acts on the 2nd failure.
 */
const analysis = (prometheus: string | undefined) =>
  prometheus
    ? {
        interval: "1s",
        "failure-limit": 1,
        duration: "10s",
        slo: { "error-rate": 0.9 },
        metrics: [
          {
            name: "error-rate",
            provider: { prometheus: { address: prometheus, query: ERROR_RATE } },
            "success-condition": "result < 0.05",
            interval: "1s",
            count: 10,
            "failure-limit": 1,
            "inconclusive-limit": 6,
          },
        ],
      }
    : { interval: "500ms", "failure-limit": 1, duration: "5s", slo: { "error-rate": 0.05 } };

function policyFor(strategy: Strategy, adminUrl: string, prometheus: string | undefined) {
  const steps = [
    { "set-weight": 10 },
    { analysis: analysis(prometheus) },
    { "set-weight": 50 },
    { pause: "1s" },
  ];
  return policySchema.parse({
    version: 1,
    deploy: {
      environments: {
        staging: {
          driver: { kind: "router", "admin-url": adminUrl },
          strategy,
          ...(strategy === "canary" ? { steps } : {}),
          analysis: { "post-promotion": analysis(prometheus) },
        },
      },
    },
  });
}

interface Outcome {
  breachToBack: number;
  startToBack: number;
  failed: number;
  requests: number;
  /** This process's event-loop delay while the promotion ran, p99 and max, ms. */
  lagP99: number;
  lagMax: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const failedSample = (s: Sample) => s.error !== undefined || (s.status ?? 0) >= 500;

/** One promotion of the faulty green with a fresh router, upstreams (and Prometheus); everything stopped after. */
async function promoteFaulty(strategy: Strategy): Promise<Outcome> {
  const { router, upstreams } = await blueGreenRouter(TOKEN, {
    blue: { version: "v1" },
    green: { version: "v2", errorRate: 0.5 },
  });
  let prometheus: Awaited<ReturnType<typeof startPrometheus>> | undefined;
  let traffic: ReturnType<typeof pacedTraffic> | undefined;
  try {
    if (PROMETHEUS)
      prometheus = await startPrometheus([
        { name: JOB, targets: [{ address: new URL(router.adminUrl).host }] },
      ]);
    traffic = pacedTraffic(router.url, { rate: RATE, connections: 32 });
    await sleep(1_000);
    await prometheus?.until(`terrafusion_router_requests_total{job="${JOB}",color="blue"} > 0`);

    const policy = policyFor(strategy, router.adminUrl, prometheus?.url);
    const lag = monitorEventLoopDelay({ resolution: 10 });
    lag.enable();
    const startedAt = now();
    const { done } = await startInMemory({
      policy,
      environment: "staging",
      version: "v2",
      promoter: "bench",
      env: { TERRAFUSION_ROUTER_TOKEN: TOKEN },
    });
    let timer: NodeJS.Timeout | undefined;
    const state = await Promise.race([
      done,
      new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`the ${strategy} promotion did not end within ${PROMOTION_LIMIT_MS} ms`)),
          PROMOTION_LIMIT_MS,
        );
      }),
    ]).finally(() => clearTimeout(timer));
    const endedAt = now();
    lag.disable();
    if (state.phase !== "rolled-back")
      throw new Error(`the faulty green was not rolled back (${strategy}): ${state.phase}, ${state.reason}`);
    await sleep(500);
    const samples = await traffic.stop();

    const green = samples.filter((s) => s.color === "green");
    const firstFailure = Math.min(...green.filter(failedSample).map((s) => s.start));
    const lastGreen = Math.max(...green.map((s) => s.start));
    if (!Number.isFinite(firstFailure))
      throw new Error(`green served no failed request (${strategy}): nothing to measure`);
    const during = samples.filter((s) => s.start >= startedAt && s.start <= endedAt);
    return {
      breachToBack: lastGreen - firstFailure,
      startToBack: lastGreen - startedAt,
      failed: during.filter(failedSample).length,
      requests: during.length,
      lagP99: lag.percentile(99) / 1e6,
      lagMax: lag.max / 1e6,
    };
  } finally {
    await traffic?.stop();
    await prometheus?.stop();
    await router.close();
    await Promise.all(upstreams.map((u) => u.close()));
  }
}

/** Runs every promotion; a failure of the bench itself (not rolled back, a tool that did not start) is one line. */
async function measure(): Promise<Record<Strategy, Outcome[]>> {
  const outcomes: Record<Strategy, Outcome[]> = { "blue-green": [], canary: [] };
  console.error("warm-up: one canary promotion, not counted…");
  await promoteFaulty("canary");
  for (let run = 1; run <= RUNS; run++) {
    const order = run % 2 ? STRATEGIES : [...STRATEGIES].reverse();
    for (const strategy of order) {
      const o = await promoteFaulty(strategy);
      outcomes[strategy].push(o);
      console.error(
        `run ${run}/${RUNS} ${strategy.padEnd(10)}: rolled back; breach → back ${Math.round(o.breachToBack)} ms, start → back ${Math.round(o.startToBack)} ms, failed ${o.failed}/${o.requests}, event-loop delay p99 ${o.lagP99.toFixed(1)} ms`,
      );
    }
  }
  return outcomes;
}

const loadBefore = loadavg()[0]!;
let outcomes: Record<Strategy, Outcome[]>;
try {
  outcomes = await measure();
} catch (error) {
  console.error(`bench/rollback.ts: ${(error as Error).message}`);
  process.exit(1);
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const max = (values: number[]) => Math.max(...values);
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const rows: [string, (o: Outcome[]) => number, number][] = [
  ["breach → traffic back, median ms", (o) => median(o.map((x) => x.breachToBack)), 0],
  ["breach → traffic back, max ms", (o) => max(o.map((x) => x.breachToBack)), 0],
  ["promotion start → traffic back, median ms", (o) => median(o.map((x) => x.startToBack)), 0],
  ["promotion start → traffic back, max ms", (o) => max(o.map((x) => x.startToBack)), 0],
  ["failed requests per promotion, median", (o) => median(o.map((x) => x.failed)), 0],
  ["failed requests per promotion, max", (o) => max(o.map((x) => x.failed)), 0],
  ["failed requests, all runs", (o) => sum(o.map((x) => x.failed)), 0],
  [
    "failed, % of the promotions' requests",
    (o) => (100 * sum(o.map((x) => x.failed))) / sum(o.map((x) => x.requests)),
    2,
  ],
  ["event-loop delay p99 during it, max ms", (o) => max(o.map((x) => x.lagP99)), 1],
];

const judge = PROMETHEUS
  ? "a PromQL error rate from Prometheus (scrape every 1s, query every 1s, 2nd failure rolls back)"
  : "the router's counters (SLO error-rate 0.05, every 500ms, failure-limit 1)";
console.log(
  `\nrollback of a faulty green (50 % 500s), blue-green vs canary (10 % first) — 127.0.0.1, ${RATE} req/s open loop, ${RUNS} runs, ${new Date().toISOString()}`,
);
console.log(
  `judged by ${judge}; load average ${loadBefore.toFixed(2)} before, ${loadavg()[0]!.toFixed(2)} after, ${availableParallelism()} cores`,
);
console.log(
  `${"figure".padEnd(42)}  ${"blue-green".padStart(10)}  ${"canary".padStart(10)}  ${"canary ×blue-green".padStart(18)}`,
);
for (const [label, figure, digits] of rows) {
  const [baseline, canary] = [figure(outcomes["blue-green"]), figure(outcomes.canary)];
  const ratio = baseline > 0 ? (canary / baseline).toFixed(2) : "—";
  console.log(
    `${label.padEnd(42)}  ${baseline.toFixed(digits).padStart(10)}  ${canary.toFixed(digits).padStart(10)}  ${ratio.padStart(18)}`,
  );
}
const failed = {
  blueGreen: sum(outcomes["blue-green"].map((o) => o.failed)),
  canary: sum(outcomes.canary.map((o) => o.failed)),
};
const met = failed.canary <= failed.blueGreen;
console.log(
  `canary fails ${failed.canary} requests against blue-green's ${failed.blueGreen} (×${(failed.canary / Math.max(1, failed.blueGreen)).toFixed(2)}; expected about ×0.1, the canary's weight): ${met ? "met" : "NOT met"}`,
);
process.exit(met ? 0 : 1);
