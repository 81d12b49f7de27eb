/** Percent with two decimals (70, 66.67), or null when there is nothing to count. */
export function percentOf(covered: number, total: number): number | null {
  if (total === 0) return null;
  return Math.floor((covered / total) * 10_000 + 1e-9) / 100;
}

/** "70 %", "66.66 %", "–" for nothing to count. */
export function formatPercent(value: number | null | undefined): string {
  return value === null || value === undefined ? "–" : `${Number(value.toFixed(2))} %`;
}

/** A signed difference in percentage points: "+1.5", "−2", "±0". */
export function formatDelta(head: number | null | undefined, base: number | null | undefined): string {
  if (head === null || head === undefined || base === null || base === undefined) return "";
  const delta = Number((head - base).toFixed(2));
  if (delta === 0) return "±0";
  return delta > 0 ? `+${delta}` : `−${-delta}`;
}
