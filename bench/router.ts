// npx tsx bench/router.ts — the embedded router side by side with a direct connection and with nginx (one
// worker, as the router is one process) on this machine, as ratios:
//   - throughput: as many requests as answers allow over 32 keep-alive connections;
//   - added latency: p50 and p99 at a fixed 1,000 requests/s over 10 connections, minus direct's.
// Each figure is the median of ROUNDS runs (default 3) of BENCH_SECONDS (default 3) each, the targets taken
// in turn within a round so that a busy moment of the machine does not fall on one target only.
import { execa } from "execa";
import { type LoadStats, runLoad } from "../src/load/engine.ts";
import { freeLoopbackPorts } from "../src/net/free-port.ts";
import { useInstalledTools } from "../src/package-root.ts";
import { startNginx } from "../test/drivers/nginx-harness.ts";

useInstalledTools();
const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const ROUNDS = Number(process.env.ROUNDS ?? 3);
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
const { process: router } = await spawnUntil(
  "node",
  [
    "--import",
    "tsx",
    "src/cli/bin.ts",
    "router",
    ...["--blue", upstream, "--green", upstream],
    ...["--port", String(routerPort), "--admin-port", String(adminPort)],
  ],
  { TERRAFUSION_ROUTER_TOKEN: "bench-admin-token-0123" },
  /admin API on/,
);
const nginx = await startNginx([upstream], [upstream], { workers: 1 });

const targets = [
  ["direct", `http://${upstream}/`],
  ["router", `http://127.0.0.1:${routerPort}/`],
  ["nginx", `${nginx.url}/`],
] as const;
type Target = (typeof targets)[number][0];

// The load engine: autocannon driving, an HDR histogram measuring (microseconds, where autocannon's own summary
// rounds to whole milliseconds); with `rate`, requests are paced whatever the answers.
const throughput = (url: string) => runLoad({ url, connections: 32, durationMs: SECONDS * 1000 });
const paced = (url: string) => runLoad({ url, connections: 10, rate: RATE, durationMs: SECONDS * 1000 });

const runs: Record<Target, { open: LoadStats[]; fixed: LoadStats[] }> = {
  direct: { open: [], fixed: [] },
  router: { open: [], fixed: [] },
  nginx: { open: [], fixed: [] },
};
for (const [, url] of targets) await runLoad({ url, connections: 32, durationMs: 1_000 }); // warm-up
for (let round = 1; round <= ROUNDS; round++) {
  for (const [name, url] of targets) {
    console.error(
      `round ${round}/${ROUNDS}: ${name}, ${SECONDS}s as fast as it answers, ${SECONDS}s at ${RATE} req/s…`,
    );
    runs[name].open.push(await throughput(url));
    runs[name].fixed.push(await paced(url));
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const figures = Object.fromEntries(
  targets.map(([name]) => {
    const { open, fixed } = runs[name];
    return [
      name,
      {
        rps: median(open.map((r) => r.rps)),
        p50: median(fixed.map((r) => r.latency.p50)),
        p99: median(fixed.map((r) => r.latency.p99)),
        rate: median(fixed.map((r) => r.rps)),
        errors: [...open, ...fixed].reduce((sum, r) => sum + r.errors, 0),
      },
    ];
  }),
) as Record<Target, { rps: number; p50: number; p99: number; rate: number; errors: number }>;

const { direct, router: proxied, nginx: reference } = figures;
const fixed = (value: number, digits = 2) => value.toFixed(digits);
const signed = (value: number) => `${value < 0 ? "−" : "+"}${Math.abs(value).toFixed(2)}`;
console.log(
  `\nrouter vs direct vs nginx (1 worker) — the load engine (HDR), 127.0.0.1, median of ${ROUNDS} × ${SECONDS}s, ${new Date().toISOString()}`,
);
console.log(
  `target    req/s@32conn  ×direct  ×nginx   │ at ${RATE} req/s, 10 conn: p50 ms  p99 ms  added p50  added p99  p99 ×direct  p99 ×nginx  errors`,
);
for (const [name] of targets) {
  const r = figures[name];
  console.log(
    `${name.padEnd(8)}  ${String(Math.round(r.rps)).padStart(12)}  ${fixed(r.rps / direct.rps).padStart(7)}  ${fixed(r.rps / reference.rps).padStart(6)}   │ ${`(${Math.round(r.rate)} req/s)`.padStart(24)} ${fixed(r.p50).padStart(6)}  ${fixed(r.p99).padStart(6)}  ${signed(r.p50 - direct.p50).padStart(9)}  ${signed(r.p99 - direct.p99).padStart(9)}  ${fixed(r.p99 / direct.p99).padStart(11)}  ${fixed(r.p99 / reference.p99).padStart(10)}  ${String(r.errors).padStart(6)}`,
  );
}
const addedP99 = proxied.p99 - direct.p99;
const nginxAddedP99 = reference.p99 - direct.p99;
console.log(
  `router: added p99 at ${RATE} req/s ${signed(addedP99)} ms (nginx ${signed(nginxAddedP99)} ms; target ≤ 1 ms: ${addedP99 <= 1 ? "met" : "NOT met"}); throughput ×${fixed(proxied.rps / reference.rps)} nginx's (target ≥ 0.5: ${proxied.rps / reference.rps >= 0.5 ? "met" : "NOT met"})`,
);

router.kill("SIGTERM");
shop.kill("SIGTERM");
await nginx.stop();
process.exit(0);
