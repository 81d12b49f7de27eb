import { createHash } from "node:crypto";

/** A semgrep match reduced to what the gate compares and reports. */
export interface ScanFinding {
  rule: string;
  path: string;
  line: number;
  endLine: number;
  column: number;
  endColumn: number;
  severity: string;
  message: string;
  /** The matched source with whitespace collapsed: stable when lines move, changes when the code does. */
  code: string;
  /**
   * The enclosing named functions and classes ("class Router > handle"; "" at the top level), for
   * languages the gate reads scopes of: only there may edited code still count as the same flaw.
   */
  scope?: string;
}

/** Collapses whitespace so that re-indenting or re-wrapping code does not make an old flaw look new. */
export function normaliseCode(code: string): string {
  return code.replace(/\s+/g, " ").trim();
}

/** The identity of a flaw across commits: rule, file (under its head name) and code, never the line. */
export function fingerprint(finding: Pick<ScanFinding, "rule" | "path" | "code">): string {
  return createHash("sha256")
    .update(`${finding.rule}\0${finding.path}\0${finding.code}`)
    .digest("hex")
    .slice(0, 32);
}

/**
 * Splits head findings into new and pre-existing. A base finding counts under its head path (renamed
 * files keep their flaws), and each base finding excuses at most one head finding, so a flaw copied a
 * second time into the same function is new. First the same code (up to whitespace) anywhere in the
 * file; then, among what is left, code in the same enclosing function that differs only by renamed
 * identifiers or one edited argument (see `similarCode`), closest pairs first.
 */
export function classify(
  head: readonly ScanFinding[],
  base: readonly ScanFinding[],
  headPathOf: (basePath: string) => string | undefined,
): { fresh: ScanFinding[]; existing: ScanFinding[] } {
  const left = new Map<string, ScanFinding[]>();
  for (const finding of base) {
    const path = headPathOf(finding.path);
    if (path === undefined) continue;
    const key = fingerprint({ ...finding, path });
    left.set(key, [...(left.get(key) ?? []), { ...finding, path }]);
  }
  const matched = new Set<ScanFinding>();
  for (const finding of head) {
    const same = left.get(fingerprint(finding));
    if (same?.length) {
      same.shift();
      matched.add(finding);
    }
  }
  const unmatchedBase = [...left.values()].flat();
  const pairs: { head: ScanFinding; base: ScanFinding; distance: number }[] = [];
  for (const finding of head) {
    if (matched.has(finding) || finding.scope === undefined) continue;
    for (const old of unmatchedBase) {
      if (old.rule !== finding.rule || old.path !== finding.path || old.scope !== finding.scope) continue;
      const distance = similarCode(old.code, finding.code);
      if (distance !== undefined) pairs.push({ head: finding, base: old, distance });
    }
  }
  const used = new Set<ScanFinding>();
  for (const pair of pairs.sort((a, b) => a.distance - b.distance)) {
    if (matched.has(pair.head) || used.has(pair.base)) continue;
    matched.add(pair.head);
    used.add(pair.base);
  }
  return {
    fresh: head.filter((finding) => !matched.has(finding)),
    existing: head.filter((finding) => matched.has(finding)),
  };
}

/** Words that are syntax, not names: renaming one of these is a different statement. */
const KEYWORDS = new Set(
  (
    "await break case catch class const continue debugger default delete do else export extends false " +
    "finally for function if import in instanceof let new null of return super switch this throw true try " +
    "typeof undefined var void while with yield async static get set as"
  ).split(" "),
);

const TOKEN =
  /"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`(?:[^`\\]|\\.)*`|[A-Za-z_$#][\w$]*|\d[\w.]*|=>|\.\.\.|\?\?=?|\?\.|[=!]==?|[<>]=?|&&=?|\|\|=?|[-+*/%]=?|\S/g;

export function tokens(code: string): string[] {
  return code.match(TOKEN) ?? [];
}

const isName = (token: string) => /^[A-Za-z_$#][\w$]*$/.test(token) && !KEYWORDS.has(token);

/** Names replaced by their order of first use: `f(a, a)` and `g(b, b)` read the same, `f(a, b)` does not. */
function canonical(code: readonly string[]): string[] {
  const names = new Map<string, string>();
  return code.map((token) => {
    if (!isName(token)) return token;
    if (!names.has(token)) names.set(token, `\u0000${names.size}`);
    return names.get(token)!;
  });
}

/**
 * Whether two matches are the same code up to renamed identifiers (consistently renamed, as a refactor
 * does) or one edited argument (`new RegExp(pattern, flags)` and `new RegExp(pattern, sensitive ? "" :
 * "i")`), or both. Returns how many tokens differ (0 for a pure rename), undefined when neither holds.
 */
export function similarCode(before: string, after: string): number | undefined {
  const a = tokens(before);
  const b = tokens(after);
  if (a.length === 0 || b.length === 0) return undefined;
  const ca = canonical(a);
  const cb = canonical(b);
  if (ca.length === cb.length && ca.every((token, i) => token === cb[i])) return 0;
  const raw = argumentEdit(a, b);
  const renamed = argumentEdit(ca, cb);
  if (raw === undefined) return renamed;
  return renamed === undefined ? raw : Math.min(raw, renamed);
}

/**
 * When `a` and `b` differ in one stretch that lies inside one argument of a call (or one element of an
 * array or object literal) and keeps its brackets balanced: the number of differing tokens.
 */
function argumentEdit(a: readonly string[], b: readonly string[]): number | undefined {
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < a.length - prefix &&
    suffix < b.length - prefix &&
    a[a.length - 1 - suffix] === b[b.length - 1 - suffix]
  )
    suffix++;
  const middleA = a.slice(prefix, a.length - suffix);
  const middleB = b.slice(prefix, b.length - suffix);
  // The edit must sit inside brackets that both keep: an argument list, an array, an object.
  if (innermostOpen(a.slice(0, prefix)) === undefined) return undefined;
  if (!withinOneArgument(middleA) || !withinOneArgument(middleB)) return undefined;
  return Math.max(middleA.length, middleB.length);
}

/** The innermost bracket left open by `tokens`, if any. */
function innermostOpen(code: readonly string[]): string | undefined {
  const stack: string[] = [];
  for (const token of code) {
    if (token === "(" || token === "[" || token === "{") stack.push(token);
    else if (token === ")" || token === "]" || token === "}") stack.pop();
  }
  return stack.at(-1);
}

/** Balanced, and no comma or semicolon at its own level: the stretch stays inside one argument. */
function withinOneArgument(stretch: readonly string[]): boolean {
  let depth = 0;
  for (const token of stretch) {
    if (token === "(" || token === "[" || token === "{") depth++;
    else if (token === ")" || token === "]" || token === "}") {
      if (--depth < 0) return false;
    } else if ((token === "," || token === ";") && depth === 0) return false;
  }
  return depth === 0;
}
