import { RecentSet } from "../../src/core/recent-set.ts";
import type { EnvironmentPolicy } from "../../src/drivers/index.ts";
import type { TrafficDriver } from "../../src/drivers/types.ts";
import { UsageError } from "../../src/errors.ts";
import { GitHubDeploymentRecord } from "../../src/github/deployment-record.ts";
import type { MembershipCache } from "../../src/github/membership.ts";
import type { GitHub, RepoRef } from "../../src/github/types.ts";
import { type AddressGuard, operatorMetricsGuard } from "../../src/metrics/address-guard.ts";
import { DriverMeasurer } from "../../src/metrics/driver-measurer.ts";
import { policyMetricSource } from "../../src/metrics/metric-source.ts";
import { notifierSink } from "../../src/notify/sink.ts";
import type { Policy } from "../../src/policy/schema/index.ts";
import { clip, describeBusy } from "../../src/promotion/describe.ts";
import type { DeploymentRef, EnvironmentLease, PromotionLog } from "../../src/promotion/ports.ts";
import { deploymentFacts, otherInProgress, PromotionService } from "../../src/promotion/service.ts";
import type { PromotionEvent } from "../../src/promotion/types.ts";
import { MAX_WAITING, type Notify, type Waiting, WaitingLine } from "./line.ts";
import { mayPromote, whoMay } from "./rbac.ts";

export type { Notify } from "./line.ts";

export interface PromotionDeps {
  /** The repository's policy as it is on the default branch. */
  loadPolicy(octokit: GitHub, repo: RepoRef): Promise<Policy | undefined>;
  driverFor(env: EnvironmentPolicy, environment: string): TrafficDriver;
  memberships: MembershipCache;
  now?: () => number;
  /** Where failures no status shows are logged (a revert pull request GitHub refused); else the app's log. */
  log?: PromotionLog;
  /** Deployments that may wait in line for one environment (default 10); more are refused, with a status that says so. */
  maxWaiting?: number;
  /** One promotion per environment: in this process unless replicas share a lease. */
  lease?: EnvironmentLease;
  /** The operator's environment: TERRAFUSION_APP_METRICS_URLS and the webhook URLs notifications name (default process.env). */
  env?: NodeJS.ProcessEnv;
  /** The metric addresses this app may request (default: TERRAFUSION_APP_METRICS_URLS of `env`). */
  metricsGuard?: AddressGuard;
}

/**
 * Deliveries and comments this process remembers having handled. Older ones are forgotten, not lost: a
 * redelivered deployment is still recognised by its statuses on GitHub.
 */
const REMEMBERED = 10_000;

/** How a refused deployment is retried: a deployment is not re-run, a new one is created (kept short: 140 characters). */
export const RETRY = "deploy again after it";

/**
 * The app's side of promotions: GitHub webhooks and comments routed to the one promotion service, with the
 * app's ports (GitHub's deployment record, the operator's drivers, RBAC) and the in-process waiting line.
 */
export class AppPromotions {
  readonly service: PromotionService;
  private readonly line: WaitingLine;
  private readonly seen = new RecentSet<string>(REMEMBERED);
  private readonly tasks = new Set<Promise<unknown>>();
  private log?: PromotionLog;

  constructor(private readonly deps: PromotionDeps) {
    this.log = deps.log;
    const env = deps.env ?? process.env;
    this.service = new PromotionService({
      measurerFor: (driver) => new DriverMeasurer(driver),
      // A repository's policy names the metric addresses; the app requests only those its operator lists.
      metrics: policyMetricSource,
      metricsGuard: deps.metricsGuard ?? operatorMetricsGuard(env),
      notices: notifierSink(env, { warn: (line) => this.log?.warn(line) }),
      lease: deps.lease,
      now: deps.now,
    });
    this.line = new WaitingLine({
      max: deps.maxWaiting ?? MAX_WAITING,
      free: (key) => !this.service.lease.holder(key),
      log: () => this.log,
      lease: this.service.lease,
      now: () => this.now(),
      loadPolicy: (octokit, repo) => this.deps.loadPolicy(octokit, repo),
      begin: (key, next, policy, env) => this.begin(key, next, policy, env),
      release: (key, next) => this.release(key, next.record, next.deployment),
      track: (task) => this.track(task),
    });
  }

  /** The app's logger (probot's `app.log`), used unless the deps named one. */
  logTo(log: PromotionLog): void {
    this.log ??= log;
  }

  get memberships() {
    return this.deps.memberships;
  }

  /** GitHub's deployment record of a repository, as this installation sees it. */
  record(octokit: GitHub, repo: RepoRef): GitHubDeploymentRecord {
    const log = (level: keyof PromotionLog) => (message: string) => this.log?.[level](message);
    return new GitHubDeploymentRecord(octokit, repo, {
      info: log("info"),
      warn: log("warn"),
      error: log("error"),
    });
  }

  /** Whether this delivery or comment was handled already (remembers it if not). */
  once(what: string): boolean {
    if (this.seen.has(what)) return true;
    this.seen.add(what);
    return false;
  }

  loadPolicy(octokit: GitHub, repo: RepoRef) {
    return this.deps.loadPolicy(octokit, repo);
  }

  /** Resolves when every promotion started by this process has finished (tests, graceful shutdown). */
  async settled(): Promise<void> {
    while (this.tasks.size > 0) await Promise.allSettled([...this.tasks]);
    await this.service.settled();
  }

