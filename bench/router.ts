// npx tsx bench/router.ts — the embedded router side by side with a direct connection, with nginx (one
// worker, as the router is one process) on this machine, as ratios:
//   - throughput: as many requests as answers allow over 32 keep-alive connections (the load engine);
//   - added latency: p50 and p99 at a fixed 1,000 requests/s over 10 connections, minus direct's at the same
//     rate. The rate is held open-loop (bench/paced-load.ts, as wrk2 does): autocannon's `overallRate` sends
//     each connection's share of a second back to back and then idles, which measures 10 requests in flight,
//     not 1,000 requests/s. The generator's own lateness is printed too (lag p99): it is not in the figures.
// Each figure is the median of ROUNDS runs (default 5) of BENCH_SECONDS (default 3) each, the targets taken
// in turn within a round so that a busy moment of the machine does not fall on one target only; added
// latencies and ratios are taken within each round first (router minus direct of the same round). The
// figures mean something only on a quiet machine: the load average is printed before and after.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { join } from "node:path";
import { execa } from "execa";
import { type LoadStats, runLoad } from "../src/load/engine.ts";
import { freeLoopbackPorts } from "../src/net/free-port.ts";
import { useInstalledTools } from "../src/package-root.ts";
import { startNginx } from "../test/drivers/nginx-harness.ts";
import { type PacedStats, pacedLoad } from "./paced-load.ts";
import { childrenOf, cpuMs, cpuTimes, stealShare } from "./process-cpu.ts";

if (process.argv.includes("--help") || process.argv.includes("-h")) {
  console.log(`usage: npx tsx bench/router.ts
  The router (the CLI bundled afresh from the sources, as dist/ is), a direct connection, nginx (1 worker) and
  a byte relay in Node (bench/byte-relay.ts, the floor of any Node proxy) in front of examples/shop, each in its
  own process:
  throughput over 32 connections, and p50/p99 at a fixed 1,000 req/s (open loop) over 10 connections.
  environment: ROUNDS (default 5) runs of BENCH_SECONDS (default 3) per target and figure; the median is shown.
  Run it on a quiet machine: the load average is printed, and a busy one makes every figure worse.`);
  process.exit(0);
}

useInstalledTools();
const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const ROUNDS = Number(process.env.ROUNDS ?? 5);
const RATE = 1_000;
const ROOT = new URL("..", import.meta.url).pathname;

/** A process of its own, so that the load tool, the service and the proxy never share one event loop. */
async function spawnUntil(command: string, args: string[], env: Record<string, string>, ready: RegExp) {
  const child = execa(command, args, { cwd: ROOT, env, reject: false, all: true });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${args.join(" ")} did not start`)), 15_000);
    child.all?.on("data", (chunk: Buffer) => {
      if (ready.test(String(chunk))) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  // An execa child is a promise of its end: wrap it, or awaiting this function would wait for the exit.
  return { process: child };
}

const port = await freeLoopbackPorts();
const { process: shop } = await spawnUntil(
  "node",
  ["examples/shop/src/server.js"],
  { VERSION: "v1", PORT: String(port) },
  /listening/,
);
const upstream = `127.0.0.1:${port}`;
const [routerPort, adminPort] = [await freeLoopbackPorts(), await freeLoopbackPorts()];
// The router as users run it: the bundled CLI (scripts/bundle.mjs, as dist/ is built), fresh from the sources.
// Under tsx it would carry the transpiler's helpers on its hot path (about 2 % of its CPU per request).
// Inside the package (the CLI finds its own package.json above it), under node_modules so git never sees it.
mkdirSync(join(ROOT, "node_modules", ".cache"), { recursive: true });
const bundle = mkdtempSync(join(ROOT, "node_modules", ".cache", "terrafusion-bench-"));
await execa("node", ["scripts/bundle.mjs", bundle], { cwd: ROOT });
const { process: router } = await spawnUntil(
  "node",
  [
    join(bundle, "cli.js"),
    "router",
    ...["--blue", upstream, "--green", upstream],
    ...["--port", String(routerPort), "--admin-port", String(adminPort)],
  ],
  { TERRAFUSION_ROUTER_TOKEN: "bench-admin-token-0123" },
  /admin API on/,
);
const nginx = await startNginx([upstream], [upstream], { workers: 1 });
const relayPort = await freeLoopbackPorts();
const { process: relay } = await spawnUntil(
  "node",
  ["--import", "tsx", "bench/byte-relay.ts", String(relayPort), String(port)],
  {},
  /listening/,
);

const targets = [
  ["direct", `http://${upstream}/`],
  ["router", `http://127.0.0.1:${routerPort}/`],
  ["nginx", `${nginx.url}/`],
  ["relay", `http://127.0.0.1:${relayPort}/`],
] as const;
type Target = (typeof targets)[number][0];

