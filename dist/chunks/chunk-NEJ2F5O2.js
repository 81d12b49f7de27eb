import { createRequire as __tfRequire } from 'node:module'; const require = __tfRequire(import.meta.url);
import {
  isFinal,
  isQueuedDescription,
  parseDescription,
  summarizeFigures,
  timelineOf
} from "./chunk-GFYQ6F56.js";
import {
  ToolError,
  plural
} from "./chunk-64HVLF7C.js";

// src/promotion/incident.ts
var INCIDENT_LABEL = "terrafusion: incident";
var BLOCKED_LABEL = "terrafusion: blocked";
function blockedMarker(sha, environment) {
  return `<!-- terrafusion:blocked sha=${sha} environment=${environment} -->`;
}
function parseBlockedMarker(body) {
  const match = /<!-- terrafusion:blocked sha=([0-9a-zA-Z._-]+) environment=([A-Za-z0-9._-]+) -->/.exec(
    body ?? ""
  );
  return match ? { sha: match[1], environment: match[2] } : void 0;
}
function pullLink(pull) {
  if (!pull) return "(none found for this commit)";
  const text = `#${pull.number}${pull.title ? ` ${pull.title.replaceAll("|", "\\|")}` : ""}`;
  return pull.url ? `[${text}](${pull.url})` : text;
}
var time = (at, start) => `+${((at - start) / 1e3).toFixed(1)}s`;
function incidentIssue(state, links = {}) {
  const { plan } = state;
  const what = plan.version ? `${plan.version} (${plan.sha.slice(0, 7)})` : plan.sha.slice(0, 7);
  const title = `Rolled back ${what} in ${plan.environment}: ${state.reason ?? "promotion failed"}`.slice(
    0,
    200
  );
  const failing = state.measurements.filter((m) => !m.ok);
  const lines = [
    `TerraFusion promoted ${what} to **${plan.environment}** (${plan.from} \u2192 ${plan.to}) and rolled it back by itself: **${state.reason ?? "unknown reason"}**.`,
    `Traffic is back on **${plan.from}**. This commit will not be promoted to ${plan.environment} again until this is cleared: close this issue, remove the \`${BLOCKED_LABEL}\` label, or comment \`/unblock\`.`,
    "",
    "| | |",
    "|---|---|",
    `| Promoted by | @${plan.promoter} |`,
    `| Commit | ${plan.sha} |`,
    state.rolledBackBy ? `| Rolled back by | @${state.rolledBackBy} |` : void 0,
    `| Pull request | ${pullLink(plan.pullRequest)} |`,
    links.deployment ? `| Deployment | ${links.deployment.url ? `[${links.deployment.text}](${links.deployment.url})` : links.deployment.text} |` : void 0,
    `| SLO | ${Object.entries(plan.post.slo).map(([k, v]) => `${k} ${v}`).join(", ") || "(none)"} |`,
    "",
    "### Figures",
    "",
    "| when | color | figures |",
    "|---|---|---|",
    state.baseline ? `| before the switch | ${state.baseline.color} | ${summarizeFigures(state.baseline.figures)} |` : void 0,
    ...state.measurements.map(
      (m) => `| ${time(m.at, state.switchedAt ?? state.startedAt)} after the switch | ${m.color} | ${summarizeFigures(m.figures)}${m.ok ? "" : ` \u2014 **${m.problems.join(", ")}**`} |`
    ),
    "",
    state.failedChecks.length ? "### Failed checks\n" : "",
    ...state.failedChecks.map((check) => `- ${check.url ? `[${check.name}](${check.url})` : check.name}`),
    failing.length ? `
${failing.length} of ${plural(state.measurements.length, "measurement")} failed (limit ${plan.post.failureLimit}).` : "",
    "",
    "### Timeline",
    "",
    ...state.timeline.map(
      (entry) => `- ${new Date(entry.at).toISOString()} **${entry.phase}**: ${entry.description}`
    ),
    "",
    blockedMarker(plan.sha, plan.environment)
  ];
  const present = lines.filter((line) => line !== void 0);
  return {
    title,
    body: present.filter((line, i, all) => line !== "" || all[i - 1] !== "").join("\n")
  };
}

