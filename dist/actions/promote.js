import { createRequire as __tfRequire } from 'node:module'; const require = __tfRequire(import.meta.url);
import {
  LocalReporter
} from "../chunks/chunk-MVA4YELL.js";
import {
  input
} from "../chunks/chunk-ZUM32FTO.js";
import {
  error,
  info,
  setOutput,
  setSecret,
  summary,
  warning
} from "../chunks/chunk-W4T2JXN5.js";
import {
  githubReporter,
  otherInProgress,
  verifyCommit
} from "../chunks/chunk-OSGFKEVD.js";
import {
  githubLimitsFromEnv,
  terrafusionOctokit
} from "../chunks/chunk-DNWRA45H.js";
import {
  DEFAULT_TOKEN_ENV,
  Measurer,
  PromotionRunner,
  createDriver,
  describeBusy,
  planFor,
  summarizeFigures
} from "../chunks/chunk-CLUXMOJW.js";
import "../chunks/chunk-3XKIW7VL.js";
import "../chunks/chunk-XOVRN5AK.js";
import "../chunks/chunk-CR3PXB5O.js";
import "../chunks/chunk-LWM4XSZB.js";
import "../chunks/chunk-4HCU2ILR.js";
import {
  loadPolicy
} from "../chunks/chunk-R3A4M7GK.js";
import {
  ConfigError,
  EXIT,
  PolicyError,
  ToolError,
  UsageError,
  describeError,
  formatProblem
} from "../chunks/chunk-V36F2TEL.js";
import "../chunks/chunk-TFUP5NS4.js";

// app/promotion/action-github.ts
var actionGitHub = (token, inputs, env) => {
  const Octokit = terrafusionOctokit(githubLimitsFromEnv(env));
  const octokit = new Octokit({
    auth: { token },
    baseUrl: env.GITHUB_API_URL ?? "https://api.github.com"
  });
  const repo = inputs.repository;
  return {
    async deployment() {
      if (inputs.deploymentId) {
        const { data: data2 } = await octokit.rest.repos.getDeployment({
          ...repo,
          deployment_id: inputs.deploymentId
        });
        return { id: data2.id, url: data2.url };
      }
      const { data } = await octokit.rest.repos.createDeployment({
        ...repo,
        ref: inputs.sha,
        environment: inputs.environment,
        auto_merge: false,
        // The action verifies the policy's required checks itself and says which one failed.
        required_contexts: [],
        description: `promote action, run by @${inputs.promoter}`,
        payload: { promoter: inputs.promoter, ...inputs.version ? { version: inputs.version } : {} }
      });
      if (!("id" in data))
        throw new ToolError(
          "GitHub",
          `could not create a deployment of ${inputs.sha}: ${data.message ?? "no reason given"}`
        );
      return { id: data.id, url: data.url };
    },
    reporter: (deployment, env2) => githubReporter(
      octokit,
      repo,
      { id: deployment.id, sha: inputs.sha, environment: inputs.environment, url: deployment.url },
      env2.url,
      // In the job's log; an error is also an annotation on the run.
      { info, warn: warning, error: (message) => error(message) }
    ),
    verify: (plan, env2) => verifyCommit(octokit, repo, plan.sha, plan.environment, env2),
    async claim(plan, deployment) {
      const holder = await otherInProgress(octokit, repo, {
        id: deployment.id,
        sha: plan.sha,
        environment: plan.environment
      });
      return holder ? [`${describeBusy(plan.environment, holder)}; run the job again after it`] : [];
    }
  };
};

// src/promotion/action.ts
import { resolve } from "node:path";

// src/promotion/summary.ts
var ICON = {
  succeeded: "\u2705",
  "rolled-back": "\u21A9\uFE0F",
  rejected: "\u26D4",
  aborted: "\u26D4",
  error: "\u26A0\uFE0F"
};
function promotionSummary(state, facts) {
  const { plan } = state;
  const what = plan.version && plan.version !== plan.sha ? `${plan.version} (${plan.sha})` : plan.sha;
  const start = state.switchedAt ?? state.startedAt;
  const lines = [
    `### ${ICON[state.phase] ?? ""} Promotion of ${what} to ${plan.environment}: ${state.phase}`,
    "",
    state.timeline.at(-1)?.description ?? "",
    "",
    "| | |",
    "|---|---|",
    `| colors | ${plan.from} \u2192 ${plan.to} |`,
    `| traffic now on | ${facts.active ?? "unknown"} |`,
    `| promoted by | @${plan.promoter} |`,
    `| SLO | ${Object.entries(plan.post.slo).map(([key, value]) => `${key} ${value}`).join(", ") || "(none)"} |`,
    `| statuses | ${facts.deploymentUrl ?? facts.recorder} |`
  ];
  const measured = [...state.baseline ? [{ ...state.baseline, before: true }] : [], ...state.measurements];
  if (measured.length > 0) {
    lines.push("", "| when | color | figures | verdict |", "|---|---|---|---|");
    for (const m of measured) {
      const when = "before" in m ? "before the switch" : `+${((m.at - start) / 1e3).toFixed(1)}s after the switch`;
      lines.push(
        `| ${when} | ${m.color} | ${summarizeFigures(m.figures)} | ${m.ok ? "ok" : m.problems.join(", ")} |`
      );
    }
  }
  lines.push("", "<details><summary>Timeline</summary>", "");
  for (const entry of state.timeline)
    lines.push(
      `- +${((entry.at - state.startedAt) / 1e3).toFixed(1)}s **${entry.phase}**: ${entry.description}`
    );
  lines.push("", "</details>", "");
  return lines.join("\n");
}

