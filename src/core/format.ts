/** How counts and figures are written in every text a person reads: one home, so they read alike. */

/** "1 file", "2 files", "0 findings": a count with its noun in the right number. */
export function plural(count: number, noun: string, nouns = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : nouns}`;
}

/** Rounds half away from zero to at most `digits` decimals (10/23 → 0.43 with 2); never truncates. */
export function round(value: number, digits = 1): number {
  const factor = 10 ** digits;
  return (Math.sign(value) * Math.round(Math.abs(value) * factor + 1e-9)) / factor;
}

/** A percentage (0–100), rounded: "43.48 %", "90 %", "0.5 %"; "–" when there is nothing to count. */
export function formatPercent(value: number | null | undefined, digits = 2): string {
  return value === null || value === undefined || Number.isNaN(value) ? "–" : `${round(value, digits)} %`;
}

/** A share (0.0123, an error rate) as a percentage: "1.23 %". */
export function formatShare(share: number, digits = 2): string {
  return formatPercent(share * 100, digits);
}
