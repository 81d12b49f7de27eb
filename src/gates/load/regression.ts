/**
 * Regression against the base branch without a cloud service: the base's GateResult (an artifact of
 * the base branch's run) against this run. Pure.
 *
 * Both sides repeat short runs. On a shared runner, interference (other jobs, GC, a busy core) only
 * ever adds latency, never removes it, so the least disturbed figure of a side is its best run: the
 * gate compares the lowest per-run p95 of each side. A change counts as a regression when that
 * figure grew by more than `max-regression` and by more than NOISE_FLOOR_MS (timer resolution). The
 * gate confirms an apparent regression with extra runs before it fails (see gate.ts), and reports
 * the spread of the runs so that a reader sees how noisy the measurement was.
 */
import { formatShare, round } from "../../core/format.ts";

export const NOISE_FLOOR_MS = 0.5;

export interface RegressionInput {
  /** p95 of each of this run's repeats, in ms. */
  headRuns: number[];
  /** The previous result's metrics. */
  base: Record<string, number | null>;
  maxRegression: number;
}

export interface RegressionVerdict {
  baseP95: number;
  headP95: number;
  /** (head - base) / base. */
  growth: number;
  regressed: boolean;
  message: string;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return 0;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Half the range of the runs: how far one run strays from the middle. */
export function spread(values: number[]): number {
  if (values.length < 2) return 0;
  return (Math.max(...values) - Math.min(...values)) / 2;
}

/** The base's comparable p95: its best run when it recorded runs, else its overall p95. */
export function baseP95Of(base: Record<string, number | null>): number | undefined {
  const value = base["p95-ms-best"] ?? base["p95-ms"];
  return typeof value === "number" && value > 0 ? value : undefined;
}

export function compareWithBase(input: RegressionInput): RegressionVerdict | undefined {
  const baseP95 = baseP95Of(input.base);
  if (baseP95 === undefined || input.headRuns.length === 0) return undefined;
  const headP95 = Math.min(...input.headRuns);
  const growth = (headP95 - baseP95) / baseP95;
  const regressed = growth > input.maxRegression && headP95 - baseP95 > NOISE_FLOOR_MS;
  const allowed = formatShare(input.maxRegression, 1);
  const change = `p95 ${growth >= 0 ? "+" : ""}${formatShare(growth, 1)} against the base (best runs ${round(baseP95, 2)} → ${round(headP95, 2)} ms)`;
  const message = regressed
    ? `${change}: more than the allowed ${allowed}`
    : growth > input.maxRegression
      ? `${change}: within the ${NOISE_FLOOR_MS} ms noise floor`
      : `${change}: within the allowed ${allowed}`;
  return { baseP95, headP95, growth, regressed, message };
}
