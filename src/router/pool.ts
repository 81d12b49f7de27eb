import http from "node:http";
import { plural } from "../core/format.ts";
import type { Color, ColorHealth } from "../drivers/types.ts";
import { parseUpstream } from "./upstream.ts";
import { UpstreamClient } from "./upstream-client.ts";

export interface Upstream {
  url: URL;
  /** Its keep-alive connections: a client per upstream, so a refused one is told apart from its siblings. */
  connections: UpstreamClient;
  healthy: boolean;
  lastCheck?: string;
  /** Requests sent to it (connection up) and not yet answered: what its death would take with it. */
  inFlight: number;
  /** Bumped by every passive mark, so an active check that started before it cannot undo it. */
  marks: number;
}

export interface ColorPoolOptions {
  healthPath: string;
  healthTimeoutMs?: number;
  /** Give up connecting to an upstream after this long; the request then goes to a sibling (default 2 s). */
  connectTimeoutMs?: number;
}

/** Connections per upstream (as the http.Agent's maxSockets once was): beyond it requests queue in the router. */
const CONNECTIONS_PER_UPSTREAM = 256;

/**
 * The upstreams of one color: keep-alive connections of their own, active health checks that take an
 * upstream out and bring it back, and passive health (markDown) when a request finds it refusing connections.
 */
export class ColorPool {
  upstreams: Upstream[] = [];
  private next = 0;
  private timer: NodeJS.Timeout | undefined;
  private readonly healthPath: string;
  private readonly healthTimeoutMs: number;
  private readonly connectTimeoutMs: number;

  constructor(
    readonly color: Color,
    addresses: string[],
    options: ColorPoolOptions,
  ) {
    this.healthPath = options.healthPath;
    this.healthTimeoutMs = options.healthTimeoutMs ?? 1_000;
    this.connectTimeoutMs = options.connectTimeoutMs ?? 2_000;
    this.setUpstreams(addresses);
  }

  setUpstreams(addresses: string[]): void {
    const urls = addresses.map(parseUpstream);
    // The old connections finish what they carry, then close: requests in flight on them are not cut.
    for (const upstream of this.upstreams) upstream.connections.close();
    // A new set starts healthy-unknown; the first check decides. Until then requests are tried.
    this.upstreams = urls.map((url) => ({
      url,
      connections: new UpstreamClient(url, {
        connections: CONNECTIONS_PER_UPSTREAM,
        connectTimeoutMs: this.connectTimeoutMs,
        // Node's servers close an idle connection after 5 s (and say so in Keep-Alive: timeout=5); the client
        // follows that hint less a margin, so a request rarely meets a connection the upstream is closing.
        keepAliveMs: 4_000,
        // What undici allowed an answer to stay silent (its headers and body timeouts): a hung upstream
        // does not hold a connection forever.
        idleAnswerMs: 300_000,
      }),
      healthy: true,
      inFlight: 0,
      marks: 0,
    }));
    this.next = 0;
  }

  /** True when at least one upstream passes its checks: cheap enough for every request. */
  hasHealthy(): boolean {
    for (const upstream of this.upstreams) if (upstream.healthy) return true;
    return false;
  }

  /**
   * Round-robin over healthy upstreams not in `refused`; when none is healthy, still try one rather than refuse
   * outright (a check can be wrong, a refused connection costs nothing). No allocation: it runs per request.
   */
  pick(refused?: ReadonlySet<Upstream>): Upstream | undefined {
    return (
      this.nextWhere((upstream) => upstream.healthy && !refused?.has(upstream)) ??
      this.nextWhere((upstream) => !refused?.has(upstream))
    );
  }

  private nextWhere(accept: (upstream: Upstream) => boolean): Upstream | undefined {
    const count = this.upstreams.length;
    for (let step = 1; step <= count; step++) {
      const index = (this.next + step) % count;
      const upstream = this.upstreams[index]!;
      if (accept(upstream)) {
        this.next = index;
        return upstream;
      }
    }
    return undefined;
  }

  /**
   * Passive health, as nginx's max_fails=1: a request found the upstream refusing connections, so it is out
   * now rather than at the next active check, which brings it back once it answers again.
   */
  markDown(upstream: Upstream, reason: string): void {
    upstream.healthy = false;
    upstream.lastCheck = reason;
    upstream.marks++;
  }

  health(): ColorHealth {
    const healthy = this.upstreams.filter((upstream) => upstream.healthy).length;
    const total = this.upstreams.length;
    const problems = this.upstreams
      .filter((upstream) => !upstream.healthy)
      .map((upstream) => `${upstream.url.host}: ${upstream.lastCheck ?? "unhealthy"}`);
    return {
      color: this.color,
      healthy: total > 0 && healthy > 0,
      detail:
        total === 0
          ? "no upstreams configured"
          : `${healthy} of ${plural(total, "upstream")} healthy${problems.length ? ` (${problems.join("; ")})` : ""}`,
    };
  }

  async checkAll(): Promise<void> {
    await Promise.all(
      this.upstreams.map(async (upstream) => {
        const marks = upstream.marks;
        const outcome = await probe(new URL(this.healthPath, upstream.url), this.healthTimeoutMs);
        // A probe answered before the upstream died must not bring back what a request just found dead.
        if (outcome === "ok" && upstream.marks !== marks) return;
        upstream.healthy = outcome === "ok";
        upstream.lastCheck = outcome;
      }),
    );
  }

  startChecks(intervalMs: number): void {
    this.stopChecks();
    const tick = () => {
      this.checkAll().finally(() => {
        if (this.timer) this.timer = setTimeout(tick, intervalMs);
      });
    };
    this.timer = setTimeout(tick, 0);
  }

  stopChecks(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  close(): void {
    this.stopChecks();
    for (const upstream of this.upstreams) upstream.connections.destroy();
  }
}

export function toUrl(address: string): URL {
  return new URL(/^https?:\/\//.test(address) ? address : `http://${address}`);
}

/** One health check: "ok", or what went wrong in a few words. Uses a fresh connection so it tests accept() too. */
export function probe(url: URL, timeoutMs: number): Promise<string> {
  return new Promise((resolve) => {
    const request = http.get(url, { agent: false, timeout: timeoutMs }, (response) => {
      response.resume();
      response.on("end", () =>
        resolve(
          response.statusCode && response.statusCode < 400
            ? "ok"
            : `health check answered ${response.statusCode}`,
        ),
      );
    });
    request.on("timeout", () => request.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    request.on("error", (error) => resolve((error as NodeJS.ErrnoException).code ?? error.message));
  });
}
