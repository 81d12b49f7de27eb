import type { EnvironmentPolicy } from "../drivers/index.ts";
import type { Color, TrafficDriver } from "../drivers/types.ts";
import type { AddressGuard } from "../metrics/address-guard.ts";
import type { Policy } from "../policy/schema/index.ts";
import { type BusyWith, describeBusy, parseDescription } from "./describe.ts";
import { InProcessLease } from "./lease.ts";
import { step } from "./machine.ts";
import { type MetricContext, type MetricSource, metricProblems } from "./metric-source.ts";
import { type NoticeSink, promotionNotices } from "./notices.ts";
import { planFor } from "./plan.ts";
import type {
  DeploymentRecord,
  DeploymentRef,
  EnvironmentLease,
  Holder,
  Measurer,
  PendingDeployments,
  RecordedPhase,
} from "./ports.ts";
import { PromotionRunner, type Reporter } from "./runner.ts";
import type { PromotionEvent, PromotionState, StatusCommand } from "./types.ts";
import { verifyCommit } from "./verify.ts";

export interface PromotionServicePorts {
  /** How a color is measured through a driver (its counters, probe and load run). */
  measurerFor(driver: TrafficDriver): Measurer;
  /**
   * The named metrics of an environment's analysis steps, with their providers: Prometheus and JSON
   * endpoints, and the driver's counters, probe and load run as metrics (src/metrics/metric-source.ts).
   * Absent: a promotion whose policy names metrics is rejected, never run without them.
   */
  metrics?: MetricSource;
  /**
   * The operator's allowance for the addresses named metrics may request (the app server's
   * TERRAFUSION_APP_METRICS_URLS); absent where the team runs the promotion itself (CLI, action).
   */
  metricsGuard?: AddressGuard;
  /** Where the environment's notifications go (webhook URLs from this environment) and where failures are logged. */
  notices?: NoticeSink;
  /** One promotion per environment; in-process unless several replicas share one. */
  lease?: EnvironmentLease;
  now?: () => number;
}

/** One promotion to start: who asks, what, where it is recorded, and the driver of its environment. */
export interface PromotionRequest {
  record: DeploymentRecord;
  policy: Policy;
  deployment: DeploymentRef;
  promoter: string;
  driver: TrafficDriver;
  /** Problems the entry found before asking (a promoter the policy does not allow): they reject it. */
  refusals?: string[];
  /** How to try again after another promotion held the environment: "deploy again after it". */
  retry: string;
  /** Told when, just before the switch, another promotion of the environment is found in progress. */
  busy?(holder: BusyWith): Promise<unknown>;
  /** Each status as it is written, for progress lines. */
  onStatus?(command: StatusCommand): void;
}

/** What a dashboard reads: the promotions this service runs now. */
export interface RunningPromotion {
  scope: string;
  environment: string;
  deployment: number;
  sha: string;
  promoter: string;
  since: number;
  state?: PromotionState;
}

interface Running {
  view: RunningPromotion;
  runner: PromotionRunner;
}

/**
 * The one promotion service: the CLI, the promote action and the app each call it with their own ports
 * (where the record is kept, how the driver is made, who is told). It plans from the policy, verifies with
 * the record, runs the pure machine through the runner, and keeps the promotions it runs reachable for a
 * failed check or `/rollback`.
 */
export class PromotionService {
  readonly lease: EnvironmentLease;
  private readonly running = new Map<string, Running>();
  private readonly tasks = new Set<Promise<unknown>>();
  /** Notices on their way to webhooks: never awaited by a promotion, only by `settled` and `noticesSent`. */
  private readonly notices = new Set<Promise<unknown>>();

  constructor(private readonly ports: PromotionServicePorts) {
    this.lease = ports.lease ?? new InProcessLease();
  }

  /** The lease key of an environment of a record's repository. */
  key(record: Pick<DeploymentRecord, "scope">, environment: string): string {
    return `${record.scope}/${environment}`.toLowerCase();
  }

  /** Takes the environment for a deployment, or names who holds it. */
  acquire(record: DeploymentRecord, deployment: DeploymentRef, promoter: string) {
    const holder: Holder = { deployment: deployment.id, sha: deployment.sha, promoter, since: this.now() };
    return this.lease.acquire(this.key(record, deployment.environment), holder);
  }

  release(record: DeploymentRecord, deployment: DeploymentRef): Promise<void> {
    return this.lease.release(this.key(record, deployment.environment), deployment.id);
  }

  /** The promotions running in this process, for a dashboard or a status page. */
  runningPromotions(): RunningPromotion[] {
    return [...this.running.values()].map(({ view, runner }) => ({ ...view, state: runner.state }));
  }

  /** Resolves when every promotion started here has finished, and its notices are sent (tests, graceful shutdown). */
  async settled(): Promise<void> {
    while (this.tasks.size > 0) await Promise.allSettled([...this.tasks]);
    while (this.notices.size > 0) await Promise.allSettled([...this.notices]);
  }

