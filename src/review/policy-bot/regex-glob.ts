/**
 * policy-bot matches file paths with Go regexps; TerraFusion matches them with globs. This turns the
 * regexps people write for paths (`^docs/.*$`, `\.md$`, `^(api|web)/`) into globs that match the same
 * paths, and says why when a regexp has no glob form (a repeat such as `\d+`, `(?i)`, a lookaround):
 * it never guesses. Every form it writes for `.*` matches exactly what `.*` does:
 *
 *   `**` (the whole regexp is `.*`), `**\/*` (after `/` or at the start), `*\/**` (at the end),
 *   `*{,/**\/}*` (between other characters).
 *
 * One approximation, which the docs name: a single `.` becomes `?`, which matches any character but `/`
 * (a `.` next to a `/`, or at either end, cannot be a `/` in a path git stores, so there it is exact).
 */
import { globProblem } from "../../policy/schema/primitives.ts";

type Atom =
  | { kind: "char"; char: string }
  /** `.`: one character. */
  | { kind: "any" }
  /** `[^/]`: one character that is not a slash. */
  | { kind: "not-slash" }
  /** A bracket that matches one character, already in glob syntax: `[abc]`, `[0-9]`. */
  | { kind: "class"; glob: string }
  /** `[^/]*` */
  | { kind: "segment-star" }
  /** `.*` */
  | { kind: "star" }
  /** `(a|b)`; an empty alternative makes it optional. */
  | { kind: "group"; alternatives: Atom[][] }
  | { kind: "start" }
  | { kind: "end" };
/** An atom with the regexp text it was read from, for messages. */
type Read = Atom & { text?: string };

class Unsupported extends Error {}

const CLASS_SHORTHANDS: Record<string, string> = { d: "0-9", w: "A-Za-z0-9_" };
/**
 * A character of the path as glob text. A policy's globs hold no backslash and only balanced braces,
 * so syntax characters are written as one-character brackets (`[*]`); braces, a backslash, and
 * characters a brace alternative would read as syntax have no plain form.
 */
function literal(c: string, inGroup: boolean, atStart: boolean): string {
  if ("*?[]".includes(c)) return `[${c}]`;
  if (c === "{" || c === "}" || c === "\\") throw new Unsupported(`a literal ${c} has no glob form`);
  if (inGroup && "(),".includes(c)) throw new Unsupported(`a literal ${c} inside ( ) has no glob form`);
  if (c === "(") return "[(]"; // never the start of an extglob such as +(…)
  if (c === "!" && atStart) throw new Unsupported("a leading ! would negate the glob");
  return c;
}

class Parser {
  private i = 0;
  constructor(private readonly source: string) {}

  /** The top level: alternatives, each with its own anchors. */
  top(): Atom[][] {
    const alternatives = this.alternatives(0);
    if (this.i < this.source.length) throw new Unsupported(`an unmatched ) at character ${this.i + 1}`);
    return alternatives;
  }

  private alternatives(depth: number): Atom[][] {
    const alternatives = [this.sequence(depth)];
    while (this.source[this.i] === "|") {
      this.i++;
      alternatives.push(this.sequence(depth));
    }
    return alternatives;
  }

