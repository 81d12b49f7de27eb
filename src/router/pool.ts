import http from "node:http";
import { plural } from "../core/format.ts";
import type { Color, ColorHealth } from "../drivers/types.ts";
import { parseUpstream } from "./upstream.ts";

export interface Upstream {
  url: URL;
  healthy: boolean;
  lastCheck?: string;
  /** Requests sent to it (connection up) and not yet answered: what its death would take with it. */
  inFlight: number;
  /** Bumped by every passive mark, so an active check that started before it cannot undo it. */
  marks: number;
}

/**
 * The upstreams of one color: a keep-alive agent of its own, active health checks that take an upstream out
 * and bring it back, and passive health (markDown) when a request finds it refusing connections.
 */
export class ColorPool {
  readonly agent = new http.Agent({ keepAlive: true, maxSockets: 256, keepAliveMsecs: 1_000 });
  upstreams: Upstream[] = [];
  private next = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    readonly color: Color,
    addresses: string[],
    private readonly healthPath: string,
    private readonly healthTimeoutMs = 1_000,
  ) {
    this.setUpstreams(addresses);
  }

  setUpstreams(addresses: string[]): void {
    // A new set starts healthy-unknown; the first check decides. Until then requests are tried.
    this.upstreams = addresses.map((address) => ({
      url: parseUpstream(address),
      healthy: true,
      inFlight: 0,
      marks: 0,
    }));
    this.next = 0;
  }

  /**
   * Round-robin over healthy upstreams not in `refused`; when none is healthy, still try one rather than refuse
   * outright (a check can be wrong, a refused connection costs nothing).
   */
  pick(refused?: ReadonlySet<Upstream>): Upstream | undefined {
    const open = refused ? this.upstreams.filter((upstream) => !refused.has(upstream)) : this.upstreams;
    const healthy = open.filter((upstream) => upstream.healthy);
    const candidates = healthy.length > 0 ? healthy : open;
    if (candidates.length === 0) return undefined;
    this.next = (this.next + 1) % candidates.length;
    return candidates[this.next];
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
    this.agent.destroy();
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
