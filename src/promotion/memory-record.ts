import { parseDescription } from "./describe.ts";
import type { RecordedStatus } from "./local-reporter.ts";
import { isFinal } from "./machine.ts";
import type {
  CheckRun,
  DeploymentRecord,
  DeploymentRef,
  NewDeployment,
  PendingDeployments,
  RecordedPhase,
} from "./ports.ts";
import type { PromotionState, StatusCommand, TimelineEntry } from "./types.ts";

/**
 * The deployment record kept in memory, where GitHub is out of reach (the CLI, the action without a token,
 * the demo). It sees the check runs it is given (the gates' results, `terrafusion promote --results`) and none
 * else, and says in `name` that it is a stand-in, so output never pretends GitHub was told.
 */
export class MemoryDeploymentRecord implements DeploymentRecord {
  readonly name = "local recorder (GitHub not contacted)";
  readonly scope = "local";
  readonly deployments: DeploymentRef[] = [];
  readonly statuses = new Map<number, RecordedStatus[]>();
  readonly incidents: PromotionState[] = [];

  constructor(
    private readonly onStatus?: (status: RecordedStatus) => void,
    private readonly now: () => number = Date.now,
    /** The check runs of the commit being promoted; absent: the required checks are not checked. */
    private readonly checks?: readonly CheckRun[],
  ) {}

  async createDeployment(request: NewDeployment): Promise<DeploymentRef> {
    const deployment: DeploymentRef = {
      id: this.deployments.length + 1,
      sha: request.sha,
      environment: request.environment,
      payload: request.payload,
    };
    this.deployments.push(deployment);
    return deployment;
  }

  async recordStatus(deployment: DeploymentRef, command: StatusCommand): Promise<void> {
    this.add(deployment.id, { state: command.state, phase: command.phase, description: command.description });
  }

  async recordNote(deployment: DeploymentRef, state: "queued" | "failure", description: string) {
    this.add(deployment.id, { state, phase: state, description });
  }

  async recordedPhase(deploymentId: number) {
    const statuses = this.statuses.get(deploymentId) ?? [];
    const found = [...statuses].reverse().find((s) => parseDescription(s.description));
    const parsed = found && parseDescription(found.description);
    const latest: RecordedPhase | undefined = parsed && {
      ...parsed,
      description: found.description,
      since: statuses[0]?.at,
    };
    return { latest, count: statuses.length, queued: false };
  }

  async inProgress(environment?: string): Promise<PendingDeployments> {
    const pending: PendingDeployments = { inProgress: [], queued: [] };
    for (const deployment of this.deployments) {
      if (environment && deployment.environment !== environment) continue;
      const { latest } = await this.recordedPhase(deployment.id);
      if (latest && !isFinal(latest.phase)) pending.inProgress.push({ deployment, recorded: latest });
    }
    return pending;
  }

  async recent(environment: string, sha?: string) {
    return this.deployments
      .filter((d) => d.environment === environment && (!sha || d.sha === sha))
      .reverse()
      .map((deployment) => ({
        deployment,
        updatedAt: this.statuses.get(deployment.id)?.at(-1)?.at ?? this.now(),
      }));
  }

  async blockingIssue(sha: string, environment: string) {
    const blocked = this.incidents.find((s) => s.plan.sha === sha && s.plan.environment === environment);
    return blocked ? { number: this.incidents.indexOf(blocked) + 1, url: "" } : undefined;
  }

  /** Check runs live on GitHub: only those it was given are seen here. */
  async checkRuns(): Promise<CheckRun[] | undefined> {
    return this.checks && [...this.checks];
  }

  async timeline(deploymentId: number): Promise<TimelineEntry[]> {
    return (this.statuses.get(deploymentId) ?? []).flatMap((s) => {
      const parsed = parseDescription(s.description);
      return parsed ? [{ at: s.at, phase: parsed.phase, description: s.description }] : [];
    });
  }

  async openIncident(_deployment: DeploymentRef, state: PromotionState): Promise<void> {
    this.incidents.push(state);
  }

  private add(id: number, status: Omit<RecordedStatus, "at">): void {
    const recorded = { at: this.now(), ...status };
    this.statuses.set(id, [...(this.statuses.get(id) ?? []), recorded]);
    this.onStatus?.(recorded);
  }
}
