import type { Probot } from "probot";
import { plural } from "../../src/core/format.ts";
import { githubFailure } from "../../src/github/deployment-record.ts";
import type { GitHub } from "../../src/github/types.ts";
import type { PromotionLog } from "../../src/promotion/ports.ts";
import type { AppPromotions } from "./service.ts";

export interface StartupReconciliation {
  repositories: number;
  /** Promotions found in progress and taken over (finished or rolled back). */
  resumed: number;
  /** Installations or repositories that could not be read or driven; each one is logged with the reason. */
  failed: number;
}

/**
 * At start, before any webhook says so, every repository of every installation is checked for promotions
 * that a previous process left in progress (killed, redeployed): each is finished or rolled back, so that
 * traffic is never left switched without a record. A repository that fails is logged and the others go on.
 */
export async function reconcileInstallations(
  app: Probot,
  service: AppPromotions,
  log: PromotionLog,
): Promise<StartupReconciliation> {
  const outcome: StartupReconciliation = { repositories: 0, resumed: 0, failed: 0 };
  const appOctokit = (await app.auth()) as unknown as GitHub;
  const installations = await appOctokit.paginate(appOctokit.rest.apps.listInstallations, {
    per_page: 100,
  });
  for (const installation of installations) {
    if (installation.suspended_at) continue;
    let octokit: GitHub;
    let repositories: { name: string; owner: { login: string }; archived?: boolean }[];
    try {
      octokit = (await app.auth(installation.id)) as unknown as GitHub;
      repositories = await octokit.paginate(octokit.rest.apps.listReposAccessibleToInstallation, {
        per_page: 100,
      });
    } catch (error) {
      // One installation GitHub will not open to the app does not keep the others from being checked.
      outcome.failed++;
      log.warn(
        `installation ${installation.id} (${installation.account && "login" in installation.account ? installation.account.login : "?"}): could not list its repositories: ${githubFailure(error)}`,
      );
      continue;
    }
    for (const repository of repositories) {
      if (repository.archived) continue;
      const repo = { owner: repository.owner.login, repo: repository.name };
      outcome.repositories++;
      try {
        const resumed = await service.reconcile(octokit, repo, installation.id);
        if (resumed > 0)
          log.info(`${repo.owner}/${repo.repo}: took over ${plural(resumed, "promotion")} left in progress`);
        outcome.resumed += resumed;
      } catch (error) {
        outcome.failed++;
        log.warn(
          `${repo.owner}/${repo.repo}: could not check for promotions left in progress: ${githubFailure(error, "deployments write")}`,
        );
      }
    }
  }
  return outcome;
}
