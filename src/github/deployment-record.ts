import { ToolError } from "../errors.ts";
import { isQueuedDescription, parseDescription } from "../promotion/describe.ts";
import { BLOCKED_LABEL, INCIDENT_LABEL, incidentIssue, parseBlockedMarker } from "../promotion/incident.ts";
import { isFinal } from "../promotion/machine.ts";
import type {
  CheckRun,
  DeploymentRecord,
  DeploymentRef,
  NewDeployment,
  PendingDeployments,
  PromotionLog,
  RecordedPhase,
} from "../promotion/ports.ts";
import { timelineOf } from "../promotion/service.ts";
import type { PromotionState, StatusCommand, TimelineEntry } from "../promotion/types.ts";
import { openRevertPr, type RevertOutcome } from "./revert.ts";
import type { GitHub, RepoRef } from "./types.ts";

/** The parts of a deployment (from a webhook or the REST API) that a promotion uses. */
export function deploymentRef(deployment: {
  id: number;
  sha: string;
  environment: string;
  creator?: { login: string } | null;
  payload?: unknown;
  url?: string;
}): DeploymentRef {
  return {
    id: deployment.id,
    sha: deployment.sha,
    environment: deployment.environment,
    creator: deployment.creator?.login,
    payload: deployment.payload,
    url: deployment.url,
  };
}

/**
 * The environment's deployments page (what a person opens), from the deployment's API URL, which names the
 * host: api.github.com for github.com, HOST/api/v3 for GitHub Enterprise Server.
 */
export function deploymentLink(deployment: DeploymentRef): { text: string; url?: string } {
  const text = `#${deployment.id} in ${deployment.environment}`;
  const match =
    deployment.url &&
    /^(https?:)\/\/([^/]+)(?:\/api\/v3)?\/repos\/([^/]+)\/([^/]+)\/deployments\/\d+$/.exec(deployment.url);
  if (!match) return { text };
  const [, protocol, host, owner, name] = match;
  const web = host === "api.github.com" ? "github.com" : host;
  return {
    text,
    url: `${protocol}//${web}/${owner}/${name}/deployments/${encodeURIComponent(deployment.environment)}`,
  };
}

/**
 * The deployment record on GitHub: deployments and their statuses, incident issues that block a commit,
 * check runs, and a revert pull request. Used by the app (installation token) and the promote action (the
 * job's token) alike.
 */
export class GitHubDeploymentRecord implements DeploymentRecord {
  readonly name: string;
  readonly scope: string;
  /** The incident opened on rollback, per deployment, which the revert pull request links to. */
  private readonly incidents = new Map<number, { number: number }>();

  constructor(
    private readonly octokit: GitHub,
    private readonly repo: RepoRef,
    private readonly log?: PromotionLog,
  ) {
    this.scope = `${repo.owner}/${repo.repo}`;
    this.name = `GitHub deployments of ${this.scope}`;
  }

  async createDeployment(request: NewDeployment): Promise<DeploymentRef> {
    const { data } = await this.octokit.rest.repos.createDeployment({
      ...this.repo,
      ref: request.sha,
      environment: request.environment,
      auto_merge: false,
      // TerraFusion verifies the policy's required checks itself and says which one failed.
      required_contexts: [],
      description: request.description,
      payload: request.payload as { [key: string]: unknown },
    });
    if (!("id" in data))
      throw new ToolError(
        "GitHub",
        `could not create a deployment of ${request.sha}: ${data.message ?? "no reason given"}`,
      );
    return {
      ...deploymentRef(data),
      sha: request.sha,
      environment: request.environment,
      payload: data.payload ?? request.payload,
    };
  }

  /** A deployment made elsewhere (the action's deployment-id input). */
  async deployment(id: number): Promise<DeploymentRef> {
    const { data } = await this.octokit.rest.repos.getDeployment({ ...this.repo, deployment_id: id });
    return deploymentRef(data);
  }

  async recordStatus(
    deployment: DeploymentRef,
    command: StatusCommand,
    _state: PromotionState,
    url?: string,
  ) {
    await this.octokit.rest.repos.createDeploymentStatus({
      ...this.repo,
      deployment_id: deployment.id,
      state: command.state,
      description: command.description,
      ...(url ? { environment_url: url } : {}),
      // A later success marks older deployments of the environment inactive, as GitHub shows them.
      auto_inactive: command.state === "success",
    });
  }

  async recordNote(deployment: DeploymentRef, state: "queued" | "failure", description: string) {
    await this.octokit.rest.repos.createDeploymentStatus({
      ...this.repo,
      deployment_id: deployment.id,
      state,
      description,
    });
  }

  /** Where a deployment stands according to its latest TerraFusion status (GitHub lists newest first). */
  async recordedPhase(
    deploymentId: number,
  ): Promise<{ latest?: RecordedPhase; count: number; queued: boolean }> {
    const { data } = await this.octokit.rest.repos.listDeploymentStatuses({
      ...this.repo,
      deployment_id: deploymentId,
      per_page: 100,
    });
    const newest = data[0];
    // Waiting in line behind another promotion of the app: no phase yet.
    const queued = newest?.state === "queued" && isQueuedDescription(newest.description ?? "");
    for (const status of data) {
      const parsed = parseDescription(status.description ?? "");
      if (parsed) {
        const first = data.at(-1)?.created_at;
        return {
          latest: {
            ...parsed,
            description: status.description ?? "",
            ...(first ? { since: Date.parse(first) } : {}),
          },
          count: data.length,
          queued: false,
        };
      }
    }
    return { count: data.length, queued };
  }

