import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execa, type ResultPromise } from "execa";
import { freeLoopbackPorts } from "../../src/net/free-port.ts";
import { packageRoot } from "../../src/package-root.ts";

export interface ScrapeJob {
  name: string;
  /** host:port targets, each with extra labels (the color a target serves). */
  targets: { address: string; labels?: Record<string, string> }[];
  path?: string;
}

/**
 * A real Prometheus (Debian's package, put in .tools/bin by scripts/install-tools) on a free 127.0.0.1
 * port, scraping every second, with its data in a temporary folder. Ready when /-/ready answers 200.
 */
export async function startPrometheus(jobs: ScrapeJob[]) {
  const dir = mkdtempSync(join(tmpdir(), "tf-prometheus-"));
  const port = await freeLoopbackPorts();
  const config = join(dir, "prometheus.yml");
  // JSON is YAML: the scrape config without a YAML writer.
  writeFileSync(
    config,
    JSON.stringify({
      global: { scrape_interval: "1s", scrape_timeout: "900ms", evaluation_interval: "1s" },
      scrape_configs: jobs.map((job) => ({
        job_name: job.name,
        metrics_path: job.path ?? "/metrics",
        static_configs: job.targets.map((target) => ({
          targets: [target.address],
          labels: target.labels ?? {},
        })),
      })),
    }),
  );
  const child: ResultPromise = execa(
    "prometheus",
    [
      `--config.file=${config}`,
      `--storage.tsdb.path=${join(dir, "data")}`,
      `--web.listen-address=127.0.0.1:${port}`,
      "--log.level=warn",
    ],
    { reject: false, cwd: dir, all: true, buffer: true },
  );
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      if ((await fetch(`${url}/-/ready`)).status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline || child.exitCode !== null) {
      child.kill("SIGKILL");
      const output = (await child).all;
      throw new Error(`prometheus did not start on ${url}: ${String(output).slice(-2000)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    /** Waits (bounded) until `query` has at least one series, i.e. the scrapes it needs have happened. */
    async until(query: string, timeoutMs = 15_000): Promise<void> {
      const end = Date.now() + timeoutMs;
      while (Date.now() < end) {
        const answer = (await (
          await fetch(`${url}/api/v1/query?query=${encodeURIComponent(query)}`)
        ).json()) as {
          data?: { result?: unknown[] };
        };
        if ((answer.data?.result?.length ?? 0) > 0) return;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      throw new Error(`prometheus had no series for ${query} after ${timeoutMs} ms`);
    },
    async stop() {
      child.kill("SIGTERM");
      await child;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The example shop (examples/shop) as its own process, on a free loopback port. */
export async function startShop(version: string) {
  const port = await freeLoopbackPorts();
  const child: ResultPromise = execa("node", ["src/server.js"], {
    cwd: join(packageRoot(), "examples/shop"),
    env: { PORT: String(port), VERSION: version, HOST: "127.0.0.1" },
    reject: false,
  });
  const address = `127.0.0.1:${port}`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      if ((await fetch(`http://${address}/healthz`)).status === 200) break;
    } catch {
      if (Date.now() > deadline || child.exitCode !== null)
        throw new Error(`the shop ${version} did not start`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  return {
    address,
    async stop() {
      child.kill("SIGTERM");
      await child;
    },
  };
}
