import { createRequire as __tfRequire } from 'node:module'; const require = __tfRequire(import.meta.url);
import {
  MemoryDeploymentRecord
} from "../chunks/chunk-BRXCMYQM.js";
import {
  input
} from "../chunks/chunk-N2J2DVWW.js";
import {
  debug,
  error,
  info,
  setOutput,
  setSecret,
  summary,
  warning
} from "../chunks/chunk-YARUGQXM.js";
import {
  GitHubDeploymentRecord
} from "../chunks/chunk-NEJ2F5O2.js";
import {
  githubLimitsFromEnv,
  terrafusionOctokit
} from "../chunks/chunk-FHFFLLKF.js";
import {
  DEFAULT_TOKEN_ENV,
  DriverMeasurer,
  PromotionService,
  createDriver,
  environmentOf,
  notifierSink,
  policyMetricSource,
  summarizeFigures
} from "../chunks/chunk-GFYQ6F56.js";
import "../chunks/chunk-3XKIW7VL.js";
import "../chunks/chunk-FV4S3KIS.js";
import "../chunks/chunk-CR3PXB5O.js";
import "../chunks/chunk-UCO5GRH5.js";
import "../chunks/chunk-WF6MYNSV.js";
import {
  loadPolicy
} from "../chunks/chunk-WJQ75HG4.js";
import "../chunks/chunk-DGX4CH5M.js";
import {
  EXIT,
  PolicyError,
  UsageError,
  describeError,
  formatProblem
} from "../chunks/chunk-64HVLF7C.js";
import "../chunks/chunk-TFUP5NS4.js";

// src/actions/promote.ts
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
  lines.push(...metricLines(state));
  lines.push("", "<details><summary>Timeline</summary>", "");
  for (const entry of state.timeline)
    lines.push(
      `- +${((entry.at - state.startedAt) / 1e3).toFixed(1)}s **${entry.phase}**: ${entry.description}`
    );
  lines.push("", "</details>", "");
  return lines.join("\n");
}
var cell = (text) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");
function metricLines(state) {
  const steps = ["pre", "post"].filter((stage) => state.metrics?.[stage]);
  if (steps.length === 0) return [];
  const lines = ["", "| step | metric | verdict | measurements | why |", "|---|---|---|---|---|"];
  for (const stage of steps) {
    const verdict = state.metrics[stage];
    const name = `${stage}-promotion`;
    if (verdict.metrics.length === 0)
      lines.push(`| ${name} | | ${verdict.phase} | | ${cell(verdict.reason)} |`);
    for (const m of verdict.metrics)
      lines.push(
        `| ${name} | ${m.metric} | ${m.phase} | ${m.successful} of ${m.measurements} successful | ${cell(m.reason)} |`
      );
  }
  return lines;
}

// src/actions/promote.ts
var NOTICE_GRACE_MS = 1e4;
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
function githubRecord(inputs, env) {
  const Octokit = terrafusionOctokit(githubLimitsFromEnv(env));
  const octokit = new Octokit({
    auth: { token: inputs.githubToken },
    baseUrl: env.GITHUB_API_URL ?? "https://api.github.com"
  });
  return new GitHubDeploymentRecord(octokit, inputs.repository, {
    info,
    warn: warning,
    error: (message) => error(message)
  });
}
async function runPromoteAction(processEnv = process.env) {
  for (const name of ["router-token", "github-token"]) {
    const secret = input(name, processEnv);
    if (secret) setSecret(secret);
  }
  try {
    const inputs = parseInputs(processEnv);
    const { policy } = await loadPolicy({ cwd: inputs.cwd, file: inputs.policyFile }, processEnv);
    const env = environmentOf(policy, inputs.environment);
    const driver = driverFor(env, inputs, processEnv);
    const from = await driver.active();
    const github = inputs.githubToken ? githubRecord(inputs, processEnv) : void 0;
    const record = github ?? new MemoryDeploymentRecord();
    const deployment = inputs.deploymentId ? await github.deployment(inputs.deploymentId) : await record.createDeployment({
      sha: inputs.sha,
      environment: inputs.environment,
      description: `promote action, run by @${inputs.promoter}`,
      payload: { promoter: inputs.promoter, ...inputs.version ? { version: inputs.version } : {} }
    });
    if (github) setOutput("deployment-id", String(deployment.id));
    info(
      `promoting ${inputs.version ?? inputs.sha} to ${inputs.environment} (${from} \u2192 ${from === "blue" ? "green" : "blue"}); statuses go to ${github ? `deployment ${deployment.id}` : record.name}`
    );
    const service = new PromotionService({
      measurerFor: (d) => new DriverMeasurer(d),
      metrics: policyMetricSource,
      notices: notifierSink(processEnv, { warn: (line) => warning(line) })
    });
    const { done } = await service.start({
      record,
      policy,
      deployment: {
        ...deployment,
        sha: inputs.sha,
        payload: { ...deployment.payload, version: inputs.version }
      },
      promoter: inputs.promoter,
      driver,
      retry: "run the job again after it",
      onStatus: (command) => info(`${command.state.padEnd(11)} ${command.description}`)
    });
    const state = await done;
    if (!await service.noticesSent(NOTICE_GRACE_MS))
      warning(`notifications still in flight after ${NOTICE_GRACE_MS / 1e3}s were dropped`);
    const active = await driver.active().catch(() => void 0);
    setOutput("outcome", state.phase);
    setOutput("active-color", active ?? "");
    setOutput("description", state.timeline.at(-1)?.description ?? "");
    if (processEnv.GITHUB_STEP_SUMMARY)
      await summary.addRaw(
        promotionSummary(state, {
          active,
          deploymentUrl: github ? deployment.htmlUrl ?? deployment.url : void 0,
          recorder: record.name
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
    const { message, exitCode, expected } = describeError(error2);
    if (!expected && error2 instanceof Error && error2.stack) debug(error2.stack);
    setOutput("outcome", "error");
    error(message, { title: "TerraFusion promote" });
    return exitCode;
  }
}

// actions/promote/main.ts
process.exit(await runPromoteAction(process.env));
