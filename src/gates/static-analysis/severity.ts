/**
 * semgrep speaks two severity scales: the legacy ERROR / WARNING / INFO and the newer
 * CRITICAL / HIGH / MEDIUM / LOW. A policy's fail-on may name either; this maps one onto the other.
 */
export type Severity = "CRITICAL" | "HIGH" | "ERROR" | "MEDIUM" | "WARNING" | "LOW" | "INFO";

/** Each severity on the legacy scale. CRITICAL and HIGH both are ERROR there (the legacy scale is coarser). */
const LEGACY: Record<Severity, Severity> = {
  CRITICAL: "ERROR",
  HIGH: "ERROR",
  ERROR: "ERROR",
  MEDIUM: "WARNING",
  WARNING: "WARNING",
  LOW: "INFO",
  INFO: "INFO",
};

/** Each severity on the newer scale. ERROR is HIGH, not CRITICAL: the legacy scale has no critical level. */
const MODERN: Record<Severity, Severity> = {
  CRITICAL: "CRITICAL",
  HIGH: "HIGH",
  ERROR: "HIGH",
  MEDIUM: "MEDIUM",
  WARNING: "MEDIUM",
  LOW: "LOW",
  INFO: "LOW",
};

const RANK: Record<Severity, number> = {
  CRITICAL: 4,
  HIGH: 3,
  ERROR: 3,
  MEDIUM: 2,
  WARNING: 2,
  LOW: 1,
  INFO: 1,
};

/** What semgrep printed, as one of the seven; its other levels (INVENTORY, EXPERIMENT) count as INFO. */
export function normaliseSeverity(raw: string): Severity {
  const upper = raw.toUpperCase();
  return upper in LEGACY ? (upper as Severity) : "INFO";
}

/**
 * Whether a finding of this severity blocks under `failOn`: it does when fail-on names its severity,
 * or the same level on the other scale. So fail-on [ERROR] blocks CRITICAL, HIGH and ERROR;
 * fail-on [HIGH] blocks HIGH and ERROR but not CRITICAL unless CRITICAL is listed too.
 */
export function blocksOn(severity: Severity, failOn: readonly Severity[]): boolean {
  return failOn.includes(severity) || failOn.includes(LEGACY[severity]) || failOn.includes(MODERN[severity]);
}

/** SARIF has three levels; GitHub code scanning shows them as error, warning and note. */
export function sarifLevel(severity: Severity): "error" | "warning" | "note" {
  const level = LEGACY[severity];
  return level === "ERROR" ? "error" : level === "WARNING" ? "warning" : "note";
}

/** GitHub code scanning ranks security alerts by a 0..10 "security-severity". */
export function securitySeverity(severity: Severity): string {
  return { 4: "9.5", 3: "8.0", 2: "5.5", 1: "2.0" }[RANK[severity]] ?? "2.0";
}
