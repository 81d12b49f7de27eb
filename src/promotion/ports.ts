import type { Color, TrafficDriver } from "../drivers/types.ts";
import type { BusyWith } from "./describe.ts";
import type {
  LoadPlan,
  Measurement,
  Phase,
  PromotionState,
  Slo,
  StatusCommand,
  TimelineEntry,
} from "./types.ts";

/**
 * The ports of the promotion service. Each has one implementation per place the service runs: GitHub
 * (src/github/deployment-record.ts) or memory (./memory-record.ts) for the record, the driver's counters,
 * probe and load run (src/metrics/driver-measurer.ts) for measurements, the process itself (./lease.ts)
 * for leases. Named metrics (./metric-source.ts) and notices (./notices.ts) have ports of their own.
 * Nothing here does I/O.
 */

/** A deployment as the record knows it (a GitHub deployment, or one the memory record made up). */
export interface DeploymentRef {
  id: number;
  sha: string;
  environment: string;
  creator?: string;
  payload?: unknown;
  /** The API URL of the deployment (GitHub), which also names the host for links. */
  url?: string;
  /** The page a person opens, when the record has one. */
  htmlUrl?: string;
}

/** Where a deployment stands according to its latest TerraFusion status. */
export interface RecordedPhase {
  phase: Phase;
  from: Color;
  to: Color;
  description: string;
  /** A canary's step (0-based) and weight, as its latest status names them. */
  canary?: { step: number; weight: number };
  /** When its first status was written: when the promotion started (ms since the epoch). */
  since?: number;
}

export interface PendingDeployments {
  /** Recorded in a phase that is not final. */
  inProgress: { deployment: DeploymentRef; recorded: RecordedPhase }[];
  /** Waiting in line, oldest first. */
  queued: DeploymentRef[];
}

/** A check run on a commit, as the record reports it. */
export interface CheckRun {
  name: string;
  status: string;
  conclusion?: string | null;
}

export interface NewDeployment {
  sha: string;
  environment: string;
  /** Why it was created, for a person: "/promote by @alice", "promote action, run by @bot". */
  description: string;
  payload: Record<string, unknown>;
}

/**
 * The record of deployments of one repository: the statuses a promotion writes, what it consults before
 * it switches (promotions in progress, a blocking incident, the required checks) and what a restarted
 * process reads back (a deployment's timeline, its latest phase).
 */
export interface DeploymentRecord {
  /** Where the statuses go, for people: "GitHub deployments of acme/shop", "local recorder (GitHub not contacted)". */
  readonly name: string;
  /** Which repository: promotions of one environment in one scope hold one lease. */
  readonly scope: string;
  createDeployment(request: NewDeployment): Promise<DeploymentRef>;
  /** Writes one status of a deployment; the record may also act on it (GitHub marks older ones inactive). */
  recordStatus(
    deployment: DeploymentRef,
    status: StatusCommand,
    state: PromotionState,
    environmentUrl?: string,
  ): Promise<void>;
  /** A status outside a promotion's phases: queued in line, refused (a full line, a busy environment). */
  recordNote(deployment: DeploymentRef, state: "queued" | "failure", description: string): Promise<void>;
  /** The latest recorded phase of a deployment, how many statuses it has, and whether it waits in line. */
  recordedPhase(deploymentId: number): Promise<{ latest?: RecordedPhase; count: number; queued: boolean }>;
  /** Recent deployments (of an environment) a promotion has not finished with: in progress, or waiting. */
  inProgress(environment?: string): Promise<PendingDeployments>;
  /** Recent deployments of an environment (of a commit), newest first, with when they were last updated. */
  recent(environment: string, sha?: string): Promise<{ deployment: DeploymentRef; updatedAt: number }[]>;
  /** The open incident that blocks a commit from an environment, if any. */
  blockingIssue(sha: string, environment: string): Promise<{ number: number; url: string } | undefined>;
  /** The check runs on a commit, for the policy's required checks; undefined where the record cannot see them. */
  checkRuns(sha: string): Promise<CheckRun[] | undefined>;
  /** A deployment's timeline (its TerraFusion statuses), oldest first. */
  timeline(deploymentId: number): Promise<TimelineEntry[]>;
  /** After a rollback: the incident issue (it blocks the commit from the environment). */
  openIncident?(deployment: DeploymentRef, state: PromotionState): Promise<void>;
  /** After a rollback: a pull request that reverts the commit. */
  openRevertPr?(deployment: DeploymentRef, state: PromotionState): Promise<void>;
}

export interface MeasureOptions {
  slo: Slo;
  probe?: string;
  /** The environment's public URL, for probes and load runs when the driver cannot reach a color directly. */
  url?: string;
  /** A short load run of the color; its figures replace the counters' in the judgement. */
  load?: LoadPlan & { signal?: AbortSignal };
  now?: () => number;
}

/**
 * Measures a color over a window and judges it against the SLO. The window starts at `mark` (or the
 * previous measurement). Named metrics (Prometheus, HTTP JSON, and these figures as metrics) come through
 * another port, the MetricSource (./metric-source.ts), and run beside it.
 */
export interface Measurer {
  mark(color: Color): Promise<void>;
  measure(color: Color, options: MeasureOptions): Promise<Measurement>;
}

/** Who holds an environment: shown to the one who has to wait. */
export type Holder = BusyWith & { deployment: number };

/**
 * One promotion per environment. The in-process lease (./lease.ts) serves one app process; a lease shared
 * by several replicas (Redis, with a fencing token) implements the same port.
 */
export interface EnvironmentLease {
  /** Takes the environment for `holder`, or names who has it. Decided before the first await. */
  acquire(key: string, holder: Holder): Promise<{ acquired: true } | { acquired: false; holder: Holder }>;
  /** Gives it back, if `deployment` holds it. */
  release(key: string, deployment: number): Promise<void>;
  holder(key: string): Holder | undefined;
}

/** Where what no status shows is written (probot's log, the action's log, stderr). */
export interface PromotionLog {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/** The driver of an environment, as the operator allows it (a UsageError for one it may not run). */
export type DriverFactory = (environment: string) => TrafficDriver;
