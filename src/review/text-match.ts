import { compilePattern } from "../core/safe-regex.ts";

export interface TextMatch {
  matches?: string[];
  "not-matches"?: string[];
}

const slashes = (patterns: readonly string[]) => patterns.map((p) => `/${p}/`).join(", ");

/**
 * policy-bot's `matches`/`not_matches` over one or more texts: holds when some text matches one of
 * `matches`, or when no text matches any of `not-matches`. Says which.
 */
export function textMatch(
  match: TextMatch,
  texts: readonly string[],
  what: string,
): { holds: boolean; reason: string } {
  const matches = match.matches ?? [];
  const notMatches = match["not-matches"] ?? [];
  for (const pattern of matches) {
    const hit = texts.find((text) => compilePattern(pattern).test(text));
    if (hit !== undefined)
      return { holds: true, reason: `${what} ${JSON.stringify(hit)} matches /${pattern}/` };
  }
  if (notMatches.length > 0) {
    for (const pattern of notMatches) {
      const hit = texts.find((text) => compilePattern(pattern).test(text));
      if (hit !== undefined)
        return {
          holds: false,
          reason: `${what} ${JSON.stringify(hit)} matches /${pattern}/${matches.length ? ` and none matches ${slashes(matches)}` : ""}`,
        };
    }
    return { holds: true, reason: `${what} matches none of ${slashes(notMatches)}` };
  }
  return {
    holds: false,
    reason:
      texts.length === 0
        ? `${what}: none (wanted a match for ${slashes(matches)})`
        : `${what} matches none of ${slashes(matches)}`,
  };
}
