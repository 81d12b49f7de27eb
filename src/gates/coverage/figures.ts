import { round } from "../../core/format.ts";

/** Percent rounded to two decimals (70, 66.67, 10 of 23 is 43.48), or null when there is nothing to count. */
export function percentOf(covered: number, total: number): number | null {
  if (total === 0) return null;
  return round((covered / total) * 100, 2);
}

/** A signed difference in percentage points: "+1.5", "−2", "±0". */
export function formatDelta(head: number | null | undefined, base: number | null | undefined): string {
  if (head === null || head === undefined || base === null || base === undefined) return "";
  const delta = round(head - base, 2);
  if (delta === 0) return "±0";
  return delta > 0 ? `+${delta}` : `−${-delta}`;
}