// Throughput: the load engine (autocannon driving, an HDR histogram measuring). Latency at a fixed rate: the
// open-loop generator, each request due at its time whatever the answers (see the top of this file).
const throughput = (url: string) => runLoad({ url, connections: 32, durationMs: SECONDS * 1000 });
// The process that answers the client, whose CPU time per request at the fixed rate is shown (the shop itself
// when direct, the router, nginx's one worker): the least noisy figure of what the proxy costs.
const nginxMaster = Number(readFileSync(join(nginx.dir, "nginx.pid"), "utf8").trim());
const answering: Record<Target, number | undefined> = {
  direct: shop.pid,
  router: router.pid,
  nginx: childrenOf(nginxMaster)[0],
  relay: relay.pid,
};
type Paced = PacedStats & { cpuUsPerRequest: number | undefined };
async function paced(name: Target, url: string): Promise<Paced> {
  const before = cpuMs(answering[name]);
  const stats = await pacedLoad({ url, connections: 10, rate: RATE, durationMs: SECONDS * 1000 });
  const after = cpuMs(answering[name]);
  const cpu =
    before === undefined || after === undefined ? undefined : ((after - before) * 1000) / stats.requests;
  return { ...stats, cpuUsPerRequest: cpu };
}

const loadBefore = loadavg()[0]!;
const stealBefore = cpuTimes();
const runs: Record<Target, { open: LoadStats[]; fixed: Paced[] }> = {
  direct: { open: [], fixed: [] },
  router: { open: [], fixed: [] },
  nginx: { open: [], fixed: [] },
  relay: { open: [], fixed: [] },
};
// Warm-up: every target, and the generator's own code, before anything counts.
for (const [, url] of targets) await runLoad({ url, connections: 32, durationMs: 1_000 });
for (const [, url] of targets) await pacedLoad({ url, connections: 10, rate: RATE, durationMs: 1_000 });
for (let round = 1; round <= ROUNDS; round++) {
  console.error(
    `round ${round}/${ROUNDS}: ${SECONDS}s each as fast as it answers, then ${SECONDS}s each at ${RATE} req/s…`,
  );
  for (const [name, url] of targets) runs[name].open.push(await throughput(url));
  // The paced runs back to back, so that the three latencies of a round are taken as close together as can be.
  for (const [name, url] of targets) runs[name].fixed.push(await paced(name, url));
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
/**
 * A comparison with another target round by round, then the median over the rounds: the targets of one round
 * are measured seconds apart, the rounds a minute apart, when the machine may be busier.
 */
const perRound = (
  name: Target,
  other: Target,
  figure: (stats: PacedStats) => number,
  compare: "minus" | "over",
) =>
  median(
    runs[name].fixed.map((stats, round) => {
      const mine = figure(stats);
      const theirs = figure(runs[other].fixed[round]!);
      return compare === "minus" ? mine - theirs : mine / theirs;
    }),
  );
const rpsRatio = (name: Target, other: Target) =>
  median(runs[name].open.map((stats, round) => stats.rps / runs[other].open[round]!.rps));
const p50 = (stats: PacedStats) => stats.latency.p50;
const p99 = (stats: PacedStats) => stats.latency.p99;

function figuresOf(name: Target) {
  const { open, fixed } = runs[name];
  return {
    rps: median(open.map((r) => r.rps)),
    rpsToDirect: rpsRatio(name, "direct"),
    rpsToNginx: rpsRatio(name, "nginx"),
    p50: median(fixed.map(p50)),
    p99: median(fixed.map(p99)),
    addedP50: perRound(name, "direct", p50, "minus"),
    addedP99: perRound(name, "direct", p99, "minus"),
    p99ToDirect: perRound(name, "direct", p99, "over"),
    p99ToNginx: perRound(name, "nginx", p99, "over"),
    rate: median(fixed.map((r) => r.rps)),
    lag: Math.max(...fixed.map((r) => r.lag.p99)),
    cpu: fixed.every((r) => r.cpuUsPerRequest !== undefined)
      ? median(fixed.map((r) => r.cpuUsPerRequest!))
      : undefined,
    errors: [...open, ...fixed].reduce((sum, r) => sum + r.errors, 0),
  };
}
const figures = {
  direct: figuresOf("direct"),
  router: figuresOf("router"),
  nginx: figuresOf("nginx"),
  relay: figuresOf("relay"),
};

const { router: proxied, nginx: reference, relay: floor } = figures;
const fixed = (value: number, digits = 2) => value.toFixed(digits);
const signed = (value: number) => `${value < 0 ? "−" : "+"}${Math.abs(value).toFixed(2)}`;
const stolen = stealShare(stealBefore, cpuTimes());
const loads = `load average ${loadBefore.toFixed(2)} before, ${loadavg()[0]!.toFixed(2)} after, ${availableParallelism()} cores${stolen === undefined ? "" : `, ${(stolen * 100).toFixed(1)} % of CPU time stolen by the hypervisor`}`;
console.log(
  `\nrouter vs direct vs nginx (1 worker) vs a byte relay in Node (the floor) — 127.0.0.1, median of ${ROUNDS} × ${SECONDS}s, ${new Date().toISOString()}; ${loads}`,
);
console.log(
  `target    req/s@32conn  ×direct  ×nginx   │ at ${RATE} req/s open loop, 10 conn: p50 ms  p99 ms  added p50  added p99  p99 ×direct  p99 ×nginx  lag p99  cpu µs/req  errors`,
);
for (const [name] of targets) {
  const r = figures[name];
  console.log(
    `${name.padEnd(8)}  ${String(Math.round(r.rps)).padStart(12)}  ${fixed(r.rpsToDirect).padStart(7)}  ${fixed(r.rpsToNginx).padStart(6)}   │ ${`(${Math.round(r.rate)} req/s)`.padStart(34)} ${fixed(r.p50).padStart(6)}  ${fixed(r.p99).padStart(6)}  ${signed(r.addedP50).padStart(9)}  ${signed(r.addedP99).padStart(9)}  ${fixed(r.p99ToDirect).padStart(11)}  ${fixed(r.p99ToNginx).padStart(10)}  ${fixed(r.lag).padStart(7)}  ${(r.cpu === undefined ? "–" : String(Math.round(r.cpu))).padStart(10)}  ${String(r.errors).padStart(6)}`,
  );
}
const addedP99 = proxied.addedP99;
const throughputRatio = proxied.rpsToNginx;
console.log(
  `added figures and ratios: per round against the same round's direct (or nginx), then the median over the rounds; lag p99: the generator's own lateness, not in the figures; cpu: user + system time of the answering process (the shop, the router, nginx's worker, the relay) per request at the fixed rate; relay: bytes passed both ways without reading HTTP (bench/byte-relay.ts), what any proxy written in Node adds at least`,
);
console.log(
  `router: added p99 at ${RATE} req/s ${signed(addedP99)} ms (nginx ${signed(reference.addedP99)} ms, byte relay ${signed(floor.addedP99)} ms; target ≤ 1 ms: ${addedP99 <= 1 ? "met" : "NOT met"}); throughput ×${fixed(throughputRatio)} nginx's (target ≥ 0.5: ${throughputRatio >= 0.5 ? "met" : "NOT met"})`,
);

router.kill("SIGTERM");
relay.kill("SIGTERM");
shop.kill("SIGTERM");
await nginx.stop();
rmSync(bundle, { recursive: true, force: true });
process.exit(0);
