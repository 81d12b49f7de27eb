import { readFileSync } from "node:fs";
import { ConfigError } from "../errors.ts";

/**
 * The base a gate compares with when the action's `base` input is empty: on a pull request its base
 * branch (GITHUB_BASE_REF); on a merge queue's commit (`merge_group`) the commit the group is built
 * on, merge_group.base_sha from the event file, so only what the group adds counts. Otherwise none:
 * a push or a schedule scans everything.
 */
export function defaultBase(env: NodeJS.ProcessEnv): string | undefined {
  if (env.GITHUB_EVENT_NAME === "merge_group") return mergeGroupBase(env.GITHUB_EVENT_PATH);
  return env.GITHUB_BASE_REF ? `origin/${env.GITHUB_BASE_REF}` : undefined;
}

/** merge_group.base_sha from the event file; a merge group without one must not silently scan everything. */
function mergeGroupBase(path: string | undefined): string {
  const where = path ? `the event file ${path}` : "GITHUB_EVENT_PATH (unset)";
  let event: unknown;
  try {
    if (!path) throw new Error("no file");
    event = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new ConfigError(
      `this is a merge_group event, but ${where} cannot be read (${(error as Error).message}): set the action's base input`,
    );
  }
  const sha = (event as { merge_group?: { base_sha?: unknown } } | null)?.merge_group?.base_sha;
  if (typeof sha !== "string" || !/^[0-9a-f]{40,64}$/i.test(sha))
    throw new ConfigError(
      `this is a merge_group event, but ${where} has no merge_group.base_sha: set the action's base input`,
    );
  return sha;
}
