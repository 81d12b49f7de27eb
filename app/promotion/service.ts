import { plural } from "../../src/core/format.ts";
import { RecentSet } from "../../src/core/recent-set.ts";
import type { EnvironmentPolicy } from "../../src/drivers/index.ts";
import type { Color, TrafficDriver } from "../../src/drivers/types.ts";
import { UsageError } from "../../src/errors.ts";
import type { MembershipCache } from "../../src/github/membership.ts";
import type { GitHub, RepoRef } from "../../src/github/types.ts";
import type { Policy } from "../../src/policy/schema/index.ts";
import {
  type BusyWith,
  clip,
  describeBusy,
  describeQueued,
  parseDescription,
} from "../../src/promotion/describe.ts";
import { step } from "../../src/promotion/machine.ts";
import { Measurer } from "../../src/promotion/measure.ts";
import { planFor } from "../../src/promotion/plan.ts";
import { PromotionRunner } from "../../src/promotion/runner.ts";
import type { PromotionEvent, PromotionState, TimelineEntry } from "../../src/promotion/types.ts";
import {
  type DeploymentRef,
  deploymentRef,
  githubFailure,
  githubReporter,
  otherInProgress,
  type PromotionLog,
  pendingDeployments,
  type RecordedPhase,
  recordedPhase,
} from "./github.ts";
import { mayPromote, whoMay } from "./rbac.ts";
import { checkMatches, requiredChecks, verifyCommit } from "./verify.ts";

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
}

/** A line longer than this is a flood, not a release train: each waiting deployment holds memory until it runs. */
const MAX_WAITING = 10;
/**
 * Deliveries and comments this process remembers having handled. Older ones are forgotten, not lost: a
 * redelivered deployment is still recognised by its statuses on GitHub.
 */
const REMEMBERED = 10_000;

/** How a refused deployment is retried: a deployment is not re-run, a new one is created (kept short: 140 characters). */
const RETRY = "deploy again after it";

interface Running {
  deploymentId: number;
  sha: string;
  promoter?: string;
  since: number;
  runner?: PromotionRunner;
  done?: Promise<unknown>;
}

/** How the one who asked hears that the environment is busy: /promote replies on the pull request. */
export interface Notify {
  /** Refused: another app process promotes to this environment (GitHub's record says so). */
  busy?(holder: BusyWith): Promise<unknown>;
  /** Waiting in line behind a promotion of this process; `position` 1 is next. */
  queued?(holder: BusyWith, position: number): Promise<unknown>;
}

interface Waiting {
  octokit: GitHub;
  installation: number;
  repo: RepoRef;
  deployment: DeploymentRef;
  promoter: string;
  notify: Notify;
  /** The write of its `queued` status; absent when it was queued by an earlier process. */
  queuedStatus?: Promise<unknown>;
}

function busyWith(running: Running): BusyWith {
  return {
    sha: running.sha,
    promoter: running.promoter,
    since: running.since,
    deployment: running.deploymentId,
  };
}

/**
 * The app's promotions. GitHub holds the state (deployments and their statuses, incident issues); this
 * object only remembers what runs in this process, to keep one promotion per environment and to let a
 * failed check or /rollback reach a running promotion.
 */
export class PromotionService {
  private readonly running = new Map<string, Running>();
  /** Deployments waiting for their environment, first in line first; a restarted app rebuilds this from GitHub. */
  private readonly waiting = new Map<string, Waiting[]>();
  private readonly seen = new RecentSet<string>(REMEMBERED);
  private readonly tasks = new Set<Promise<unknown>>();

  private log?: PromotionLog;

  constructor(private readonly deps: PromotionDeps) {
    this.log = deps.log;
  }

  /** The app's logger (probot's `app.log`), used unless the deps named one. */
  logTo(log: PromotionLog): void {
    this.log ??= log;
  }

  get memberships() {
    return this.deps.memberships;
  }

  private key(repo: RepoRef, environment: string): string {
    return `${repo.owner}/${repo.repo}/${environment}`.toLowerCase();
  }

