import { createRequire as __tfRequire } from 'node:module'; const require = __tfRequire(import.meta.url);
import {
  isFinal,
  parseDescription
} from "./chunk-GFYQ6F56.js";

// src/promotion/memory-record.ts
var MemoryDeploymentRecord = class {
  constructor(onStatus, now = Date.now, checks) {
    this.onStatus = onStatus;
    this.now = now;
    this.checks = checks;
  }
  onStatus;
  now;
  checks;
  name = "local recorder (GitHub not contacted)";
  scope = "local";
  deployments = [];
  statuses = /* @__PURE__ */ new Map();
  incidents = [];
  async createDeployment(request) {
    const deployment = {
      id: this.deployments.length + 1,
      sha: request.sha,
      environment: request.environment,
      payload: request.payload
    };
    this.deployments.push(deployment);
    return deployment;
  }
  async recordStatus(deployment, command) {
    this.add(deployment.id, { state: command.state, phase: command.phase, description: command.description });
  }
  async recordNote(deployment, state, description) {
    this.add(deployment.id, { state, phase: state, description });
  }
  async recordedPhase(deploymentId) {
    const statuses = this.statuses.get(deploymentId) ?? [];
    const found = [...statuses].reverse().find((s) => parseDescription(s.description));
    const parsed = found && parseDescription(found.description);
    const latest = parsed && {
      ...parsed,
      description: found.description,
      since: statuses[0]?.at
    };
    return { latest, count: statuses.length, queued: false };
  }
  async inProgress(environment) {
    const pending = { inProgress: [], queued: [] };
    for (const deployment of this.deployments) {
      if (environment && deployment.environment !== environment) continue;
      const { latest } = await this.recordedPhase(deployment.id);
      if (latest && !isFinal(latest.phase)) pending.inProgress.push({ deployment, recorded: latest });
    }
    return pending;
  }
  async recent(environment, sha) {
    return this.deployments.filter((d) => d.environment === environment && (!sha || d.sha === sha)).reverse().map((deployment) => ({
      deployment,
      updatedAt: this.statuses.get(deployment.id)?.at(-1)?.at ?? this.now()
    }));
  }
  async blockingIssue(sha, environment) {
    const blocked = this.incidents.find((s) => s.plan.sha === sha && s.plan.environment === environment);
    return blocked ? { number: this.incidents.indexOf(blocked) + 1, url: "" } : void 0;
  }
  /** Check runs live on GitHub: only those it was given are seen here. */
  async checkRuns() {
    return this.checks && [...this.checks];
  }
  async timeline(deploymentId) {
    return (this.statuses.get(deploymentId) ?? []).flatMap((s) => {
      const parsed = parseDescription(s.description);
      return parsed ? [{ at: s.at, phase: parsed.phase, description: s.description }] : [];
    });
  }
  async openIncident(_deployment, state) {
    this.incidents.push(state);
  }
  add(id, status) {
    const recorded = { at: this.now(), ...status };
    this.statuses.set(id, [...this.statuses.get(id) ?? [], recorded]);
    this.onStatus?.(recorded);
  }
};

export {
  MemoryDeploymentRecord
};
