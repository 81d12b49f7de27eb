import * as core from "@actions/core";
import { ToolError } from "../../src/errors.ts";
import { githubLimitsFromEnv } from "../../src/github/github-limits.ts";
import { terrafusionOctokit } from "../../src/github/octokit.ts";
import type { GitHub } from "../../src/github/types.ts";
import type { GitHubFactory } from "../../src/promotion/action.ts";
import { describeBusy } from "../../src/promotion/describe.ts";
import { githubReporter, otherInProgress } from "./github.ts";
import { verifyCommit } from "./verify.ts";

/**
 * The promote action's GitHub side, with the job's token: a deployment for the SHA (or the one given), its
 * statuses, the same checks as the app (required checks, blocked SHA), and the incident on rollback.
 */
export const actionGitHub: GitHubFactory = (token, inputs, env) => {
  const Octokit = terrafusionOctokit(githubLimitsFromEnv(env));
  const octokit = new Octokit({
    auth: { token },
    baseUrl: env.GITHUB_API_URL ?? "https://api.github.com",
  }) as GitHub;
  const repo = inputs.repository!;
  return {
    async deployment() {
      if (inputs.deploymentId) {
        const { data } = await octokit.rest.repos.getDeployment({
          ...repo,
          deployment_id: inputs.deploymentId,
        });
        return { id: data.id, url: data.url };
      }
      const { data } = await octokit.rest.repos.createDeployment({
        ...repo,
        ref: inputs.sha,
        environment: inputs.environment,
        auto_merge: false,
        // The action verifies the policy's required checks itself and says which one failed.
        required_contexts: [],
        description: `promote action, run by @${inputs.promoter}`,
        payload: { promoter: inputs.promoter, ...(inputs.version ? { version: inputs.version } : {}) },
      });
      if (!("id" in data))
        throw new ToolError(
          "GitHub",
          `could not create a deployment of ${inputs.sha}: ${data.message ?? "no reason given"}`,
        );
      return { id: data.id, url: data.url };
    },
    reporter: (deployment, env) =>
      githubReporter(
        octokit,
        repo,
        { id: deployment.id, sha: inputs.sha, environment: inputs.environment, url: deployment.url },
        env.url,
        // In the job's log; an error is also an annotation on the run.
        { info: core.info, warn: core.warning, error: (message) => core.error(message) },
      ),
    verify: (plan, env) => verifyCommit(octokit, repo, plan.sha, plan.environment, env),
    async claim(plan, deployment) {
      const holder = await otherInProgress(octokit, repo, {
        id: deployment.id,
        sha: plan.sha,
        environment: plan.environment,
      });
      return holder ? [`${describeBusy(plan.environment, holder)}; run the job again after it`] : [];
    },
  };
};
