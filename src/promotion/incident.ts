import { plural } from "../core/format.ts";
import { summarizeFigures } from "./analysis.ts";
import type { PromotionState } from "./types.ts";

export const INCIDENT_LABEL = "terrafusion: incident";
export const BLOCKED_LABEL = "terrafusion: blocked";

export function blockedMarker(sha: string, environment: string): string {
  return `<!-- terrafusion:blocked sha=${sha} environment=${environment} -->`;
}

export function parseBlockedMarker(
  body: string | null | undefined,
): { sha: string; environment: string } | undefined {
  const match = /<!-- terrafusion:blocked sha=([0-9a-zA-Z._-]+) environment=([A-Za-z0-9._-]+) -->/.exec(
    body ?? "",
  );
  return match ? { sha: match[1]!, environment: match[2]! } : undefined;
}

function pullLink(pull: PromotionState["plan"]["pullRequest"]): string {
  if (!pull) return "(none found for this commit)";
  const text = `#${pull.number}${pull.title ? ` ${pull.title.replaceAll("|", "\\|")}` : ""}`;
  return pull.url ? `[${text}](${pull.url})` : text;
}

const time = (at: number, start: number) => `+${((at - start) / 1000).toFixed(1)}s`;

/** The incident issue: what happened, the figures before and after, failed checks, who, and the timeline. */
export function incidentIssue(
  state: PromotionState,
  links: { deployment?: { text: string; url?: string } } = {},
) {
  const { plan } = state;
  const what = plan.version ? `${plan.version} (${plan.sha.slice(0, 7)})` : plan.sha.slice(0, 7);
  const title = `Rolled back ${what} in ${plan.environment}: ${state.reason ?? "promotion failed"}`.slice(
    0,
    200,
  );
  const failing = state.measurements.filter((m) => !m.ok);
  const lines = [
    `TerraFusion promoted ${what} to **${plan.environment}** (${plan.from} → ${plan.to}) and rolled it back by itself: **${state.reason ?? "unknown reason"}**.`,
    `Traffic is back on **${plan.from}**. This commit will not be promoted to ${plan.environment} again until this is cleared: close this issue, remove the \`${BLOCKED_LABEL}\` label, or comment \`/unblock\`.`,
    "",
    "| | |",
    "|---|---|",
    `| Promoted by | @${plan.promoter} |`,
    `| Commit | ${plan.sha} |`,
    state.rolledBackBy ? `| Rolled back by | @${state.rolledBackBy} |` : undefined,
    `| Pull request | ${pullLink(plan.pullRequest)} |`,
    links.deployment
      ? `| Deployment | ${links.deployment.url ? `[${links.deployment.text}](${links.deployment.url})` : links.deployment.text} |`
      : undefined,
    `| SLO | ${
      Object.entries(plan.post.slo)
        .map(([k, v]) => `${k} ${v}`)
        .join(", ") || "(none)"
    } |`,
    "",
    "### Figures",
    "",
    "| when | color | figures |",
    "|---|---|---|",
    state.baseline
      ? `| before the switch | ${state.baseline.color} | ${summarizeFigures(state.baseline.figures)} |`
      : undefined,
    ...state.measurements.map(
      (m) =>
        `| ${time(m.at, state.switchedAt ?? state.startedAt)} after the switch | ${m.color} | ${summarizeFigures(m.figures)}${m.ok ? "" : ` — **${m.problems.join(", ")}**`} |`,
    ),
    "",
    state.failedChecks.length ? "### Failed checks\n" : "",
    ...state.failedChecks.map((check) => `- ${check.url ? `[${check.name}](${check.url})` : check.name}`),
    failing.length
      ? `\n${failing.length} of ${plural(state.measurements.length, "measurement")} failed (limit ${plan.post.failureLimit}).`
      : "",
    "",
    "### Timeline",
    "",
    ...state.timeline.map(
      (entry) => `- ${new Date(entry.at).toISOString()} **${entry.phase}**: ${entry.description}`,
    ),
    "",
    blockedMarker(plan.sha, plan.environment),
  ];
  // An absent row is dropped, not left blank: a blank line would end a markdown table.
  const present = lines.filter((line): line is string => line !== undefined);
  return {
    title,
    body: present.filter((line, i, all) => line !== "" || all[i - 1] !== "").join("\n"),
  };
}
