/**
 * One chaos experiment, in three phases under the same load through the toxiproxy proxy:
 *   steady state → the fault (a toxic, or a killed instance) → recovery.
 * The SLO is checked over the steady and fault phases; recovery is the time from the end of the
 * fault (toxic removed; for process-kill, the kill itself) until the SLO holds again in
 * RECOVERY_STREAK consecutive windows of WINDOW_MS, which must come within `recovery-seconds`.
 */
import { formatShare, plural } from "../core/format.ts";
import { type LatencySummary, type LoadStats, runLoad, type Sample } from "../load/engine.ts";
import type { RunningService } from "../load/service.ts";
import { checkSlo, type Slo, type SloCheck, sloHolds } from "../load/slo.ts";
import type { Toxic, Toxiproxy } from "./toxiproxy.ts";

export const WINDOW_MS = 250;
export const RECOVERY_STREAK = 2;

export type FaultKind =
  | "latency"
  | "jitter"
  | "bandwidth"
  | "timeout"
  | "reset_peer"
  | "slow_close"
  | "limit_data"
  | "process-kill";

export interface ExperimentSpec {
  name: string;
  toxic: FaultKind;
  attributes?: Record<string, number>;
  toxicity?: number;
  stream?: "upstream" | "downstream";
  /** Length of the steady and the fault phase each. */
  phaseMs: number;
  slo: Slo;
  recoveryMs: number;
}

export interface PhaseFigures {
  requests: number;
  errorRate: number;
  rps: number;
  latency: LatencySummary;
  checks: SloCheck[];
  holds: boolean;
}

export interface ExperimentResult {
  name: string;
  toxic: FaultKind;
  steady: PhaseFigures;
  fault: PhaseFigures;
  /** Milliseconds until the SLO held again; null when it did not within the limit. */
  recoveryMs: number | null;
  recoveryLimitMs: number;
  passed: boolean;
  reasons: string[];
}

export interface ExperimentEnvironment {
  toxiproxy: Toxiproxy;
  proxyName: string;
  /** The proxy's address, where the load goes. */
  loadUrl: string;
  paths?: string[];
  connections: number;
  timeoutMs: number;
  service?: RunningService;
  progress: (message: string) => void;
  signal?: AbortSignal;
}

/** Toxiproxy toxics for the policy's fault names; "jitter" is toxiproxy's latency toxic with jitter. */
const TOXICS: Record<
  Exclude<FaultKind, "process-kill">,
  { type: string; defaults: Record<string, number> }
> = {
  latency: { type: "latency", defaults: { latency: 200, jitter: 0 } },
  jitter: { type: "latency", defaults: { latency: 0, jitter: 100 } },
  bandwidth: { type: "bandwidth", defaults: { rate: 100 } },
  timeout: { type: "timeout", defaults: { timeout: 1000 } },
  reset_peer: { type: "reset_peer", defaults: { timeout: 0 } },
  slow_close: { type: "slow_close", defaults: { delay: 1000 } },
  limit_data: { type: "limit_data", defaults: { bytes: 1000 } },
};

export function toxicFor(spec: ExperimentSpec, name: string): Toxic {
  if (spec.toxic === "process-kill") throw new Error("process-kill is not a toxic");
  const { type, defaults } = TOXICS[spec.toxic];
  return {
    name,
    type,
    stream: spec.stream ?? "downstream",
    toxicity: spec.toxicity ?? 1,
    attributes: { ...defaults, ...spec.attributes },
  };
}

