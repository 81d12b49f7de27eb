import type { MeasureTarget, MetricProvider, Reading } from "../promotion/metric-analysis.ts";
import type { Measurer } from "../promotion/ports.ts";
import type { Figures } from "../promotion/types.ts";

/** A figure of the router's counters or of a load run, as a metric's result. */
export type Figure = "error-rate" | "p95-ms" | "p99-ms" | "requests" | "errors";

// Each built-in provider has a measurer of its own: the counters' window moves at every measurement.

/** The driver's per-color counters since the previous reading (the router driver keeps them). */
export class CountersProvider implements MetricProvider {
  constructor(
    private readonly measurer: Measurer,
    private readonly figure: Figure,
  ) {}

  prepare(target: MeasureTarget): Promise<void> {
    return this.measurer.mark(target.color);
  }

  async read(target: MeasureTarget): Promise<Reading> {
    const { figures } = await this.measurer.measure(target.color, { slo: {}, url: target.url });
    if (figures.error) return { kind: "error", detail: figures.error };
    if (figures.source !== "counters")
      return {
        kind: "error",
        detail:
          "this driver keeps no per-color counters (the router driver does): use a probe, prometheus or http metric",
      };
    return figureReading(figures, this.figure);
  }
}

/** One GET of the color (its own address, else the environment's url): result is the HTTP status. */
export class ProbeProvider implements MetricProvider {
  constructor(
    private readonly measurer: Measurer,
    private readonly path: string,
  ) {}

  async read(target: MeasureTarget): Promise<Reading> {
    const { figures } = await this.measurer.measure(target.color, {
      slo: {},
      probe: this.path,
      url: target.url,
    });
    const probe = figures.probe;
    if (!probe) return { kind: "error", detail: "the probe was not taken" };
    if (probe.error || probe.status === undefined)
      return { kind: "error", detail: `probe: ${probe.error ?? "no status"}` };
    return { kind: "values", series: [{ labels: { path: this.path }, value: probe.status }] };
  }
}

export interface LoadRun {
  figure: Figure;
  connections: number;
  paths: string[];
  durationMs: number;
  rate?: number;
}

/** A short load run straight at the color (the load gate's engine): result is one of its figures. */
export class LoadProvider implements MetricProvider {
  constructor(
    private readonly measurer: Measurer,
    private readonly run: LoadRun,
  ) {}

  async read(target: MeasureTarget, signal?: AbortSignal): Promise<Reading> {
    const { figure, ...plan } = this.run;
    const { figures } = await this.measurer.measure(target.color, {
      slo: {},
      url: target.url,
      load: { ...plan, signal },
    });
    if (figures.error) return { kind: "error", detail: figures.error };
    return figureReading(figures, figure);
  }
}

/** Rates and latencies of a window without requests are unknown (inconclusive), not zero. */
export function figureReading(figures: Figures, figure: Figure): Reading {
  if (figure === "requests") return { kind: "values", series: [{ value: figures.requests }] };
  if (figure === "errors") return { kind: "values", series: [{ value: figures.errors }] };
  if (figures.requests === 0) return { kind: "empty", detail: "no requests seen" };
  const value =
    figure === "error-rate" ? figures.errorRate : figure === "p95-ms" ? figures.p95Ms : figures.p99Ms;
  return { kind: "values", series: [{ value }] };
}
