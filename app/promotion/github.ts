import type { GitHub, RepoRef } from "../../src/github/types.ts";
import { type BusyWith, isQueuedDescription, parseDescription } from "../../src/promotion/describe.ts";
import { isFinal } from "../../src/promotion/machine.ts";
import type { Reporter } from "../../src/promotion/runner.ts";
import type { Phase } from "../../src/promotion/types.ts";
import { BLOCKED_LABEL, INCIDENT_LABEL, incidentIssue, parseBlockedMarker } from "./evidence.ts";
import { openRevertPr, type RevertOutcome } from "./revert.ts";

/** Where the app writes what no status shows: probot's `app.log` / `context.log`, or the action's log. */
export interface PromotionLog {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface DeploymentRef {
  id: number;
  sha: string;
  environment: string;
  creator?: string;
  payload?: unknown;
  url?: string;
}

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

/** Records a promotion where everyone looks: deployment statuses, and an incident issue on rollback. */
export function githubReporter(
  octokit: GitHub,
  repo: RepoRef,
  deployment: DeploymentRef,
  environmentUrl?: string,
  log?: PromotionLog,
): Reporter {
  // The incident opened on rollback, which the revert pull request links to.
  let incident: { number: number } | undefined;
  const where = `${repo.owner}/${repo.repo} deployment ${deployment.id} (${deployment.environment}, ${deployment.sha.slice(0, 7)})`;
  return {
    async status(command) {
      await octokit.rest.repos.createDeploymentStatus({
        ...repo,
        deployment_id: deployment.id,
        state: command.state,
        description: command.description,
        ...(environmentUrl ? { environment_url: environmentUrl } : {}),
        // A later success marks older deployments of the environment inactive, as GitHub shows them.
        auto_inactive: command.state === "success",
      });
    },
    async incident(state) {
      // A deployment from a release bot or the API names no pull request: the commit's own does.
      const pullRequest = state.plan.pullRequest ?? (await pullOf(octokit, repo, state.plan.sha, log));
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
        incident = { number: data.number };
        log?.info(`${where}: rolled back; incident #${data.number} opened`);
      } catch (error) {
        // The rollback itself is done and recorded; only the issue is missing, so say so where someone looks.
        log?.error(
          `${where}: rolled back, but could not open the incident issue: ${githubFailure(error, "issues write")}`,
        );
        throw error;
      }
    },
    async revertPr(state) {
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
    },
  };
}

export interface RecordedPhase {
  phase: Phase;
  from: "blue" | "green";
  to: "blue" | "green";
  description: string;
  /** When its first status was written: when the promotion started (ms since the epoch). */
  since?: number;
}

/** Where a deployment stands according to its latest TerraFusion status (GitHub lists newest first). */
export async function recordedPhase(
  octokit: GitHub,
  repo: RepoRef,
  deploymentId: number,
): Promise<{ latest?: RecordedPhase; count: number; queued: boolean }> {
  const { data } = await octokit.rest.repos.listDeploymentStatuses({
    ...repo,
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

export interface PendingDeployments {
  /** Recorded in a phase that is not final. */
  inProgress: { deployment: DeploymentRef; recorded: RecordedPhase }[];
  /** Waiting in line, oldest first. */
  queued: DeploymentRef[];
}

/** The recent deployments (of an environment) that a promotion has not finished with: in progress, or waiting. */
export async function pendingDeployments(
  octokit: GitHub,
  repo: RepoRef,
  environment?: string,
): Promise<PendingDeployments> {
  const { data } = await octokit.rest.repos.listDeployments({
    ...repo,
    ...(environment ? { environment } : {}),
    per_page: 20,
  });
  const pending: PendingDeployments = { inProgress: [], queued: [] };
  for (const deployment of data) {
    const ref = deploymentRef(deployment);
    const { latest, queued } = await recordedPhase(octokit, repo, deployment.id);
    if (latest && !isFinal(latest.phase)) pending.inProgress.push({ deployment: ref, recorded: latest });
    // GitHub lists newest first; the line starts with the oldest.
    else if (queued) pending.queued.unshift(ref);
  }
  return pending;
}

/** Deployments of an environment whose latest recorded phase is not final: promotions in progress. */
export async function inProgress(
  octokit: GitHub,
  repo: RepoRef,
  environment?: string,
): Promise<{ deployment: DeploymentRef; recorded: RecordedPhase }[]> {
  return (await pendingDeployments(octokit, repo, environment)).inProgress;
}

/**
 * Another promotion of the deployment's environment that GitHub records as in progress, if any: what other
 * app processes (or the promote action) are doing, which this process's own lock cannot see.
 */
export async function otherInProgress(
  octokit: GitHub,
  repo: RepoRef,
  deployment: DeploymentRef,
): Promise<BusyWith | undefined> {
  const other = (await inProgress(octokit, repo, deployment.environment)).find(
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

/** Open incident issues that still block a commit from an environment. */
export async function blockingIssue(
  octokit: GitHub,
  repo: RepoRef,
  sha: string,
  environment: string,
): Promise<{ number: number; url: string } | undefined> {
  const { data } = await octokit.rest.issues.listForRepo({
    ...repo,
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

/** The pull request that brought a commit, if GitHub knows one; the incident is opened without it otherwise. */
async function pullOf(
  octokit: GitHub,
  repo: RepoRef,
  sha: string,
  log?: PromotionLog,
): Promise<{ number: number; title?: string; url?: string } | undefined> {
  try {
    const { data } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
      ...repo,
      commit_sha: sha,
      per_page: 1,
    });
    const pull = data[0];
    return pull ? { number: pull.number, title: pull.title, url: pull.html_url } : undefined;
  } catch (error) {
    log?.warn(
      `${repo.owner}/${repo.repo}: could not find the pull request of ${sha}: ${githubFailure(error)}`,
    );
    return undefined;
  }
}
