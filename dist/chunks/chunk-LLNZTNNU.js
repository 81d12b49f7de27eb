import { createRequire as __tfRequire } from 'node:module'; const require = __tfRequire(import.meta.url);
import {
  require_dist
} from "./chunk-QVIKY5XM.js";
import {
  __toESM
} from "./chunk-TFUP5NS4.js";

// src/policy/yaml-source.ts
var import_yaml = __toESM(require_dist(), 1);
var MAX_POLICY_BYTES = 1024 * 1024;
var MAX_ALIASES = 100;
function parseYamlSource(file, bytes) {
  const at = (line, column, message) => [
    { file, line, column, path: "", message }
  ];
  if (bytes.byteLength > MAX_POLICY_BYTES) {
    return at(
      1,
      1,
      `the file is ${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB; a policy file must be under 1 MB`
    );
  }
  let text;
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
  const lineCounter = new import_yaml.LineCounter();
  const document = (0, import_yaml.parseDocument)(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
  const position = (offset) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  if (document.errors.length > 0) {
    return document.errors.map((error) => ({
      file,
      ...position(error.pos[0]),
      path: "",
      message: yamlMessage(error.code, error.message)
    }));
  }
  let value;
  try {
    value = document.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    const message = error.message;
    return at(
      1,
      1,
      /alias/i.test(message) ? `too many YAML aliases (over ${MAX_ALIASES}): the file expands like an alias bomb; write the values out` : `cannot read the YAML: ${message}`
    );
  }
  return {
    file,
    document,
    value,
    positionOf(path, key) {
      let node = document.contents;
      for (const segment of path) {
        const child = (0, import_yaml.isCollection)(node) ? node.get(segment, true) : void 0;
        if (!child) break;
        node = child;
      }
      if (key !== void 0 && (0, import_yaml.isMap)(node)) {
        const pair = node.items.find((item) => (0, import_yaml.isPair)(item) && (0, import_yaml.isScalar)(item.key) && item.key.value === key);
        const keyNode = pair && pair.key;
        if (keyNode?.range) return position(keyNode.range[0]);
      }
      const range = node?.range;
      return range ? position(range[0]) : { line: 1, column: 1 };
    }
  };
}
function yamlMessage(code, message) {
  const first = message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
  switch (code) {
    case "DUPLICATE_KEY":
      return "duplicate key: each key may appear once in a mapping (remove or merge the second one)";
    case "TAB_AS_INDENT":
      return "tab used for indentation: YAML indents with spaces only";
    default:
      return `YAML syntax error: ${first}`;
  }
}

export {
  MAX_POLICY_BYTES,
  parseYamlSource
};