  /**
   * Before a short-lived process exits (the CLI, the action): waits for the notices in flight, at most
   * `withinMs`. False when some were still on their way (each one's failures are logged by the notifier).
   */
  async noticesSent(withinMs: number): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), withinMs);
    });
    const sent = (async () => {
      while (this.notices.size > 0) await Promise.allSettled([...this.notices]);
      return true as const;
    })();
    try {
      return await Promise.race([sent, late]);
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * Promotes a deployment whose environment the caller holds (see `acquire`); the lease is given back when
   * it ends. Resolves once it runs; `done` resolves with its final state.
   */
  async start(request: PromotionRequest): Promise<{ done: Promise<PromotionState> }> {
    const { record, policy, deployment, promoter, driver } = request;
    const env = policy.deploy!.environments[deployment.environment]! as EnvironmentPolicy;
    const plan = planFor(policy, deployment.environment, {
      ...deploymentFacts(deployment),
      sha: deployment.sha,
      promoter,
      active: await driver.active(),
    });
    const runner = this.runner(request, env, {
      verify: async () => [
        ...(request.refusals ?? []),
        // What can be known before any reading: a metric address the operator does not allow.
        ...metricProblems(this.ports.metrics, env, this.metricContext(driver)),
        ...(await verifyCommit(record, deployment.sha, deployment.environment, env)),
      ],
      // Best effort against another process: the lease of this one cannot see it, the record can.
      claim: async () => {
        const holder = await otherInProgress(record, deployment);
        if (!holder) return [];
        await request.busy?.(holder);
        return [`${describeBusy(deployment.environment, holder)}; ${request.retry}`];
      },
    });
    return { done: this.track(request, runner, runner.promote(plan)) };
  }

  /**
   * After a restart: takes over the promotions the record shows in progress (each one whose environment
   * it can lease), from their timelines. The driver of each is made as the caller allows it.
   */
  async takeOver(
    record: DeploymentRecord,
    policy: Policy,
    inProgress: PendingDeployments["inProgress"],
    driverFor: (env: EnvironmentPolicy, environment: string) => TrafficDriver,
  ): Promise<{ key: string; done: Promise<PromotionState> }[]> {
    const taken: { key: string; done: Promise<PromotionState> }[] = [];
    for (const { deployment, recorded } of inProgress) {
      const env = policy.deploy?.environments[deployment.environment] as EnvironmentPolicy | undefined;
      if (!env) continue;
      const key = this.key(record, deployment.environment);
      const promoter = deploymentFacts(deployment).promoter ?? deployment.creator ?? "unknown";
      const holder = {
        deployment: deployment.id,
        sha: deployment.sha,
        promoter,
        since: recorded.since ?? this.now(),
      };
      if (!(await this.lease.acquire(key, holder)).acquired) continue;
      try {
        const driver = driverFor(env, deployment.environment);
        const state = await this.restore(record, policy, deployment, recorded);
        const request = { record, policy, deployment, driver, promoter: state.plan.promoter, retry: "" };
        const runner = this.runner(request, env, { verify: async () => [] });
        taken.push({ key, done: this.track(request, runner, runner.resume(state), recorded.since) });
      } catch (error) {
        await this.lease.release(key, deployment.id);
        throw error;
      }
    }
    return taken;
  }

  /**
   * Hands an event (a failed check, `/rollback`) to the running promotion of an environment, or to its latest
   * finished one while inside the bake window. False when there is nothing to hand it to.
   */
  async deliver(
    record: DeploymentRecord,
    policy: Policy,
    environment: string,
    sha: string | undefined,
    event: PromotionEvent,
    driverFor: () => TrafficDriver,
  ): Promise<boolean> {
    const running = this.running.get(this.key(record, environment));
    if (running && (!sha || running.view.sha === sha)) {
      running.runner.inject(event);
      return true;
    }
    const env = policy.deploy!.environments[environment]! as EnvironmentPolicy;
    for (const { deployment, updatedAt } of await record.recent(environment, sha)) {
      const { latest } = await record.recordedPhase(deployment.id);
      if (latest?.phase !== "succeeded") continue;
      const restored = await this.restore(record, policy, deployment, latest);
      if (this.now() - updatedAt > restored.plan.bakeWindowMs) return false;
      const next = step(restored, event);
      if (next.commands.length === 0) return false;
      const request = { record, policy, deployment, promoter: restored.plan.promoter, driver: driverFor() };
      const runner = this.runner({ ...request, retry: "" }, env, { verify: async () => [] });
      await runner.run(next);
      return true;
    }
    return false;
  }

  private runner(
    request: PromotionRequest,
    env: EnvironmentPolicy,
    checks: { verify(): Promise<string[]>; claim?(): Promise<string[]> },
  ): PromotionRunner {
    const { record, deployment, driver } = request;
    const announce = promotionNotices(env, this.ports.notices, {
      repository: record.scope === "local" ? undefined : record.scope,
      url: deployment.htmlUrl ?? env.url,
      now: () => this.now(),
      track: (sent) => this.trackNotice(sent),
    });
    const reporter: Reporter = {
      async status(command, state) {
        request.onStatus?.(command);
        await record.recordStatus(deployment, command, state, env.url);
        // After the record: a notice never says more than the deployment's statuses, and never waits.
        announce(command, state);
      },
      incident: record.openIncident && ((state) => record.openIncident!(deployment, state)),
      revertPr: record.openRevertPr && ((state) => record.openRevertPr!(deployment, state)),
    };
    return new PromotionRunner({
      driver,
      reporter,
      measurer: this.ports.measurerFor(driver),
      now: this.ports.now,
      verify: checks.verify,
      claim: checks.claim,
      metrics: (stage, canaryStep) => {
        if (!this.ports.metrics) throw new Error("this promotion service was given no metric providers");
        return this.ports.metrics(env, stage, this.metricContext(driver), canaryStep);
      },
    });
  }

  private metricContext(driver: TrafficDriver): MetricContext {
    return { measurer: () => this.ports.measurerFor(driver), guard: this.ports.metricsGuard };
  }

  private trackNotice(sent: Promise<unknown>): void {
    this.notices.add(sent);
    sent.finally(() => this.notices.delete(sent)).catch(() => {});
  }

  private track(
    request: Pick<PromotionRequest, "record" | "deployment" | "promoter">,
    runner: PromotionRunner,
    promise: Promise<PromotionState>,
    since?: number,
  ): Promise<PromotionState> {
    const { record, deployment } = request;
    const key = this.key(record, deployment.environment);
    this.running.set(key, {
      runner,
      view: {
        scope: record.scope,
        environment: deployment.environment,
        deployment: deployment.id,
        sha: deployment.sha,
        promoter: request.promoter,
        since: since ?? this.lease.holder(key)?.since ?? this.now(),
      },
    });
    const done = promise.finally(async () => {
      if (this.running.get(key)?.runner === runner) this.running.delete(key);
      await this.lease.release(key, deployment.id);
    });
    this.tasks.add(done);
    done.finally(() => this.tasks.delete(done)).catch(() => {});
    return done;
  }

  /** Rebuilds a promotion's state from the record: the deployment, its statuses (the timeline) and the policy. */
  private async restore(
    record: DeploymentRecord,
    policy: Policy,
    deployment: DeploymentRef,
    recorded: RecordedPhase,
  ): Promise<PromotionState> {
    const facts = deploymentFacts(deployment);
    const plan = planFor(policy, deployment.environment, {
      ...facts,
      sha: deployment.sha,
      promoter: facts.promoter ?? deployment.creator ?? "unknown",
      active: recorded.from as Color,
    });
    const timeline = await record.timeline(deployment.id);
    const switched = timeline.find((entry) => entry.phase === "post-analysis");
    return {
      plan,
      phase: recorded.phase,
      startedAt: timeline[0]?.at ?? this.now(),
      switchedAt: switched?.at,
      analysisStartedAt: switched?.at,
      failures: 0,
      measurements: [],
      failedChecks: [],
      timeline,
      ...(recorded.canary ? { canary: recorded.canary } : {}),
    };
  }

  private now(): number {
    return (this.ports.now ?? Date.now)();
  }
}

