import { type Color, otherColor } from "../drivers/types.ts";

/** Where new requests go: the active color, and the percent of them the other color (the canary) takes. */
export interface TrafficSplit {
  active: Color;
  /** Percent (an integer from 0 to 100) of new requests sent to the color that is not active; 0 is blue-green. */
  weight: number;
}

/** The problem with a weight, or undefined when it is one: an integer percent, as Argo Rollouts' setWeight. */
export function weightProblem(weight: unknown): string | undefined {
  if (typeof weight === "number" && Number.isInteger(weight) && weight >= 0 && weight <= 100)
    return undefined;
  return weight === undefined
    ? "the weight is missing: give a whole percent from 0 to 100"
    : `the weight is a whole percent from 0 to 100, not ${JSON.stringify(weight)}`;
}

/** Percent of new requests per color. */
export function weightsOf(split: TrafficSplit): Record<Color, number> {
  const canary = otherColor(split.active);
  return { [split.active]: 100 - split.weight, [canary]: split.weight } as Record<Color, number>;
}

/**
 * Picks the color of each new request so that, over any run of requests, the canary gets its weight to within
 * one request (smooth weighted round robin, as nginx spreads `server … weight=`): no randomness, so 10 %
 * means every tenth request, and a short analysis window sees the share it expects.
 */
export class Splitter {
  private credit = 0;

  constructor(private split: TrafficSplit) {}

  get current(): TrafficSplit {
    return this.split;
  }

  set(split: TrafficSplit): void {
    this.split = split;
    this.credit = 0;
  }

  /**
   * The color of the next request. `usable` says whether a color has a healthy upstream: while both colors
   * take a share, a color that has none gets no traffic. At 0 and 100 there is one color, as in blue-green.
   */
  next(usable: (color: Color) => boolean): Color {
    const { active, weight } = this.split;
    if (weight <= 0) return active;
    const canary = otherColor(active);
    if (weight >= 100) return canary;
    this.credit += weight;
    let color = active;
    if (this.credit >= 100) {
      this.credit -= 100;
      color = canary;
    }
    const other = otherColor(color);
    return usable(color) || !usable(other) ? color : other;
  }
}