  /** Resolves when every promotion started by this process has finished (tests, graceful shutdown). */
  async settled(): Promise<void> {
    while (this.tasks.size > 0) await Promise.allSettled([...this.tasks]);
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
    const once = `deployment:${repo.owner}/${repo.repo}#${deployment.id}`;
    if (this.seen.has(once)) return "duplicate";
    this.seen.add(once);
    const key = this.key(repo, deployment.environment);
    const busy = this.running.get(key);
    // Claimed before any await, so two deliveries racing in this process cannot both pass.
    if (!busy) this.claim(key, deployment, promoter);
    try {
      const policy = await this.deps.loadPolicy(octokit, repo);
      const env = policy?.deploy?.environments[deployment.environment];
      if (!policy || !env) {
        this.release(key, deployment.id);
        return "not-managed";
      }
      // A redelivery after a restart: GitHub already has our statuses for this deployment.
      if ((await recordedPhase(octokit, repo, deployment.id)).count > 0) {
        this.release(key, deployment.id);
        return "duplicate";
      }
      const waiting: Waiting = { octokit, installation, repo, deployment, promoter, notify };
      if (busy) return await this.wait(key, waiting, busy);
      return await this.begin(key, waiting, policy, env);
    } catch (error) {
      this.release(key, deployment.id);
      throw error;
    }
  }

  private claim(key: string, deployment: DeploymentRef, promoter: string): void {
    this.running.set(key, { deploymentId: deployment.id, sha: deployment.sha, promoter, since: this.now() });
  }

  /** The environment is free again (if this deployment held it): the next one in line starts. */
  private release(key: string, deploymentId: number): void {
    if (this.running.get(key)?.deploymentId !== deploymentId) return;
    this.running.delete(key);
    this.startNext(key);
  }

  /**
   * Takes its place in line at once (so two that arrive together keep their order and positions) and writes
   * its `queued` status; it starts only once that status is written, so statuses never come out of order.
   */
  private async wait(key: string, waiting: Waiting, busy: Running): Promise<"queued" | "refused"> {
    // The one ahead may have changed while the policy was read.
    const holder = busyWith(this.running.get(key) ?? busy);
    const line = this.waiting.get(key) ?? [];
    const { octokit, repo, deployment } = waiting;
    const max = this.deps.maxWaiting ?? MAX_WAITING;
    if (line.length >= max) {
      const full = `the line for ${deployment.environment} is full (${plural(line.length, "deployment")} waiting)`;
      this.log?.warn(`${repo.owner}/${repo.repo} deployment ${deployment.id}: refused: ${full}`);
      await octokit.rest.repos.createDeploymentStatus({
        ...repo,
        deployment_id: deployment.id,
        state: "failure",
        description: clip(`Refused: ${full}; deploy again when it is shorter`),
      });
      await waiting.notify.busy?.(holder);
      return "refused";
    }
    this.waiting.set(key, line);
    line.push(waiting);
    const position = line.length;
    waiting.queuedStatus = octokit.rest.repos.createDeploymentStatus({
      ...repo,
      deployment_id: deployment.id,
      state: "queued",
      description: describeQueued(deployment.environment, holder, position),
    });
    // The one ahead may have finished already: then this one starts now.
    this.startNext(key);
    await waiting.queuedStatus;
    await waiting.notify.queued?.(holder, position);
    return "queued";
  }

  private startNext(key: string): void {
    if (this.running.has(key)) return;
    const next = this.waiting.get(key)?.shift();
    if (!next) return;
    this.claim(key, next.deployment, next.promoter);
    this.track(this.startWaiting(key, next));
  }

  private async startWaiting(key: string, next: Waiting): Promise<void> {
    const { octokit, repo, deployment } = next;
    try {
      // Its queued status goes first; a deployment that could not even record it is not started.
      await next.queuedStatus;
      // The policy may have changed while it waited: read it again.
      const policy = await this.deps.loadPolicy(octokit, repo);
      const env = policy?.deploy?.environments[deployment.environment];
      if (policy && env) {
        await this.begin(key, next, policy, env);
        return;
      }
      await octokit.rest.repos.createDeploymentStatus({
        ...repo,
        deployment_id: deployment.id,
        state: "failure",
        description: clip(
          `Not promoted: ${deployment.environment} is no longer under deploy.environments in the policy`,
        ),
      });
      this.release(key, deployment.id);
    } catch (error) {
      this.release(key, deployment.id);
      this.log?.error(
        `${repo.owner}/${repo.repo} deployment ${deployment.id}: could not start after waiting in line: ${githubFailure(error)}`,
      );
    }
  }

