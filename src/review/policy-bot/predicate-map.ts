/**
 * Each policy-bot predicate as the TerraFusion condition keys it becomes, read from its policy-bot
 * value (problems reported as it reads).
 */
import { CHECK_CONCLUSIONS } from "../../policy/schema/review.ts";
import { describe } from "../../policy/validate.ts";
import type { Path, Report } from "./report.ts";
import {
  ACTORS,
  actorsAt,
  boolAt,
  globsAt,
  mapAt,
  namesAt,
  otherKeys,
  type Plain,
  regexesAt,
  stringsAt,
} from "./values.ts";

/** A TerraFusion condition key and its value; `custom-properties.NAME` for one property. */
export type Part = readonly [key: string, value: unknown];
/** What one predicate becomes: parts that must all hold, or parts of which any one holding is enough. */
export type Mapped =
  | { all: Part[] }
  | { any: Part[]; approximate?: { parts: Part[]; note: string } }
  | undefined;
export type Handler = (value: unknown, path: Path, report: Report) => Mapped;

/** policy-bot's `conclusions: [any]`. */
const ANY_CONCLUSION = [
  "action_required",
  "cancelled",
  "failure",
  "neutral",
  "skipped",
  "stale",
  "success",
  "timed_out",
];

const one = (key: string, value: unknown): Mapped => ({ all: [[key, value]] });

/**
 * A predicate over changed files (`paths`, and for some `ignore`: regexps) as a condition over globs.
 * `ignore`: "keep" writes changed-files' ignore list, "unsupported" reports one (no-changed-files has none).
 */
function paths(key: string, ignore: "keep" | "unsupported" | "none" = "none"): Handler {
  return (value, path, report) => {
    const map = mapAt(report, value, path);
    if (!map) return undefined;
    otherKeys(report, map, path, ignore === "none" ? ["paths"] : ["paths", "ignore"]);
    const globs = globsAt(report, map.paths, [...path, "paths"]);
    if (globs.length === 0) {
      report.add(path, "no path could be carried over; the predicate is left out");
      return undefined;
    }
    if (ignore === "none") return one(key, globs);
    const ignored = globsAt(report, map.ignore, [...path, "ignore"]);
    if (ignore === "keep")
      return one(key, ignored.length ? { paths: globs, ignore: ignored } : { paths: globs });
    if (ignored.length)
      report.add(
        [...path, "ignore"],
        `TerraFusion's ${key} has no ignore list; left out, so a changed file matching paths counts even where ignore would skip it`,
      );
    return one(key, globs);
  };
}

function people(key: string): Handler {
  return (value, path, report) => {
    // `has_author_in:` with nothing after it names nobody, as in policy-bot.
    const map = value === null ? {} : mapAt(report, value, path);
    if (!map) return undefined;
    otherKeys(report, map, path, ACTORS);
    return one(key, actorsAt(report, map, path));
  };
}

function flag(key: string): Handler {
  return (value, path, report) => {
    const yes = boolAt(report, value, path);
    return yes === undefined ? undefined : one(key, yes);
  };
}

function branch(key: string): Handler {
  return (value, path, report) => {
    const map = mapAt(report, value, path);
    if (!map) return undefined;
    otherKeys(report, map, path, ["pattern"]);
    const patterns = regexesAt(report, map.pattern === undefined ? [] : [map.pattern], [...path, "pattern"]);
    return patterns.length ? one(key, patterns) : undefined;
  };
}

/** `"> 100"`, `"< 5"`, `"= 0"` as TerraFusion's bounds. */
function bounds(text: unknown, path: Path, report: Report): Plain | undefined {
  const parsed = typeof text === "string" ? /^\s*([<>=])\s*(\d+)\s*$/.exec(text) : null;
  if (!parsed) {
    report.add(path, `expected a comparison such as "> 100", got ${describe(text)}; left out`);
    return undefined;
  }
  const n = Number(parsed[2]);
  if (parsed[1] === ">") return { "more-than": n };
  if (parsed[1] === "=") return n === 0 ? { "less-than": 1 } : { "more-than": n - 1, "less-than": n + 1 };
  if (n === 0) {
    report.add(path, '"< 0" never holds, which TerraFusion cannot write; left out');
    return undefined;
  }
  return { "less-than": n };
}

const LINES: Record<string, string> = {
  additions: "lines-added",
  deletions: "lines-deleted",
  total: "lines-changed",
};

const modifiedLines: Handler = (value, path, report) => {
  const map = mapAt(report, value, path);
  if (!map) return undefined;
  otherKeys(report, map, path, Object.keys(LINES));
  const parts: Part[] = [];
  for (const [from, to] of Object.entries(LINES)) {
    if (map[from] === undefined || map[from] === null) continue;
    const converted = bounds(map[from], [...path, from], report);
    if (converted) parts.push([to, converted]);
  }
  if (parts.length === 0) return undefined;
  // policy-bot: satisfied when any of the listed comparisons holds.
  return parts.length === 1 ? { all: parts } : { any: parts };
};

function conclusionsAt(report: Report, value: unknown, path: Path): string[] | undefined {
  const listed = stringsAt(report, value, path);
  if (listed.length === 0) return undefined;
  const out = new Set<string>();
  listed.forEach((conclusion, i) => {
    if (conclusion === "any") for (const each of ANY_CONCLUSION) out.add(each);
    else if ((CHECK_CONCLUSIONS as readonly string[]).includes(conclusion)) out.add(conclusion);
    else report.add([...path, i], `${JSON.stringify(conclusion)} is not a check conclusion; left out`);
  });
  return out.size ? [...out] : undefined;
}

