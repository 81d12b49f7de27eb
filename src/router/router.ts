import http from "node:http";
import type { AddressInfo } from "node:net";
import { performance } from "node:perf_hooks";
import { plural } from "../core/format.ts";
import { COLORS, type Color, type ColorCounters, otherColor } from "../drivers/types.ts";
import { ConfigError } from "../errors.ts";
import { handleAdmin } from "./admin.ts";
import { forward } from "./forward.ts";
import { LatencyCounters } from "./histogram.ts";
import { ColorPool } from "./pool.ts";
import { Splitter, type TrafficSplit, weightProblem } from "./split.ts";
import { readRouterState, writeRouterState } from "./state.ts";

export interface RouterOptions {
  blue: string[];
  green: string[];
  active?: Color;
  /** Percent of new requests sent to the color that is not active (a canary); default 0, plain blue-green. */
  weight?: number;
  /**
   * A file that keeps the active color and the weight across restarts: written (atomically, flushed) before
   * a switch or a weight change answers, and resumed at start, where it wins over `active` and `weight`.
   * Missing: a first start, from `active` and `weight`. Unreadable or not a state: the start fails.
   */
  stateFile?: string;
  /** Bearer token of the admin API (at least 16 characters); the router refuses to start without one. */
  token?: string;
  /** Where the traffic port listens (default 127.0.0.1). */
  host?: string;
  /** Where the admin API listens: 127.0.0.1 unless said, also when the traffic port is public. */
  adminHost?: string;
  /** Traffic port; 0 picks a free one. */
  port?: number;
  adminPort?: number;
  healthPath?: string;
  healthIntervalMs?: number;
  /** Give up connecting to an upstream after this long and try a sibling (default 2000 ms). */
  connectTimeoutMs?: number;
  /** Refuse to switch to a color with no healthy upstream (default true). */
  requireHealthy?: boolean;
}

export interface SwitchRecord {
  from: Color;
  to: Color;
  /** performance.timeOrigin + performance.now() at the moment new requests started going to `to`. */
  at: number;
}

/** A change of the weight, as recorded in the status. */
export interface WeightRecord {
  canary: Color;
  from: number;
  to: number;
  at: number;
}

const MIN_TOKEN_LENGTH = 16;

/**
 * The embedded reverse proxy: two colors, one active, and a weight (the percent of new requests the other
 * color takes, for canary steps); switching or weighting only changes where new requests go.
 */
export class Router {
  readonly pools: Record<Color, ColorPool>;
  readonly counters: Record<Color, LatencyCounters> = {
    blue: new LatencyCounters(),
    green: new LatencyCounters(),
  };
  readonly switches: SwitchRecord[] = [];
  readonly weightChanges: WeightRecord[] = [];
  readonly inFlight: Record<Color, number> = { blue: 0, green: 0 };
  /** Whether the split was resumed from the state file (false on a first start, or without one). */
  resumed = false;
  private readonly splitter: Splitter;
  /** Changes of the split, one at a time: each is on disk before the next one starts. */
  private changes: Promise<unknown> = Promise.resolve();
  private traffic?: http.Server;
  private admin?: http.Server;

  constructor(readonly options: RouterOptions) {
    const weight = options.weight ?? 0;
    const problem = weightProblem(weight);
    if (problem) throw new ConfigError(`router: ${problem}`);
    this.splitter = new Splitter({ active: options.active ?? "blue", weight });
    const pool = {
      healthPath: options.healthPath ?? "/healthz",
      connectTimeoutMs: options.connectTimeoutMs,
    };
    this.pools = {
      blue: new ColorPool("blue", options.blue, pool),
      green: new ColorPool("green", options.green, pool),
    };
  }

  /** The color that receives new requests (all of them at weight 0). */
  get activeColor(): Color {
    return this.splitter.current.active;
  }

  /** Percent of new requests that go to the other color. */
  get weight(): number {
    return this.splitter.current.weight;
  }

  get url(): string {
    return `http://${hostOf(this.traffic)}`;
  }

  get adminUrl(): string {
    return `http://${hostOf(this.admin)}`;
  }

