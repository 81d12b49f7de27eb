import { resolve } from "node:path";
import * as core from "@actions/core";
import { input } from "../actions/inputs.ts";
import { createDriver, DEFAULT_TOKEN_ENV, type EnvironmentPolicy } from "../drivers/index.ts";
import type { TrafficDriver } from "../drivers/types.ts";
import { ConfigError, describeError, EXIT, formatProblem, PolicyError, UsageError } from "../errors.ts";
import { loadPolicy } from "../policy/load.ts";
import { LocalReporter } from "./local-reporter.ts";
import { Measurer } from "./measure.ts";
import { planFor } from "./plan.ts";
import { PromotionRunner, type Reporter } from "./runner.ts";
import { promotionSummary } from "./summary.ts";
import type { Phase, PromotionPlan } from "./types.ts";

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

/** Where the promotion is recorded on GitHub, when the action has a token (wired in by the entry). */
export interface GitHubSide {
  /** The deployment the statuses go to: the given one, or a new one for the SHA. */
  deployment(inputs: PromoteInputs): Promise<{ id: number; url?: string; htmlUrl?: string }>;
  reporter(deployment: { id: number; url?: string }, env: EnvironmentPolicy): Reporter;
  /** Problems that forbid the promotion: required checks not passed, the SHA blocked by an incident. */
  verify(plan: PromotionPlan, env: EnvironmentPolicy): Promise<string[]>;
  /** Just before the switch: another promotion of the environment in progress on GitHub forbids it. */
  claim?(plan: PromotionPlan, deployment: { id: number }): Promise<string[]>;
}

export type GitHubFactory = (token: string, inputs: PromoteInputs, env: NodeJS.ProcessEnv) => GitHubSide;

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

/**
 * The promote action: the same plan, runner and drivers as `terrafusion promote`, with inputs from the
 * step, statuses on GitHub when it has a token, outputs and a job summary. Returns the exit code.
 */
export async function runPromoteAction(
  processEnv: NodeJS.ProcessEnv = process.env,
  github?: GitHubFactory,
): Promise<number> {
  // Masked before anything can print them.
  for (const name of ["router-token", "github-token"]) {
    const secret = input(name, processEnv);
    if (secret) core.setSecret(secret);
  }
  try {
    const inputs = parseInputs(processEnv);
    const { policy } = await loadPolicy({ cwd: inputs.cwd, file: inputs.policyFile });
    const env = policy.deploy?.environments[inputs.environment];
    if (!env) {
      const known = Object.keys(policy.deploy?.environments ?? {});
      throw new ConfigError(
        `no environment "${inputs.environment}" under deploy.environments in the policy${known.length ? ` (known: ${known.join(", ")})` : "; add one"}`,
      );
    }
    const driver = driverFor(env, inputs, processEnv);
    const plan = planFor(policy, inputs.environment, {
      sha: inputs.sha,
      version: inputs.version,
      promoter: inputs.promoter,
      active: await driver.active(),
    });
    // The deployment is created once the driver answered, so a wrong address leaves no empty deployment.
    const side = inputs.githubToken && github ? github(inputs.githubToken, inputs, processEnv) : undefined;
    const deployment = side ? await side.deployment(inputs) : undefined;
    if (deployment) core.setOutput("deployment-id", String(deployment.id));
    const local = new LocalReporter();
    const reporter: Reporter = side && deployment ? side.reporter(deployment, env) : local;
    core.info(
      `promoting ${inputs.version ?? inputs.sha} to ${inputs.environment} (${plan.from} → ${plan.to}); statuses go to ${deployment ? `deployment ${deployment.id}` : local.name}`,
    );
    const runner = new PromotionRunner({
      driver,
      reporter: {
        ...reporter,
        status: async (command, state) => {
          core.info(`${command.state.padEnd(11)} ${command.description}`);
          await reporter.status(command, state);
        },
        incident: reporter.incident?.bind(reporter),
        revertPr: reporter.revertPr?.bind(reporter),
      },
      measurer: new Measurer(driver),
      verify: async (p) => (side ? side.verify(p, env) : []),
      claim: async (p) => (side?.claim && deployment ? side.claim(p, deployment) : []),
    });
    const state = await runner.promote(plan);
    const active = await driver.active().catch(() => undefined);
    core.setOutput("outcome", state.phase);
    core.setOutput("active-color", active ?? "");
    core.setOutput("description", state.timeline.at(-1)?.description ?? "");
    if (processEnv.GITHUB_STEP_SUMMARY)
      await core.summary
        .addRaw(
          promotionSummary(state, {
            active,
            deploymentUrl: deployment?.htmlUrl ?? deployment?.url,
            recorder: local.name,
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
    const { message, exitCode } = describeError(error);
    core.setOutput("outcome", "error");
    core.error(message, { title: "TerraFusion promote" });
    return exitCode;
  }
}
