import { plural } from "../core/format.ts";
import { compileGlobs } from "../core/safe-glob.ts";
import { compilePattern } from "../core/safe-regex.ts";
import type { Policy } from "../policy/schema/index.ts";
import { describeActors, membership } from "./actors.ts";
import { commitChecks } from "./commit-conditions.ts";
import { contextChecks } from "./context-conditions.ts";
import { type PullSnapshot, same } from "./snapshot.ts";

export type Conditions = NonNullable<NonNullable<NonNullable<Policy["review"]>["rules"]>[number]["if"]>;

export interface ConditionCheck {
  holds: boolean;
  /** Why, in words: "changed files match src/auth/** (src/auth/login.ts)". */
  reason: string;
}

const matcherCache = new Map<string, (path: string) => boolean>();
export function globMatcher(patterns: readonly string[]): (path: string) => boolean {
  const key = patterns.join("\u0000");
  let matcher = matcherCache.get(key);
  if (!matcher) {
    matcher = compileGlobs(patterns);
    matcherCache.set(key, matcher);
  }
  return matcher;
}

const list = (items: readonly string[], max = 3) =>
  items.length <= max ? items.join(", ") : `${items.slice(0, max).join(", ")} and ${items.length - max} more`;

/** Checks every condition of a rule; the rule applies when all hold. Each check says why. */
export function checkConditions(conditions: Conditions | undefined, pull: PullSnapshot): ConditionCheck[] {
  if (!conditions) return [{ holds: true, reason: "no conditions: applies to every pull request" }];
  const checks: ConditionCheck[] = [];
  const paths = pull.files.flatMap((file) =>
    file["previous-path"] ? [file.path, file["previous-path"]] : [file.path],
  );

  const changed = conditions["changed-files"];
  if (changed) {
    const include = globMatcher(changed.paths);
    const exclude = changed.ignore?.length ? globMatcher(changed.ignore) : () => false;
    const hits = paths.filter((path) => include(path) && !exclude(path));
    const ignoredNote = changed.ignore?.length ? ` (ignoring ${changed.ignore.join(", ")})` : "";
    checks.push(
      hits.length > 0
        ? { holds: true, reason: `changed files match ${changed.paths.join(", ")}: ${list(hits)}` }
        : { holds: false, reason: `no changed file matches ${changed.paths.join(", ")}${ignoredNote}` },
    );
  }

  const only = conditions["only-changed-files"];
  if (only) {
    const match = globMatcher(only);
    const outside = pull.files.map((file) => file.path).filter((path) => !match(path));
    checks.push(
      pull.files.length === 0
        ? { holds: false, reason: "the pull request changes no files" }
        : outside.length === 0
          ? { holds: true, reason: `every changed file matches ${only.join(", ")}` }
          : { holds: false, reason: `not every changed file matches ${only.join(", ")}: ${list(outside)}` },
    );
  }

  if (conditions.author) {
    const why = membership(conditions.author, pull.author, pull);
    checks.push({
      holds: why !== undefined,
      reason: why
        ? `the author ${pull.author} is ${why === "listed" ? "listed" : why}`
        : `the author ${pull.author} is not among ${describeActors(conditions.author, pull)}`,
    });
  }
  if (conditions["not-author"]) {
    const why = membership(conditions["not-author"], pull.author, pull);
    checks.push({
      holds: why === undefined,
      reason: why
        ? `the author ${pull.author} is excluded (${why})`
        : `the author ${pull.author} is not among the excluded authors`,
    });
  }

  if (conditions.contributors) {
    const people = contributorsOf(pull);
    const hit = people.find((login) => membership(conditions.contributors!, login, pull));
    checks.push({
      holds: hit !== undefined,
      reason: hit
        ? `${hit} contributed commits`
        : `no commit author among ${describeActors(conditions.contributors, pull)}`,
    });
  }

  const branch = (name: string, patterns: string[] | undefined, ref: string) => {
    if (!patterns) return;
    const hit = patterns.find((pattern) => compilePattern(pattern).test(ref));
    checks.push({
      holds: hit !== undefined,
      reason: hit
        ? `the ${name} branch ${ref} matches /${hit}/`
        : `the ${name} branch ${ref} matches none of ${patterns.map((p) => `/${p}/`).join(", ")}`,
    });
  };
  branch("target", conditions["target-branch"], pull.base.ref);
  branch("source", conditions["source-branch"], pull.head.ref);

  if (conditions.labels) {
    const missing = conditions.labels.filter((label) => !pull.labels.some((have) => same(have, label)));
    checks.push(
      missing.length === 0
        ? { holds: true, reason: `labelled ${conditions.labels.join(", ")}` }
        : { holds: false, reason: `missing label${missing.length > 1 ? "s" : ""} ${missing.join(", ")}` },
    );
  }

  if (conditions.title !== undefined) {
    const holds = compilePattern(conditions.title).test(pull.title);
    checks.push({
      holds,
      reason: `the title ${holds ? "matches" : "does not match"} /${conditions.title}/`,
    });
  }

  if (conditions.draft !== undefined) {
    checks.push({
      holds: pull.draft === conditions.draft,
      reason: pull.draft ? "the pull request is a draft" : "the pull request is ready for review",
    });
  }

  const noChanged = conditions["no-changed-files"];
  if (noChanged) {
    const match = globMatcher(noChanged);
    const hits = paths.filter(match);
    checks.push(
      hits.length === 0
        ? { holds: true, reason: `no changed file matches ${noChanged.join(", ")}` }
        : { holds: false, reason: `changed files match ${noChanged.join(", ")}: ${list(hits)}` },
    );
  }

  const deletedPaths = pull.files.filter((file) => file.status === "deleted").map((file) => file.path);
  const deleted = conditions["deleted-files"];
  if (deleted) {
    const hits = deletedPaths.filter(globMatcher(deleted));
    checks.push(
      hits.length > 0
        ? { holds: true, reason: `deletes ${list(hits)}` }
        : { holds: false, reason: `deletes no file matching ${deleted.join(", ")}` },
    );
  }
  const notDeleted = conditions["no-deleted-files"];
  if (notDeleted) {
    const hits = deletedPaths.filter(globMatcher(notDeleted));
    checks.push(
      hits.length === 0
        ? { holds: true, reason: `deletes no file matching ${notDeleted.join(", ")}` }
        : { holds: false, reason: `deletes ${list(hits)}` },
    );
  }

  const count = (pick: (file: PullSnapshot["files"][number]) => number) =>
    pull.files.reduce((sum, file) => sum + pick(file), 0);
  lineCheck(
    checks,
    conditions["lines-changed"],
    count((f) => f.additions + f.deletions),
    "changed",
  );
  lineCheck(
    checks,
    conditions["lines-added"],
    count((f) => f.additions),
    "added",
  );
  lineCheck(
    checks,
    conditions["lines-deleted"],
    count((f) => f.deletions),
    "deleted",
  );

  for (const [gate, wanted] of Object.entries(conditions.gates ?? {})) {
    const actual = pull.gates[gate as keyof typeof pull.gates];
    checks.push({
      holds: actual === wanted,
      reason:
        actual === undefined
          ? `${gate} has not reported on the head commit (wanted ${wanted})`
          : `${gate} reported ${actual}${actual === wanted ? "" : ` (wanted ${wanted})`}`,
    });
  }
  checks.push(...commitChecks(conditions, pull), ...contextChecks(conditions, pull));
  return checks;
}

function lineCheck(
  checks: ConditionCheck[],
  lines: { "more-than"?: number; "less-than"?: number } | undefined,
  total: number,
  verb: string,
): void {
  if (!lines) return;
  const above = lines["more-than"] === undefined || total > lines["more-than"];
  const below = lines["less-than"] === undefined || total < lines["less-than"];
  const bounds = [
    lines["more-than"] !== undefined ? `more than ${lines["more-than"]}` : "",
    lines["less-than"] !== undefined ? `less than ${lines["less-than"]}` : "",
  ]
    .filter(Boolean)
    .join(" and ");
  checks.push({
    holds: above && below,
    reason: `${plural(total, "line")} ${verb} (${above && below ? "" : "not "}${bounds})`,
  });
}

/** Commit authors and committers other than the pull request's author (of `commits`: by default all). */
export function contributorsOf(
  pull: PullSnapshot,
  commits: PullSnapshot["commits"] = pull.commits,
): string[] {
  const people = new Set<string>();
  for (const commit of commits)
    for (const login of [commit.author, commit.committer])
      if (login && !same(login, pull.author) && !same(login, "web-flow")) people.add(login);
  return [...people];
}
