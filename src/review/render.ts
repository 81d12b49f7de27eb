import type { RuleResult, Verdict } from "./evaluate.ts";

const MARK: Record<string, string> = {
  approved: "✅",
  pending: "⏳",
  skipped: "⏭️",
  disapproved: "⛔",
  error: "❌",
};

/** The explanation of a verdict, as markdown: the check run's text and the CLI's output. */
export function renderVerdict(verdict: Verdict): string {
  const lines = [`${MARK[verdict.status]} **${verdict.status}**: ${verdict.title}`, ""];
  if (verdict.disapprovals.length > 0) {
    lines.push(
      `Disapproved by ${verdict.disapprovals.map((entry) => `${entry.login} (${entry.via})`).join(", ")}: this blocks every rule until they approve, or their review is dismissed, or they revoke it.`,
      "",
    );
  }
  if (verdict.disapprovedIf?.length)
    lines.push(
      `Disapproved by the policy's disapproval conditions: ${verdict.disapprovedIf.join("; ")}. This blocks every rule while it holds.`,
      "",
    );
  if (verdict.rules.length > 0) lines.push(`Rules combine as ${verdict.combination}.`, "");
  for (const rule of verdict.rules) lines.push(...renderRule(rule), "");
  return lines.join("\n").trimEnd();
}

function renderRule(rule: RuleResult): string[] {
  const lines = [`### ${MARK[rule.status]} ${rule.name}: ${rule.status}`];
  const about = rule.description
    ? [`- About this rule: ${rule.description.trim().replace(/\s*\n\s*/g, " ")}`]
    : [];
  const failed = rule.conditions.filter((check) => !check.holds);
  if (rule.status === "skipped") {
    lines.push(`- Does not apply: ${failed.map((check) => check.reason).join("; ")}`, ...about);
    return lines;
  }
  lines.push(`- Applies: ${rule.conditions.map((check) => check.reason).join("; ")}`);
  lines.push(
    `- Approved by: ${rule.approvedBy.length ? rule.approvedBy.map((a) => `${a.login} (${a.why})`).join(", ") : "nobody yet"}`,
  );
  lines.push(`- May approve: ${rule.mayApprove}`);
  lines.push(`- Missing: ${rule.missing.length ? rule.missing.join("; ") : "nothing"}`);
  if (rule.ignored.length) lines.push(`- Not counted: ${rule.ignored.join("; ")}`);
  lines.push(...about);
  return lines;
}