  private track<T>(promise: Promise<T>): Promise<T> {
    this.tasks.add(promise);
    promise.finally(() => this.tasks.delete(promise)).catch(() => {});
    return promise;
  }

  /**
   * A deployment was created (by a release bot, the Deployments API, or /promote): promote it, or, while this
   * process promotes another one to the same environment, put it in line to start when that one finishes.
   */
  async deployment(
    octokit: GitHub,
    installation: number,
    repo: RepoRef,
    deployment: DeploymentRef,
    promoter: string,
    notify: Notify = {},
  ): Promise<"started" | "queued" | "duplicate" | "refused" | "not-managed"> {
    if (this.once(`deployment:${repo.owner}/${repo.repo}#${deployment.id}`)) return "duplicate";
    const record = this.record(octokit, repo);
    const key = this.service.key(record, deployment.environment);
    // The lease decides before its first await, so two deliveries racing in this process cannot both pass.
    const lease = await this.service.acquire(record, deployment, promoter);
    const release = () => this.release(key, record, deployment);
    try {
      const policy = await this.deps.loadPolicy(octokit, repo);
      const env = policy?.deploy?.environments[deployment.environment];
      if (!policy || !env) {
        await release();
        return "not-managed";
      }
      // A redelivery after a restart: GitHub already has our statuses for this deployment.
      if ((await record.recordedPhase(deployment.id)).count > 0) {
        await release();
        return "duplicate";
      }
      const waiting: Waiting = { octokit, repo, record, installation, deployment, promoter, notify };
      if (!lease.acquired)
        return await this.line.join(key, waiting, this.service.lease.holder(key) ?? lease.holder);
      return await this.begin(key, waiting, policy, env);
    } catch (error) {
      await release();
      throw error;
    }
  }

  /** The environment is free again (if this deployment held it): the next one in line starts. */
  private async release(key: string, record: GitHubDeploymentRecord, deployment: DeploymentRef) {
    await this.service.release(record, deployment);
    this.line.next(key);
  }

  /** The environment is ours in this process: check GitHub's record for other processes, then promote. */
  private async begin(
    key: string,
    { octokit, repo, record, installation, deployment, promoter, notify }: Waiting,
    policy: Policy,
    env: EnvironmentPolicy,
  ): Promise<"started" | "refused"> {
    const refuse = async (description: string, tell?: () => Promise<unknown>) => {
      await record.recordNote(deployment, "failure", clip(description));
      await tell?.();
      await this.release(key, record, deployment);
      return "refused" as const;
    };
    const other = await otherInProgress(record, deployment);
    if (other)
      return refuse(`Refused: ${describeBusy(deployment.environment, other)}; ${RETRY}`, async () =>
        notify.busy?.(other),
      );
    let driver: TrafficDriver;
    try {
      driver = this.deps.driverFor(env, deployment.environment);
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      // A driver the app may not run, or a policy it cannot use: say so where the promoter looks.
      return refuse(`Not promoted: ${error.message}`);
    }
    const allowed = await mayPromote(octokit, installation, repo, promoter, env.promoters, this.memberships);
    const { done } = await this.service.start({
      record,
      policy,
      deployment,
      promoter,
      driver,
      refusals: allowed
        ? []
        : [`@${promoter} may not promote to ${deployment.environment}; ${whoMay(env.promoters)} may`],
      retry: RETRY,
      busy: notify.busy,
    });
    this.track(done.finally(() => this.line.next(key)));
    return "started";
  }

  /** Hands an event to the running promotion of an environment, or to its latest finished one. */
  deliver(
    octokit: GitHub,
    repo: RepoRef,
    policy: Policy,
    environment: string,
    sha: string | undefined,
    event: PromotionEvent,
  ) {
    const env = policy.deploy!.environments[environment]!;
    const driverFor = () => this.deps.driverFor(env, environment);
    return this.track(
      this.service.deliver(this.record(octokit, repo), policy, environment, sha, event, driverFor),
    );
  }

  /**
   * After a restart: every deployment recorded as in progress is finished or rolled back, and those that were
   * waiting in line take their places again, oldest first. Returns how many it took over.
   */
  async reconcile(octokit: GitHub, repo: RepoRef, installation = 0): Promise<number> {
    const policy = await this.deps.loadPolicy(octokit, repo);
    if (!policy?.deploy) return 0;
    const record = this.record(octokit, repo);
    const pending = await record.inProgress();
    const taken = await this.service.takeOver(record, policy, pending.inProgress, (env, environment) =>
      this.deps.driverFor(env, environment),
    );
    for (const { key, done } of taken) this.track(done.finally(() => this.line.next(key)));
    let resumed = taken.length;
    for (const deployment of pending.queued) {
      if (!policy.deploy.environments[deployment.environment]) continue;
      if (this.once(`deployment:${repo.owner}/${repo.repo}#${deployment.id}`)) continue;
      const promoter = deploymentFacts(deployment).promoter ?? deployment.creator ?? "unknown";
      const waiting = { octokit, repo, record, installation, deployment, promoter, notify: {} };
      this.line.rejoin(this.service.key(record, deployment.environment), waiting);
      resumed++;
    }
    return resumed;
  }

  now(): number {
    return (this.deps.now ?? Date.now)();
  }
}
