import { formatShare, plural } from "../core/format.ts";
import type { Color } from "../drivers/types.ts";
import type { Figures, Measurement, Slo } from "./types.ts";

const ms = (value: number) => `${Math.round(value)} ms`;

/** Compares one window's figures with the SLO; every breached figure is one short phrase. */
export function judge(color: Color, at: number, figures: Figures, slo: Slo): Measurement {
  const problems: string[] = [];
  if (figures.error) problems.push(figures.error);
  if (figures.probe) {
    const { status, error } = figures.probe;
    if (error) problems.push(`probe failed: ${error}`);
    else if (status !== undefined && status >= 400) problems.push(`probe answered ${status}`);
  }
  if (figures.requests > 0) {
    const errorRate = slo["error-rate"];
    if (errorRate !== undefined && figures.errorRate > errorRate)
      problems.push(`errors ${formatShare(figures.errorRate)} > ${formatShare(errorRate)}`);
    const p95 = slo["p95-ms"];
    if (p95 !== undefined && figures.p95Ms > p95) problems.push(`p95 ${ms(figures.p95Ms)} > ${ms(p95)}`);
    const p99 = slo["p99-ms"];
    if (p99 !== undefined && figures.p99Ms > p99) problems.push(`p99 ${ms(figures.p99Ms)} > ${ms(p99)}`);
  }
  return { at, color, ok: problems.length === 0, figures, problems };
}

/** One line of figures for a person: "412 requests, errors 0 %, p95 12 ms, p99 20 ms". */
export function summarizeFigures(figures: Figures): string {
  const parts = [
    figures.source === "load"
      ? plural(figures.requests, "load-run request")
      : plural(figures.requests, "request"),
    `errors ${formatShare(figures.errorRate)}`,
    `p95 ${ms(figures.p95Ms)}`,
    `p99 ${ms(figures.p99Ms)}`,
  ];
  if (figures.probe)
    parts.push(
      figures.probe.error
        ? `probe: ${figures.probe.error}`
        : `probe ${figures.probe.status} in ${ms(figures.probe.latencyMs)}`,
    );
  return parts.join(", ");
}

/** The worst window of an analysis, for a status a person reads: "worst p95 12 ms, errors 0 %". */
export function worstFigures(measurements: Measurement[]): string {
  const seen = measurements.filter((m) => m.figures.requests > 0);
  if (seen.length === 0) return "no requests seen";
  const p95 = Math.max(...seen.map((m) => m.figures.p95Ms));
  const errors = Math.max(...seen.map((m) => m.figures.errorRate));
  return `worst p95 ${ms(p95)}, errors ${formatShare(errors)}`;
}
