import type { EnvironmentPolicy } from "../../src/drivers/index.ts";
import type { GitHub, RepoRef } from "../../src/github/types.ts";
import type { Policy } from "../../src/policy/schema/index.ts";
import { describeBusy } from "../../src/promotion/describe.ts";
import { unknownEnvironment } from "../../src/promotion/environments.ts";
import type { PromotionEvent } from "../../src/promotion/types.ts";
import { checkMatches, requiredChecks } from "../../src/promotion/verify.ts";
import { mayPromote, whoMay } from "./rbac.ts";
import type { AppPromotions } from "./service.ts";

export interface Comment {
  id: number;
  login: string;
  issueNumber: number;
  isPullRequest: boolean;
}

/** The policy and environment a command names, or the reply that says why there is none. */
async function environmentFor(
  app: AppPromotions,
  octokit: GitHub,
  installation: number,
  repo: RepoRef,
  comment: Omit<Comment, "isPullRequest">,
  environment: string,
  verb: "promote to" | "roll back",
): Promise<
  { refused: string } | { policy: Policy; env: EnvironmentPolicy; reply: (body: string) => Promise<unknown> }
> {
  const reply = (body: string) =>
    octokit.rest.issues.createComment({ ...repo, issue_number: comment.issueNumber, body });
  const policy = await app.loadPolicy(octokit, repo);
  const env = policy?.deploy?.environments[environment];
  if (!policy || !env) {
    await reply(unknownReply(comment.login, environment, policy));
    return { refused: "unknown-environment" };
  }
  if (!(await mayPromote(octokit, installation, repo, comment.login, env.promoters, app.memberships))) {
    await reply(
      `Sorry @${comment.login}, you may not ${verb} \`${environment}\`. ${capital(whoMay(env.promoters))} may; please ask one of them.`,
    );
    return { refused: "unauthorized" };
  }
  return { policy, env, reply };
}

/** `/promote ENV` on a pull request: check the commenter, then create the deployment and promote it. */
export async function promoteComment(
  app: AppPromotions,
  octokit: GitHub,
  installation: number,
  repo: RepoRef,
  comment: Comment,
  environment: string,
): Promise<string> {
  if (app.once(`comment:${repo.owner}/${repo.repo}#${comment.id}`)) return "duplicate";
  const found = await environmentFor(app, octokit, installation, repo, comment, environment, "promote to");
  if (!("policy" in found)) return found.refused;
  const { reply } = found;
  if (!comment.isPullRequest) {
    await reply(
      `@${comment.login} comment \`/promote ${environment}\` on a pull request: its commit is what gets promoted.`,
    );
    return "not-a-pull-request";
  }
  const { data: pull } = await octokit.rest.pulls.get({ ...repo, pull_number: comment.issueNumber });
  const sha = pull.merged && pull.merge_commit_sha ? pull.merge_commit_sha : pull.head.sha;
  const created = await app.record(octokit, repo).createDeployment({
    sha,
    environment,
    description: `/promote by @${comment.login}`,
    payload: {
      promoter: comment.login,
      pull: { number: pull.number, title: pull.title, url: pull.html_url },
      comment: comment.id,
    },
  });
  return await app.deployment(
    octokit,
    installation,
    repo,
    { ...created, creator: comment.login },
    comment.login,
    {
      busy: (holder) =>
        reply(
          `@${comment.login} not promoted: ${describeBusy(environment, holder)}. Nothing was switched; comment \`/promote ${environment}\` again when it finishes.`,
        ),
      queued: (holder, position) =>
        reply(
          `@${comment.login} your promotion waits in line (${position === 1 ? "next" : `${position} in line`}): ${describeBusy(environment, holder)}. It starts when that one finishes; the deployment's statuses show its progress.`,
        ),
    },
  );
}

/** `/rollback ENV`: a running promotion rolls back now; a finished one inside its bake window switches back. */
export async function rollbackComment(
  app: AppPromotions,
  octokit: GitHub,
  installation: number,
  repo: RepoRef,
  comment: Omit<Comment, "isPullRequest">,
  environment: string,
): Promise<string> {
  if (app.once(`comment:${repo.owner}/${repo.repo}#${comment.id}`)) return "duplicate";
  const found = await environmentFor(app, octokit, installation, repo, comment, environment, "roll back");
  if (!("policy" in found)) return found.refused;
  const event: PromotionEvent = { type: "rollback-requested", at: app.now(), by: comment.login };
  return (await app.deliver(octokit, repo, found.policy, environment, undefined, event))
    ? "rolling-back"
    : "nothing-to-roll-back";
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The reply to `/promote` or `/rollback` naming an environment the default branch's policy does not have. */
export function unknownReply(login: string, environment: string, policy: Policy | undefined): string {
  if (!policy)
    return `@${login} there is no environment \`${environment}\`: this repository has no \`.github/terrafusion.yml\` on its default branch (add \`deploy.environments.${environment}\` there).`;
  return `@${login} ${unknownEnvironment(environment, policy, ".github/terrafusion.yml")}.`;
}

/** A check completed unsuccessfully: roll back every promotion of that commit that requires it. */
export async function checkFailed(
  app: AppPromotions,
  octokit: GitHub,
  repo: RepoRef,
  failed: { sha: string; check: string; url?: string },
): Promise<number> {
  const policy = await app.loadPolicy(octokit, repo);
  if (!policy?.deploy) return 0;
  let rolled = 0;
  for (const [environment, env] of Object.entries(policy.deploy.environments)) {
    if (!requiredChecks(env).some((item) => checkMatches(item, failed.check))) continue;
    const event: PromotionEvent = {
      type: "check-failed",
      at: app.now(),
      check: failed.check,
      url: failed.url,
    };
    if (await app.deliver(octokit, repo, policy, environment, failed.sha, event)) rolled++;
  }
  return rolled;
}
