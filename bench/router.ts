// npx tsx bench/router.ts — the embedded router's added latency and throughput, side by side with a direct
// connection and with nginx on this machine (ratios), and the time from an SLO breach to traffic back on
// the old color.
import autocannon from "autocannon";
import { execa } from "execa";
import { RouterDriver } from "../src/drivers/router.ts";
import { runLoad } from "../src/load/engine.ts";
import { freeLoopbackPorts } from "../src/net/free-port.ts";
import { useInstalledTools } from "../src/package-root.ts";
import { LocalReporter } from "../src/promotion/local-reporter.ts";
import { Measurer } from "../src/promotion/measure.ts";
import { PromotionRunner } from "../src/promotion/runner.ts";
import { startNginx } from "../test/drivers/nginx-harness.ts";

useInstalledTools();
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ROOT = new URL("..", import.meta.url).pathname;

/** A process of its own, so that autocannon, the service and the proxy never share one event loop. */
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

async function shop(version: string) {
  const port = await freeLoopbackPorts();
  const { process: child } = await spawnUntil(
    "node",
    ["examples/shop/src/server.js"],
    { VERSION: version, PORT: String(port) },
    /listening/,
  );
  return { address: `127.0.0.1:${port}`, child };
}

// The shared load engine: autocannon driving, our HDR histogram measuring (microsecond resolution,
// where autocannon's own summary rounds to whole milliseconds).
async function load(url: string) {
  const result = await runLoad({ url, connections: 32, durationMs: SECONDS * 1000 });
  return {
    p50: result.latency.p50,
    p99: result.latency.p99,
    rps: result.rps,
    errors: result.errors,
  };
}

const blue = await shop("v1");
// green runs the faulty v3 (errors and latency): used for the breach-to-rollback timing below.
const green = await shop("v3");
const token = "bench-admin-token-0123";
const [port, adminPort] = [await freeLoopbackPorts(), await freeLoopbackPorts()];
const { process: routerProcess } = await spawnUntil(
  "node",
  [
    "--import",
    "tsx",
    "src/cli/bin.ts",
    "router",
    "--blue",
    blue.address,
    "--green",
    green.address,
    "--port",
    String(port),
    "--admin-port",
    String(adminPort),
  ],
  { TERRAFUSION_ROUTER_TOKEN: token },
  /admin API on/,
);
const router = { url: `http://127.0.0.1:${port}`, adminUrl: `http://127.0.0.1:${adminPort}` };
const nginx = await startNginx([blue.address], [green.address]);

const rows: [string, Awaited<ReturnType<typeof load>>][] = [];
for (const [name, url] of [
  ["direct", `http://${blue.address}/`],
  ["router", `${router.url}/`],
  ["nginx", `${nginx.url}/`],
] as const) {
  console.error(`loading ${name} for ${SECONDS}s…`);
  rows.push([name, await load(url)]);
}
const direct = rows[0]![1];
console.log(
  `\nrouter vs direct vs nginx — the load engine (HDR), 32 connections, ${SECONDS}s each, 127.0.0.1, ${new Date().toISOString()}`,
);
console.log("target   p50 ms  p99 ms   req/s   errors   p50 ×direct  p99 ×direct  req/s ×direct");
for (const [name, r] of rows)
  console.log(
    `${name.padEnd(8)} ${r.p50.toFixed(2).padStart(6)}  ${r.p99.toFixed(2).padStart(6)}  ${Math.round(r.rps).toString().padStart(6)}  ${String(r.errors).padStart(7)}   ${(r.p50 / direct.p50).toFixed(2).padStart(10)}  ${(r.p99 / direct.p99).toFixed(2).padStart(11)}  ${(r.rps / direct.rps).toFixed(2).padStart(13)}`,
  );
const routerRow = rows[1]![1];
const nginxRow = rows[2]![1];
console.log(
  `router added latency over direct: p50 +${(routerRow.p50 - direct.p50).toFixed(2)} ms, p99 +${(routerRow.p99 - direct.p99).toFixed(2)} ms`,
);
console.log(
  `router / nginx: p50 ×${(routerRow.p50 / nginxRow.p50).toFixed(2)}, p99 ×${(routerRow.p99 / nginxRow.p99).toFixed(2)}, req/s ×${(routerRow.rps / nginxRow.rps).toFixed(2)}`,
);

// SLO breach → traffic back on blue: promote the faulty v3 on green under load; the breach starts at the switch.
const driver = new RouterDriver({ adminUrl: router.adminUrl, token });
const interval = 1_000;
const limit = 2;
const reporter = new LocalReporter();
const runner = new PromotionRunner({
  driver,
  reporter,
  measurer: new Measurer(driver),
  verify: async () => [],
});
const background = autocannon({ url: `${router.url}/`, connections: 4, overallRate: 200, duration: 30 });
let switchedAt = 0;
let backAt = 0;
const watch = setInterval(async () => {
  const active = await driver.active();
  if (!switchedAt && active === "green") switchedAt = performance.now();
  if (switchedAt && !backAt && active === "blue") backAt = performance.now();
}, 5);
const state = await runner.promote({
  environment: "bench",
  sha: "v3",
  promoter: "bench",
  from: "blue",
  to: "green",
  post: {
    intervalMs: interval,
    failureLimit: limit,
    durationMs: 20_000,
    slo: { "p95-ms": 100, "error-rate": 0.01 },
  },
  bakeWindowMs: 60_000,
  rollbackOn: ["analysis-failed"],
  openIncident: false,
  revertPr: false,
});
await new Promise((resolve) => setTimeout(resolve, 50));
clearInterval(watch);
(background as unknown as { stop(): void }).stop();
console.log(
  `\nSLO breach (faulty v3 live on green) → traffic back on blue: ${((backAt - switchedAt) / 1000).toFixed(2)} s, polled every 5 ms (interval ${interval / 1000}s × failure-limit ${limit} = ${(interval * limit) / 1000}s); final phase ${state.phase}`,
);
routerProcess.kill("SIGTERM");
blue.child.kill("SIGTERM");
green.child.kill("SIGTERM");
await nginx.stop();
process.exit(0);
