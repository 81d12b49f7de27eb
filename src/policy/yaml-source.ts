import {
  type Document,
  isCollection,
  isMap,
  isPair,
  isScalar,
  LineCounter,
  type Node,
  parseDocument,
} from "yaml";
import type { PolicyProblem } from "../errors.ts";

export const MAX_POLICY_BYTES = 1024 * 1024;
const MAX_ALIASES = 100;

/** A parsed YAML file that can say where any key path is. */
export interface YamlSource {
  file: string;
  document: Document;
  value: unknown;
  positionOf(path: readonly PropertyKey[], key?: string): { line: number; column: number };
}

/** Reads YAML text into a value, or every problem with its position. Never throws for bad input. */
export function parseYamlSource(file: string, bytes: Uint8Array): YamlSource | PolicyProblem[] {
  const at = (line: number, column: number, message: string): PolicyProblem[] => [
    { file, line, column, path: "", message },
  ];
  if (bytes.byteLength > MAX_POLICY_BYTES) {
    return at(
      1,
      1,
      `the file is ${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB; a policy file must be under 1 MB`,
    );
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return at(1, 1, "not a text file (it is not valid UTF-8): a policy file is YAML text");
  }
  const nul = text.indexOf("\0");
  if (nul >= 0) return at(1, 1, "not a text file (it contains NUL bytes): a policy file is YAML text");
  if (text.replace(/^\s*#.*$/gm, "").trim() === "") {
    return at(1, 1, "the file is empty: start it with `version: 1` (see policies/production-plan.yml)");
  }

  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
  const position = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  if (document.errors.length > 0) {
    return document.errors.map((error) => ({
      file,
      ...position(error.pos[0]),
      path: "",
      message: yamlMessage(error.code, error.message),
    }));
  }
  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    const message = (error as Error).message;
    return at(
      1,
      1,
      /alias/i.test(message)
        ? `too many YAML aliases (over ${MAX_ALIASES}): the file expands like an alias bomb; write the values out`
        : `cannot read the YAML: ${message}`,
    );
  }

  return {
    file,
    document,
    value,
    positionOf(path, key) {
      // Walk as deep as the document goes; a missing key is reported at its parent.
      let node: unknown = document.contents;
      for (const segment of path) {
        const child = isCollection(node) ? node.get(segment, true) : undefined;
        if (!child) break;
        node = child;
      }
      if (key !== undefined && isMap(node)) {
        const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key);
        const keyNode = pair && (pair.key as Node);
        if (keyNode?.range) return position(keyNode.range[0]);
      }
      const range = (node as Node | null)?.range;
      return range ? position(range[0]) : { line: 1, column: 1 };
    },
  };
}

function yamlMessage(code: string, message: string): string {
  const first = message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
  switch (code) {
    case "DUPLICATE_KEY":
      return "duplicate key: each key may appear once in a mapping (remove or merge the second one)";
    case "TAB_AS_INDENT":
      return "tab used for indentation: YAML indents with spaces only";
    default:
      return `YAML syntax error: ${first}`;
  }
}
