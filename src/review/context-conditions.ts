import { compilePattern } from "../core/safe-regex.ts";
import type { ConditionCheck, Conditions } from "./conditions.ts";
import type { PullSnapshot } from "./snapshot.ts";
import { textMatch } from "./text-match.ts";

/** Without `conclusions`, a check, status or workflow counts only when it succeeded (policy-bot's has_successful_status). */
export const DEFAULT_CONCLUSIONS = ["success"] as const;

/** Conditions over what surrounds the pull request: checks and statuses, workflows, the repository, the title. */
export function contextChecks(conditions: Conditions, pull: PullSnapshot): ConditionCheck[] {
  const checks: ConditionCheck[] = [];
  const results = (
    wanted: { names: string[]; conclusions?: readonly string[] },
    have: Record<string, string>,
    what: string,
  ) => {
    const conclusions: readonly string[] = wanted.conclusions ?? DEFAULT_CONCLUSIONS;
    const accepted = conclusions.join(" or ");
    const bad = wanted.names.flatMap((name) => {
      const actual = have[name];
      if (actual === undefined) return [`${name} has not reported on the head commit`];
      return conclusions.includes(actual) ? [] : [`${name} is ${actual}`];
    });
    checks.push(
      bad.length === 0
        ? {
            holds: true,
            reason: `${what} ${wanted.names.join(", ")} ${wanted.names.length > 1 ? "are" : "is"} ${accepted}`,
          }
        : { holds: false, reason: `${bad.join("; ")} (wanted ${accepted})` },
    );
  };
  if (conditions.checks) results(conditions.checks, pull.checks, "the check");
  if (conditions.workflows)
    results(
      { names: conditions.workflows.paths, conclusions: conditions.workflows.conclusions },
      pull.workflows,
      "the workflow",
    );

  if (conditions.repository)
    checks.push(
      pull.repository === undefined
        ? { holds: false, reason: "the snapshot does not name its repository" }
        : textMatch(conditions.repository, [pull.repository], "the repository"),
    );

  const notTitle = conditions["not-title"];
  if (notTitle) {
    const hit = notTitle.find((pattern) => compilePattern(pattern).test(pull.title));
    checks.push({
      holds: hit === undefined,
      reason: hit
        ? `the title matches /${hit}/`
        : `the title matches none of ${notTitle.map((p) => `/${p}/`).join(", ")}`,
    });
  }

  for (const [name, match] of Object.entries(conditions["custom-properties"] ?? {})) {
    const value = pull["custom-properties"][name];
    const values = value === undefined ? [] : Array.isArray(value) ? value : [value];
    checks.push(textMatch(match, values, `the custom property ${name}`));
  }
  return checks;
}