  /** The environment is ours in this process: check GitHub's record for other processes, then promote. */
  private async begin(
    key: string,
    { octokit, installation, repo, deployment, promoter, notify }: Waiting,
    policy: Policy,
    env: EnvironmentPolicy,
  ): Promise<"started" | "refused"> {
    const other = await otherInProgress(octokit, repo, deployment);
    if (other) {
      await octokit.rest.repos.createDeploymentStatus({
        ...repo,
        deployment_id: deployment.id,
        state: "failure",
        description: clip(`Refused: ${describeBusy(deployment.environment, other)}; ${RETRY}`),
      });
      await notify.busy?.(other);
      this.release(key, deployment.id);
      return "refused";
    }
    let driver: TrafficDriver;
    try {
      driver = this.deps.driverFor(env, deployment.environment);
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      // A driver the app may not run, or a policy it cannot use: say so where the promoter looks.
      await octokit.rest.repos.createDeploymentStatus({
        ...repo,
        deployment_id: deployment.id,
        state: "failure",
        description: clip(`Not promoted: ${error.message}`),
      });
      this.release(key, deployment.id);
      return "refused";
    }
    const active = await driver.active();
    const allowed = await mayPromote(
      octokit,
      installation,
      repo,
      promoter,
      env.promoters,
      this.deps.memberships,
    );
    const facts = deploymentFacts(deployment);
    const plan = planFor(policy, deployment.environment, {
      ...facts,
      sha: deployment.sha,
      promoter,
      active,
    });
    const runner = new PromotionRunner({
      driver,
      reporter: githubReporter(octokit, repo, deployment, env.url, this.log),
      measurer: new Measurer(driver),
      now: this.deps.now,
      verify: async () => [
        ...(allowed
          ? []
          : [`@${promoter} may not promote to ${deployment.environment}; ${whoMay(env.promoters)} may`]),
        ...(await verifyCommit(octokit, repo, deployment.sha, deployment.environment, env)),
      ],
      // Best effort against another app process: the in-process lock cannot see it, GitHub's record can.
      claim: async () => {
        const holder = await otherInProgress(octokit, repo, deployment);
        if (!holder) return [];
        await notify.busy?.(holder);
        return [`${describeBusy(deployment.environment, holder)}; ${RETRY}`];
      },
    });
    const done = this.track(runner.promote(plan).finally(() => this.release(key, deployment.id)));
    this.running.set(key, {
      deploymentId: deployment.id,
      sha: deployment.sha,
      promoter,
      since: this.running.get(key)?.since ?? this.now(),
      runner,
      done,
    });
    return "started";
  }

  /** `/promote ENV` on a pull request: check the commenter, then create the deployment and promote it. */
  async promoteComment(
    octokit: GitHub,
    installation: number,
    repo: RepoRef,
    comment: { id: number; login: string; issueNumber: number; isPullRequest: boolean },
    environment: string,
  ): Promise<string> {
    const once = `comment:${repo.owner}/${repo.repo}#${comment.id}`;
    if (this.seen.has(once)) return "duplicate";
    this.seen.add(once);
    const policy = await this.deps.loadPolicy(octokit, repo);
    const env = policy?.deploy?.environments[environment];
    const reply = (body: string) =>
      octokit.rest.issues.createComment({ ...repo, issue_number: comment.issueNumber, body });
    if (!env) {
      await reply(unknownEnvironment(comment.login, environment, policy));
      return "unknown-environment";
    }
    if (
      !(await mayPromote(octokit, installation, repo, comment.login, env.promoters, this.deps.memberships))
    ) {
      await reply(
        `Sorry @${comment.login}, you may not promote to \`${environment}\`. ${capital(whoMay(env.promoters))} may; please ask one of them.`,
      );
      return "unauthorized";
    }
    if (!comment.isPullRequest) {
      await reply(
        `@${comment.login} comment \`/promote ${environment}\` on a pull request: its commit is what gets promoted.`,
      );
      return "not-a-pull-request";
    }
    const { data: pull } = await octokit.rest.pulls.get({ ...repo, pull_number: comment.issueNumber });
    const sha = pull.merged && pull.merge_commit_sha ? pull.merge_commit_sha : pull.head.sha;
    const { data: created } = await octokit.rest.repos.createDeployment({
      ...repo,
      ref: sha,
      environment,
      auto_merge: false,
      required_contexts: [],
      description: `/promote by @${comment.login}`,
      payload: {
        promoter: comment.login,
        pull: { number: pull.number, title: pull.title, url: pull.html_url },
        comment: comment.id,
      },
    });
    if (!("id" in created)) return "not-created";
    return await this.deployment(
      octokit,
      installation,
      repo,
      {
        id: created.id,
        sha,
        environment,
        creator: comment.login,
        payload: created.payload,
        url: created.url,
      },
      comment.login,
      {
        busy: (holder) =>
          reply(
            `@${comment.login} not promoted: ${describeBusy(environment, holder)}. Nothing was switched; comment \`/promote ${environment}\` again when it finishes.`,
          ),
        queued: (holder, position) =>
          reply(
            `@${comment.login} your promotion waits in line (${position === 1 ? "next" : `${position} in line`}): ${describeBusy(environment, holder)}. It starts when that one finishes; the deployment's statuses show its progress.`,
          ),
      },
    );
  }

