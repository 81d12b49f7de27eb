import { compileGlob } from "../../core/safe-glob.ts";
import type { RuleInfo } from "./rules.ts";
import { pathNames } from "./waivers.ts";

/** How `report-only-paths` names the list below, so a policy can add to it instead of restating it. */
export const DEFAULT_PATHS_ENTRY = "terrafusion:default";

/**
 * Code that is not shipped: examples, demos, docs sites, fixtures, benchmarks and tests. A flaw there
 * is worth seeing but does not reach users (luxon's docs-site REPL evaluates what its reader types;
 * express's examples are teaching code), so blocking a pull request on it teaches a team to turn the
 * gate off. `site/` and `website/` count only at the top of the project: deeper, they are often
 * a deployed application of a monorepo.
 */
export const DEFAULT_REPORT_ONLY_PATHS: readonly string[] = [
  "**/examples/**",
  "**/example/**",
  "**/demo/**",
  "**/demos/**",
  "**/docs/**",
  "site/**",
  "website/**",
  "**/fixtures/**",
  "**/__fixtures__/**",
  "**/benchmarks/**",
  "**/benchmark/**",
  "**/bench/**",
  "**/*.bench.*",
  "**/test/**",
  "**/tests/**",
  "**/__tests__/**",
  "**/__mocks__/**",
  "**/*.test.*",
  "**/*.spec.*",
];

/**
 * A rule whose flaw harms wherever the file lies (a real credential leaks from every clone, shipped or
 * not) says so in its metadata and keeps blocking in report-only paths.
 */
export const BLOCKS_EVERYWHERE_KEY = "blocks-in-report-only-paths";

/** The policy's list with `terrafusion:default` expanded; no key at all means the default list. */
export function reportOnlyPaths(configured: readonly string[] | undefined): string[] {
  const entries = configured ?? [DEFAULT_PATHS_ENTRY];
  return [
    ...new Set(
      entries.flatMap((entry) => (entry === DEFAULT_PATHS_ENTRY ? DEFAULT_REPORT_ONLY_PATHS : [entry])),
    ),
  ];
}

/**
 * Which report-only glob a finding falls under (undefined: it may block). Globs match the repository
 * path or the path from the project folder, as include/exclude and waivers do.
 */
export function reportOnlyMatcher(
  globs: readonly string[],
  rules: ReadonlyMap<string, RuleInfo>,
  prefix = "",
): (finding: { rule: string; path: string }) => string | undefined {
  const compiled = globs.map((glob) => ({ glob, matches: compileGlob(glob) }));
  return (finding) => {
    if (compiled.length === 0 || rules.get(finding.rule)?.metadata[BLOCKS_EVERYWHERE_KEY] === true)
      return undefined;
    const names = pathNames(finding.path, prefix);
    return compiled.find(({ matches }) => names.some((name) => matches(name)))?.glob;
  };
}

/** Why a finding in a report-only path did not block, as the summary's table shows it. */
export function reportOnlyNote(glob: string): string {
  return `not shipped code (${glob} in report-only-paths)`;
}
