/** Reading policy-bot values: the shape policy-bot expects, or a reported problem and nothing. */
import { patternProblem } from "../../core/safe-regex.ts";
import { githubLogin, githubTeam, githubUser, permission } from "../../policy/schema/primitives.ts";
import { describe } from "../../policy/validate.ts";
import type { Actors } from "../actors.ts";
import { regexToGlobs } from "./regex-glob.ts";
import type { Path, Report } from "./report.ts";

export type Plain = Record<string, unknown>;

export const isMap = (value: unknown): value is Plain =>
  value !== null && typeof value === "object" && !Array.isArray(value);

/** A mapping; null (a key written with nothing after it) is an empty one, as in Go's YAML. */
export function mapAt(report: Report, value: unknown, path: Path): Plain | undefined {
  if (value === null || value === undefined) return undefined;
  if (isMap(value)) return value;
  report.add(path, `expected a mapping, got ${describe(value)}; left out`);
  return undefined;
}

/** Reports each key of `map` that `known` does not name; `why` says what a known-but-unsupported key lacks. */
export function otherKeys(
  report: Report,
  map: Plain,
  path: Path,
  known: readonly string[],
  unsupported: Readonly<Record<string, string>> = {},
): void {
  for (const key of Object.keys(map)) {
    if (known.includes(key)) continue;
    report.add(
      [...path, key],
      unsupported[key] ?? `not a key policy-bot reads here (expected one of: ${known.join(", ")}); left out`,
    );
  }
}

export function boolAt(report: Report, value: unknown, path: Path): boolean | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "boolean") return value;
  report.add(path, `expected true or false, got ${describe(value)}; left out`);
  return undefined;
}

export function intAt(report: Report, value: unknown, path: Path): number | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "number" && Number.isInteger(value) && value >= 0) return value;
  report.add(path, `expected a whole number (0 or more), got ${describe(value)}; left out`);
  return undefined;
}

/** A list of strings with their places (numbers are read as their text, as Go's YAML does). */
function entries(report: Report, value: unknown, path: Path): { text: string; i: number }[] {
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value)) {
    report.add(path, `expected a list, got ${describe(value)}; left out`);
    return [];
  }
  const out: { text: string; i: number }[] = [];
  value.forEach((item, i) => {
    if (typeof item === "string" || typeof item === "number") out.push({ text: String(item), i });
    else report.add([...path, i], `expected a string, got ${describe(item)}; left out`);
  });
  return out;
}

export function stringsAt(report: Report, value: unknown, path: Path): string[] {
  return entries(report, value, path).map((entry) => entry.text);
}

/** Names (labels, checks, workflow files, keys): a list of strings, none empty. */
export function namesAt(report: Report, value: unknown, path: Path): string[] {
  return entries(report, value, path)
    .filter(({ text, i }) => {
      if (text.trim() === "") report.add([...path, i], "an empty name; left out");
      return text.trim() !== "";
    })
    .map((entry) => entry.text);
}

/** Regexps TerraFusion can run (RE2, as policy-bot's Go regexps); one it cannot is reported. */
export function regexesAt(report: Report, value: unknown, path: Path): string[] {
  return entries(report, value, path)
    .filter(({ text, i }) => {
      const problem = patternProblem(text);
      if (problem) report.add([...path, i], `the regexp \`${text}\` cannot be carried over: ${problem}`);
      return !problem;
    })
    .map((entry) => entry.text);
}

/** policy-bot's path regexps as TerraFusion globs; one without a glob form is reported. */
export function globsAt(report: Report, value: unknown, path: Path): string[] {
  const globs: string[] = [];
  for (const { text, i } of entries(report, value, path)) {
    const result = regexToGlobs(text);
    if ("globs" in result) globs.push(...result.globs);
    else
      report.add([...path, i], `the path regexp \`${text}\` has no glob form (${result.problem}); left out`);
  }
  return [...new Set(globs)];
}

const ACTOR_KEYS = [
  "users",
  "teams",
  "organizations",
  "permissions",
  "admins",
  "write_collaborators",
] as const;

/**
 * policy-bot's actors (users, teams, organizations, permissions, and the deprecated admins and
 * write_collaborators, which are permissions admin and write) as TerraFusion's people.
 */
export function actorsAt(
  report: Report,
  map: Plain,
  path: Path,
  keys: readonly string[] = ACTOR_KEYS,
): Actors {
  const actors: Actors = {};
  const valid = (key: string, check: { safeParse(value: unknown): { success: boolean } }, what: string) =>
    entries(report, map[key], [...path, key])
      .filter(({ text, i }) => {
        const ok = check.safeParse(text).success;
        if (!ok) report.add([...path, key, i], `${JSON.stringify(text)} is not ${what}; left out`);
        return ok;
      })
      .map((entry) => entry.text);
  const users = valid("users", githubUser, "a GitHub login");
  const teams = valid("teams", githubTeam, "a team written ORG/TEAM-SLUG");
  const organizations = valid("organizations", githubLogin, "an organization's login");
  const permissions = valid(
    "permissions",
    permission,
    "a permission (read, triage, write, maintain or admin)",
  ) as NonNullable<Actors["permissions"]>;
  if (keys.includes("admins") && boolAt(report, map.admins, [...path, "admins"])) permissions.push("admin");
  if (
    keys.includes("write_collaborators") &&
    boolAt(report, map.write_collaborators, [...path, "write_collaborators"])
  )
    permissions.push("write");
  if (users.length) actors.users = users;
  if (teams.length) actors.teams = teams;
  if (organizations.length) actors.organizations = organizations;
  if (permissions.length) actors.permissions = [...new Set(permissions)];
  return actors;
}

export const ACTORS = ACTOR_KEYS;
