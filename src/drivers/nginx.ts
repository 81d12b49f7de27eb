import { readdir, readFile } from "node:fs/promises";
import { plural } from "../core/format.ts";
import { OriginError, resolveOnOrigin } from "../core/same-origin.ts";
import { ConfigError, ToolError } from "../errors.ts";
import { writeFileAtomic } from "../fs/atomic-write.ts";
import { runSupervised } from "../process/supervise.ts";
import { probe, toUrl } from "../router/pool.ts";
import { type TrafficSplit, weightProblem, weightsOf } from "../router/split.ts";
import { type Color, type ColorHealth, isColor, otherColor, type TrafficDriver } from "./types.ts";

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

const MARKER = /^# terrafusion: active=(blue|green)(?: weight=(\d{1,3}))?$/m;

/**
 * Switches by rewriting the upstream include file atomically (write a temporary file, flush, rename it over),
 * checking the whole configuration with `nginx -t`, and reloading. nginx's reload is graceful: old workers
 * finish what they are serving while new workers take new connections; a switch returns once no old worker
 * is left, so every request sent after it reaches the new color. A canary weight is the same rewrite with
 * the servers of both colors, weighted (`server … weight=N`) so the colors share requests as asked.
 */
export class NginxDriver implements TrafficDriver {
  readonly kind = "nginx";
  constructor(private readonly options: NginxDriverOptions) {
    for (const color of ["blue", "green"] as const)
      for (const server of options[color]) checkServer(color, server);
  }

  /** The include with every request on `color` (blue-green). */
  static upstreamText(color: Color, servers: string[]): string {
    return NginxDriver.splitText({ active: color, weight: 0 }, {
      [color]: servers,
      [otherColor(color)]: [],
    } as Record<Color, string[]>);
  }

  /**
   * The include for a split: at weight 0 (or 100) only one color's servers, as in blue-green; in between, both
   * colors' servers with nginx weights such that the canary's servers together take `weight` percent of the
   * requests whatever the number of servers of each color (a server's own weight=N still counts within its color).
   */
  static splitText(split: TrafficSplit, servers: Record<Color, string[]>): string {
    const problem = weightProblem(split.weight);
    if (problem) throw new ConfigError(`nginx: ${problem}`);
    for (const color of ["blue", "green"] as const)
      for (const server of servers[color]) checkServer(color, server);
    const canary = otherColor(split.active);
    const shares = weightsOf(split);
    const serving = (["blue", "green"] as const).filter(
      (color) => shares[color] > 0 && servers[color].length > 0,
    );
    const total = (color: Color) => servers[color].reduce((sum, server) => sum + ownWeight(server), 0);
    const lines: { server: string; weight: number }[] = [];
    for (const color of serving) {
      // Color share × the server's own weight × the other color's total: both colors' sums then stand as the shares.
      const other = serving.length === 2 ? total(otherColor(color)) : 1;
      for (const server of servers[color]) {
        const weight = shares[color] * ownWeight(server) * other;
        // One color alone keeps its servers as written (their own weight=N included), as in blue-green.
        lines.push({ server: serving.length === 2 ? withoutWeight(server) : server, weight });
      }
    }
    const divisor = lines.reduce((g, line) => gcd(g, line.weight), 0) || 1;
    const marker = `# terrafusion: active=${split.active}${split.weight > 0 ? ` weight=${split.weight}` : ""}`;
    const note = split.weight > 0 ? `\n# ${split.weight} % of requests to ${canary}, the canary.` : "";
    return `${marker}\n# Written by TerraFusion's nginx driver; edit the policy, not this file.${note}\n${lines
      .map(({ server, weight }) =>
        serving.length === 2 ? `server ${server} weight=${weight / divisor};` : `server ${server};`,
      )
      .join("\n")}\n`;
  }

  async active(): Promise<Color> {
    return (await this.split()).active;
  }

  async weights(): Promise<Record<Color, number>> {
    return weightsOf(await this.split());
  }

  /** The split the include file says is in effect (its first line, written by this driver). */
  async split(): Promise<TrafficSplit> {
    let text: string;
    try {
      text = await readFile(this.options.upstreamFile, "utf8");
    } catch (error) {
      throw new ToolError(
        "nginx",
        `cannot read the upstream file ${this.options.upstreamFile}: ${(error as Error).message}`,
      );
    }
    const match = MARKER.exec(text);
    const color = match?.[1];
    const weight = Number(match?.[2] ?? 0);
    if (!isColor(color) || weight > 100)
      throw new ToolError(
        "nginx",
        `${this.options.upstreamFile} has no "# terrafusion: active=blue|green [weight=0-100]" line; let the driver write it once with \`terrafusion promote\``,
      );
    return { active: color, weight };
  }

  async switchTo(color: Color): Promise<void> {
    await this.apply({ active: color, weight: 0 }, color);
  }

  async setWeight(canary: Color, percent: number): Promise<void> {
    const { active } = await this.split();
    if (canary === active)
      throw new ToolError(
        "nginx",
        `${canary} is the active color; the weight is the share of ${otherColor(canary)}, the canary`,
      );
    await this.apply({ active, weight: percent }, `${canary} at ${percent} %`);
  }

  /** Writes the include for `split`, checks it with nginx -t (putting the old one back if it fails), reloads. */
  private async apply(split: TrafficSplit, what: string): Promise<void> {
    const file = this.options.upstreamFile;
    const previous = await readFile(file, "utf8").catch(() => undefined);
    await writeFileAtomic(file, NginxDriver.splitText(split, this.options));
    const test = await this.nginx(["-t"]);
    if (test.exitCode !== 0) {
      if (previous !== undefined) await writeFileAtomic(file, previous);
      throw new ToolError(
        "nginx",
        `the configuration with ${what} does not pass nginx -t: ${lastLine(test.stderr)}`,
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

/** A server's own weight=N (1 without one): its share within its color. */
function ownWeight(server: string): number {
  return Number(/ weight=(\d+)/.exec(server)?.[1] ?? 1) || 1;
}

function withoutWeight(server: string): string {
  return server.replace(/ weight=\d+/, "");
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/** nginx's most telling line: the first [emerg] (or the last line when there is none). */
function lastLine(text: string): string {
  const lines = text.trim().split("\n");
  return (lines.find((line) => line.includes("[emerg]")) ?? lines.at(-1) ?? "").replace(/^nginx: /, "");
}
