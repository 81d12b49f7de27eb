import { summarizeFigures } from "./analysis.ts";
import type { PromotionState } from "./types.ts";

const ICON: Record<string, string> = {
  succeeded: "✅",
  "rolled-back": "↩️",
  rejected: "⛔",
  aborted: "⛔",
  error: "⚠️",
};

/** The job summary of a promotion: outcome, where traffic is, each measurement and the timeline. */
export function promotionSummary(
  state: PromotionState,
  facts: { active?: string; deploymentUrl?: string; recorder: string },
): string {
  const { plan } = state;
  const what = plan.version && plan.version !== plan.sha ? `${plan.version} (${plan.sha})` : plan.sha;
  const start = state.switchedAt ?? state.startedAt;
  const lines = [
    `### ${ICON[state.phase] ?? ""} Promotion of ${what} to ${plan.environment}: ${state.phase}`,
    "",
    state.timeline.at(-1)?.description ?? "",
    "",
    "| | |",
    "|---|---|",
    `| colors | ${plan.from} → ${plan.to} |`,
    `| traffic now on | ${facts.active ?? "unknown"} |`,
    `| promoted by | @${plan.promoter} |`,
    `| SLO | ${
      Object.entries(plan.post.slo)
        .map(([key, value]) => `${key} ${value}`)
        .join(", ") || "(none)"
    } |`,
    `| statuses | ${facts.deploymentUrl ?? facts.recorder} |`,
  ];
  const measured = [...(state.baseline ? [{ ...state.baseline, before: true }] : []), ...state.measurements];
  if (measured.length > 0) {
    lines.push("", "| when | color | figures | verdict |", "|---|---|---|---|");
    for (const m of measured) {
      const when =
        "before" in m ? "before the switch" : `+${((m.at - start) / 1000).toFixed(1)}s after the switch`;
      lines.push(
        `| ${when} | ${m.color} | ${summarizeFigures(m.figures)} | ${m.ok ? "ok" : m.problems.join(", ")} |`,
      );
    }
  }
  lines.push(...metricLines(state));
  lines.push("", "<details><summary>Timeline</summary>", "");
  for (const entry of state.timeline)
    lines.push(
      `- +${((entry.at - state.startedAt) / 1000).toFixed(1)}s **${entry.phase}**: ${entry.description}`,
    );
  lines.push("", "</details>", "");
  return lines.join("\n");
}

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

/** The named metrics' verdicts of each step, beside the measurements above. */
function metricLines(state: PromotionState): string[] {
  const steps = (["pre", "post"] as const).filter((stage) => state.metrics?.[stage]);
  if (steps.length === 0) return [];
  const lines = ["", "| step | metric | verdict | measurements | why |", "|---|---|---|---|---|"];
  for (const stage of steps) {
    const verdict = state.metrics![stage]!;
    const name = `${stage}-promotion`;
    if (verdict.metrics.length === 0)
      lines.push(`| ${name} | | ${verdict.phase} | | ${cell(verdict.reason)} |`);
    for (const m of verdict.metrics)
      lines.push(
        `| ${name} | ${m.metric} | ${m.phase} | ${m.successful} of ${m.measurements} successful | ${cell(m.reason)} |`,
      );
  }
  return lines;
}