// src/promotion/action.ts
var EXIT_FOR_PHASE = {
  succeeded: EXIT.ok,
  "rolled-back": EXIT.failed,
  rejected: EXIT.failed,
  aborted: EXIT.failed,
  error: EXIT.usage
};
function parseInputs(env) {
  const environment = input("environment", env);
  if (!environment)
    throw new UsageError(
      "input environment is required: the name under deploy.environments, e.g. production"
    );
  if (!/^[A-Za-z0-9._-]+$/.test(environment))
    throw new UsageError(
      `input environment: ${JSON.stringify(environment)} is not an environment name (letters, digits, . _ -)`
    );
  const sha = input("sha", env) ?? env.GITHUB_SHA;
  if (!sha) throw new UsageError("input sha is required outside GitHub Actions (GITHUB_SHA is not set)");
  const deployment = input("deployment-id", env);
  const deploymentId = deployment === void 0 ? void 0 : Number(deployment);
  if (deploymentId !== void 0 && !(Number.isInteger(deploymentId) && deploymentId > 0))
    throw new UsageError(
      `input deployment-id: expected a deployment's number, got ${JSON.stringify(deployment)}`
    );
  const githubToken = input("github-token", env);
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? "").split("/");
  if (githubToken && !(owner && repo))
    throw new UsageError(
      "input github-token needs GITHUB_REPOSITORY (owner/name), which GitHub Actions sets"
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
    repository: owner && repo ? { owner, repo } : void 0
  };
}
function driverFor(env, inputs, processEnv) {
  const driverEnv = { ...processEnv };
  if (env.driver.kind === "router") {
    const tokenEnv = env.driver["token-env"] ?? DEFAULT_TOKEN_ENV;
    if (inputs.routerToken) driverEnv[tokenEnv] = inputs.routerToken;
    else if (!driverEnv[tokenEnv])
      throw new UsageError(
        `input router-token is required by the router driver of ${inputs.environment}: pass the admin token from a secret (router-token: \${{ secrets.ROUTER_TOKEN }})`
      );
  }
  return createDriver(env.driver, driverEnv, inputs.cwd);
}
async function runPromoteAction(processEnv = process.env, github) {
  for (const name of ["router-token", "github-token"]) {
    const secret = input(name, processEnv);
    if (secret) setSecret(secret);
  }
  try {
    const inputs = parseInputs(processEnv);
    const { policy } = await loadPolicy({ cwd: inputs.cwd, file: inputs.policyFile });
    const env = policy.deploy?.environments[inputs.environment];
    if (!env) {
      const known = Object.keys(policy.deploy?.environments ?? {});
      throw new ConfigError(
        `no environment "${inputs.environment}" under deploy.environments in the policy${known.length ? ` (known: ${known.join(", ")})` : "; add one"}`
      );
    }
    const driver = driverFor(env, inputs, processEnv);
    const plan = planFor(policy, inputs.environment, {
      sha: inputs.sha,
      version: inputs.version,
      promoter: inputs.promoter,
      active: await driver.active()
    });
    const side = inputs.githubToken && github ? github(inputs.githubToken, inputs, processEnv) : void 0;
    const deployment = side ? await side.deployment(inputs) : void 0;
    if (deployment) setOutput("deployment-id", String(deployment.id));
    const local = new LocalReporter();
    const reporter = side && deployment ? side.reporter(deployment, env) : local;
    info(
      `promoting ${inputs.version ?? inputs.sha} to ${inputs.environment} (${plan.from} \u2192 ${plan.to}); statuses go to ${deployment ? `deployment ${deployment.id}` : local.name}`
    );
    const runner = new PromotionRunner({
      driver,
      reporter: {
        ...reporter,
        status: async (command, state2) => {
          info(`${command.state.padEnd(11)} ${command.description}`);
          await reporter.status(command, state2);
        },
        incident: reporter.incident?.bind(reporter),
        revertPr: reporter.revertPr?.bind(reporter)
      },
      measurer: new Measurer(driver),
      verify: async (p) => side ? side.verify(p, env) : [],
      claim: async (p) => side?.claim && deployment ? side.claim(p, deployment) : []
    });
    const state = await runner.promote(plan);
    const active = await driver.active().catch(() => void 0);
    setOutput("outcome", state.phase);
    setOutput("active-color", active ?? "");
    setOutput("description", state.timeline.at(-1)?.description ?? "");
    if (processEnv.GITHUB_STEP_SUMMARY)
      await summary.addRaw(
        promotionSummary(state, {
          active,
          deploymentUrl: deployment?.htmlUrl ?? deployment?.url,
          recorder: local.name
        }),
        true
      ).write();
    const exitCode = EXIT_FOR_PHASE[state.phase] ?? EXIT.usage;
    if (exitCode !== EXIT.ok)
      error(state.timeline.at(-1)?.description ?? state.phase, {
        title: `TerraFusion promote ${inputs.environment}`
      });
    return exitCode;
  } catch (error2) {
    if (error2 instanceof PolicyError)
      for (const problem of error2.problems)
        error(formatProblem(problem), {
          file: problem.file,
          startLine: problem.line,
          startColumn: problem.column,
          title: "TerraFusion policy"
        });
    const { message, exitCode } = describeError(error2);
    setOutput("outcome", "error");
    error(message, { title: "TerraFusion promote" });
    return exitCode;
  }
}

// actions/promote/main.ts
process.exit(await runPromoteAction(process.env, actionGitHub));
