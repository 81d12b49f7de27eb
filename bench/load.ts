/**
 * The load engine's ceiling on this machine: requests per second against a trivial loopback HTTP
 * server (test/fixtures/services/server.mjs, in its own process), for TerraFusion's engine
 * (runLoad: autocannon + an HDR histogram fed per response) beside autocannon's own CLI and wrk
 * (when installed), with the same connections and duration, one after the other. Run it with:
 *
 *   npx tsx bench/load.ts [seconds=3] [connections=50]
 *
 * A service faster than this ceiling is measured at the ceiling: the gate then measures the load
 * generator, not the service. The ratio says what TerraFusion's per-response bookkeeping costs.
 */
import { spawn } from "node:child_process";
import { join, resolve } from "node:path";
import { execa } from "execa";
import { runLoad } from "../src/load/engine.ts";

const root = resolve(import.meta.dirname, "..");
const seconds = Number(process.argv[2] ?? 3);
const connections = Number(process.argv[3] ?? 50);

async function startServer(): Promise<{ url: string; stop(): void }> {
  const child = spawn(process.execPath, [join(root, "test/fixtures/services/server.mjs")], {
    env: { ...process.env, PORT: "0" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const port = await new Promise<number>((done) => {
    let text = "";
    child.stdout.on("data", (chunk: Buffer) => {
      text += chunk;
      const match = /listening on (\d+)/.exec(text);
      if (match) done(Number(match[1]));
    });
  });
  return { url: `http://127.0.0.1:${port}/`, stop: () => child.kill("SIGKILL") };
}

async function engine(url: string): Promise<number> {
  const stats = await runLoad({ url, durationMs: seconds * 1000, connections });
  if (stats.errors) throw new Error(`engine saw ${stats.errors} errors`);
  return stats.requests / (stats.durationMs / 1000);
}

async function autocannonCli(url: string): Promise<number> {
  const { stdout } = await execa(join(root, "node_modules/.bin/autocannon"), [
    "-c",
    String(connections),
    "-d",
    String(seconds),
    "-j",
    url,
  ]);
  const result = JSON.parse(stdout);
  return result.requests.total / result.duration;
}

async function wrk(url: string): Promise<number | undefined> {
  const run = await execa("wrk", ["-t", "1", "-c", String(connections), "-d", `${seconds}s`, url], {
    reject: false,
  });
  if (run.exitCode !== 0) return undefined;
  const match = /Requests\/sec:\s+([\d.]+)/.exec(run.stdout);
  return match ? Number(match[1]) : undefined;
}

const server = await startServer();
try {
  // Warm the server's JIT so that the first tool measured is not penalised.
  await runLoad({ url: server.url, durationMs: 1000, connections });
  const ours = await engine(server.url);
  const cli = await autocannonCli(server.url);
  const wrkRps = await wrk(server.url);
  const row = (name: string, rps: number | undefined, note = "") =>
    `${name.padEnd(34)} ${rps === undefined ? "not installed".padStart(12) : Math.round(rps).toString().padStart(12)} ${note}`;
  console.log(
    `trivial loopback server, ${connections} connections, ${seconds}s each, ${process.platform} ${process.arch}`,
  );
  console.log(`${"load generator".padEnd(34)} ${"requests/s".padStart(12)}`);
  console.log(row("terrafusion engine (runLoad)", ours, "(baseline)"));
  console.log(row("autocannon CLI", cli, `ratio engine/autocannon = ${(ours / cli).toFixed(2)}`));
  console.log(row("wrk -t1", wrkRps, wrkRps ? `ratio engine/wrk = ${(ours / wrkRps).toFixed(2)}` : ""));
} finally {
  server.stop();
}
