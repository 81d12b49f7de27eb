import http from "node:http";
import type { AddressInfo } from "node:net";
import { performance } from "node:perf_hooks";
import { plural } from "../core/format.ts";
import { COLORS, type Color, type ColorCounters } from "../drivers/types.ts";
import { ConfigError } from "../errors.ts";
import { handleAdmin } from "./admin.ts";
import { forward } from "./forward.ts";
import { LatencyCounters } from "./histogram.ts";
import { ColorPool } from "./pool.ts";

export interface RouterOptions {
  blue: string[];
  green: string[];
  active?: Color;
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
  /** Refuse to switch to a color with no healthy upstream (default true). */
  requireHealthy?: boolean;
}

export interface SwitchRecord {
  from: Color;
  to: Color;
  /** performance.timeOrigin + performance.now() at the moment new requests started going to `to`. */
  at: number;
}

const MIN_TOKEN_LENGTH = 16;

/** The embedded reverse proxy: two colors, one active; switching only changes where new requests go. */
export class Router {
  activeColor: Color;
  readonly pools: Record<Color, ColorPool>;
  readonly counters: Record<Color, LatencyCounters> = {
    blue: new LatencyCounters(),
    green: new LatencyCounters(),
  };
  readonly switches: SwitchRecord[] = [];
  readonly inFlight: Record<Color, number> = { blue: 0, green: 0 };
  private traffic?: http.Server;
  private admin?: http.Server;

  constructor(readonly options: RouterOptions) {
    this.activeColor = options.active ?? "blue";
    const healthPath = options.healthPath ?? "/healthz";
    this.pools = {
      blue: new ColorPool("blue", options.blue, healthPath),
      green: new ColorPool("green", options.green, healthPath),
    };
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
   * New requests go to `to` from the moment this returns; requests already in flight finish on the old color
   * over its own keep-alive agent, which stays open (warm) so a rollback is one more switch.
   */
  switchTo(to: Color): SwitchRecord {
    const from = this.activeColor;
    this.activeColor = to;
    const record = { from, to, at: performance.timeOrigin + performance.now() };
    if (from !== to) this.switches.push(record);
    return record;
  }

  snapshot(color: Color): ColorCounters {
    return this.counters[color].snapshot();
  }

  private proxy(request: http.IncomingMessage, response: http.ServerResponse): void {
    // The color is fixed when the request arrives: a switch during its life does not move it.
    const color = this.activeColor;
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
    forward(this.pools[color], color, request, response);
  }

  async close(): Promise<void> {
    for (const color of COLORS) this.pools[color].close();
    await Promise.all([this.traffic, this.admin].map((server) => server && closeServer(server)));
  }
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
