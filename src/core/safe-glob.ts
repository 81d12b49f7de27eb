/**
 * Globs from policies (changed-files, include/exclude, waivers) and CODEOWNERS lines, compiled to RE2
 * so that matching a path takes linear time. picomatch turns `*a*a*a*a*a*a*a*a*a*a*b` into a
 * backtracking RegExp that takes 8 s on a 41-character file name; `ignore` does the same with
 * `**\/a*\/**\/a*…`. The syntax is picomatch's with `dot: true` (dotfiles match), less what RE2 cannot
 * express: `!(…)` (list what to leave out under `ignore` instead). Parentheses, `|` and `+` outside an
 * extglob are plain characters, as in file names such as `app/(auth)/page.tsx`.
 */
import { compilePattern, PatternError, quotePattern } from "./safe-regex.ts";

export class GlobError extends Error {
  constructor(
    readonly glob: string,
    readonly reason: string,
  ) {
    super(`invalid glob ${JSON.stringify(glob)}: ${reason}`);
    this.name = "GlobError";
  }
}

/** `glob`: picomatch syntax; `gitignore`: CODEOWNERS lines (no braces, no extglobs, `\` escapes). */
export type GlobDialect = "glob" | "gitignore";

// A `**` is a globstar only as a whole path segment: between these and these.
const SEGMENT_START = "/{,(|";
const SEGMENT_END = "/},)|";
const MAX_RANGE = 1_000;

class Translator {
  private i = 0;
  constructor(
    private readonly text: string,
    private readonly dialect: GlobDialect,
  ) {}

  /** The whole text as RE2 source (unanchored). */
  all(): string {
    const source = this.sequence("");
    if (this.i < this.text.length) this.fail(`unexpected ${this.text[this.i]}`);
    return source;
  }

  private fail(reason: string): never {
    throw new GlobError(this.text, reason);
  }

  /** Tokens up to one of `stops` at this level (or the end). */
  private sequence(stops: string): string {
    let out = "";
    while (this.i < this.text.length && !stops.includes(this.text[this.i]!)) out += this.token();
    return out;
  }

  private token(): string {
    const { text } = this;
    const c = text[this.i]!;
    const next = text[this.i + 1];
    const globbing = this.dialect === "glob";
    if (c === "\\") {
      if (next === undefined) this.fail("a glob cannot end with \\");
      this.i += 2;
      return quotePattern(next);
    }
    if (globbing && next === "(" && "@?*+!".includes(c)) return this.extglob(c);
    if (c === "*") return this.star();
    if (c === "?") {
      this.i++;
      return "[^/]";
    }
    if (c === "[") return this.bracket();
    if (c === "{" && globbing) return this.brace();
    if (c === "/" && this.globstarTail(this.i + 1)) {
      // `a/**` matches a and everything under it, as picomatch does.
      this.i += 3;
      return "(?:/.*)?";
    }
    this.i++;
    return quotePattern(c);
  }

  /** `**` at `at`, a whole segment that ends the pattern (or the brace or extglob alternative). */
  private globstarTail(at: number): boolean {
    const { text } = this;
    return (
      text[at] === "*" && text[at + 1] === "*" && (at + 2 === text.length || "},)|".includes(text[at + 2]!))
    );
  }

  private star(): string {
    const { text } = this;
    const start = this.i;
    while (text[this.i] === "*") this.i++;
    const run = this.i - start;
    const before = start === 0 ? undefined : text[start - 1];
    const after = text[this.i];
    const wholeSegment =
      run >= 2 &&
      (before === undefined || SEGMENT_START.includes(before)) &&
      (after === undefined || SEGMENT_END.includes(after));
    if (!wholeSegment) return "[^/]*";
    if (after === "/") {
      this.i++;
      return "(?:.*/)?";
    }
    return ".*";
  }

  private extglob(kind: string): string {
    if (kind === "!")
      this.fail("!(…) is not supported (RE2 has no negation): list the paths to leave out under ignore");
    const open = this.i;
    this.i += 2;
    const alternatives: string[] = [];
    for (;;) {
      alternatives.push(this.sequence("|)"));
      const c = this.text[this.i];
      this.i++;
      if (c === ")") break;
      if (c !== "|") this.fail(`the ( at character ${open + 2} is not closed`);
    }
    const quantifier = { "@": "", "?": "?", "*": "*", "+": "+" }[kind];
    return `(?:${alternatives.join("|")})${quantifier}`;
  }

  private bracket(): string {
    const { text } = this;
    const open = this.i;
    this.i++;
    const negated = text[this.i] === "!" || text[this.i] === "^";
    if (negated) this.i++;
    let body = "";
    let first = true;
    for (;;) {
      const c = text[this.i];
      if (c === undefined) this.fail(`missing ] for the [ at character ${open + 1}`);
      if (c === "]" && !first) break;
      if (c === "[" && text[this.i + 1] === ":") {
        // A POSIX class, [:alpha:]: RE2 reads it as it is.
        const end = text.indexOf(":]", this.i + 2);
        if (end < 0) this.fail(`missing :] for the [: at character ${this.i + 1}`);
        body += text.slice(this.i, end + 2);
        this.i = end + 2;
      } else if (c === "\\") {
        const escaped = text[this.i + 1];
        if (escaped === undefined) this.fail("a glob cannot end with \\");
        body += `\\${escaped}`;
        this.i += 2;
      } else {
        // A - first or last is a plain -; so are [ and ] inside (RE2 wants them escaped).
        const literalDash = c === "-" && (first || text[this.i + 1] === "]");
        body += literalDash || c === "[" || c === "]" ? `\\${c}` : c;
        this.i++;
      }
      first = false;
    }
    this.i++;
    // A negated class never crosses a folder boundary.
    return negated ? `[^${body}/]` : `[${body}]`;
  }

