import type * as Sarif from "sarif";
import type { Finding } from "../../core/gate-result.ts";
import { fingerprint } from "./compare.ts";
import type { RuleInfo } from "./rules.ts";
import { normaliseSeverity, sarifLevel, securitySeverity } from "./severity.ts";

/** A reported finding with what SARIF needs beyond the GateResult's Finding. */
export interface SarifInput extends Finding {
  code: string;
  endColumn?: number;
  /** Diff-aware runs only: whether the flaw is new against the merge base. */
  baseline?: "new" | "unchanged";
  /** An active waiver's justification: GitHub shows the alert as dismissed-by-policy. */
  waived?: string;
  /** The report-only-paths glob the file falls under: not shipped code, reported as a note. */
  reportOnly?: string;
}

/** SARIF 2.1.0 for GitHub code scanning: one run, the rules that fired, every finding on the scanned files. */
export function buildSarif(
  findings: readonly SarifInput[],
  rules: ReadonlyMap<string, RuleInfo>,
  semgrepVersion: string,
): Sarif.Log {
  const ruleIds = [...new Set(findings.map((finding) => finding.rule))].sort();
  const driverRules: Sarif.ReportingDescriptor[] = ruleIds.map((id) => {
    const info = rules.get(id);
    const severity = normaliseSeverity(info?.severity ?? findings.find((f) => f.rule === id)!.severity);
    const cwe = info?.metadata.cwe;
    const tags = ["security", ...(Array.isArray(cwe) ? cwe : cwe ? [cwe] : []).map(String)];
    return {
      id,
      name: id,
      shortDescription: { text: id },
      fullDescription: { text: info?.message ?? id },
      defaultConfiguration: { level: sarifLevel(severity) },
      properties: { tags, "security-severity": securitySeverity(severity) },
    };
  });
  const results: Sarif.Result[] = findings.map((finding) => ({
    ruleId: finding.rule,
    ruleIndex: ruleIds.indexOf(finding.rule),
    level: finding.reportOnly ? "note" : sarifLevel(normaliseSeverity(finding.severity)),
    message: { text: finding.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: encodeURI(finding.path), uriBaseId: "%SRCROOT%" },
          region: {
            startLine: finding.line,
            ...(finding.column ? { startColumn: finding.column } : {}),
            ...(finding.endLine ? { endLine: finding.endLine } : {}),
            ...(finding.endColumn ? { endColumn: finding.endColumn } : {}),
          },
        },
      },
    ],
    partialFingerprints: { "terrafusion/v1": fingerprint(finding) },
    ...(finding.baseline ? { baselineState: finding.baseline } : {}),
    ...(finding.waived
      ? { suppressions: [{ kind: "external", status: "accepted", justification: finding.waived }] }
      : {}),
    properties: {
      severity: finding.severity,
      blocking: finding.blocking,
      ...(finding.reportOnly ? { "report-only": finding.reportOnly } : {}),
    },
  }));
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "TerraFusion static-analysis (semgrep)",
            semanticVersion: semgrepVersion,
            informationUri: "https://semgrep.dev",
            rules: driverRules,
          },
        },
        results,
      },
    ],
  };
}
