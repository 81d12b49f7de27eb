import type { EnvironmentPolicy } from "../drivers/index.ts";
import { ConfigError } from "../errors.ts";
import type { Policy } from "../policy/schema/index.ts";

/**
 * The one message for an environment the policy does not name, wherever it is asked for (the CLI, the
 * action, a `/promote` reply, a protection rule): `where` names the policy as the reader knows it.
 */
export function unknownEnvironment(environment: string, policy: Policy, where = "the policy"): string {
  const known = Object.keys(policy.deploy?.environments ?? {});
  return `no environment "${environment}" under deploy.environments in ${where}${known.length ? ` (known: ${known.join(", ")})` : "; add one"}`;
}

/** The environment's policy, or a config error naming the ones the policy has. */
export function environmentOf(policy: Policy, environment: string): EnvironmentPolicy {
  const env = policy.deploy?.environments[environment];
  if (!env) throw new ConfigError(unknownEnvironment(environment, policy));
  return env as EnvironmentPolicy;
}
