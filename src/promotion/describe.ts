import type { Color } from "../drivers/types.ts";
import type { DeploymentState, Phase, PromotionPlan } from "./types.ts";

/** GitHub keeps at most 140 characters of a deployment status description. */
export const MAX_DESCRIPTION = 140;

export function clip(text: string, max = MAX_DESCRIPTION): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

export function seconds(ms: number): string {
  return ms % 60_000 === 0 && ms >= 60_000 ? `${ms / 60_000}m` : `${Math.round(ms / 100) / 10}s`;
}

export const short = (sha: string) => (/^[0-9a-f]{40}$/.test(sha) ? sha.slice(0, 7) : sha);

/**
 * The description of each phase, written for a person reading the deployments page. Each starts with a
 * fixed phrase and names `from → to`, so a restarted app can read back where a promotion stood.
 */
export function describePhase(phase: Phase, plan: PromotionPlan, detail = ""): string {
  const arrow = `${plan.from} → ${plan.to}`;
  const what =
    plan.version && plan.version !== plan.sha ? `${plan.version} (${short(plan.sha)})` : short(plan.sha);
  const text: Record<Phase, string> = {
    verifying: `Checking gates, review and promoter for ${what} (${arrow}), asked by @${plan.promoter}`,
    rejected: `Not promoted (${arrow}): ${detail}`,
    "pre-analysis": `Analysing idle ${plan.to} before the switch (${arrow})`,
    aborted: `Not switched (${arrow}): idle ${plan.to} failed its checks: ${detail}`,
    canary: `Canary of ${what} (${arrow}), ${detail}`,
    switching: `Switching traffic (${arrow}) to ${what}`,
    "post-analysis": `Live on ${plan.to} (${arrow}); watching SLOs for ${seconds(plan.post.durationMs)}, every ${seconds(plan.post.intervalMs)}`,
    succeeded: `Live on ${plan.to} (${arrow}): SLOs held${detail ? ` (${detail})` : ""}; ${plan.from} kept warm for ${seconds(plan.bakeWindowMs)}`,
    "rolling-back": `Rolling back to ${plan.from} (${arrow}): ${detail}`,
    "rolled-back": `Rolled back to ${plan.from} (${arrow}): ${detail}`,
    error: `Stopped (${arrow}): ${detail}`,
  };
  return clip(text[phase]);
}

export const STATE_OF: Record<Phase, DeploymentState> = {
  verifying: "in_progress",
  rejected: "failure",
  "pre-analysis": "in_progress",
  aborted: "failure",
  canary: "in_progress",
  switching: "in_progress",
  "post-analysis": "in_progress",
  succeeded: "success",
  "rolling-back": "in_progress",
  "rolled-back": "failure",
  error: "error",
};

const PREFIXES: [RegExp, Phase][] = [
  [/^Checking gates/, "verifying"],
  [/^Not promoted/, "rejected"],
  [/^Analysing idle/, "pre-analysis"],
  [/^Not switched/, "aborted"],
  [/^Canary of /, "canary"],
  [/^Switching traffic/, "switching"],
  [/^Live on \w+ \([^)]*\); watching/, "post-analysis"],
  [/^Live on/, "succeeded"],
  [/^Rolling back/, "rolling-back"],
  [/^Rolled back/, "rolled-back"],
  [/^Stopped/, "error"],
];

/**
 * Reads back a description written by describePhase: the phase and the colors, and for a canary the step
 * (0-based) and the weight it names.
 */
export function parseDescription(
  description: string,
): { phase: Phase; from: Color; to: Color; canary?: { step: number; weight: number } } | undefined {
  const phase = PREFIXES.find(([pattern]) => pattern.test(description))?.[1];
  const colors = /\((blue|green) → (blue|green)\)/.exec(description);
  if (!phase || !colors) return undefined;
  const parsed = { phase, from: colors[1] as Color, to: colors[2] as Color };
  const canary = phase === "canary" ? /, step (\d+) of \d+: (\d+) % /.exec(description) : null;
  if (!canary) return parsed;
  return { ...parsed, canary: { step: Number(canary[1]) - 1, weight: Number(canary[2]) } };
}

/** The promotion that holds an environment, as a refused one names it. */
export interface BusyWith {
  sha: string;
  promoter?: string;
  /** When it started (ms since the epoch). */
  since?: number;
  deployment?: number;
}

/** "production is busy with f95f852 by @alice since 19:35:20 UTC (deployment 701)": who holds it, from when. */
export function describeBusy(environment: string, busy: BusyWith): string {
  const by = busy.promoter ? ` by @${busy.promoter}` : "";
  const since =
    busy.since !== undefined && Number.isFinite(busy.since)
      ? ` since ${new Date(busy.since).toISOString().slice(11, 19)} UTC`
      : "";
  const which = busy.deployment ? ` (deployment ${busy.deployment})` : "";
  return `${environment} is busy with ${short(busy.sha)}${by}${since}${which}`;
}

/** "Queued (1 in line): production is busy with f95f852 by @alice since …; starts after it". */
export function describeQueued(environment: string, holder: BusyWith, position: number): string {
  return clip(`Queued (${position} in line): ${describeBusy(environment, holder)}; starts after it`);
}

/** Whether a status description is describeQueued's: a deployment waiting in line, read back after a restart. */
export function isQueuedDescription(description: string): boolean {
  return /^Queued \(\d+ in line\): /.test(description);
}