// src/github/revert.ts
var isStatus = (error, status) => error.status === status;
async function openRevertPr(octokit, repo, state, incident) {
  const { plan } = state;
  const short = plan.sha.slice(0, 7);
  const { data: repository } = await octokit.rest.repos.get({ owner: repo.owner, repo: repo.repo });
  const base = repository.default_branch;
  const { data: compare } = await octokit.rest.repos.compareCommitsWithBasehead({
    ...repo,
    basehead: `${base}...${plan.sha}`,
    per_page: 1
  });
  if (compare.status !== "behind" && compare.status !== "identical")
    return { skipped: `${short} is not on ${base}, so there is nothing to revert there` };
  const { data: bad } = await octokit.rest.git.getCommit({ ...repo, commit_sha: plan.sha });
  const parent = bad.parents[0];
  if (!parent) return { skipped: `${short} has no parent commit to go back to` };
  const { data: previous } = await octokit.rest.git.getCommit({ ...repo, commit_sha: parent.sha });
  const firstLine = bad.message.split("\n")[0];
  const { data: commit } = await octokit.rest.git.createCommit({
    ...repo,
    message: `Revert "${firstLine}"

This reverts commit ${plan.sha}: TerraFusion rolled it back from ${plan.environment}${incident ? ` (#${incident.number})` : ""}.
`,
    tree: previous.tree.sha,
    parents: [plan.sha]
  });
  const branch = `terrafusion/revert-${short}-${plan.environment}`;
  try {
    await octokit.rest.git.createRef({ ...repo, ref: `refs/heads/${branch}`, sha: commit.sha });
  } catch (error) {
    if (!isStatus(error, 422)) throw error;
    const { data: open } = await octokit.rest.pulls.list({
      ...repo,
      head: `${repo.owner}:${branch}`,
      state: "open",
      per_page: 1
    });
    if (open[0]) return { pull: { number: open[0].number, url: open[0].html_url } };
    return { skipped: `branch ${branch} already exists without an open pull request` };
  }
  const { data: pull } = await octokit.rest.pulls.create({
    ...repo,
    head: branch,
    base,
    title: `Revert ${short}: rolled back from ${plan.environment}`,
    body: [
      `TerraFusion rolled ${plan.version ? `${plan.version} (${short})` : short} back from **${plan.environment}**: ${state.reason ?? "the promotion failed"}.`,
      "",
      `This pull request reverts ${plan.sha}${plan.pullRequest ? ` (from #${plan.pullRequest.number})` : ""}.`,
      incident ? `Incident: #${incident.number}` : ""
    ].filter((line, i, all) => line !== "" || all[i + 1] !== "").join("\n")
  });
  return { pull: { number: pull.number, url: pull.html_url } };
}

