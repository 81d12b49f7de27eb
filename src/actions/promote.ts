import { resolve } from "node:path";
import * as core from "@actions/core";
import { createDriver, DEFAULT_TOKEN_ENV, type EnvironmentPolicy } from "../drivers/index.ts";
import type { TrafficDriver } from "../drivers/types.ts";
import { describeError, EXIT, formatProblem, PolicyError, UsageError } from "../errors.ts";
import { loadPolicy } from "../fs/load-policy.ts";
import { GitHubDeploymentRecord } from "../github/deployment-record.ts";
import { githubLimitsFromEnv } from "../github/github-limits.ts";
import { terrafusionOctokit } from "../github/octokit.ts";
import type { GitHub } from "../github/types.ts";
import { DriverMeasurer } from "../metrics/driver-measurer.ts";
import { policyMetricSource } from "../metrics/metric-source.ts";
import { notifierSink } from "../notify/sink.ts";
import { environmentOf } from "../promotion/environments.ts";
import { MemoryDeploymentRecord } from "../promotion/memory-record.ts";
import type { DeploymentRecord } from "../promotion/ports.ts";
import { PromotionService } from "../promotion/service.ts";
import { promotionSummary } from "../promotion/summary.ts";
import type { Phase } from "../promotion/types.ts";
import { input } from "./inputs.ts";

/** The promote action's inputs, parsed once. */
export interface PromoteInputs {
  environment: string;
  sha: string;
  version?: string;
  promoter: string;
  cwd: string;
  policyFile?: string;
  routerToken?: string;
  githubToken?: string;
  deploymentId?: number;
  repository?: { owner: string; repo: string };
}

/** How long a finished promotion waits for its notifications before the step ends. */
const NOTICE_GRACE_MS = 10_000;

const EXIT_FOR_PHASE: Partial<Record<Phase, number>> = {
  succeeded: EXIT.ok,
  "rolled-back": EXIT.failed,
  rejected: EXIT.failed,
  aborted: EXIT.failed,
  error: EXIT.usage,
};

export function parseInputs(env: NodeJS.ProcessEnv): PromoteInputs {
  const environment = input("environment", env);
  if (!environment)
    throw new UsageError(
      "input environment is required: the name under deploy.environments, e.g. production",
    );
  if (!/^[A-Za-z0-9._-]+$/.test(environment))
    throw new UsageError(
      `input environment: ${JSON.stringify(environment)} is not an environment name (letters, digits, . _ -)`,
    );
  const sha = input("sha", env) ?? env.GITHUB_SHA;
  if (!sha) throw new UsageError("input sha is required outside GitHub Actions (GITHUB_SHA is not set)");
  const deployment = input("deployment-id", env);
  const deploymentId = deployment === undefined ? undefined : Number(deployment);
  if (deploymentId !== undefined && !(Number.isInteger(deploymentId) && deploymentId > 0))
    throw new UsageError(
      `input deployment-id: expected a deployment's number, got ${JSON.stringify(deployment)}`,
    );
  const githubToken = input("github-token", env);
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? "").split("/");
  if (githubToken && !(owner && repo))
    throw new UsageError(
      "input github-token needs GITHUB_REPOSITORY (owner/name), which GitHub Actions sets",
    );
  if (deploymentId && !githubToken)
    throw new UsageError("input deployment-id needs github-token: its statuses are written on GitHub");
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  return {
    environment,
    sha,
    version: input("version", env),
    promoter: input("promoter", env) ?? env.GITHUB_ACTOR ?? "github-actions",
    cwd: resolve(workspace, input("working-directory", env) ?? "."),
    policyFile: input("policy", env),
    routerToken: input("router-token", env),
    githubToken,
    deploymentId,
    repository: owner && repo ? { owner, repo } : undefined,
  };
}

/** The driver the policy names; the router's admin token comes from the secret input. */
function driverFor(
  env: EnvironmentPolicy,
  inputs: PromoteInputs,
  processEnv: NodeJS.ProcessEnv,
): TrafficDriver {
  const driverEnv = { ...processEnv };
  if (env.driver.kind === "router") {
    const tokenEnv = env.driver["token-env"] ?? DEFAULT_TOKEN_ENV;
    if (inputs.routerToken) driverEnv[tokenEnv] = inputs.routerToken;
    else if (!driverEnv[tokenEnv])
      throw new UsageError(
        `input router-token is required by the router driver of ${inputs.environment}: pass the admin token from a secret (router-token: \${{ secrets.ROUTER_TOKEN }})`,
      );
  }
  return createDriver(env.driver, driverEnv, inputs.cwd);
}

