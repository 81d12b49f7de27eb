import { join } from "node:path";
import { ConfigError } from "../errors.ts";
import { lazyRemoteFromEnv } from "../github/remote-policy.ts";
import { packageRoot } from "../package-root.ts";
import {
  type LoadedPolicy,
  type LoadOptions,
  loadPolicyFrom,
  NotAFile,
  type PolicyFiles,
} from "../policy/load.ts";
import { MAX_POLICY_BYTES } from "../policy/yaml-source.ts";
import { inRepository } from "./in-repository.ts";
import { ReadLimitedError, readLimited } from "./read-limited.ts";

/** TerraFusion's own defaults, under which every policy is merged. */
export function defaultPolicyFile(): string {
  return join(packageRoot(), "policies", "production-plan.yml");
}

function readLocal(path: string): Uint8Array | undefined {
  try {
    // Read past the policy limit, so that yaml-source says how large a large file is, at its line 1.
    return readLimited(path, MAX_POLICY_BYTES * 16);
  } catch (error) {
    if (!(error instanceof ReadLimitedError)) throw error;
    if (error.problem.kind === "missing") return undefined;
    if (error.problem.kind === "folder") throw new NotAFile(path);
    throw new ConfigError(error.message);
  }
}

/** The policy loader's files on this machine: bounded reads, containment checked on the real paths. */
export const localPolicyFiles: PolicyFiles = {
  read: readLocal,
  contain: (root, path) => inRepository(root, path),
  defaultsFile: defaultPolicyFile,
};

/**
 * Reads, checks and merges a policy from this machine's files (or options.read); see loadPolicyFrom.
 * Another repository's file that it extends is read with the environment's token unless options.remote
 * says how (the app: the installation's token).
 */
export function loadPolicy(
  options: LoadOptions = {},
  env: NodeJS.ProcessEnv = process.env,
): Promise<LoadedPolicy> {
  return loadPolicyFrom(localPolicyFiles, { ...options, remote: options.remote ?? lazyRemoteFromEnv(env) });
}
