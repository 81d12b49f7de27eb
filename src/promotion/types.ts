import type { Color } from "../drivers/types.ts";
import type { AnalysisVerdict } from "./metric-analysis.ts";

export type DeploymentState = "queued" | "in_progress" | "success" | "failure" | "error" | "inactive";

export type Phase =
  | "verifying"
  | "rejected"
  | "pre-analysis"
  | "aborted"
  | "canary"
  | "switching"
  | "post-analysis"
  | "succeeded"
  | "rolling-back"
  | "rolled-back"
  | "error";

export const FINAL_PHASES: readonly Phase[] = ["rejected", "aborted", "succeeded", "rolled-back", "error"];

export interface Slo {
  "p95-ms"?: number;
  "p99-ms"?: number;
  "error-rate"?: number;
}

export interface AnalysisPlan {
  intervalMs: number;
  /** Failed measurements that trigger a rollback. */
  failureLimit: number;
  durationMs: number;
  slo: Slo;
  probe?: string;
  /** A short load run of the color during each interval (post) or once (pre); its figures are judged. */
  load?: LoadPlan;
  /**
   * The names of the step's named metrics (Prometheus, HTTP JSON, counters, probe, load providers), run
   * beside the measurements above with Argo's semantics; the step passes only when they all succeed.
   */
  metrics?: string[];
}

/**
 * An analysis step: before the switch (the idle color), during a canary step (the canary color, taking its
 * share of traffic), or after the switch (the new, live color).
 */
export type Stage = "pre" | "canary" | "post";

/** One step of a canary release, like Argo Rollouts' canary steps. */
export type CanaryStep =
  /** Sends `percent` of new requests to the new color (the rest stay on the active one). */
  | { kind: "set-weight"; percent: number }
  /** Waits, the weight unchanged. */
  | { kind: "pause"; ms: number }
  /** Watches the new color at its current weight; a failed analysis aborts to 0 % and rolls back. */
  | { kind: "analysis"; analysis: AnalysisPlan };

export interface LoadPlan {
  rate?: number;
  connections: number;
  paths: string[];
  /** Length of a run where no interval gives it (pre-promotion). */
  durationMs: number;
}

/** Everything the machine needs to know, fixed when a promotion starts. */
export interface PromotionPlan {
  environment: string;
  /** The commit (or version) being promoted. */
  sha: string;
  version?: string;
  promoter: string;
  from: Color;
  to: Color;
  /**
   * Analysis of the idle color before the switch: one measurement, or one every `intervalMs` for
   * `durationMs`, aborted after `failureLimit` failed ones (default 1: the first failure aborts).
   */
  pre?: Omit<AnalysisPlan, "failureLimit" | "durationMs"> & { failureLimit?: number; durationMs?: number };
  post: AnalysisPlan;
  /**
   * Canary: the steps between the pre-promotion analysis and the full switch, each started once the one
   * before it is done; absent for blue-green (the whole switch at once).
   */
  canary?: CanaryStep[];
  /** The environment's public URL: probes and load runs go there when the driver cannot reach a color itself. */
  url?: string;
  bakeWindowMs: number;
  rollbackOn: ("analysis-failed" | "check-failed" | "probe-failed")[];
  openIncident: boolean;
  revertPr: boolean;
  pullRequest?: { number: number; title?: string; url?: string };
}

export interface Figures {
  requests: number;
  errors: number;
  errorRate: number;
  p95Ms: number;
  p99Ms: number;
  probe?: { status?: number; latencyMs: number; error?: string };
  /** Where the request figures come from: the driver's per-color counters, or a short load run. */
  source?: "counters" | "load";
  /** Why no figures could be taken; the measurement fails. */
  error?: string;
}

export interface Measurement {
  at: number;
  color: Color;
  ok: boolean;
  figures: Figures;
  /** Why it failed, one short phrase each: "p95 340 ms > 100 ms". */
  problems: string[];
}

export type PromotionEvent =
  | { type: "start"; at: number }
  | { type: "verified"; at: number; problems: string[] }
  | { type: "pre-analysed"; at: number; measurement: Measurement; baseline?: Measurement }
  /** The environment was checked for another promotion just before the switch; problems forbid it. */
  | { type: "claimed"; at: number; problems: string[] }
  | { type: "switched"; at: number }
  /** The canary's weight was set: new requests follow the split from now on. */
  | { type: "weighted"; at: number; percent: number }
  /** A canary pause is over. */
  | { type: "waited"; at: number }
  /** A phase's status was written (GitHub spaces writes, so this can be a second after the phase began). */
  | { type: "recorded"; at: number; phase: Phase }
  | { type: "measured"; at: number; measurement: Measurement }
  /** A step's named metrics reached their verdict (successful, or failed, inconclusive, error). */
  | { type: "metrics-analysed"; at: number; stage: Stage; verdict: AnalysisVerdict }
  | { type: "check-failed"; at: number; check: string; url?: string }
  | { type: "probe-failed"; at: number; detail: string }
  | { type: "rollback-requested"; at: number; by: string }
  | { type: "switched-back"; at: number }
  | { type: "command-failed"; at: number; command: string; error: string }
  /** Restart after the app died mid-promotion: `active` is what the driver reports now. */
  | { type: "resume"; at: number; active: Color };

export interface StatusCommand {
  type: "status";
  state: DeploymentState;
  phase: Phase;
  description: string;
}

export type PromotionCommand =
  | StatusCommand
  | { type: "verify" }
  | { type: "claim" }
  | { type: "analyse"; stage: Stage; color: Color; afterMs: number }
  /** Starts the step's named metrics beside the rest; their verdict comes back as a metrics-analysed event. */
  | { type: "metrics"; stage: Stage; color: Color; durationMs: number; step?: number }
  /** The rest of the step is done: wait for its named metrics' verdict. */
  | { type: "await-metrics"; stage: Stage }
  | { type: "switch"; to: Color }
  /** Sends `percent` of new requests to `canary` (the new color), the rest to the active one. */
  | { type: "weight"; canary: Color; percent: number }
  /** A canary pause: wakes early only for an outside event (a failed check, /rollback). */
  | { type: "wait"; afterMs: number }
  | { type: "incident" }
  | { type: "revert-pr" }
  | { type: "done" };

export interface TimelineEntry {
  at: number;
  phase: Phase;
  description: string;
}

export interface PromotionState {
  plan: PromotionPlan;
  phase: Phase;
  startedAt: number;
  /** When the first pre-promotion measurement was taken: its duration runs from here. */
  preStartedAt?: number;
  switchedAt?: number;
  /** When the "Live" status was written: the analysis window, and its duration, run from here. */
  analysisStartedAt?: number;
  failures: number;
  measurements: Measurement[];
  baseline?: Measurement;
  /** The verdicts of each step's named metrics, once they are in. */
  metrics?: Partial<Record<Stage, AnalysisVerdict>>;
  /** Canary: the step running (an index into plan.canary) and the new color's share of traffic now. */
  canary?: { step: number; weight: number };
  /** The step whose measurements are done and which waits only on its named metrics. */
  analysed?: Stage;
  failedChecks: { name: string; url?: string }[];
  reason?: string;
  rolledBackBy?: string;
  timeline: TimelineEntry[];
}
