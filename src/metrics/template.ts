import type { MeasureTarget } from "../promotion/metric-analysis.ts";

/**
 * `{{color}}` and `{{version}}` in a metric's query or URL, replaced by the target's, each escaped for
 * where it lands. Any other `{{…}}` is left as written (PromQL has no such syntax, so it shows in the error).
 */
const PLACEHOLDER = /\{\{\s*(color|version)\s*\}\}/g;

/** A value that cannot be substituted safely: the reading is an error naming it. */
export class SubstitutionProblem extends Error {}

function placeholderValue(target: MeasureTarget, name: string): string {
  if (name === "color") return target.color;
  if (target.version === undefined)
    throw new SubstitutionProblem("the query uses {{version}}, but this promotion has no version");
  return target.version;
}

/**
 * For a PromQL query, where `{{…}}` stands inside a double-quoted label value (`{color="{{color}}"}`):
 * backslash, double quote and line breaks are escaped. A value with a single quote or a backtick is
 * refused rather than guessed at, since those quotes take other escapes.
 */
export function substitutePromql(query: string, target: MeasureTarget): string {
  return query.replace(PLACEHOLDER, (_, name: string) => {
    const value = placeholderValue(target, name);
    if (/['`]/.test(value))
      throw new SubstitutionProblem(
        `the ${name} ${JSON.stringify(value)} holds a quote that PromQL cannot take here`,
      );
    return value.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n").replace(/\r/g, "\\r");
  });
}

/** For a URL: each value percent-encoded, so it cannot add a path segment, a query or another host. */
export function substituteUrl(url: string, target: MeasureTarget): string {
  return url.replace(PLACEHOLDER, (_, name: string) => encodeURIComponent(placeholderValue(target, name)));
}