  async inProgress(environment?: string): Promise<PendingDeployments> {
    const { data } = await this.octokit.rest.repos.listDeployments({
      ...this.repo,
      ...(environment ? { environment } : {}),
      per_page: 20,
    });
    const pending: PendingDeployments = { inProgress: [], queued: [] };
    for (const deployment of data) {
      const ref = deploymentRef(deployment);
      const { latest, queued } = await this.recordedPhase(deployment.id);
      if (latest && !isFinal(latest.phase)) pending.inProgress.push({ deployment: ref, recorded: latest });
      // GitHub lists newest first; the line starts with the oldest.
      else if (queued) pending.queued.unshift(ref);
    }
    return pending;
  }

  async recent(environment: string, sha?: string) {
    const { data } = await this.octokit.rest.repos.listDeployments({
      ...this.repo,
      environment,
      ...(sha ? { sha } : {}),
      per_page: 5,
    });
    return data.map((d) => ({ deployment: deploymentRef(d), updatedAt: Date.parse(d.updated_at) }));
  }

  async blockingIssue(sha: string, environment: string) {
    const { data } = await this.octokit.rest.issues.listForRepo({
      ...this.repo,
      labels: BLOCKED_LABEL,
      state: "open",
      per_page: 100,
    });
    for (const issue of data) {
      const marker = parseBlockedMarker(issue.body);
      if (marker && marker.sha === sha && marker.environment === environment)
        return { number: issue.number, url: issue.html_url };
    }
    return undefined;
  }

  async checkRuns(sha: string): Promise<CheckRun[]> {
    return this.octokit.paginate(this.octokit.rest.checks.listForRef, {
      ...this.repo,
      ref: sha,
      per_page: 100,
    });
  }

  async timeline(deploymentId: number): Promise<TimelineEntry[]> {
    const { data } = await this.octokit.rest.repos.listDeploymentStatuses({
      ...this.repo,
      deployment_id: deploymentId,
      per_page: 100,
    });
    return timelineOf(data);
  }

  async openIncident(deployment: DeploymentRef, state: PromotionState): Promise<void> {
    const { octokit, repo, log } = this;
    // A deployment from a release bot or the API names no pull request: the commit's own does.
    const pullRequest = state.plan.pullRequest ?? (await this.pullOf(state.plan.sha));
    const issue = incidentIssue(
      { ...state, plan: { ...state.plan, pullRequest } },
      { deployment: deploymentLink(deployment) },
    );
    try {
      const { data } = await octokit.rest.issues.create({
        ...repo,
        ...issue,
        labels: [INCIDENT_LABEL, BLOCKED_LABEL],
      });
      this.incidents.set(deployment.id, { number: data.number });
      log?.info(`${this.where(deployment)}: rolled back; incident #${data.number} opened`);
    } catch (error) {
      // The rollback itself is done and recorded; only the issue is missing, so say so where someone looks.
      log?.error(
        `${this.where(deployment)}: rolled back, but could not open the incident issue: ${githubFailure(error, "issues write")}`,
      );
      throw error;
    }
  }

  async openRevertPr(deployment: DeploymentRef, state: PromotionState): Promise<void> {
    const { octokit, repo, log } = this;
    const incident = this.incidents.get(deployment.id);
    const where = this.where(deployment);
    let outcome: RevertOutcome;
    try {
      outcome = await openRevertPr(octokit, repo, state, incident);
    } catch (error) {
      const reason = githubFailure(error, "contents and pull-requests write");
      log?.error(`${where}: could not open the revert pull request: ${reason}`);
      if (incident)
        await octokit.rest.issues.createComment({
          ...repo,
          issue_number: incident.number,
          body: `TerraFusion could not open the revert pull request: ${reason}. Revert ${state.plan.sha} by hand.`,
        });
      return;
    }
    if (outcome.pull) log?.info(`${where}: revert pull request #${outcome.pull.number}`);
    else log?.warn(`${where}: no revert pull request: ${outcome.skipped}`);
    if (!incident) return;
    await octokit.rest.issues.createComment({
      ...repo,
      issue_number: incident.number,
      body: outcome.pull
        ? `Revert pull request: #${outcome.pull.number}`
        : `No revert pull request: ${outcome.skipped}.`,
    });
  }

  private where(deployment: DeploymentRef): string {
    return `${this.scope} deployment ${deployment.id} (${deployment.environment}, ${deployment.sha.slice(0, 7)})`;
  }

  /** The pull request that brought a commit, if GitHub knows one; the incident is opened without it otherwise. */
  private async pullOf(sha: string): Promise<{ number: number; title?: string; url?: string } | undefined> {
    try {
      const { data } = await this.octokit.rest.repos.listPullRequestsAssociatedWithCommit({
        ...this.repo,
        commit_sha: sha,
        per_page: 1,
      });
      const pull = data[0];
      return pull ? { number: pull.number, title: pull.title, url: pull.html_url } : undefined;
    } catch (error) {
      this.log?.warn(`${this.scope}: could not find the pull request of ${sha}: ${githubFailure(error)}`);
      return undefined;
    }
  }
}

/** One line for a failed GitHub request: who answered what to which request, and the likely fix. */
export function githubFailure(error: unknown, needs?: string): string {
  const failed = error as {
    status?: number;
    message?: string;
    request?: { method?: string; url?: string };
  };
  // octokit appends the documentation URL to the message; the route says enough.
  const text = (failed.message ?? String(error)).split(" - https://")[0] ?? "";
  if (!failed.status) return text;
  const route = failed.request?.url
    ? ` to ${failed.request.method} ${new URL(failed.request.url).pathname}`
    : "";
  // GitHub answers 404 as well as 403 when a token may not see or write something.
  const hint =
    needs && (failed.status === 403 || failed.status === 404)
      ? ` (the app, or the action's token, needs ${needs})`
      : "";
  return `GitHub answered ${failed.status}${route}: ${text}${hint}`;
}