  private brace(): string {
    const { text } = this;
    const open = this.i;
    const close = matchingBrace(text, open);
    if (close < 0) this.fail(`the { at character ${open + 1} is not closed`);
    const inner = text.slice(open + 1, close);
    const range = expandRange(inner);
    if (range === "too large") this.fail(`the range {${inner}} has more than ${MAX_RANGE} values`);
    if (range) {
      this.i = close + 1;
      return `(?:${range.map(quotePattern).join("|")})`;
    }
    this.i++;
    if (!hasTopLevelComma(inner)) {
      // `{a}` is the text {a}, as in picomatch.
      const literal = this.sequence("}");
      this.i++;
      return `\\{${literal}\\}`;
    }
    const alternatives: string[] = [];
    for (;;) {
      alternatives.push(this.sequence(",}"));
      const c = text[this.i];
      this.i++;
      if (c === "}") break;
      if (c !== ",") this.fail(`the { at character ${open + 1} is not closed`);
    }
    return `(?:${alternatives.join("|")})`;
  }
}

function matchingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === "\\") i++;
    else if (text[i] === "{") depth++;
    else if (text[i] === "}" && --depth === 0) return i;
  }
  return -1;
}

function hasTopLevelComma(inner: string): boolean {
  let depth = 0;
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i];
    if (c === "\\") i++;
    else if (c === "{" || c === "(") depth++;
    else if (c === "}" || c === ")") depth--;
    else if (c === "," && depth === 0) return true;
  }
  return false;
}

/** `1..3`, `01..10`, `a..e`: the values in order; undefined when `inner` is no range. */
function expandRange(inner: string): string[] | "too large" | undefined {
  const numeric = /^(-?\d+)\.\.(-?\d+)$/.exec(inner);
  const letters = /^([A-Za-z])\.\.([A-Za-z])$/.exec(inner);
  if (!numeric && !letters) return undefined;
  const [from, to] = numeric
    ? [Number(numeric[1]), Number(numeric[2])]
    : [letters![1]!.charCodeAt(0), letters![2]!.charCodeAt(0)];
  if (Math.abs(to - from) >= MAX_RANGE) return "too large";
  const padded = numeric && /^-?0\d/.test(numeric[1]!) ? numeric[1]!.replace("-", "").length : 0;
  const values: string[] = [];
  const step = from <= to ? 1 : -1;
  for (let value = from; value !== to + step; value += step) {
    if (letters) values.push(String.fromCharCode(value));
    else values.push((value < 0 ? "-" : "") + String(Math.abs(value)).padStart(padded, "0"));
  }
  return values;
}

export interface GlobTranslation {
  /** RE2 source that matches a whole path. */
  source: string;
  /** A leading ! (picomatch): the glob matches what the rest does not. */
  negated: boolean;
}

/** A glob as anchored RE2 source; throws GlobError. */
export function translateGlob(glob: string, dialect: GlobDialect = "glob"): GlobTranslation {
  let rest = glob;
  let negated = false;
  if (dialect === "glob")
    while (rest.startsWith("!") && rest[1] !== "(") {
      rest = rest.slice(1);
      negated = !negated;
    }
  return { source: anchored(globBody(rest, dialect)), negated };
}

/** A glob as unanchored RE2 source, to build on (CODEOWNERS lines); throws GlobError. */
export function globBody(glob: string, dialect: GlobDialect): string {
  return new Translator(glob, dialect).all();
}

/** RE2 source that must match a whole path; (?s): a path may hold any character, a newline too. */
export function anchored(body: string): string {
  return `(?s)^(?:${body})$`;
}

/** Compiles a translated glob with RE2; a construct RE2 refuses becomes a GlobError. */
export function compileTranslation(glob: string, translation: GlobTranslation): (path: string) => boolean {
  let pattern: ReturnType<typeof compilePattern>;
  try {
    pattern = compilePattern(translation.source);
  } catch (error) {
    if (error instanceof PatternError) throw new GlobError(glob, error.reason);
    throw error;
  }
  return translation.negated ? (path) => !pattern.test(path) : (path) => pattern.test(path);
}

/** Whether a path matches a glob, in linear time; throws GlobError. */
export function compileGlob(glob: string): (path: string) => boolean {
  return compileTranslation(glob, translateGlob(glob));
}

/** Matches when any of the globs does (as picomatch does with a list). */
export function compileGlobs(globs: readonly string[]): (path: string) => boolean {
  const matchers = globs.map(compileGlob);
  return (path) => matchers.some((matches) => matches(path));
}

/** Why `glob` cannot be compiled, or undefined: the schema's check, so validation and runtime agree. */
export function globSyntaxProblem(glob: string): string | undefined {
  try {
    compileGlob(glob);
    return undefined;
  } catch (error) {
    if (error instanceof GlobError) return error.reason;
    throw error;
  }
}