  /** `/rollback ENV`: a running promotion rolls back now; a finished one inside its bake window switches back. */
  async rollbackComment(
    octokit: GitHub,
    installation: number,
    repo: RepoRef,
    comment: { id: number; login: string; issueNumber: number },
    environment: string,
  ): Promise<string> {
    const once = `comment:${repo.owner}/${repo.repo}#${comment.id}`;
    if (this.seen.has(once)) return "duplicate";
    this.seen.add(once);
    const policy = await this.deps.loadPolicy(octokit, repo);
    const env = policy?.deploy?.environments[environment];
    if (!env) {
      await octokit.rest.issues.createComment({
        ...repo,
        issue_number: comment.issueNumber,
        body: unknownEnvironment(comment.login, environment, policy),
      });
      return "unknown-environment";
    }
    if (
      !(await mayPromote(octokit, installation, repo, comment.login, env.promoters, this.deps.memberships))
    ) {
      await octokit.rest.issues.createComment({
        ...repo,
        issue_number: comment.issueNumber,
        body: `Sorry @${comment.login}, you may not roll back \`${environment}\`. ${capital(whoMay(env.promoters))} may; please ask one of them.`,
      });
      return "unauthorized";
    }
    const event: PromotionEvent = { type: "rollback-requested", at: this.now(), by: comment.login };
    return (await this.deliver(octokit, repo, policy, environment, undefined, event))
      ? "rolling-back"
      : "nothing-to-roll-back";
  }

  /** A check completed unsuccessfully: roll back every promotion of that commit that requires it. */
  async checkFailed(
    octokit: GitHub,
    repo: RepoRef,
    sha: string,
    check: string,
    url?: string,
  ): Promise<number> {
    const policy = await this.deps.loadPolicy(octokit, repo);
    if (!policy?.deploy) return 0;
    let rolled = 0;
    for (const [environment, env] of Object.entries(policy.deploy.environments)) {
      if (!requiredChecks(env).some((item) => checkMatches(item, check))) continue;
      const event: PromotionEvent = { type: "check-failed", at: this.now(), check, url };
      if (await this.deliver(octokit, repo, policy, environment, sha, event)) rolled++;
    }
    return rolled;
  }

  /**
   * After a restart: every deployment recorded as in progress is finished or rolled back, and those that were
   * waiting in line take their places again, oldest first. Returns how many it took over.
   */
  async reconcile(octokit: GitHub, repo: RepoRef, installation = 0): Promise<number> {
    const policy = await this.deps.loadPolicy(octokit, repo);
    if (!policy?.deploy) return 0;
    const pending = await pendingDeployments(octokit, repo);
    let resumed = 0;
    for (const { deployment, recorded } of pending.inProgress) {
      const env = policy.deploy.environments[deployment.environment];
      const key = this.key(repo, deployment.environment);
      if (!env || this.running.has(key)) continue;
      const driver = this.deps.driverFor(env, deployment.environment);
      const state = await this.restore(octokit, repo, policy, deployment, recorded);
      const runner = this.runnerFor(octokit, repo, deployment, env, driver);
      this.running.set(key, {
        deploymentId: deployment.id,
        sha: deployment.sha,
        promoter: state.plan.promoter,
        since: recorded.since ?? this.now(),
        runner,
      });
      const done = this.track(runner.resume(state).finally(() => this.release(key, deployment.id)));
      this.running.get(key)!.done = done;
      resumed++;
    }
    for (const deployment of pending.queued) {
      const once = `deployment:${repo.owner}/${repo.repo}#${deployment.id}`;
      if (!policy.deploy.environments[deployment.environment] || this.seen.has(once)) continue;
      this.seen.add(once);
      const key = this.key(repo, deployment.environment);
      const promoter = deploymentFacts(deployment).promoter ?? deployment.creator ?? "unknown";
      this.waiting.set(key, [
        ...(this.waiting.get(key) ?? []),
        { octokit, installation, repo, deployment, promoter, notify: {} },
      ]);
      this.startNext(key);
      resumed++;
    }
    return resumed;
  }

