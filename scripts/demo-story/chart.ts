// The demo report's chart: an inline SVG of what the load generator saw (p95 latency on the left axis,
// error rate on the right one), the SLO lines, and a labelled vertical marker for each switch, canary
// weight change, abort, rollback and refusal, labels staggered on rows so that none overlaps another.
import { formatShare } from "../../src/core/format.ts";
import type { Point } from "./traffic.ts";

export type MarkKind = "switch" | "weight" | "rollback" | "refused";

export interface Mark {
  /** Seconds since the demo started. */
  t: number;
  label: string;
  kind: MarkKind;
}

const COLOR: Record<MarkKind, string> = {
  switch: "#1a7f37",
  weight: "#9a6700",
  rollback: "#8250df",
  refused: "#6e7781",
};
const P95 = "#0969da";
const ERRORS = "#cf222e";
const FONT = 11;
/** Width of one character at FONT px in system-ui: an estimate, with room to spare. */
const CHAR = 6.3;
const ROW = 15;

/** A round axis maximum and its tick step, for ticks at 0, step, 2×step, … max. */
export function niceScale(max: number, ticks = 5): { max: number; step: number } {
  const raw = max / ticks;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((f) => f * magnitude).find((s) => s >= raw) ?? 10 * magnitude;
  return { max: Math.ceil(max / step) * step, step };
}