// src/github/deployment-record.ts
function deploymentRef(deployment) {
  return {
    id: deployment.id,
    sha: deployment.sha,
    environment: deployment.environment,
    creator: deployment.creator?.login,
    payload: deployment.payload,
    url: deployment.url
  };
}
function deploymentLink(deployment) {
  const text = `#${deployment.id} in ${deployment.environment}`;
  const match = deployment.url && /^(https?:)\/\/([^/]+)(?:\/api\/v3)?\/repos\/([^/]+)\/([^/]+)\/deployments\/\d+$/.exec(deployment.url);
  if (!match) return { text };
  const [, protocol, host, owner, name] = match;
  const web = host === "api.github.com" ? "github.com" : host;
  return {
    text,
    url: `${protocol}//${web}/${owner}/${name}/deployments/${encodeURIComponent(deployment.environment)}`
  };
}
var GitHubDeploymentRecord = class {
  constructor(octokit, repo, log) {
    this.octokit = octokit;
    this.repo = repo;
    this.log = log;
    this.scope = `${repo.owner}/${repo.repo}`;
    this.name = `GitHub deployments of ${this.scope}`;
  }
  octokit;
  repo;
  log;
  name;
  scope;
  /** The incident opened on rollback, per deployment, which the revert pull request links to. */
  incidents = /* @__PURE__ */ new Map();
  async createDeployment(request) {
    const { data } = await this.octokit.rest.repos.createDeployment({
      ...this.repo,
      ref: request.sha,
      environment: request.environment,
      auto_merge: false,
      // TerraFusion verifies the policy's required checks itself and says which one failed.
      required_contexts: [],
      description: request.description,
      payload: request.payload
    });
    if (!("id" in data))
      throw new ToolError(
        "GitHub",
        `could not create a deployment of ${request.sha}: ${data.message ?? "no reason given"}`
      );
    return {
      ...deploymentRef(data),
      sha: request.sha,
      environment: request.environment,
      payload: data.payload ?? request.payload
    };
  }
  /** A deployment made elsewhere (the action's deployment-id input). */
  async deployment(id) {
    const { data } = await this.octokit.rest.repos.getDeployment({ ...this.repo, deployment_id: id });
    return deploymentRef(data);
  }
  async recordStatus(deployment, command, _state, url) {
    await this.octokit.rest.repos.createDeploymentStatus({
      ...this.repo,
      deployment_id: deployment.id,
      state: command.state,
      description: command.description,
      ...url ? { environment_url: url } : {},
      // A later success marks older deployments of the environment inactive, as GitHub shows them.
      auto_inactive: command.state === "success"
    });
  }
  async recordNote(deployment, state, description) {
    await this.octokit.rest.repos.createDeploymentStatus({
      ...this.repo,
      deployment_id: deployment.id,
      state,
      description
    });
  }
  /** Where a deployment stands according to its latest TerraFusion status (GitHub lists newest first). */
  async recordedPhase(deploymentId) {
    const { data } = await this.octokit.rest.repos.listDeploymentStatuses({
      ...this.repo,
      deployment_id: deploymentId,
      per_page: 100
    });
    const newest = data[0];
    const queued = newest?.state === "queued" && isQueuedDescription(newest.description ?? "");
    for (const status of data) {
      const parsed = parseDescription(status.description ?? "");
      if (parsed) {
        const first = data.at(-1)?.created_at;
        return {
          latest: {
            ...parsed,
            description: status.description ?? "",
            ...first ? { since: Date.parse(first) } : {}
          },
          count: data.length,
          queued: false
        };
      }
    }
    return { count: data.length, queued };
  }
  async inProgress(environment) {
    const { data } = await this.octokit.rest.repos.listDeployments({
      ...this.repo,
      ...environment ? { environment } : {},
      per_page: 20
    });
    const pending = { inProgress: [], queued: [] };
    for (const deployment of data) {
      const ref = deploymentRef(deployment);
      const { latest, queued } = await this.recordedPhase(deployment.id);
      if (latest && !isFinal(latest.phase)) pending.inProgress.push({ deployment: ref, recorded: latest });
      else if (queued) pending.queued.unshift(ref);
    }
    return pending;
  }
  async recent(environment, sha) {
    const { data } = await this.octokit.rest.repos.listDeployments({
      ...this.repo,
      environment,
      ...sha ? { sha } : {},
      per_page: 5
    });
    return data.map((d) => ({ deployment: deploymentRef(d), updatedAt: Date.parse(d.updated_at) }));
  }
  async blockingIssue(sha, environment) {
    const { data } = await this.octokit.rest.issues.listForRepo({
      ...this.repo,
      labels: BLOCKED_LABEL,
      state: "open",
      per_page: 100
    });
    for (const issue of data) {
      const marker = parseBlockedMarker(issue.body);
      if (marker && marker.sha === sha && marker.environment === environment)
        return { number: issue.number, url: issue.html_url };
    }
    return void 0;
  }
  async checkRuns(sha) {
    return this.octokit.paginate(this.octokit.rest.checks.listForRef, {
      ...this.repo,
      ref: sha,
      per_page: 100
    });
  }
  async timeline(deploymentId) {
    const { data } = await this.octokit.rest.repos.listDeploymentStatuses({
      ...this.repo,
      deployment_id: deploymentId,
      per_page: 100
    });
    return timelineOf(data);
  }
  async openIncident(deployment, state) {
    const { octokit, repo, log } = this;
    const pullRequest = state.plan.pullRequest ?? await this.pullOf(state.plan.sha);
    const issue = incidentIssue(
      { ...state, plan: { ...state.plan, pullRequest } },
      { deployment: deploymentLink(deployment) }
    );
    try {
      const { data } = await octokit.rest.issues.create({
        ...repo,
        ...issue,
        labels: [INCIDENT_LABEL, BLOCKED_LABEL]
      });
      this.incidents.set(deployment.id, { number: data.number });
      log?.info(`${this.where(deployment)}: rolled back; incident #${data.number} opened`);
    } catch (error) {
      log?.error(
        `${this.where(deployment)}: rolled back, but could not open the incident issue: ${githubFailure(error, "issues write")}`
      );
      throw error;
    }
  }
  async openRevertPr(deployment, state) {
    const { octokit, repo, log } = this;
    const incident = this.incidents.get(deployment.id);
    const where = this.where(deployment);
    let outcome;
    try {
      outcome = await openRevertPr(octokit, repo, state, incident);
    } catch (error) {
      const reason = githubFailure(error, "contents and pull-requests write");
      log?.error(`${where}: could not open the revert pull request: ${reason}`);
      if (incident)
        await octokit.rest.issues.createComment({
          ...repo,
          issue_number: incident.number,
          body: `TerraFusion could not open the revert pull request: ${reason}. Revert ${state.plan.sha} by hand.`
        });
      return;
    }
    if (outcome.pull) log?.info(`${where}: revert pull request #${outcome.pull.number}`);
    else log?.warn(`${where}: no revert pull request: ${outcome.skipped}`);
    if (!incident) return;
    await octokit.rest.issues.createComment({
      ...repo,
      issue_number: incident.number,
      body: outcome.pull ? `Revert pull request: #${outcome.pull.number}` : `No revert pull request: ${outcome.skipped}.`
    });
  }
  where(deployment) {
    return `${this.scope} deployment ${deployment.id} (${deployment.environment}, ${deployment.sha.slice(0, 7)})`;
  }
  /** The pull request that brought a commit, if GitHub knows one; the incident is opened without it otherwise. */
  async pullOf(sha) {
    try {
      const { data } = await this.octokit.rest.repos.listPullRequestsAssociatedWithCommit({
        ...this.repo,
        commit_sha: sha,
        per_page: 1
      });
      const pull = data[0];
      return pull ? { number: pull.number, title: pull.title, url: pull.html_url } : void 0;
    } catch (error) {
      this.log?.warn(`${this.scope}: could not find the pull request of ${sha}: ${githubFailure(error)}`);
      return void 0;
    }
  }
};
function githubFailure(error, needs) {
  const failed = error;
  const text = (failed.message ?? String(error)).split(" - https://")[0] ?? "";
  if (!failed.status) return text;
  const route = failed.request?.url ? ` to ${failed.request.method} ${new URL(failed.request.url).pathname}` : "";
  const hint = needs && (failed.status === 403 || failed.status === 404) ? ` (the app, or the action's token, needs ${needs})` : "";
  return `GitHub answered ${failed.status}${route}: ${text}${hint}`;
}

export {
  BLOCKED_LABEL,
  deploymentRef,
  GitHubDeploymentRecord,
  githubFailure
};