function statuses(key: "checks" | "workflows", namesKey: string, valueKey: string): Handler {
  return (value, path, report) => {
    const map = mapAt(report, value, path);
    if (!map) return undefined;
    otherKeys(report, map, path, [namesKey, "conclusions"]);
    const names = namesAt(report, map[namesKey], [...path, namesKey]);
    if (names.length === 0) {
      report.add([...path, namesKey], `names no ${key}; the predicate is left out`);
      return undefined;
    }
    const conclusions = conclusionsAt(report, map.conclusions, [...path, "conclusions"]);
    return one(key, conclusions ? { [valueKey]: names, conclusions } : { [valueKey]: names });
  };
}

const successfulStatus: Handler = (value, path, report) => {
  const names = namesAt(report, value, path);
  return names.length ? one("checks", { names }) : undefined;
};

const labels: Handler = (value, path, report) => {
  const names = namesAt(report, value, path);
  return names.length ? one("labels", names) : undefined;
};

function textMatch(value: unknown, path: Path, report: Report) {
  const map = mapAt(report, value, path);
  if (!map) return undefined;
  otherKeys(report, map, path, ["matches", "not_matches"]);
  const matches = regexesAt(report, map.matches, [...path, "matches"]);
  const notMatches = regexesAt(report, map.not_matches, [...path, "not_matches"]);
  if (matches.length + notMatches.length === 0) {
    report.add(path, "has no matches or not_matches that could be carried over; left out");
    return undefined;
  }
  return { matches, notMatches };
}

const repository: Handler = (value, path, report) => {
  const match = textMatch(value, path, report);
  if (!match) return undefined;
  return one("repository", {
    ...(match.matches.length ? { matches: match.matches } : {}),
    ...(match.notMatches.length ? { "not-matches": match.notMatches } : {}),
  });
};

const title: Handler = (value, path, report) => {
  const match = textMatch(value, path, report);
  if (!match) return undefined;
  const parts: Part[] = [];
  if (match.matches.length)
    parts.push([
      "title",
      match.matches.length === 1 ? match.matches[0] : match.matches.map((p) => `(?:${p})`).join("|"),
    ]);
  if (match.notMatches.length) parts.push(["not-title", match.notMatches]);
  // policy-bot: the title matches one of matches, or none of not_matches.
  return parts.length === 1 ? { all: parts } : { any: parts };
};

const signatureKeys: Handler = (value, path, report) => {
  const map = mapAt(report, value, path);
  if (!map) return undefined;
  otherKeys(report, map, path, ["key_ids"]);
  const keys = namesAt(report, map.key_ids, [...path, "key_ids"]);
  return keys.length ? one("valid-signatures-by-keys", keys) : undefined;
};

const EVERYTHING = ".*";
function propertyNames(match: Plain): Handler {
  return (value, path, report) => {
    const names = namesAt(report, value, path);
    return names.length
      ? { all: names.map((name) => [`custom-properties.${name}`, match] as const) }
      : undefined;
  };
}
function propertyPatterns(key: "matches" | "not-matches"): Handler {
  return (value, path, report) => {
    const map = mapAt(report, value, path);
    if (!map) return undefined;
    const parts: Part[] = [];
    for (const [name, patterns] of Object.entries(map)) {
      if (name.trim() === "") {
        report.add([...path, name], "an empty property name; left out");
        continue;
      }
      const regexes = regexesAt(report, patterns, [...path, name]);
      if (regexes.length) parts.push([`custom-properties.${name}`, { [key]: regexes }]);
    }
    return parts.length ? { all: parts } : undefined;
  };
}

export const HANDLERS: Record<string, Handler> = {
  changed_files: paths("changed-files", "keep"),
  no_changed_files: paths("no-changed-files", "unsupported"),
  only_changed_files: paths("only-changed-files"),
  file_deleted: paths("deleted-files"),
  file_not_deleted: paths("no-deleted-files"),
  has_author_in: people("author"),
  has_contributor_in: (value, path, report) => {
    const mapped = people("contributors")(value, path, report);
    if (!mapped || !("all" in mapped)) return undefined;
    const actors = mapped.all[0]![1];
    return {
      any: [
        ["author", actors],
        ["contributors", actors],
      ],
      approximate: {
        parts: [["contributors", actors]],
        note: "policy-bot counts the pull request's author among the contributors; TerraFusion's contributors are the other commit authors and committers, so a pull request whose author alone is among these people no longer matches (carried over as contributors; add a rule with author: under or if that matters)",
      },
    };
  },
  only_has_contributors_in: (value, path, report) => {
    const mapped = people("only-contributors")(value, path, report);
    if (!mapped || !("all" in mapped)) return undefined;
    // policy-bot counts the author too: every commit's people, and the author, are among them.
    return { all: [...mapped.all, ["author", mapped.all[0]![1]]] };
  },
  author_is_only_contributor: flag("author-is-only-contributor"),
  targets_branch: branch("target-branch"),
  from_branch: branch("source-branch"),
  modified_lines: modifiedLines,
  has_successful_status: successfulStatus,
  has_status: statuses("checks", "statuses", "names"),
  has_workflow_result: statuses("workflows", "workflows", "paths"),
  has_labels: labels,
  repository,
  title,
  has_valid_signatures: flag("valid-signatures"),
  has_valid_signatures_by: people("valid-signatures-by"),
  has_valid_signatures_by_keys: signatureKeys,
  custom_property_is_null: propertyNames({ "not-matches": [EVERYTHING] }),
  custom_property_is_not_null: propertyNames({ matches: [EVERYTHING] }),
  custom_property_matches_any_of: propertyPatterns("matches"),
  custom_property_matches_none_of: propertyPatterns("not-matches"),
};

export const UNSUPPORTED: Record<string, string> = {
  file_added: "TerraFusion has no condition on added files; left out",
  file_not_added: "TerraFusion has no condition on added files; left out",
};