export async function runExperiment(
  spec: ExperimentSpec,
  env: ExperimentEnvironment,
): Promise<ExperimentResult> {
  const load = (durationMs: number, extra: { signal?: AbortSignal; onSample?: (s: Sample) => void } = {}) =>
    runLoad({
      url: env.loadUrl,
      paths: env.paths,
      durationMs,
      connections: env.connections,
      timeoutMs: env.timeoutMs,
      sampleMs: WINDOW_MS,
      signal: extra.signal ?? env.signal,
      onSample: extra.onSample,
    });

  env.progress(`${spec.name}: steady state for ${spec.phaseMs / 1000}s`);
  const steady = figures(await load(spec.phaseMs), spec.slo);
  env.progress(`${spec.name}: steady ${describe(steady)}`);

  let faultStats: LoadStats;
  let recoveryMs: number | null = null;
  if (spec.toxic === "process-kill") {
    const victim = [...(env.service?.instances ?? [])].reverse().find((instance) => instance.alive());
    if (!victim) throw new Error("process-kill needs a running instance");
    env.progress(`${spec.name}: killing instance ${victim.index + 1} (pid ${victim.pid}) under load`);
    const running = load(spec.phaseMs);
    // Let the load reach every instance first, so that the kill hits requests in flight.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const killedAt = performance.now();
    await victim.kill();
    faultStats = await running;
    const offset = performance.now() - killedAt - faultStats.durationMs;
    recoveryMs = recoveredAfter(faultStats.timeline, spec.slo, offset);
    if (recoveryMs === null || recoveryMs > spec.recoveryMs) {
      const waited = performance.now() - killedAt;
      const later = await observeRecovery(load, spec, Math.max(0, spec.recoveryMs - waited), env.signal);
      recoveryMs = later === null ? null : waited + later;
    }
  } else {
    const toxic = toxicFor(spec, `terrafusion-${spec.name}`.replace(/[^\w-]/g, "-"));
    env.progress(
      `${spec.name}: ${toxic.type} toxic ${JSON.stringify(toxic.attributes)} (toxicity ${toxic.toxicity}, ${toxic.stream}) for ${spec.phaseMs / 1000}s`,
    );
    await env.toxiproxy.addToxic(env.proxyName, toxic);
    try {
      faultStats = await load(spec.phaseMs);
    } finally {
      await env.toxiproxy.removeToxic(env.proxyName, toxic.name);
    }
    env.progress(
      `${spec.name}: toxic removed, waiting up to ${spec.recoveryMs / 1000}s for the SLO to hold again`,
    );
    recoveryMs = await observeRecovery(load, spec, spec.recoveryMs, env.signal);
  }
  const fault = figures(faultStats, spec.slo);
  env.progress(`${spec.name}: under fault ${describe(fault)}`);
  const recovered = recoveryMs !== null && recoveryMs <= spec.recoveryMs;
  env.progress(
    `${spec.name}: ${recovered ? `recovered in ${(recoveryMs! / 1000).toFixed(2)}s` : `did not recover within ${spec.recoveryMs / 1000}s`}`,
  );
  const reasons: string[] = [];
  if (!steady.holds) reasons.push("the SLO did not hold in the steady state, before any fault");
  if (!fault.holds) reasons.push("the SLO broke under the fault");
  if (!recovered) reasons.push(`no recovery within ${spec.recoveryMs / 1000}s`);
  return {
    name: spec.name,
    toxic: spec.toxic,
    steady,
    fault,
    recoveryMs: recovered ? Math.round(recoveryMs!) : null,
    recoveryLimitMs: spec.recoveryMs,
    passed: reasons.length === 0,
    reasons,
  };
}

/** Runs load until the SLO holds in RECOVERY_STREAK windows in a row; ms until the first of them ended. */
async function observeRecovery(
  load: (
    durationMs: number,
    extra: { signal?: AbortSignal; onSample?: (s: Sample) => void },
  ) => Promise<LoadStats>,
  spec: ExperimentSpec,
  limitMs: number,
  outer?: AbortSignal,
): Promise<number | null> {
  const stop = new AbortController();
  const forward = () => stop.abort();
  outer?.addEventListener("abort", forward, { once: true });
  let streak = 0;
  let candidate: number | null = null;
  let found: number | null = null;
  try {
    await load(limitMs + WINDOW_MS, {
      signal: stop.signal,
      onSample: (sample) => {
        if (found !== null) return;
        if (sloHolds(sample, spec.slo)) {
          streak++;
          if (streak === 1) candidate = sample.atMs;
          if (streak >= RECOVERY_STREAK) {
            found = candidate;
            stop.abort();
          }
        } else {
          streak = 0;
        }
      },
    });
  } finally {
    outer?.removeEventListener("abort", forward);
  }
  return found;
}

/** Within a timeline that starts at the fault: the end of the first window of a healthy streak. */
export function recoveredAfter(timeline: Sample[], slo: Slo, offsetMs = 0): number | null {
  let streak = 0;
  let candidate: number | null = null;
  for (const sample of timeline) {
    if (sloHolds(sample, slo)) {
      streak++;
      if (streak === 1) candidate = sample.atMs;
      if (streak >= RECOVERY_STREAK) return Math.max(0, (candidate ?? 0) + offsetMs);
    } else {
      streak = 0;
    }
  }
  return null;
}

function figures(stats: LoadStats, slo: Slo): PhaseFigures {
  const checks = checkSlo(stats, slo);
  return {
    requests: stats.requests,
    errorRate: stats.errorRate,
    rps: stats.rps,
    latency: stats.latency,
    checks,
    holds: checks.every((check) => check.ok),
  };
}

function describe(phase: PhaseFigures): string {
  return `${plural(phase.requests, "request")}, p95 ${phase.latency.p95} ms, ${formatShare(phase.errorRate)} errors`;
}
