/** The two colors of a blue-green environment. */
export type Color = "blue" | "green";
export const COLORS: readonly Color[] = ["blue", "green"];

export function otherColor(color: Color): Color {
  return color === "blue" ? "green" : "blue";
}

export function isColor(value: unknown): value is Color {
  return value === "blue" || value === "green";
}

export interface ColorHealth {
  color: Color;
  healthy: boolean;
  /** What a person reads: "2 of 2 upstreams healthy", "kubectl said …". */
  detail: string;
}

/** Cumulative request figures of one color since the router started (Prometheus-style buckets). */
export interface ColorCounters {
  requests: number;
  errors: number;
  /** Sum of latencies in ms. */
  latencySumMs: number;
  /** Upper bounds in ms, ascending; the last is Infinity. */
  bucketsMs: number[];
  /** Cumulative counts per bucket (count of requests with latency <= bound). */
  bucketCounts: number[];
}

/** One interface over every way of moving traffic: read the active color, switch, check a color's health. */
export interface TrafficDriver {
  readonly kind: string;
  active(): Promise<Color>;
  /** Sends new requests to `color`; returns once requests started from now on reach it. */
  switchTo(color: Color): Promise<void>;
  health(color: Color): Promise<ColorHealth>;
  /** Per-color counters for analysis; only drivers that see the traffic (the router) have them. */
  counters?(color: Color): Promise<ColorCounters>;
  /** A base URL that reaches `color` directly, for probes and short load runs of the idle color. */
  colorUrl?(color: Color): Promise<string | undefined>;
  /**
   * Canary: sends `percent` (a whole number from 0 to 100) of new requests to `canary`, the color that is not
   * active, and the rest to the active one; 0 is plain blue-green again. Returns once requests started from
   * now on follow the new split; `switchTo` sets the weight back to 0. Only drivers that can split traffic.
   */
  setWeight?(canary: Color, percent: number): Promise<void>;
  /** The percent of new requests each color receives (they sum to 100). */
  weights?(): Promise<Record<Color, number>>;
}
