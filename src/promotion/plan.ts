import type { EnvironmentPolicy } from "../drivers/index.ts";
import type { Color } from "../drivers/types.ts";
import { otherColor } from "../drivers/types.ts";
import type { Policy } from "../policy/schema/index.ts";
import { parseDuration } from "../policy/schema/primitives.ts";
import type { PromotionPlan, Slo } from "./types.ts";

export const DEFAULTS = {
  intervalMs: 2_000,
  failureLimit: 3,
  durationMs: 60_000,
  bakeWindowMs: 10 * 60_000,
  slo: { "p95-ms": 100, "error-rate": 0.01 } satisfies Slo,
};

const ms = (text: string | undefined, fallback: number) =>
  text ? (parseDuration(text) ?? fallback) : fallback;

/** A promotion's plan from the environment's policy: the analysis figures, the bake window, what rolls back. */
export function planFor(
  policy: Policy,
  environment: string,
  facts: {
    sha: string;
    version?: string;
    promoter: string;
    active: Color;
    pullRequest?: PromotionPlan["pullRequest"];
  },
): PromotionPlan {
  const env = policy.deploy?.environments[environment] as EnvironmentPolicy;
  const post = env.analysis?.["post-promotion"];
  const pre = env.analysis?.["pre-promotion"];
  // The load gate's SLO is the team's production SLO; an explicit analysis SLO wins.
  const slo = post?.slo ?? policy.gates?.load?.slo ?? DEFAULTS.slo;
  return {
    environment,
    sha: facts.sha,
    version: facts.version,
    promoter: facts.promoter,
    from: facts.active,
    to: otherColor(facts.active),
    pre: pre ? { intervalMs: 0, slo: pre.slo ?? {}, probe: pre.probe } : undefined,
    post: {
      intervalMs: ms(post?.interval, DEFAULTS.intervalMs),
      failureLimit: post?.["failure-limit"] ?? DEFAULTS.failureLimit,
      durationMs: ms(post?.duration, DEFAULTS.durationMs),
      slo,
      probe: post?.probe,
    },
    bakeWindowMs: ms(env["bake-window"], DEFAULTS.bakeWindowMs),
    rollbackOn: env.rollback?.on ?? ["analysis-failed", "check-failed", "probe-failed"],
    openIncident: env.rollback?.["open-incident"] ?? true,
    revertPr: env.rollback?.["revert-pr"] ?? false,
    pullRequest: facts.pullRequest,
  };
}
