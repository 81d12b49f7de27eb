import type { EnvironmentPolicy } from "../drivers/index.ts";
import type { DeploymentRecord } from "./ports.ts";

/** The check run that stands for a required item: the review check, a gate's own check, or the gates summary. */
export function checkMatches(required: string, checkName: string): boolean {
  const name = checkName.toLowerCase();
  const want = required.toLowerCase();
  return (
    name === want ||
    name === `terrafusion / ${want}` ||
    name.endsWith(` / ${want}`) ||
    name.endsWith(`(${want})`)
  );
}

export function requiredChecks(env: EnvironmentPolicy): string[] {
  return [...(env.requires ?? []), ...(env["required-checks"] ?? [])];
}

/**
 * What stops `sha` from being promoted, by the record: an open incident blocking it, or required checks
 * not passed on it. A record that cannot see checks (the CLI's memory record) answers undefined: not checked.
 */
export async function verifyCommit(
  record: Pick<DeploymentRecord, "blockingIssue" | "checkRuns">,
  sha: string,
  environment: string,
  env: EnvironmentPolicy,
): Promise<string[]> {
  const problems: string[] = [];
  const short = sha.slice(0, 7);
  const blocked = await record.blockingIssue(sha, environment);
  if (blocked) problems.push(`${short} was rolled back from ${environment}; clear #${blocked.number} first`);
  const required = requiredChecks(env);
  if (required.length === 0) return problems;
  const runs = await record.checkRuns(sha);
  if (!runs) return problems;
  const gates = runs.find((run) => run.name.toLowerCase() === "terrafusion / gates");
  for (const item of required) {
    const own = runs.filter((run) => checkMatches(item, run.name));
    const run = own[0] ?? (item !== "review" ? gates : undefined);
    if (!run) problems.push(`required "${item}" has not run on ${short}`);
    else if (run.status !== "completed") problems.push(`required "${item}" is still running on ${short}`);
    else if (run.conclusion !== "success" && run.conclusion !== "neutral" && run.conclusion !== "skipped")
      problems.push(
        `required "${item}" ${run.conclusion === "failure" ? "failed" : `ended ${run.conclusion}`} on ${short}`,
      );
  }
  return problems;
}
