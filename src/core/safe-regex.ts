/**
 * Every pattern a policy or a repository writes runs here, in RE2 (re2js, a pure-JS port of RE2/J):
 * matching takes time linear in the text, whatever the pattern. JavaScript's RegExp backtracks, so
 * `^(a|a)*$` against a 29-character comment held the app's only event loop for 12 s, for every
 * installation. RE2 is also what policy-bot's Go regexps speak, so its policies carry over unchanged:
 * no backreferences, no lookahead or lookbehind, inline flags such as `(?i)`.
 */
import { RE2JS, RE2JSException, RE2JSSyntaxException } from "re2js";

/** What the code needs of a pattern: does it occur in a text. A RegExp fits too (constants, tests). */
export interface TextPattern {
  readonly source: string;
  test(text: string): boolean;
}

export class PatternError extends Error {
  constructor(
    readonly source: string,
    /** Why, without the pattern: "missing closing ) at `(WIP`". */
    readonly reason: string,
  ) {
    super(`invalid regular expression ${JSON.stringify(source)}: ${reason}`);
    this.name = "PatternError";
  }
}

// Compiled programs are reused across events and installations; the bound keeps a stream of distinct
// policies from growing the app's memory.
const CACHE_LIMIT = 1_000;
const cache = new Map<string, TextPattern>();

/** Compiles a pattern with RE2 semantics; throws PatternError with a reason a person can act on. */
export function compilePattern(source: string): TextPattern {
  const cached = cache.get(source);
  if (cached) return cached;
  let compiled: RE2JS;
  try {
    compiled = RE2JS.compile(source);
  } catch (error) {
    throw new PatternError(source, reasonOf(error));
  }
  const pattern: TextPattern = { source, test: (text) => compiled.test(text) };
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(source, pattern);
  return pattern;
}

/** Why RE2 cannot run `source`, or undefined when it can: the schema's check, so validation and runtime agree. */
export function patternProblem(source: string): string | undefined {
  try {
    compilePattern(source);
    return undefined;
  } catch (error) {
    if (error instanceof PatternError) return error.reason;
    throw error;
  }
}

/** `source` as a pattern that matches exactly that text. */
export function quotePattern(text: string): string {
  return text.replace(/[\\^$.|?*+()[\]{}]/g, "\\$&");
}

const LOOKAROUND = /^\(\?<?[=!]/;
const BACKREFERENCE = /^\\[1-9]/;

function reasonOf(error: unknown): string {
  if (!(error instanceof RE2JSSyntaxException)) {
    if (error instanceof RE2JSException) return error.message;
    throw error;
  }
  const fragment = error.getPattern() ?? "";
  // RE2 names these by their syntax ("invalid or unsupported Perl syntax", "invalid named capture"):
  // say what they are and why they are missing.
  const lookaround = LOOKAROUND.exec(fragment)?.[0];
  if (lookaround)
    return `\`${lookaround}…)\`: lookahead and lookbehind are not supported (RE2 syntax, which matches in linear time)`;
  const backreference = BACKREFERENCE.exec(fragment)?.[0];
  if (backreference)
    return `\`${backreference}\`: backreferences are not supported (RE2 syntax, which matches in linear time)`;
  return fragment ? `${error.getDescription()} at \`${fragment}\`` : error.getDescription();
}
