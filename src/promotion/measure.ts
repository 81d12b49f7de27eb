import http from "node:http";
import { performance } from "node:perf_hooks";
import { OriginError, resolveOnOrigin } from "../core/same-origin.ts";
import type { Color, ColorCounters, TrafficDriver } from "../drivers/types.ts";
import { type LoadOptions, type LoadStats, runLoad } from "../load/engine.ts";
import { windowFigures } from "../router/histogram.ts";
import { judge } from "./analysis.ts";
import type { Figures, LoadPlan, Measurement, Slo } from "./types.ts";

export type LoadRunner = (options: LoadOptions) => Promise<LoadStats>;

export interface MeasureOptions {
  slo: Slo;
  probe?: string;
  /** The environment's public URL, for probes when the driver cannot reach a color directly. */
  url?: string;
  /** A short load run of the color; its figures replace the counters' in the judgement. */
  load?: LoadPlan & { signal?: AbortSignal };
  now?: () => number;
}

/**
 * Measures a color: the driver's per-color counters since the previous measurement (the router sees every
 * request), plus an HTTP probe of the color when the policy names one. Keeps the last counters per color.
 */
export class Measurer {
  private last = new Map<Color, ColorCounters>();
  constructor(
    private readonly driver: TrafficDriver,
    private readonly now: () => number = Date.now,
    private readonly load: LoadRunner = runLoad,
  ) {}

  /** Starts a fresh window for `color` (the figures of the next measurement begin here). */
  async mark(color: Color): Promise<void> {
    if (this.driver.counters) this.last.set(color, await this.driver.counters(color));
  }

  async measure(color: Color, options: MeasureOptions): Promise<Measurement> {
    let figures: Figures = { requests: 0, errors: 0, errorRate: 0, p95Ms: 0, p99Ms: 0 };
    const loaded = options.load ? await this.loadRun(color, options.load, options.url) : undefined;
    if (loaded) figures = loaded;
    if (this.driver.counters) {
      const counters = await this.driver.counters(color);
      // The window still moves on under a load run, so the next counter figures start here.
      if (!loaded) figures = { ...windowFigures(this.last.get(color), counters), source: "counters" };
      this.last.set(color, counters);
    }
    if (options.probe) {
      const base = (await this.driver.colorUrl?.(color)) ?? options.url;
      figures.probe = base
        ? await probeOn(base, options.probe)
        : { latencyMs: 0, error: "no URL to probe: set the environment's url in the policy" };
    }
    return judge(color, (options.now ?? this.now)(), figures, options.slo);
  }

  /** Exact HDR figures of a short load run straight at the color, as the load gate measures them. */
  private async loadRun(color: Color, plan: MeasureOptions["load"] & {}, url?: string): Promise<Figures> {
    const base = (await this.driver.colorUrl?.(color)) ?? url;
    if (!base)
      return {
        requests: 0,
        errors: 0,
        errorRate: 0,
        p95Ms: 0,
        p99Ms: 0,
        source: "load",
        error: "no URL for the load run: set the environment's url in the policy",
      };
    // The paths are the policy's: each must stay on the color's own address (see resolveOnOrigin).
    const leaving = offOrigin(base, plan.paths);
    if (leaving)
      return { requests: 0, errors: 0, errorRate: 0, p95Ms: 0, p99Ms: 0, source: "load", error: leaving };
    const stats = await this.load({
      url: base,
      paths: plan.paths,
      durationMs: plan.durationMs,
      connections: plan.connections,
      rate: plan.rate,
      timeoutMs: Math.max(1_000, Math.min(5_000, plan.durationMs)),
      signal: plan.signal,
    });
    return {
      requests: stats.requests,
      errors: stats.errors,
      errorRate: stats.errorRate,
      p95Ms: stats.latency.p95,
      p99Ms: stats.latency.p99,
      source: "load",
    };
  }
}

/** Probes a policy's path on `base`, refused (a failed probe) when the path leads to another origin. */
async function probeOn(base: string, path: string): Promise<NonNullable<Figures["probe"]>> {
  let url: URL;
  try {
    url = resolveOnOrigin(base, path);
  } catch (error) {
    if (error instanceof OriginError) return { latencyMs: 0, error: `probe refused: ${error.message}` };
    throw error;
  }
  return probeOnce(url);
}

function offOrigin(base: string, paths: readonly string[]): string | undefined {
  for (const path of paths) {
    try {
      resolveOnOrigin(base, path);
    } catch (error) {
      if (error instanceof OriginError) return `load run refused: ${error.message}`;
      throw error;
    }
  }
  return undefined;
}

export function probeOnce(url: URL, timeoutMs = 2_000): Promise<NonNullable<Figures["probe"]>> {
  const started = performance.now();
  return new Promise((resolve) => {
    const request = http.get(url, { agent: false, timeout: timeoutMs }, (response) => {
      response.resume();
      response.on("end", () =>
        resolve({ status: response.statusCode, latencyMs: performance.now() - started }),
      );
    });
    request.on("timeout", () => request.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    request.on("error", (error: NodeJS.ErrnoException) =>
      resolve({
        latencyMs: performance.now() - started,
        error: `${url.pathname}: ${error.code ?? error.message}`,
      }),
    );
  });
}