/** Each label's row: the first one where it clears the label before it (left to right), at least 10 px apart. */
export function stagger(marks: readonly { x: number; width: number }[]): number[] {
  const rowEnds: number[] = [];
  return marks.map(({ x, width }) => {
    let row = rowEnds.findIndex((end) => end + 10 <= x);
    if (row === -1) row = rowEnds.length;
    rowEnds[row] = x + width;
    return row;
  });
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const num = (n: number) => n.toFixed(1);

export function timelineChart(
  points: readonly Point[],
  marks: readonly Mark[],
  slo: { p95Ms: number; errorRate: number },
): string {
  const W = 960;
  const left = 64;
  const right = 64;
  const plotW = W - left - right;
  const tMax = Math.ceil(Math.max(10, ...points.map((p) => p.t), ...marks.map((m) => m.t)) / 5) * 5;
  const x = (t: number) => left + (t / tMax) * plotW;

  // Labels start just right of their line; near the right edge they end at it instead.
  const sorted = [...marks].sort((a, b) => a.t - b.t);
  const placed = sorted.map((mark) => {
    const width = mark.label.length * CHAR;
    const lineX = x(mark.t);
    const flip = lineX + 3 + width > W - 4;
    return { mark, lineX, width, textX: flip ? lineX - 3 - width : lineX + 3 };
  });
  const rows = stagger(placed.map((p) => ({ x: p.textX, width: p.width })));
  const rowCount = Math.max(1, ...rows.map((r) => r + 1));
  const top = 34 + rowCount * ROW;
  const plotH = 260;
  const bottom = top + plotH;
  const H = bottom + 78;

  const yLeft = niceScale(Math.max(slo.p95Ms * 1.5, ...points.map((p) => p.p95)));
  const yRight = niceScale(Math.max(5, ...points.map((p) => p.errorRate * 100)));
  const yL = (ms: number) => bottom - (ms / yLeft.max) * plotH;
  const yR = (percent: number) => bottom - (percent / yRight.max) * plotH;
  const xStep = niceScale(tMax, 12).step;

  const path = (pick: (p: Point) => number, y: (v: number) => number) =>
    points.map((p, i) => `${i ? "L" : "M"}${num(x(p.t))},${num(y(pick(p)))}`).join(" ");
  const out: string[] = [];
  const text = (tx: number, ty: number, body: string, attrs = "") =>
    out.push(`<text x="${num(tx)}" y="${num(ty)}" font-size="${FONT}" ${attrs}>${esc(body)}</text>`);

  out.push(`<rect x="0" y="0" width="${W}" height="${H}" fill="#fff"/>`);
  text(
    left,
    16,
    "Every request through the router (both colors), in windows of 0.5 s, as the router measured it",
    'font-weight="600"',
  );
  // Grid and ticks: x in seconds, left p95 in ms, right error rate in %.
  for (let t = 0; t <= tMax + 1e-9; t += xStep) {
    out.push(`<line x1="${num(x(t))}" y1="${top}" x2="${num(x(t))}" y2="${bottom}" stroke="#eaeef2"/>`);
    out.push(
      `<line x1="${num(x(t))}" y1="${bottom}" x2="${num(x(t))}" y2="${bottom + 4}" stroke="#57606a"/>`,
    );
    text(x(t), bottom + 16, `${t}`, 'text-anchor="middle" fill="#57606a"');
  }
  for (let v = 0; v <= yLeft.max + 1e-9; v += yLeft.step) {
    out.push(`<line x1="${left}" y1="${num(yL(v))}" x2="${W - right}" y2="${num(yL(v))}" stroke="#eaeef2"/>`);
    out.push(`<line x1="${left - 4}" y1="${num(yL(v))}" x2="${left}" y2="${num(yL(v))}" stroke="${P95}"/>`);
    text(left - 7, yL(v) + 4, `${v}`, `text-anchor="end" fill="${P95}"`);
  }
  for (let v = 0; v <= yRight.max + 1e-9; v += yRight.step) {
    const label = Number.isInteger(v) ? `${v}` : v.toFixed(1);
    out.push(
      `<line x1="${W - right}" y1="${num(yR(v))}" x2="${W - right + 4}" y2="${num(yR(v))}" stroke="${ERRORS}"/>`,
    );
    text(W - right + 7, yR(v) + 4, `${label}`, `fill="${ERRORS}"`);
  }
  out.push(`<rect x="${left}" y="${top}" width="${plotW}" height="${plotH}" fill="none" stroke="#57606a"/>`);
  // Axis titles.
  text(left + plotW / 2, bottom + 34, "time since step 5 began (s)", 'text-anchor="middle" fill="#24292f"');
  const midY = top + plotH / 2;
  text(
    18,
    midY,
    "p95 latency (ms)",
    `text-anchor="middle" fill="${P95}" transform="rotate(-90 18 ${num(midY)})"`,
  );
  text(
    W - 16,
    midY,
    "error rate (%)",
    `text-anchor="middle" fill="${ERRORS}" transform="rotate(90 ${W - 16} ${num(midY)})"`,
  );

  // The SLO: p95 on the left axis, error rate on the right one.
  if (slo.p95Ms <= yLeft.max) {
    out.push(
      `<line x1="${left}" y1="${num(yL(slo.p95Ms))}" x2="${W - right}" y2="${num(yL(slo.p95Ms))}" stroke="${P95}" stroke-dasharray="6 4" opacity="0.7"/>`,
    );
    text(left + 6, yL(slo.p95Ms) - 4, `SLO: p95 ≤ ${slo.p95Ms} ms`, `fill="${P95}"`);
  }
  const sloPercent = slo.errorRate * 100;
  out.push(
    `<line x1="${left}" y1="${num(yR(sloPercent))}" x2="${W - right}" y2="${num(yR(sloPercent))}" stroke="${ERRORS}" stroke-dasharray="2 3" opacity="0.8"/>`,
  );
  text(
    W - right - 6,
    yR(sloPercent) - 4,
    `SLO: errors ≤ ${formatShare(slo.errorRate, 1)}`,
    `text-anchor="end" fill="${ERRORS}"`,
  );

  // The series.
  out.push(`<path d="${path((p) => p.p95, yL)}" fill="none" stroke="${P95}" stroke-width="1.8"/>`);
  out.push(
    `<path d="${path((p) => p.errorRate * 100, yR)}" fill="none" stroke="${ERRORS}" stroke-width="1.8"/>`,
  );

  // The markers: a line through the plot, a dotted leader up to its label's row.
  placed.forEach(({ mark, lineX, textX }, i) => {
    const labelY = 30 + rows[i]! * ROW;
    const color = COLOR[mark.kind];
    out.push(
      `<line x1="${num(lineX)}" y1="${labelY + 3}" x2="${num(lineX)}" y2="${top}" stroke="${color}" stroke-dasharray="1 2"/>`,
    );
    out.push(
      `<line x1="${num(lineX)}" y1="${top}" x2="${num(lineX)}" y2="${bottom}" stroke="${color}" stroke-width="1.2"/>`,
    );
    text(textX, labelY, mark.label, `fill="${color}"`);
  });

  // The legend, under the x axis title.
  const legendY = bottom + 58;
  const entries: [string, string, string][] = [
    [P95, "", "p95 latency (left axis)"],
    [ERRORS, "", "error rate (right axis)"],
    [P95, "6 4", "SLO"],
    [COLOR.switch, "", "switch"],
    [COLOR.weight, "", "canary weight"],
    [COLOR.rollback, "", "rollback / abort"],
    [COLOR.refused, "", "refused"],
  ];
  let lx = left;
  for (const [color, dash, label] of entries) {
    out.push(
      `<line x1="${lx}" y1="${legendY - 4}" x2="${lx + 22}" y2="${legendY - 4}" stroke="${color}" stroke-width="2" ${dash ? `stroke-dasharray="${dash}"` : ""}/>`,
    );
    text(lx + 27, legendY, label, 'fill="#24292f"');
    lx += 27 + label.length * CHAR + 18;
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="system-ui, sans-serif" role="img" aria-label="p95 latency and error rate over the promotions, with switches, canary weights and rollbacks marked">
${out.join("\n")}
</svg>`;
}
