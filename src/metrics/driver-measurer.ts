import type { Color, ColorCounters, TrafficDriver } from "../drivers/types.ts";
import { type LoadOptions, type LoadStats, runLoad } from "../load/engine.ts";
import { judge } from "../promotion/analysis.ts";
import type { MeasureOptions, Measurer } from "../promotion/ports.ts";
import type { Figures, Measurement } from "../promotion/types.ts";
import { windowFigures } from "../router/histogram.ts";
import { offOrigin, probeOn } from "./probe.ts";

export type LoadRunner = (options: LoadOptions) => Promise<LoadStats>;

/**
 * Measures a color through its driver: the driver's per-color counters since the previous measurement (the
 * router sees every request), a short load run of the color, and an HTTP probe when the policy names one,
 * on the driver's address of the color or else the environment's url. Keeps the last counters per color.
 */
export class DriverMeasurer implements Measurer {
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
      try {
        const counters = await this.driver.counters(color);
        // The window still moves on under a load run, so the next counter figures start here.
        if (!loaded) figures = { ...windowFigures(this.last.get(color), counters), source: "counters" };
        this.last.set(color, counters);
      } catch (error) {
        // A driver that cannot answer (a router down for longer than its retries) fails this measurement: the
        // analysis's failure-limit decides, and a rollback is still possible once the driver is back.
        figures = {
          ...figures,
          source: loaded ? "load" : "counters",
          error: `cannot read ${color}'s counters: ${error instanceof Error ? error.message : String(error)}`,
        };
      }
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
