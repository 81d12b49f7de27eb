import jsTokens from "js-tokens";

/**
 * Where a finding sits in its file: the chain of enclosing named functions and classes, so that a
 * flaw whose code was edited can still be recognised as the same flaw in the same place. Pure: text
 * in, names out. A lexer (js-tokens) rather than brace counting on raw text, since strings,
 * templates, regexes and comments hold braces of their own; a lexer rather than a parser, since the
 * gate scans code that may not parse (TypeScript, JSX, a file mid-edit).
 */

/** JavaScript and TypeScript files; other languages have no scope, so only exact matches count. */
const SCRIPT = /\.(?:[cm]?[jt]sx?)$/i;

interface Token {
  value: string;
  type: string;
  start: number;
}

export interface Block {
  /** Offsets of the opening and closing brace, in characters. */
  start: number;
  end: number;
  /** "class Router", "compile", "app.get(…)" (an anonymous callback, named by the call it is passed to). */
  label: string;
}

const CONTROL = new Set(["if", "for", "while", "switch", "catch", "with", "else", "try", "finally", "do"]);
const IGNORED = new Set([
  "WhiteSpace",
  "LineTerminatorSequence",
  "MultiLineComment",
  "SingleLineComment",
  "HashbangComment",
]);
/** Blocks a head is looked for in; longer heads are not function headers. */
const HEAD_LIMIT = 400;

function significantTokens(text: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  for (const token of jsTokens(text)) {
    if (!IGNORED.has(token.type)) tokens.push({ value: token.value, type: token.type, start: at });
    at += token.value.length;
  }
  return tokens;
}

/** The functions and classes of a script with their brace ranges, outermost first. */
export function functionBlocks(text: string): Block[] {
  const tokens = significantTokens(text);
  const blocks: Block[] = [];
  const open: { index: number; label: string | undefined }[] = [];
  tokens.forEach((token, index) => {
    if (token.type !== "Punctuator") return;
    if (token.value === "{") open.push({ index, label: labelOf(tokens, index) });
    else if (token.value === "}") {
      const opened = open.pop();
      if (opened?.label !== undefined)
        blocks.push({ start: tokens[opened.index]!.start, end: token.start, label: opened.label });
    }
  });
  return blocks.sort((a, b) => a.start - b.start);
}

/** The scope at a character offset: enclosing labels, outermost first, joined with " > "; "" at the top level. */
export function scopeAt(blocks: readonly Block[], offset: number): string {
  return blocks
    .filter((block) => block.start < offset && offset < block.end)
    .map((block) => block.label)
    .join(" > ");
}

/** For a file read as bytes: a function from semgrep's byte offsets to scopes, or to undefined for other languages. */
export function scopeFinder(path: string, bytes: Buffer): (byteOffset: number) => string | undefined {
  if (!SCRIPT.test(path)) return () => undefined;
  let blocks: Block[] | undefined;
  let text: string | undefined;
  return (byteOffset) => {
    text ??= bytes.toString("utf8");
    blocks ??= functionBlocks(text);
    return scopeAt(blocks, bytes.subarray(0, byteOffset).toString("utf8").length);
  };
}

const isOpen = (value: string) => value === "(" || value === "[" || value === "{";
const isClose = (value: string) => value === ")" || value === "]" || value === "}";

/** What the `{` at `index` opens, when it is a function or class body; undefined for control blocks and objects. */
function labelOf(tokens: readonly Token[], index: number): string | undefined {
  // The header: back to the end of the previous statement, member or argument.
  let depth = 0;
  let from = index;
  for (let j = index - 1; j >= 0 && index - j < HEAD_LIMIT; j--) {
    const value = tokens[j]!.type === "Punctuator" ? tokens[j]!.value : "";
    if (
      depth === 0 &&
      (value === ";" || value === "," || value === "{" || value === "}" || value === "(" || value === "[")
    )
      break;
    if (isClose(value)) depth++;
    else if (isOpen(value)) depth--;
    from = j;
  }
  const head = tokens.slice(from, index).map((token) => token.value);
  if (head.length === 0) return undefined;
  const classAt = head.indexOf("class");
  if (classAt >= 0) {
    const name = tokens[from + classAt + 1];
    if (name?.type === "IdentifierName" && name.value !== "extends") return `class ${name.value}`;
    return `class ${assignedName(tokens, from + classAt) ?? "(anonymous)"}`;
  }
  const functionAt = head.indexOf("function");
  if (functionAt >= 0) {
    let next = from + functionAt + 1;
    if (tokens[next]?.value === "*") next++;
    if (tokens[next]?.type === "IdentifierName") return tokens[next]!.value;
    return assignedName(tokens, from + functionAt) ?? callbackName(tokens, from);
  }
  if (head.at(-1) === "=>") {
    let params = index - 2;
    if (tokens[params]?.value === ")") params = matchingOpen(tokens, params, from) ?? params;
    return assignedName(tokens, params) ?? callbackName(tokens, from);
  }
  // A method: `name(params) {`, perhaps with a return type after the parameters.
  const last = head.lastIndexOf(")");
  if (last < 0) return undefined;
  const params = matchingOpen(tokens, from + last, from);
  if (params === undefined || params === from) return undefined;
  const name = tokens[params - 1]!;
  if (CONTROL.has(name.value)) return undefined;
  if (name.type === "IdentifierName" || name.type === "PrivateIdentifier" || name.type === "StringLiteral")
    return name.value;
  return undefined;
}

/** The index of the `(` that the `)` at `close` closes, not looking before `from`. */
function matchingOpen(tokens: readonly Token[], close: number, from: number): number | undefined {
  let depth = 0;
  for (let j = close; j >= from; j--) {
    const value = tokens[j]!.value;
    if (isClose(value)) depth++;
    else if (isOpen(value) && --depth === 0) return j;
  }
  return undefined;
}

/** The name a function expression starting at `at` is given: `x =`, `obj.x =`, `x:`, `export default`. */
function assignedName(tokens: readonly Token[], at: number): string | undefined {
  let j = at - 1;
  if (tokens[j]?.value === "async") j--;
  const sign = tokens[j]?.value;
  if (sign === "default") return "default";
  if (sign !== "=" && sign !== ":") return undefined;
  return memberChain(tokens, j) || undefined;
}

/** "app.get(…)" for a function passed to app.get; "(…)" when the call has no plain name. */
function callbackName(tokens: readonly Token[], from: number): string {
  // Back from the header to the `(` of the call the function is an argument of.
  let depth = 0;
  for (let j = from - 1; j >= 0 && from - j < HEAD_LIMIT * 4; j--) {
    const value = tokens[j]!.value;
    if (isClose(value)) depth++;
    else if (isOpen(value)) {
      if (depth === 0) return value === "(" ? `${memberChain(tokens, j)}(…)` : "(…)";
      depth--;
    }
  }
  return "(…)";
}

/** The dotted name that ends just before `end`: `app.router.get` before `(`. */
function memberChain(tokens: readonly Token[], end: number): string {
  const parts: string[] = [];
  let j = end - 1;
  while (j >= 0 && (tokens[j]!.type === "IdentifierName" || tokens[j]!.type === "PrivateIdentifier")) {
    parts.unshift(tokens[j]!.value);
    if (tokens[j - 1]?.value !== "." && tokens[j - 1]?.value !== "?.") break;
    j -= 2;
  }
  return parts.join(".");
}
