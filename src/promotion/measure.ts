import http from "node:http";
import { performance } from "node:perf_hooks";
import type { Color, ColorCounters, TrafficDriver } from "../drivers/types.ts";
import { windowFigures } from "../router/histogram.ts";
import { judge } from "./analysis.ts";
import type { Figures, Measurement, Slo } from "./types.ts";

export interface MeasureOptions {
  slo: Slo;
  probe?: string;
  /** The environment's public URL, for probes when the driver cannot reach a color directly. */
  url?: string;
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
  ) {}

  /** Starts a fresh window for `color` (the figures of the next measurement begin here). */
  async mark(color: Color): Promise<void> {
    if (this.driver.counters) this.last.set(color, await this.driver.counters(color));
  }

  async measure(color: Color, options: MeasureOptions): Promise<Measurement> {
    let figures: Figures = { requests: 0, errors: 0, errorRate: 0, p95Ms: 0, p99Ms: 0 };
    if (this.driver.counters) {
      const counters = await this.driver.counters(color);
      figures = { ...windowFigures(this.last.get(color), counters) };
      this.last.set(color, counters);
    }
    if (options.probe) {
      const base = (await this.driver.colorUrl?.(color)) ?? options.url;
      figures.probe = base
        ? await probeOnce(new URL(options.probe, base))
        : { latencyMs: 0, error: "no URL to probe: set the environment's url in the policy" };
    }
    return judge(color, (options.now ?? this.now)(), figures, options.slo);
  }
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
