import { allowedExtendsOwners, RemotePolicyCache, remotePolicies } from "../src/github/remote-policy.ts";
import type { GitHub, RepoRef } from "../src/github/types.ts";
import type { RemotePolicies } from "../src/policy/extends-ref.ts";

/** One cache of other repositories' policy files per app process (extends: OWNER/REPO:PATH@REF). */
export const remotePolicyCache = new RemotePolicyCache();

/** How a repository's policy reads the files it extends from other repositories: with the installation's token. */
export function remoteFor(
  octokit: GitHub,
  repo: RepoRef,
  env: NodeJS.ProcessEnv = process.env,
): RemotePolicies {
  return remotePolicies(octokit, remotePolicyCache, {
    repositoryOwner: repo.owner,
    allowedOwners: allowedExtendsOwners(env),
  });
}
