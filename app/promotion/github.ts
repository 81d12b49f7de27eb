import type { GitHub, RepoRef } from "../../src/github/types.ts";
import { parseDescription } from "../../src/promotion/describe.ts";
import { isFinal } from "../../src/promotion/machine.ts";
import type { Reporter } from "../../src/promotion/runner.ts";
import type { Phase } from "../../src/promotion/types.ts";
import { BLOCKED_LABEL, INCIDENT_LABEL, incidentIssue, parseBlockedMarker } from "./evidence.ts";
import { openRevertPr } from "./revert.ts";

export interface DeploymentRef {
  id: number;
  sha: string;
  environment: string;
  creator?: string;
  payload?: unknown;
  url?: string;
}

/** Records a promotion where everyone looks: deployment statuses, and an incident issue on rollback. */
export function githubReporter(
  octokit: GitHub,
  repo: RepoRef,
  deployment: DeploymentRef,
  environmentUrl?: string,
): Reporter {
  // The incident opened on rollback, which the revert pull request links to.
  let incident: { number: number } | undefined;
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
      const issue = incidentIssue(state, { deploymentUrl: deployment.url });
      const { data } = await octokit.rest.issues.create({
        ...repo,
        ...issue,
        labels: [INCIDENT_LABEL, BLOCKED_LABEL],
      });
      incident = { number: data.number };
    },
    async revertPr(state) {
      const outcome = await openRevertPr(octokit, repo, state, incident);
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
}

/** Where a deployment stands according to its latest TerraFusion status (GitHub lists newest first). */
export async function recordedPhase(
  octokit: GitHub,
  repo: RepoRef,
  deploymentId: number,
): Promise<{ latest?: RecordedPhase; count: number }> {
  const { data } = await octokit.rest.repos.listDeploymentStatuses({
    ...repo,
    deployment_id: deploymentId,
    per_page: 100,
  });
  for (const status of data) {
    const parsed = parseDescription(status.description ?? "");
    if (parsed) return { latest: { ...parsed, description: status.description ?? "" }, count: data.length };
  }
  return { count: data.length };
}

/** Deployments of an environment whose latest recorded phase is not final: promotions in progress. */
export async function inProgress(
  octokit: GitHub,
  repo: RepoRef,
  environment?: string,
): Promise<{ deployment: DeploymentRef; recorded: RecordedPhase }[]> {
  const { data } = await octokit.rest.repos.listDeployments({
    ...repo,
    ...(environment ? { environment } : {}),
    per_page: 20,
  });
  const found: { deployment: DeploymentRef; recorded: RecordedPhase }[] = [];
  for (const deployment of data) {
    const { latest } = await recordedPhase(octokit, repo, deployment.id);
    if (latest && !isFinal(latest.phase))
      found.push({
        deployment: {
          id: deployment.id,
          sha: deployment.sha,
          environment: deployment.environment,
          creator: deployment.creator?.login,
          payload: deployment.payload,
          url: deployment.url,
        },
        recorded: latest,
      });
  }
  return found;
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
