import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { plural } from "../core/format.ts";
import { OriginError, resolveOnOrigin } from "../core/same-origin.ts";
import { ConfigError, ToolError } from "../errors.ts";
import { runSupervised } from "../process/supervise.ts";
import { probe, toUrl } from "../router/pool.ts";
import { type Color, type ColorHealth, isColor, type TrafficDriver } from "./types.ts";

export interface NginxDriverOptions {
  /** The file included inside the `upstream { }` block of the nginx configuration. */
  upstreamFile: string;
  blue: string[];
  green: string[];
  /** The nginx binary (default: nginx on PATH). */
  nginx?: string;
  /** The main configuration file, for `nginx -t -c` and `-s reload`. */
  config?: string;
  /** nginx's prefix (-p). */
  prefix?: string;
  /** The master's pid file; with it a switch waits until the old workers have exited. */
  pidFile?: string;
  healthPath?: string;
  reloadTimeoutMs?: number;
}

const MARKER = /^# terrafusion: active=(blue|green)$/m;

/**
 * Switches by rewriting the upstream include file atomically (write a temporary file, rename it over),
 * checking the whole configuration with `nginx -t`, and reloading. nginx's reload is graceful: old workers
 * finish what they are serving while new workers take new connections; a switch returns once no old worker
 * is left, so every request sent after it reaches the new color.
 */
export class NginxDriver implements TrafficDriver {
  readonly kind = "nginx";
  constructor(private readonly options: NginxDriverOptions) {
    for (const color of ["blue", "green"] as const)
      for (const server of options[color]) checkServer(color, server);
  }

  static upstreamText(color: Color, servers: string[]): string {
    for (const server of servers) checkServer(color, server);
    return `# terrafusion: active=${color}\n# Written by TerraFusion's nginx driver; edit the policy, not this file.\n${servers
      .map((server) => `server ${server};`)
      .join("\n")}\n`;
  }

  async active(): Promise<Color> {
    let text: string;
    try {
      text = await readFile(this.options.upstreamFile, "utf8");
    } catch (error) {
      throw new ToolError(
        "nginx",
        `cannot read the upstream file ${this.options.upstreamFile}: ${(error as Error).message}`,
      );
    }
    const color = MARKER.exec(text)?.[1];
    if (!isColor(color))
      throw new ToolError(
        "nginx",
        `${this.options.upstreamFile} has no "# terrafusion: active=blue|green" line; let the driver write it once with \`terrafusion promote\``,
      );
    return color;
  }

  async switchTo(color: Color): Promise<void> {
    const file = this.options.upstreamFile;
    let previous: string | undefined;
    try {
      previous = readFileSync(file, "utf8");
    } catch {
      previous = undefined;
    }
    atomicWrite(file, NginxDriver.upstreamText(color, this.options[color]));
    const test = await this.nginx(["-t"]);
    if (test.exitCode !== 0) {
      if (previous !== undefined) atomicWrite(file, previous);
      throw new ToolError(
        "nginx",
        `the configuration with ${color} does not pass nginx -t: ${lastLine(test.stderr)}`,
      );
    }
    const before = await this.workers();
    const reload = await this.nginx(["-s", "reload"]);
    if (reload.exitCode !== 0) throw new ToolError("nginx", `reload failed: ${lastLine(reload.stderr)}`);
    await this.waitForOldWorkers(before);
  }

  async health(color: Color): Promise<ColorHealth> {
    const results = await Promise.all(
      this.options[color].map(async (server) => ({
        server,
        outcome: await this.probeServer(server),
      })),
    );
    const bad = results.filter((r) => r.outcome !== "ok");
    return {
      color,
      healthy: bad.length < results.length,
      detail: `${results.length - bad.length} of ${plural(results.length, "upstream")} healthy${bad.length ? ` (${bad.map((b) => `${b.server}: ${b.outcome}`).join("; ")})` : ""}`,
    };
  }

  /** The policy's health path on one server, never on another address (see resolveOnOrigin). */
  private async probeServer(server: string): Promise<string> {
    let url: URL;
    try {
      url = resolveOnOrigin(toUrl(server), this.options.healthPath ?? "/healthz");
    } catch (error) {
      if (error instanceof OriginError) return `refused: ${error.message}`;
      throw error;
    }
    return probe(url, 1_000);
  }

  async colorUrl(color: Color): Promise<string | undefined> {
    const first = this.options[color][0];
    return first ? toUrl(first).origin : undefined;
  }

  private async nginx(args: string[]): Promise<{ exitCode: number; stderr: string }> {
    const base = [
      ...(this.options.prefix ? ["-p", this.options.prefix] : []),
      ...(this.options.config ? ["-c", this.options.config] : []),
    ];
    const binary = this.options.nginx ?? "nginx";
    const result = await runSupervised({
      command: binary,
      args: [...base, ...args],
      env: process.env,
      deadlineMs: 15_000,
    });
    if (result.spawnError) throw new ToolError("nginx", `cannot run ${binary}: ${result.spawnError.message}`);
    if (result.stopped) throw new ToolError("nginx", `nginx ${args.join(" ")} ${result.stopped}`);
    return { exitCode: result.exitCode ?? 1, stderr: result.output.text() };
  }

  /** The worker processes of the master named by the pid file (Linux /proc); empty when unknown. */
  private async workers(): Promise<Set<number>> {
    if (!this.options.pidFile) return new Set();
    let master: number;
    try {
      master = Number((await readFile(this.options.pidFile, "utf8")).trim());
    } catch {
      return new Set();
    }
    const children = new Set<number>();
    for (const entry of await readdir("/proc").catch(() => [] as string[])) {
      if (!/^\d+$/.test(entry)) continue;
      const stat = await readFile(`/proc/${entry}/stat`, "utf8").catch(() => "");
      // Field 4 (after the parenthesised command name) is the parent pid.
      const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (parent === master) children.add(Number(entry));
    }
    return children;
  }

  private async waitForOldWorkers(old: Set<number>): Promise<void> {
    if (old.size === 0) return;
    const deadline = Date.now() + (this.options.reloadTimeoutMs ?? 10_000);
    while (Date.now() < deadline) {
      const now = await this.workers();
      if (![...old].some((pid) => now.has(pid))) return;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new ToolError(
      "nginx",
      "old workers still serving 10 s after the reload (long requests?); the switch is in effect for new connections",
    );
  }
}

/**
 * One `server` line of the include: an address (host:port, [v6]:port, unix:/path) and nginx's flags
 * (weight=2, backup). No `;`, braces, quotes, `#`, `$` or line breaks: an upstream string must not
 * end the directive and add its own (`1.2.3.4:80; include /etc/passwd`).
 */
const SERVER = /^[A-Za-z0-9._:/[\]-]+( [a-z_]+(=[A-Za-z0-9._:]+)?)*$/;

function checkServer(color: string, server: string): void {
  if (!SERVER.test(server))
    throw new ConfigError(
      `driver.${color}: ${JSON.stringify(server)} is not an nginx upstream address; write host:port (e.g. 127.0.0.1:8081), optionally followed by flags like weight=2`,
    );
}

function atomicWrite(file: string, text: string): void {
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  writeFileSync(temp, text);
  renameSync(temp, file);
}

/** nginx's most telling line: the first [emerg] (or the last line when there is none). */
function lastLine(text: string): string {
  const lines = text.trim().split("\n");
  return (lines.find((line) => line.includes("[emerg]")) ?? lines.at(-1) ?? "").replace(/^nginx: /, "");
}