  private sequence(depth: number): Read[] {
    const atoms: Read[] = [];
    const { source } = this;
    let quantified = false;
    while (this.i < source.length) {
      const c = source[this.i]!;
      if (c === "|" || (c === ")" && depth > 0)) break;
      if (c === "*" || c === "+" || c === "?") {
        this.i++;
        if (c === "?" && quantified) continue; // lazy (`.*?`): the same paths match
        this.quantify(atoms, c);
        quantified = true;
        continue;
      }
      quantified = false;
      if (c === "{" && /^\{\d/.test(source.slice(this.i)))
        throw new Unsupported(`the repeat count at character ${this.i + 1} has no glob form`);
      const start = this.i;
      atoms.push({ ...this.atom(depth), text: source.slice(start, this.i) });
    }
    return atoms;
  }

  private atom(depth: number): Atom {
    const { source } = this;
    const c = source[this.i]!;
    this.i++;
    switch (c) {
      case "^":
        return { kind: "start" };
      case "$":
        return { kind: "end" };
      case ".":
        return { kind: "any" };
      case "\\":
        return this.escape();
      case "[":
        return this.bracket();
      case "(": {
        if (source[this.i] === "?") {
          if (source[this.i + 1] !== ":")
            throw new Unsupported("a flag such as (?i), or a named group, has no glob form");
          this.i += 2;
        }
        const alternatives = this.alternatives(depth + 1);
        if (source[this.i] !== ")") throw new Unsupported("a ( is not closed");
        this.i++;
        return { kind: "group", alternatives };
      }
      case ")":
        throw new Unsupported(`an unmatched ) at character ${this.i}`);
      default:
        return { kind: "char", char: c };
    }
  }

  private escape(): Atom {
    const n = this.source[this.i];
    if (n === undefined) throw new Unsupported("it ends with \\");
    this.i++;
    if (!/[A-Za-z0-9]/.test(n)) return { kind: "char", char: n };
    if (CLASS_SHORTHANDS[n]) return { kind: "class", glob: `[${CLASS_SHORTHANDS[n]}]` };
    if (n === "A") return { kind: "start" };
    if (n === "z") return { kind: "end" };
    throw new Unsupported(`\`\\${n}\` has no glob form`);
  }

  private bracket(): Atom {
    const { source } = this;
    const close = source.indexOf("]", this.i + 1);
    if (close < 0) throw new Unsupported("a [ is not closed");
    const body = source.slice(this.i, close);
    this.i = close + 1;
    if (body === "^/") return { kind: "not-slash" };
    if (body.startsWith("^"))
      throw new Unsupported(`\`[${body}]\` matches / too, which no glob bracket does`);
    let glob = "";
    let dash = false; // an escaped -: written last, where a glob bracket reads it as plain
    for (let k = 0; k < body.length; k++) {
      const ch = body[k]!;
      if (ch === "\\") {
        const n = body[k + 1];
        k++;
        if (n && CLASS_SHORTHANDS[n]) glob += CLASS_SHORTHANDS[n];
        else if (n === "-") dash = true;
        else if (n && /[._/ ]/.test(n)) glob += n;
        else throw new Unsupported(`\`[${body}]\` has no glob form`);
      } else if (/[A-Za-z0-9_. -]/.test(ch)) glob += ch;
      else throw new Unsupported(`\`[${body}]\` has no glob form`);
    }
    if (dash) glob += "-";
    if (glob === "") throw new Unsupported("an empty [] has no glob form");
    return { kind: "class", glob: `[${glob}]` };
  }

  private quantify(atoms: Read[], quantifier: "*" | "+" | "?"): void {
    const last = atoms.pop();
    if (!last || last.kind === "start" || last.kind === "end")
      throw new Unsupported(`\`${quantifier}\` follows nothing it can repeat`);
    if (quantifier === "?") {
      atoms.push({ kind: "group", alternatives: [[], [last]] });
      return;
    }
    if (last.kind === "any" || last.kind === "not-slash") {
      const star: Atom = last.kind === "any" ? { kind: "star" } : { kind: "segment-star" };
      if (quantifier === "+") atoms.push(last);
      atoms.push(star);
      return;
    }
    throw new Unsupported(
      `\`${last.text ?? ""}${quantifier}\`: a repeat of anything but . or [^/] has no glob form`,
    );
  }
}

/** `.*` absorbs a neighbouring `.*` or `[^/]*`; two `[^/]*` are one. Never leaves two stars touching. */
function merge(atoms: Atom[]): Atom[] {
  const out: Atom[] = [];
  for (const atom of atoms) {
    const previous = out.at(-1);
    const stars = (a: Atom | undefined) => a?.kind === "star" || a?.kind === "segment-star";
    if (stars(atom) && stars(previous)) {
      if (atom.kind === "star") out[out.length - 1] = atom;
      continue;
    }
    out.push(atom.kind === "group" ? { ...atom, alternatives: atom.alternatives.map(merge) } : atom);
  }
  return out;
}

const isSlash = (atom: Atom | undefined) => atom?.kind === "char" && atom.char === "/";

/** Atoms as glob text; `top` when they make the whole glob, so that its start and end are known. */
function emit(atoms: Atom[], top: boolean): string {
  let out = "";
  atoms.forEach((atom, i) => {
    switch (atom.kind) {
      case "char":
        out += literal(atom.char, !top, top && out === "");
        return;
      case "any":
      case "not-slash":
        out += "?";
        return;
      case "class":
        out += atom.glob;
        return;
      case "segment-star":
        out += "*";
        return;
      case "star": {
        const atStart = top && i === 0;
        const atEnd = top && i === atoms.length - 1;
        if (atStart && atEnd) out += "**";
        else if (atStart || (i > 0 && isSlash(atoms[i - 1]))) out += "**/*";
        else if (atEnd) out += "*/**";
        else out += "*{,/**/}*";
        return;
      }
      case "group": {
        const alternatives = atom.alternatives.map((alternative) => emit(alternative, false));
        out += alternatives.length === 1 ? alternatives[0] : `{${alternatives.join(",")}}`;
        return;
      }
      default:
        throw new Unsupported("^ or $ inside the pattern has no glob form");
    }
  });
  return out;
}

function hasAnchor(atoms: Atom[]): boolean {
  return atoms.some(
    (atom) =>
      atom.kind === "start" ||
      atom.kind === "end" ||
      (atom.kind === "group" && atom.alternatives.some(hasAnchor)),
  );
}

/** One top-level alternative of the regexp, anchors and all, as a glob over whole paths. */
function alternativeGlob(atoms: Atom[]): string {
  let body = atoms;
  const anchoredStart = body[0]?.kind === "start";
  if (anchoredStart) body = body.slice(1);
  const anchoredEnd = body.at(-1)?.kind === "end";
  if (anchoredEnd) body = body.slice(0, -1);
  if (hasAnchor(body)) throw new Unsupported("^ or $ inside the pattern has no glob form");
  // Unanchored, a regexp matches anywhere in the path: as if it began and ended with .*
  const whole: Atom[] = [
    ...(anchoredStart ? [] : [{ kind: "star" } as const]),
    ...body,
    ...(anchoredEnd ? [] : [{ kind: "star" } as const]),
  ];
  return emit(merge(whole), true) || "";
}

/** The globs that match the paths `regexp` matches, or why there are none. */
export function regexToGlobs(regexp: string): { globs: string[] } | { problem: string } {
  try {
    const globs = new Parser(regexp).top().map(alternativeGlob);
    if (globs.some((glob) => glob === ""))
      return { problem: "it matches only the empty path, which no file has" };
    if (globs.some((glob) => glob.startsWith("/")))
      return { problem: "it matches only paths that start with /, which no file has" };
    for (const glob of globs) {
      const problem = globProblem(glob);
      if (problem) return { problem: `its glob form ${JSON.stringify(glob)} is not valid: ${problem}` };
    }
    return { globs: [...new Set(globs)] };
  } catch (error) {
    if (error instanceof Unsupported) return { problem: error.message };
    throw error;
  }
}
