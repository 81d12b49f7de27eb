import type { Probot } from "probot";
import { plural } from "../../src/core/format.ts";
import { loadPolicy } from "../../src/fs/load-policy.ts";
import { readFileAt, readFilesAt } from "../../src/github/contents.ts";
import { deploymentRef, GitHubDeploymentRecord } from "../../src/github/deployment-record.ts";
import { MembershipCache } from "../../src/github/membership.ts";
import type { GitHub, RepoRef } from "../../src/github/types.ts";
import { DEFAULT_POLICY_PATHS } from "../../src/policy/load.ts";
import type { Policy } from "../../src/policy/schema/index.ts";
import { unknownEnvironment } from "../../src/promotion/environments.ts";
import { BLOCKED_LABEL } from "../../src/promotion/incident.ts";
import type { PromotionLog } from "../../src/promotion/ports.ts";
import { verifyCommit } from "../../src/promotion/verify.ts";
import type { Feature } from "../feature.ts";
import { handle, repoOf } from "../handle.ts";
import { remoteFor } from "../remote-policies.ts";
import { checkFailed, promoteComment, rollbackComment } from "./commands.ts";
import { operatorDriverFor } from "./operator-drivers.ts";
import { mayPromote, whoMay } from "./rbac.ts";
import { AppPromotions, type PromotionDeps } from "./service.ts";
import { reconcileInstallations } from "./startup.ts";

const COMMAND = /^\/(promote|rollback|unblock)(?:\s+([A-Za-z0-9._-]+))?\s*$/m;
const FAILED = ["failure", "timed_out", "cancelled", "action_required"];

/** The policy on the default branch (a pull request cannot loosen who may promote). */
export async function policyFromGitHub(octokit: GitHub, repo: RepoRef): Promise<Policy | undefined> {
  // Both spellings in one request, on the default branch; its commit for the files `extends` names.
  const defaults = await readFilesAt(octokit, repo, DEFAULT_POLICY_PATHS);
  const commit = defaults.commit;
  const read = (absolute: string) => {
    const path = absolute.replace(/^\/+/, "");
    return defaults.files.has(path) || !commit
      ? defaults.files.get(path)
      : readFileAt(octokit, repo, path, commit);
  };
  // No `file`: a repository without a policy file is the usual case (not managed), not an error.
  const loaded = await loadPolicy({ cwd: "/", read, remote: remoteFor(octokit, repo) });
  return loaded.files.length > 0 ? loaded.policy : undefined;
}

export function defaultDeps(env: NodeJS.ProcessEnv = process.env): PromotionDeps {
  return {
    loadPolicy: policyFromGitHub,
    driverFor: operatorDriverFor(env),
    memberships: new MembershipCache(),
    env,
  };
}

/** Probot sets up its logger asynchronously: reach it when a message is written, not now. */
function appLog(app: Probot): PromotionLog {
  return {
    info: (message) => app.log.info(message),
    warn: (message) => app.log.warn(message),
    error: (message) => app.log.error(message),
  };
}

/** Registers the promotion handlers on a Probot app; returns the service so tests and shutdown can wait for it. */
export function registerPromotion(app: Probot, service = new AppPromotions(defaultDeps())): AppPromotions {
  service.logTo(appLog(app));
  handle(app, "deployment.created", "promotion", async (context) => {
    const { deployment } = context.payload;
    await service.deployment(
      context.octokit as GitHub,
      context.payload.installation?.id ?? 0,
      repoOf(context.payload),
      deploymentRef(deployment),
      deployment.creator?.login ?? context.payload.sender.login,
    );
  });

  // Only `created`: an edited comment is not a new command (and its author may not be the editor).
  handle(app, "issue_comment.created", "promotion command", async (context) => {
    // A bot's comment is never a command: bots echo text they do not own (a quoted PR body, a tool's
    // output); a release bot promotes through the Deployments API, where RBAC sees it as itself.
    if (context.payload.comment.user?.type === "Bot" || context.payload.sender.type === "Bot") return;
    const match = COMMAND.exec(context.payload.comment.body);
    if (!match) return;
    const [, verb, environment] = match;
    const repo = repoOf(context.payload);
    const octokit = context.octokit as GitHub;
    const installation = context.payload.installation?.id ?? 0;
    const comment = {
      id: context.payload.comment.id,
      login: context.payload.comment.user?.login ?? context.payload.sender.login,
      issueNumber: context.payload.issue.number,
      isPullRequest: Boolean(context.payload.issue.pull_request),
    };
    if (!environment) {
      await octokit.rest.issues.createComment({
        ...repo,
        issue_number: comment.issueNumber,
        body: `@${comment.login} say which environment: \`/${verb} production\`.`,
      });
      return;
    }
    if (verb === "promote") await promoteComment(service, octokit, installation, repo, comment, environment);
    else if (verb === "rollback")
      await rollbackComment(service, octokit, installation, repo, comment, environment);
    else if (context.payload.issue.labels?.some((label) => label.name === BLOCKED_LABEL)) {
      const policy = await policyFromGitHub(octokit, repo);
      const promoters = policy?.deploy?.environments[environment]?.promoters;
      if (!(await mayPromote(octokit, installation, repo, comment.login, promoters, service.memberships))) {
        await octokit.rest.issues.createComment({
          ...repo,
          issue_number: comment.issueNumber,
          body: `Sorry @${comment.login}, only ${whoMay(promoters)} may clear a block on \`${environment}\`.`,
        });
        return;
      }
      await octokit.rest.issues.removeLabel({
        ...repo,
        issue_number: comment.issueNumber,
        name: BLOCKED_LABEL,
      });
    }
  });

  handle(app, "check_run.completed", "rollback on failed check", async (context) => {
    const run = context.payload.check_run;
    if (!FAILED.includes(run.conclusion ?? "")) return;
    await checkFailed(service, context.octokit as GitHub, repoOf(context.payload), {
      sha: run.head_sha,
      check: run.name,
      url: run.html_url ?? undefined,
    });
  });

  handle(app, "check_suite.completed", "rollback on failed suite", async (context) => {
    const suite = context.payload.check_suite;
    if (!FAILED.includes(suite.conclusion ?? "")) return;
    const name = suite.app?.name ?? "check suite";
    await checkFailed(service, context.octokit as GitHub, repoOf(context.payload), {
      sha: suite.head_sha,
      check: name,
    });
  });

  // A workflow job asks to deploy to a protected environment: approve or reject on the same grounds.
  app.on("deployment_protection_rule.requested" as never, async (context: never) => {
    const { payload, octokit } = context as unknown as { payload: ProtectionRulePayload; octokit: GitHub };
    try {
      await protectionRule(octokit, service, payload);
    } catch (error) {
      app.log.error(`deployment protection rule: ${(error as Error).message}`);
    }
  });
  return service;
}

