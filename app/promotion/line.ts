import { plural } from "../../src/core/format.ts";
import type { EnvironmentPolicy } from "../../src/drivers/index.ts";
import { type GitHubDeploymentRecord, githubFailure } from "../../src/github/deployment-record.ts";
import type { GitHub, RepoRef } from "../../src/github/types.ts";
import type { Policy } from "../../src/policy/schema/index.ts";
import { type BusyWith, clip, describeQueued } from "../../src/promotion/describe.ts";
import type { DeploymentRef, EnvironmentLease, Holder, PromotionLog } from "../../src/promotion/ports.ts";

/** How the one who asked hears that the environment is busy: /promote replies on the pull request. */
export interface Notify {
  /** Refused: another promotion holds the environment (this process's lease, or GitHub's record says so). */
  busy?(holder: BusyWith): Promise<unknown>;
  /** Waiting in line behind a promotion of this process; `position` 1 is next. */
  queued?(holder: BusyWith, position: number): Promise<unknown>;
}

export interface Waiting {
  octokit: GitHub;
  repo: RepoRef;
  record: GitHubDeploymentRecord;
  installation: number;
  deployment: DeploymentRef;
  promoter: string;
  notify: Notify;
  /** The write of its `queued` status; absent when it was queued by an earlier process. */
  queuedStatus?: Promise<unknown>;
}

/** A line longer than this is a flood, not a release train: each waiting deployment holds memory until it runs. */
export const MAX_WAITING = 10;

/**
 * The deployments waiting for their environment in this process, first in line first; a restarted app
 * rebuilds it from GitHub's queued statuses. `start` is called for the next one whenever `next` finds the
 * environment free.
 */
export class WaitingLine {
  private readonly lines = new Map<string, Waiting[]>();

  constructor(
    private readonly options: {
      max: number;
      free(key: string): boolean;
      log(): PromotionLog | undefined;
      lease: EnvironmentLease;
      now(): number;
      loadPolicy(octokit: GitHub, repo: RepoRef): Promise<Policy | undefined>;
      /** Promotes one whose turn came: the environment is leased to it. */
      begin(key: string, next: Waiting, policy: Policy, env: EnvironmentPolicy): Promise<unknown>;
      release(key: string, next: Waiting): Promise<void>;
      track(task: Promise<unknown>): void;
    },
  ) {}

  /**
   * Takes its place in line at once (so two that arrive together keep their order and positions) and writes
   * its `queued` status; it starts only once that status is written, so statuses never come out of order.
   */
  async join(key: string, waiting: Waiting, holder: Holder): Promise<"queued" | "refused"> {
    const line = this.lines.get(key) ?? [];
    const { record, deployment } = waiting;
    if (line.length >= this.options.max) {
      const full = `the line for ${deployment.environment} is full (${plural(line.length, "deployment")} waiting)`;
      this.options.log()?.warn(`${record.scope} deployment ${deployment.id}: refused: ${full}`);
      await record.recordNote(
        deployment,
        "failure",
        clip(`Refused: ${full}; deploy again when it is shorter`),
      );
      await waiting.notify.busy?.(holder);
      return "refused";
    }
    this.lines.set(key, line);
    line.push(waiting);
    const position = line.length;
    waiting.queuedStatus = record.recordNote(
      deployment,
      "queued",
      describeQueued(deployment.environment, holder, position),
    );
    // The one ahead may have finished already: then this one starts now.
    this.next(key);
    await waiting.queuedStatus;
    await waiting.notify.queued?.(holder, position);
    return "queued";
  }

  /** Puts one found waiting after a restart at the end of its line. */
  rejoin(key: string, waiting: Waiting): void {
    this.lines.set(key, [...(this.lines.get(key) ?? []), waiting]);
    this.next(key);
  }

  /** The environment may be free: the first in line starts. */
  next(key: string): void {
    if (!this.options.free(key)) return;
    const next = this.lines.get(key)?.shift();
    if (!next) return;
    // Taken before any await, so the environment goes to the first in line.
    void this.options.lease.acquire(key, {
      deployment: next.deployment.id,
      sha: next.deployment.sha,
      promoter: next.promoter,
      since: this.options.now(),
    });
    this.options.track(this.start(key, next));
  }

  private async start(key: string, next: Waiting): Promise<void> {
    const { record, deployment } = next;
    try {
      // Its queued status goes first; a deployment that could not even record it is not started.
      await next.queuedStatus;
      // The policy may have changed while it waited: read it again.
      const policy = await this.options.loadPolicy(next.octokit, next.repo);
      const env = policy?.deploy?.environments[deployment.environment];
      if (policy && env) {
        await this.options.begin(key, next, policy, env);
        return;
      }
      await record.recordNote(
        deployment,
        "failure",
        clip(`Not promoted: ${deployment.environment} is no longer under deploy.environments in the policy`),
      );
      await this.options.release(key, next);
    } catch (error) {
      await this.options.release(key, next);
      this.options
        .log()
        ?.error(
          `${record.scope} deployment ${deployment.id}: could not start after waiting in line: ${githubFailure(error)}`,
        );
    }
  }
}
