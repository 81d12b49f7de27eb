import type { GateName } from "../policy/schema/index.ts";

/** success: the gate holds · failure: it does not (exit 1) · error: it could not be measured (exit 2) · skipped: disabled or nothing to do. */
export type Conclusion = "success" | "failure" | "error" | "skipped";

export interface Finding {
  path: string;
  line: number;
  endLine?: number;
  column?: number;
  /** As the tool says it (semgrep: ERROR, WARNING, INFO, CRITICAL, HIGH, MEDIUM, LOW). */
  severity: string;
  rule: string;
  message: string;
  /** Whether this finding alone fails the gate. */
  blocking: boolean;
  /** On a line the change touched: annotated on the pull request even when it does not block. */
  onChangedLine?: boolean;
  /** Why a finding that would block does not: "pre-existing", "waived until 2026-12-31: reason". */
  note?: string;
}

/** The one verdict shape every gate writes: JSON for machines, markdown for people. */
export interface GateResult {
  schema: "terrafusion/gate-result@1";
  gate: GateName;
  conclusion: Conclusion;
  /** One line for a table cell or a terminal. */
  headline: string;
  /** Key figures, e.g. { "lines%": 91.2, "p95-ms": 42 }. */
  metrics: Record<string, number | null>;
  /** The thresholds the metrics were held against, same keys. */
  thresholds: Record<string, number>;
  /** The base branch's figures when a previous result was given. */
  base?: Record<string, number | null>;
  findings: Finding[];
  /** Markdown for a job summary or a PR comment. */
  summary: string;
  /** Why the gate could not be measured, when conclusion is "error". */
  error?: string;
  sha?: string;
  startedAt: string;
  durationMs: number;
}

export const EXIT_FOR: Record<Conclusion, number> = { success: 0, skipped: 0, failure: 1, error: 2 };

export function gateResult(
  fields: Omit<GateResult, "schema" | "findings" | "thresholds" | "metrics" | "summary"> &
    Partial<Pick<GateResult, "findings" | "thresholds" | "metrics" | "summary">>,
): GateResult {
  return {
    schema: "terrafusion/gate-result@1",
    findings: [],
    thresholds: {},
    metrics: {},
    summary: "",
    ...fields,
  };
}

const CONCLUSIONS = new Set<string>(["success", "failure", "error", "skipped"]);
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Whether a parsed JSON value has the GateResult shape that readers rely on (schema, gate, conclusion,
 * headline, metrics, thresholds); with `gate`, only a result of that gate.
 */
export function isGateResult(value: unknown, gate?: string): value is GateResult {
  return (
    isRecord(value) &&
    value.schema === "terrafusion/gate-result@1" &&
    typeof value.gate === "string" &&
    (gate === undefined || value.gate === gate) &&
    typeof value.conclusion === "string" &&
    CONCLUSIONS.has(value.conclusion) &&
    typeof value.headline === "string" &&
    isRecord(value.metrics) &&
    isRecord(value.thresholds) &&
    (value.base === undefined || value.base === null || isRecord(value.base))
  );
}