interface ProtectionRulePayload {
  environment: string;
  deployment_callback_url: string;
  deployment?: { sha: string; creator?: { login: string } };
  sha?: string;
  sender: { login: string };
  installation?: { id: number };
  repository: { owner: { login: string }; name: string };
}

export async function protectionRule(
  octokit: GitHub,
  service: AppPromotions,
  payload: ProtectionRulePayload,
) {
  const repo = repoOf(payload);
  const runId = /\/actions\/runs\/(\d+)\/deployment_protection_rule$/.exec(
    payload.deployment_callback_url,
  )?.[1];
  if (!runId) throw new Error(`unexpected deployment_callback_url ${payload.deployment_callback_url}`);
  const policy = await policyFromGitHub(octokit, repo);
  const env = policy?.deploy?.environments[payload.environment];
  const login = payload.deployment?.creator?.login ?? payload.sender.login;
  const sha = payload.deployment?.sha ?? payload.sha;
  const problems: string[] = [];
  // The rule was turned on for this environment: a policy that does not name it is a mistake to fix, not a pass.
  if (!policy)
    problems.push(
      `the default branch has no .github/terrafusion.yml; add one with deploy.environments.${payload.environment}`,
    );
  else if (!env)
    problems.push(
      unknownEnvironment(payload.environment, policy, ".github/terrafusion.yml on the default branch"),
    );
  else {
    if (
      !(await mayPromote(
        octokit,
        payload.installation?.id ?? 0,
        repo,
        login,
        env.promoters,
        service.memberships,
      ))
    )
      problems.push(`@${login} may not deploy to ${payload.environment}; ${whoMay(env.promoters)} may`);
    const record = new GitHubDeploymentRecord(octokit, repo);
    if (sha) problems.push(...(await verifyCommit(record, sha, payload.environment, env)));
    else problems.push("the request names no commit to check");
  }
  await octokit.rest.actions.reviewCustomGatesForRun({
    ...repo,
    run_id: Number(runId),
    environment_name: payload.environment,
    state: problems.length === 0 ? "approved" : "rejected",
    comment:
      problems.length === 0
        ? "TerraFusion: required gates passed, review satisfied, deployer allowed."
        : `TerraFusion: ${problems.join("; ")}`,
  });
}

const services = new WeakMap<Probot, AppPromotions>();

export const promotionFeature: Feature = {
  name: "promotion",
  register(app) {
    services.set(app, registerPromotion(app));
  },
  async start(app) {
    const service = services.get(app);
    if (!service) return;
    const log = appLog(app);
    // A second live process would drive the first one's promotions too: an operator running several says so.
    if (process.env.TERRAFUSION_APP_RECONCILE === "off") {
      log.info("promotion: not checking for promotions left in progress (TERRAFUSION_APP_RECONCILE=off)");
      return;
    }
    const { repositories, resumed, failed } = await reconcileInstallations(app, service, log);
    log.info(
      `promotion: checked ${plural(repositories, "repository", "repositories")} for promotions left in progress: ${resumed} taken over${failed ? `, ${failed} could not be checked (see above)` : ""}`,
    );
  },
};