  async start(): Promise<this> {
    const token = this.options.token ?? "";
    if (token.length < MIN_TOKEN_LENGTH)
      throw new ConfigError(
        `the router's admin token is ${token ? plural(token.length, "character") : "missing"}; give one of at least ${MIN_TOKEN_LENGTH} (e.g. openssl rand -hex 32)`,
      );
    // The state first: a bad file stops the start before any port is taken or any request is routed.
    if (this.options.stateFile) {
      const saved = await readRouterState(this.options.stateFile);
      if (saved) this.splitter.set(saved);
      else await writeRouterState(this.options.stateFile, this.splitter.current);
      this.resumed = saved !== undefined;
    }
    const host = this.options.host ?? "127.0.0.1";
    this.traffic = http.createServer({ keepAliveTimeout: 65_000 }, (request, response) =>
      this.proxy(request, response),
    );
    // The admin API takes small JSON bodies from a script: small headers, and no slow client holds it.
    this.admin = http.createServer(
      { maxHeaderSize: 8192, headersTimeout: 10_000, requestTimeout: 10_000 },
      (request, response) => {
        handleAdmin(this, request, response).catch((error: Error) => {
          if (!response.headersSent) response.writeHead(500, { "content-type": "application/json" });
          response.end(JSON.stringify({ error: error.message }));
        });
      },
    );
    await listen(this.traffic, this.options.port ?? 0, host);
    await listen(this.admin, this.options.adminPort ?? 0, this.options.adminHost ?? "127.0.0.1");
    for (const color of COLORS) {
      await this.pools[color].checkAll();
      this.pools[color].startChecks(this.options.healthIntervalMs ?? 1_000);
    }
    return this;
  }

  /**
   * All new requests go to `to` from the moment this resolves (the weight goes back to 0); requests already
   * in flight finish on the old color over its own keep-alive connections, which stay open (warm) so a
   * rollback is one more switch. With a state file, the switch is on disk before it takes effect.
   */
  switchTo(to: Color): Promise<SwitchRecord> {
    return this.change(
      () => ({ active: to, weight: 0 }),
      (before) => {
        const record = { from: before.active, to, at: now() };
        if (before.active !== to) this.switches.push(record);
        return record;
      },
    );
  }

  /**
   * Sends `percent` of new requests to `canary`, the color that is not active, and the rest to the active
   * one; 0 is plain blue-green again. With a state file, the weight is on disk before it takes effect.
   */
  setWeight(canary: Color, percent: number): Promise<WeightRecord> {
    const problem = weightProblem(percent);
    if (problem) return Promise.reject(new ConfigError(problem));
    return this.change(
      (current) => {
        if (canary === current.active)
          throw new ConfigError(
            `${canary} is the active color; the weight is the share of ${otherColor(canary)}, the canary`,
          );
        return { active: current.active, weight: percent };
      },
      (before) => {
        const record = { canary, from: before.weight, to: percent, at: now() };
        if (before.weight !== percent) this.weightChanges.push(record);
        return record;
      },
    );
  }

  /**
   * One change of the split at a time: `next` decides it from the current one, the state file gets it, and
   * only then do new requests follow it. A failed write changes nothing.
   */
  private change<T>(
    next: (current: TrafficSplit) => TrafficSplit,
    record: (before: TrafficSplit) => T,
  ): Promise<T> {
    const run = async (): Promise<T> => {
      const before = this.splitter.current;
      const after = next(before);
      if (this.options.stateFile) await writeRouterState(this.options.stateFile, after);
      this.splitter.set(after);
      return record(before);
    };
    const result = this.changes.then(run, run);
    this.changes = result.catch(() => undefined);
    return result;
  }

  snapshot(color: Color): ColorCounters {
    return this.counters[color].snapshot();
  }

  private proxy(request: http.IncomingMessage, response: http.ServerResponse): void {
    // The color is fixed when the request arrives: a switch during its life does not move it.
    let color = this.splitter.next(this.usable);
    const { weight } = this.splitter.current;
    const started = performance.now();
    this.inFlight[color]++;
    let finished = false;
    const finish = (failed: boolean) => {
      if (finished) return;
      finished = true;
      this.inFlight[color]--;
      this.counters[color].record(performance.now() - started, failed);
    };
    response.on("close", () => finish(!response.writableFinished || response.statusCode >= 500));
    // Split between the colors, a request that every upstream of its color refused goes to the other one.
    const fallback =
      weight > 0 && weight < 100
        ? () => {
            this.inFlight[color]--;
            color = otherColor(color);
            this.inFlight[color]++;
            forward(this.pools[color], color, request, response);
          }
        : undefined;
    forward(this.pools[color], color, request, response, { resent: false, otherColor: fallback });
  }

  private readonly usable = (color: Color): boolean => this.pools[color].hasHealthy();

  async close(): Promise<void> {
    for (const color of COLORS) this.pools[color].close();
    await Promise.all([this.traffic, this.admin].map((server) => server && closeServer(server)));
  }
}

function now(): number {
  return performance.timeOrigin + performance.now();
}

function listen(server: http.Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
}

function closeServer(server: http.Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

function hostOf(server: http.Server | undefined): string {
  const address = server?.address() as AddressInfo | null | undefined;
  if (!address) throw new Error("the router is not listening");
  return address.family === "IPv6"
    ? `[${address.address}]:${address.port}`
    : `${address.address}:${address.port}`;
}

export async function startRouter(options: RouterOptions): Promise<Router> {
  return new Router(options).start();
}