/**
 * Another promotion of the deployment's environment that the record shows in progress, if any: what other
 * processes (app replicas, the promote action) are doing, which this process's lease cannot see.
 */
export async function otherInProgress(
  record: Pick<DeploymentRecord, "inProgress">,
  deployment: Pick<DeploymentRef, "id" | "environment">,
): Promise<BusyWith | undefined> {
  const other = (await record.inProgress(deployment.environment)).inProgress.find(
    (d) => d.deployment.id !== deployment.id,
  );
  if (!other) return undefined;
  const payload = other.deployment.payload as { promoter?: unknown } | null | undefined;
  return {
    sha: other.deployment.sha,
    promoter: typeof payload?.promoter === "string" ? payload.promoter : other.deployment.creator,
    since: other.recorded.since,
    deployment: other.deployment.id,
  };
}

/** What a deployment's payload says about the promotion: who asked, the version, its pull request. */
export function deploymentFacts(deployment: DeploymentRef): {
  promoter?: string;
  version?: string;
  pullRequest?: { number: number; title?: string; url?: string };
} {
  const payload = (
    typeof deployment.payload === "object" && deployment.payload ? deployment.payload : {}
  ) as Record<string, unknown>;
  const pull = payload.pull as { number?: number; title?: string; url?: string } | undefined;
  return {
    promoter: typeof payload.promoter === "string" ? payload.promoter : undefined,
    version: typeof payload.version === "string" ? payload.version : undefined,
    pullRequest:
      typeof pull?.number === "number"
        ? { number: pull.number, title: pull.title, url: pull.url }
        : undefined,
  };
}

/** A deployment's timeline from its statuses (newest first, as GitHub lists them): TerraFusion's phases only. */
export function timelineOf(
  statuses: { description?: string | null; created_at: string }[],
): PromotionState["timeline"] {
  return statuses
    .map((s) => ({ s, parsed: parseDescription(s.description ?? "") }))
    .filter((entry) => entry.parsed)
    .map(({ s, parsed }) => ({
      at: Date.parse(s.created_at),
      phase: parsed!.phase,
      description: s.description ?? "",
    }))
    .reverse();
}