  /** Hands an event to the running promotion of an environment, or to its latest finished one. */
  private async deliver(
    octokit: GitHub,
    repo: RepoRef,
    policy: Policy,
    environment: string,
    sha: string | undefined,
    event: PromotionEvent,
  ): Promise<boolean> {
    const running = this.running.get(this.key(repo, environment));
    if (running?.runner && (!sha || running.sha === sha)) {
      running.runner.inject(event);
      return true;
    }
    const env = policy.deploy!.environments[environment]!;
    const { data } = await octokit.rest.repos.listDeployments({
      ...repo,
      environment,
      ...(sha ? { sha } : {}),
      per_page: 5,
    });
    for (const deployment of data) {
      const { latest } = await recordedPhase(octokit, repo, deployment.id);
      if (latest?.phase !== "succeeded") continue;
      const ref = deploymentRef(deployment);
      const restored = await this.restore(octokit, repo, policy, ref, latest);
      const statusAt = Date.parse(deployment.updated_at);
      if (this.now() - statusAt > restored.plan.bakeWindowMs) return false;
      const driver = this.deps.driverFor(env, environment);
      const next = step(restored, event);
      if (next.commands.length === 0) return false;
      await this.track(this.runnerFor(octokit, repo, ref, env, driver).run(next));
      return true;
    }
    return false;
  }

  private runnerFor(
    octokit: GitHub,
    repo: RepoRef,
    deployment: DeploymentRef,
    env: EnvironmentPolicy,
    driver: TrafficDriver,
  ) {
    return new PromotionRunner({
      driver,
      reporter: githubReporter(octokit, repo, deployment, env.url, this.log),
      measurer: new Measurer(driver),
      now: this.deps.now,
      verify: async () => [],
    });
  }

  /** Rebuilds a promotion's state from GitHub: the deployment, its statuses (the timeline) and the policy. */
  private async restore(
    octokit: GitHub,
    repo: RepoRef,
    policy: Policy,
    deployment: DeploymentRef,
    recorded: RecordedPhase,
  ): Promise<PromotionState> {
    const facts = deploymentFacts(deployment);
    const promoter = facts.promoter ?? deployment.creator ?? "unknown";
    const plan = planFor(policy, deployment.environment, {
      ...facts,
      sha: deployment.sha,
      promoter,
      active: recorded.from as Color,
    });
    const { data: statuses } = await octokit.rest.repos.listDeploymentStatuses({
      ...repo,
      deployment_id: deployment.id,
      per_page: 100,
    });
    const timeline: TimelineEntry[] = statuses
      .map((s) => ({ s, parsed: parseDescription(s.description ?? "") }))
      .filter((entry) => entry.parsed)
      .map(({ s, parsed }) => ({
        at: Date.parse(s.created_at),
        phase: parsed!.phase,
        description: s.description ?? "",
      }))
      .reverse();
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
    };
  }

  private now(): number {
    return (this.deps.now ?? Date.now)();
  }
}

function deploymentFacts(deployment: DeploymentRef): {
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

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The reply to `/promote` or `/rollback` naming an environment the default branch's policy does not have. */
function unknownEnvironment(login: string, environment: string, policy: Policy | undefined): string {
  if (!policy)
    return `@${login} there is no environment \`${environment}\`: this repository has no \`.github/terrafusion.yml\` on its default branch (add \`deploy.environments.${environment}\` there).`;
  const known = Object.keys(policy.deploy?.environments ?? {});
  return `@${login} there is no environment \`${environment}\` in \`.github/terrafusion.yml\`${known.length ? `; known: ${known.map((k) => `\`${k}\``).join(", ")}` : ""}.`;
}