/** GitHub's deployment record with the job's token, where the action has one. */
function githubRecord(inputs: PromoteInputs, env: NodeJS.ProcessEnv): GitHubDeploymentRecord {
  const Octokit = terrafusionOctokit(githubLimitsFromEnv(env));
  const octokit = new Octokit({
    auth: { token: inputs.githubToken },
    baseUrl: env.GITHUB_API_URL ?? "https://api.github.com",
  }) as GitHub;
  // In the job's log; an error is also an annotation on the run.
  return new GitHubDeploymentRecord(octokit, inputs.repository!, {
    info: core.info,
    warn: core.warning,
    error: (message) => core.error(message),
  });
}

/**
 * The promote action: the same promotion service as `terrafusion promote` and the app, with inputs from
 * the step, statuses on GitHub when it has a token (else in memory), outputs and a job summary. Returns
 * the exit code.
 */
export async function runPromoteAction(processEnv: NodeJS.ProcessEnv = process.env): Promise<number> {
  // Masked before anything can print them.
  for (const name of ["router-token", "github-token"]) {
    const secret = input(name, processEnv);
    if (secret) core.setSecret(secret);
  }
  try {
    const inputs = parseInputs(processEnv);
    const { policy } = await loadPolicy({ cwd: inputs.cwd, file: inputs.policyFile }, processEnv);
    const env = environmentOf(policy, inputs.environment);
    const driver = driverFor(env, inputs, processEnv);
    const from = await driver.active();
    // The deployment is made once the driver answered, so a wrong address leaves no empty deployment.
    const github = inputs.githubToken ? githubRecord(inputs, processEnv) : undefined;
    const record: DeploymentRecord = github ?? new MemoryDeploymentRecord();
    const deployment = inputs.deploymentId
      ? await github!.deployment(inputs.deploymentId)
      : await record.createDeployment({
          sha: inputs.sha,
          environment: inputs.environment,
          description: `promote action, run by @${inputs.promoter}`,
          payload: { promoter: inputs.promoter, ...(inputs.version ? { version: inputs.version } : {}) },
        });
    if (github) core.setOutput("deployment-id", String(deployment.id));
    core.info(
      `promoting ${inputs.version ?? inputs.sha} to ${inputs.environment} (${from} → ${from === "blue" ? "green" : "blue"}); statuses go to ${github ? `deployment ${deployment.id}` : record.name}`,
    );
    // Run by the team's own workflow: its metrics may query any address (no operator guard, unlike the app).
    const service = new PromotionService({
      measurerFor: (d) => new DriverMeasurer(d),
      metrics: policyMetricSource,
      notices: notifierSink(processEnv, { warn: (line) => core.warning(line) }),
    });
    const { done } = await service.start({
      record,
      policy,
      deployment: {
        ...deployment,
        sha: inputs.sha,
        payload: { ...(deployment.payload as object), version: inputs.version },
      },
      promoter: inputs.promoter,
      driver,
      retry: "run the job again after it",
      onStatus: (command) => core.info(`${command.state.padEnd(11)} ${command.description}`),
    });
    const state = await done;
    if (!(await service.noticesSent(NOTICE_GRACE_MS)))
      core.warning(`notifications still in flight after ${NOTICE_GRACE_MS / 1000}s were dropped`);
    const active = await driver.active().catch(() => undefined);
    core.setOutput("outcome", state.phase);
    core.setOutput("active-color", active ?? "");
    core.setOutput("description", state.timeline.at(-1)?.description ?? "");
    if (processEnv.GITHUB_STEP_SUMMARY)
      await core.summary
        .addRaw(
          promotionSummary(state, {
            active,
            deploymentUrl: github ? (deployment.htmlUrl ?? deployment.url) : undefined,
            recorder: record.name,
          }),
          true,
        )
        .write();
    const exitCode = EXIT_FOR_PHASE[state.phase] ?? EXIT.usage;
    if (exitCode !== EXIT.ok)
      core.error(state.timeline.at(-1)?.description ?? state.phase, {
        title: `TerraFusion promote ${inputs.environment}`,
      });
    return exitCode;
  } catch (error) {
    if (error instanceof PolicyError)
      for (const problem of error.problems)
        core.error(formatProblem(problem), {
          file: problem.file,
          startLine: problem.line,
          startColumn: problem.column,
          title: "TerraFusion policy",
        });
    const { message, exitCode, expected } = describeError(error);
    // A bug's stack, for the report, in the step's debug log (ACTIONS_STEP_DEBUG).
    if (!expected && error instanceof Error && error.stack) core.debug(error.stack);
    core.setOutput("outcome", "error");
    core.error(message, { title: "TerraFusion promote" });
    return exitCode;
  }
}
