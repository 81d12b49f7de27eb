import { createRequire as __tfRequire } from 'node:module'; const require = __tfRequire(import.meta.url);
import {
  changedFiles,
  gitBytes,
  mergeBase,
  projectPrefix,
  repoRoot
} from "./chunk-U7Q2ZDOI.js";
import {
  dayFlag
} from "./chunk-D4T5WCNI.js";
import {
  codeBlock,
  gateResult,
  tableCell
} from "./chunk-XJ3SIHHK.js";
import {
  runSupervised
} from "./chunk-WF6MYNSV.js";
import {
  FILE_LIMITS,
  inRepository,
  packageRoot,
  readLimited,
  repositoryRoot
} from "./chunk-WJQ75HG4.js";
import {
  ConfigError,
  ToolError,
  UsageError,
  compileGlob,
  compileGlobs,
  external_exports,
  parseDuration,
  plural,
  require_dist
} from "./chunk-64HVLF7C.js";
import {
  __toESM
} from "./chunk-TFUP5NS4.js";

// src/gates/static-analysis/index.ts
import { mkdirSync as mkdirSync3, writeFileSync as writeFileSync2 } from "node:fs";
import { dirname as dirname2, resolve as resolve3 } from "node:path";

// src/gates/static-analysis/compare.ts
import { createHash } from "node:crypto";
function normaliseCode(code) {
  return code.replace(/\s+/g, " ").trim();
}
function fingerprint(finding) {
  return createHash("sha256").update(`${finding.rule}\0${finding.path}\0${finding.code}`).digest("hex").slice(0, 32);
}
function classify(head, base, headPathOf) {
  const left = /* @__PURE__ */ new Map();
  for (const finding of base) {
    const path = headPathOf(finding.path);
    if (path === void 0) continue;
    const key = fingerprint({ ...finding, path });
    left.set(key, [...left.get(key) ?? [], { ...finding, path }]);
  }
  const matched = /* @__PURE__ */ new Set();
  for (const finding of head) {
    const same = left.get(fingerprint(finding));
    if (same?.length) {
      same.shift();
      matched.add(finding);
    }
  }
  const unmatchedBase = [...left.values()].flat();
  const pairs = [];
  for (const finding of head) {
    if (matched.has(finding) || finding.scope === void 0) continue;
    for (const old of unmatchedBase) {
      if (old.rule !== finding.rule || old.path !== finding.path || old.scope !== finding.scope) continue;
      const distance = similarCode(old.code, finding.code);
      if (distance !== void 0) pairs.push({ head: finding, base: old, distance });
    }
  }
  const used = /* @__PURE__ */ new Set();
  for (const pair of pairs.sort((a, b) => a.distance - b.distance)) {
    if (matched.has(pair.head) || used.has(pair.base)) continue;
    matched.add(pair.head);
    used.add(pair.base);
  }
  return {
    fresh: head.filter((finding) => !matched.has(finding)),
    existing: head.filter((finding) => matched.has(finding))
  };
}
var KEYWORDS = new Set(
  "await break case catch class const continue debugger default delete do else export extends false finally for function if import in instanceof let new null of return super switch this throw true try typeof undefined var void while with yield async static get set as".split(" ")
);
var TOKEN = /"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`(?:[^`\\]|\\.)*`|[A-Za-z_$#][\w$]*|\d[\w.]*|=>|\.\.\.|\?\?=?|\?\.|[=!]==?|[<>]=?|&&=?|\|\|=?|[-+*/%]=?|\S/g;
function tokens(code) {
  return code.match(TOKEN) ?? [];
}
var isName = (token) => /^[A-Za-z_$#][\w$]*$/.test(token) && !KEYWORDS.has(token);
function canonical(code) {
  const names = /* @__PURE__ */ new Map();
  return code.map((token) => {
    if (!isName(token)) return token;
    if (!names.has(token)) names.set(token, `\0${names.size}`);
    return names.get(token);
  });
}
function similarCode(before, after) {
  const a = tokens(before);
  const b = tokens(after);
  if (a.length === 0 || b.length === 0) return void 0;
  const ca = canonical(a);
  const cb = canonical(b);
  if (ca.length === cb.length && ca.every((token, i) => token === cb[i])) return 0;
  const raw = argumentEdit(a, b);
  const renamed = argumentEdit(ca, cb);
  if (raw === void 0) return renamed;
  return renamed === void 0 ? raw : Math.min(raw, renamed);
}
function argumentEdit(a, b) {
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix])
    suffix++;
  const middleA = a.slice(prefix, a.length - suffix);
  const middleB = b.slice(prefix, b.length - suffix);
  if (innermostOpen(a.slice(0, prefix)) === void 0) return void 0;
  if (!withinOneArgument(middleA) || !withinOneArgument(middleB)) return void 0;
  return Math.max(middleA.length, middleB.length);
}
function innermostOpen(code) {
  const stack = [];
  for (const token of code) {
    if (token === "(" || token === "[" || token === "{") stack.push(token);
    else if (token === ")" || token === "]" || token === "}") stack.pop();
  }
  return stack.at(-1);
}
function withinOneArgument(stretch) {
  let depth = 0;
  for (const token of stretch) {
    if (token === "(" || token === "[" || token === "{") depth++;
    else if (token === ")" || token === "]" || token === "}") {
      if (--depth < 0) return false;
    } else if ((token === "," || token === ";") && depth === 0) return false;
  }
  return depth === 0;
}

// src/gates/static-analysis/diff-scan.ts
import { copyFileSync, existsSync as existsSync2, mkdirSync as mkdirSync2, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join as join3 } from "node:path";

// src/git/extract.ts
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
async function extractFiles(cwd, commit, paths, dir) {
  if (paths.length === 0) return [];
  const input = paths.map((path) => `${commit}:${path}
`).join("");
  const result = await gitBytes(cwd, ["cat-file", "--batch"], { input });
  if (result.exitCode !== 0) throw new ToolError("git", `git cat-file failed: ${result.stderr.trim()}`);
  const out = result.stdout;
  const written = [];
  let at = 0;
  for (const path of paths) {
    const newline = out.indexOf(10, at);
    const header = out.subarray(at, newline).toString("utf8");
    at = newline + 1;
    if (header.endsWith(" missing")) continue;
    const size = Number(header.split(" ")[2]);
    const target = join(dir, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, out.subarray(at, at + size));
    written.push(path);
    at += size + 1;
  }
  return written;
}

// src/gates/static-analysis/semgrep.ts
import { readFileSync } from "node:fs";
import { isAbsolute, relative, resolve as resolve2, sep } from "node:path";

// src/gates/static-analysis/rules.ts
var import_yaml = __toESM(require_dist(), 1);
import { existsSync, readdirSync, statSync } from "node:fs";
import { join as join2, resolve } from "node:path";
var BUNDLED_PREFIX = "terrafusion:";
var BUNDLED = { default: "policies/semgrep" };
function resolveRulePaths(rules, cwd) {
  if (rules.length === 0)
    throw new ConfigError(
      "gates.static-analysis.rules is empty: name at least one rule pack (terrafusion:default)"
    );
  return rules.map((rule) => {
    if (rule.startsWith(BUNDLED_PREFIX)) {
      const name = rule.slice(BUNDLED_PREFIX.length);
      const folder = BUNDLED[name];
      if (!folder)
        throw new ConfigError(
          `gates.static-analysis.rules: unknown bundled pack ${JSON.stringify(rule)} (available: ${Object.keys(
            BUNDLED
          ).map((key) => BUNDLED_PREFIX + key).join(", ")})`
        );
      return join2(packageRoot(), folder);
    }
    if (/^(https?:|r\/|p\/|s\/)/.test(rule) && !existsSync(resolve(cwd, rule)))
      throw new ConfigError(
        `gates.static-analysis.rules: ${JSON.stringify(rule)} looks like a registry or URL; the gate runs offline, so name a local file or folder, or terrafusion:default`
      );
    const contained = inRepository(repositoryRoot(cwd), rule, cwd);
    if (!contained.inside)
      throw new ConfigError(
        `gates.static-analysis.rules: ${JSON.stringify(rule)} ${contained.reason}, or terrafusion:default`
      );
    const path = contained.absolute;
    if (!existsSync(path))
      throw new ConfigError(
        `gates.static-analysis.rules: ${JSON.stringify(rule)} does not exist (looked for ${path}); name a semgrep rule file or folder in the repository, or terrafusion:default for the bundled pack`
      );
    return path;
  });
}
function readRuleInfo(paths) {
  const rules = /* @__PURE__ */ new Map();
  for (const file of paths.flatMap(ruleFiles)) {
    let document;
    try {
      document = (0, import_yaml.parse)(readLimited(file, FILE_LIMITS.policy * 8).toString("utf8"));
    } catch {
      continue;
    }
    const list = document?.rules;
    if (!Array.isArray(list)) continue;
    for (const rule of list) {
      if (typeof rule?.id !== "string") continue;
      rules.set(rule.id, {
        id: rule.id,
        message: typeof rule.message === "string" ? rule.message.trim() : rule.id,
        severity: typeof rule.severity === "string" ? rule.severity : "INFO",
        metadata: rule.metadata ?? {}
      });
    }
  }
  return rules;
}
function ruleFiles(path) {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name.startsWith(".")) return [];
    const child = join2(path, entry.name);
    if (entry.isDirectory()) return ruleFiles(child);
    return /\.ya?ml$/.test(entry.name) ? [child] : [];
  });
}
function ruleIdOf(checkId, known) {
  let best;
  for (const id of known) {
    if ((checkId === id || checkId.endsWith(`.${id}`)) && (!best || id.length > best.length)) best = id;
  }
  return best ?? checkId;
}

// node_modules/js-tokens/index.js
var HashbangComment;
var Identifier;
var JSXIdentifier;
var JSXPunctuator;
var JSXString;
var JSXText;
var KeywordsWithExpressionAfter;
var KeywordsWithNoLineTerminatorAfter;
var LineTerminatorSequence;
var MultiLineComment;
var Newline;
var NumericLiteral;
var Punctuator;
var RegularExpressionLiteral;
var SingleLineComment;
var StringLiteral;
var Template;
var TokensNotPrecedingObjectLiteral;
var TokensPrecedingExpression;
var WhiteSpace;
var jsTokens;
RegularExpressionLiteral = /\/(?![*\/])(?:\[(?:[^\]\\\n\r\u2028\u2029]+|\\.)*\]?|[^\/[\\\n\r\u2028\u2029]+|\\.)*(\/[$_\u200C\u200D\p{ID_Continue}]*|\\)?/yu;
Punctuator = /--|\+\+|=>|\.{3}|\??\.(?!\d)|(?:&&|\|\||\?\?|[+\-%&|^]|\*{1,2}|<{1,2}|>{1,3}|!=?|={1,2}|\/(?![\/*]))=?|[?~,:;[\](){}]/y;
Identifier = /(\x23?)(?=[$_\p{ID_Start}\\])(?:[$_\u200C\u200D\p{ID_Continue}]+|\\u[\da-fA-F]{4}|\\u\{[\da-fA-F]+\})+/yu;
StringLiteral = /(['"])(?:[^'"\\\n\r]+|(?!\1)['"]|\\(?:\r\n|[^]))*(\1)?/y;
NumericLiteral = /(?:0[xX][\da-fA-F](?:_?[\da-fA-F])*|0[oO][0-7](?:_?[0-7])*|0[bB][01](?:_?[01])*)n?|0n|[1-9](?:_?\d)*n|(?:(?:0(?!\d)|0\d*[89]\d*|[1-9](?:_?\d)*)(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?|0[0-7]+/y;
Template = /[`}](?:[^`\\$]+|\\[^]|\$(?!\{))*(`|\$\{)?/y;
WhiteSpace = /[\t\v\f\ufeff\p{Zs}]+/yu;
LineTerminatorSequence = /\r?\n|[\r\u2028\u2029]/y;
MultiLineComment = /\/\*(?:[^*]+|\*(?!\/))*(\*\/)?/y;
SingleLineComment = /\/\/.*/y;
HashbangComment = /^#!.*/;
JSXPunctuator = /[<>.:={}]|\/(?![\/*])/y;
JSXIdentifier = /[$_\p{ID_Start}][$_\u200C\u200D\p{ID_Continue}-]*/yu;
JSXString = /(['"])(?:[^'"]+|(?!\1)['"])*(\1)?/y;
JSXText = /[^<>{}]+/y;
TokensPrecedingExpression = /^(?:[\/+-]|\.{3}|\?(?:InterpolationIn(?:JSX|Template)|NoLineTerminatorHere|NonExpressionParenEnd|UnaryIncDec))?$|[{}([,;<>=*%&|^!~?:]$/;
TokensNotPrecedingObjectLiteral = /^(?:=>|[;\]){}]|else|\?(?:NoLineTerminatorHere|NonExpressionParenEnd))?$/;
KeywordsWithExpressionAfter = /^(?:await|case|default|delete|do|else|in|instanceof|new|return|throw|typeof|void|yield)$/;
KeywordsWithNoLineTerminatorAfter = /^(?:return|throw|yield)$/;
Newline = RegExp(LineTerminatorSequence.source);
jsTokens = function* (input, { jsx = false } = {}) {
  var braces, firstCodePoint, isExpression, lastIndex, lastSignificantToken, length, match, mode, nextLastIndex, nextLastSignificantToken, parenNesting, postfixIncDec, punctuator, stack;
  ({ length } = input);
  lastIndex = 0;
  lastSignificantToken = "";
  stack = [
    { tag: "JS" }
  ];
  braces = [];
  parenNesting = 0;
  postfixIncDec = false;
  if (match = HashbangComment.exec(input)) {
    yield {
      type: "HashbangComment",
      value: match[0]
    };
    lastIndex = match[0].length;
  }
  while (lastIndex < length) {
    mode = stack[stack.length - 1];
    switch (mode.tag) {
      case "JS":
      case "JSNonExpressionParen":
      case "InterpolationInTemplate":
      case "InterpolationInJSX":
        if (input[lastIndex] === "/" && (TokensPrecedingExpression.test(lastSignificantToken) || KeywordsWithExpressionAfter.test(lastSignificantToken))) {
          RegularExpressionLiteral.lastIndex = lastIndex;
          if (match = RegularExpressionLiteral.exec(input)) {
            lastIndex = RegularExpressionLiteral.lastIndex;
            lastSignificantToken = match[0];
            postfixIncDec = true;
            yield {
              type: "RegularExpressionLiteral",
              value: match[0],
              closed: match[1] !== void 0 && match[1] !== "\\"
            };
            continue;
          }
        }
        Punctuator.lastIndex = lastIndex;
        if (match = Punctuator.exec(input)) {
          punctuator = match[0];
          nextLastIndex = Punctuator.lastIndex;
          nextLastSignificantToken = punctuator;
          switch (punctuator) {
            case "(":
              if (lastSignificantToken === "?NonExpressionParenKeyword") {
                stack.push({
                  tag: "JSNonExpressionParen",
                  nesting: parenNesting
                });
              }
              parenNesting++;
              postfixIncDec = false;
              break;
            case ")":
              parenNesting--;
              postfixIncDec = true;
              if (mode.tag === "JSNonExpressionParen" && parenNesting === mode.nesting) {
                stack.pop();
                nextLastSignificantToken = "?NonExpressionParenEnd";
                postfixIncDec = false;
              }
              break;
            case "{":
              Punctuator.lastIndex = 0;
              isExpression = !TokensNotPrecedingObjectLiteral.test(lastSignificantToken) && (TokensPrecedingExpression.test(lastSignificantToken) || KeywordsWithExpressionAfter.test(lastSignificantToken));
              braces.push(isExpression);
              postfixIncDec = false;
              break;
            case "}":
              switch (mode.tag) {
                case "InterpolationInTemplate":
                  if (braces.length === mode.nesting) {
                    Template.lastIndex = lastIndex;
                    match = Template.exec(input);
                    lastIndex = Template.lastIndex;
                    lastSignificantToken = match[0];
                    if (match[1] === "${") {
                      lastSignificantToken = "?InterpolationInTemplate";
                      postfixIncDec = false;
                      yield {
                        type: "TemplateMiddle",
                        value: match[0]
                      };
                    } else {
                      stack.pop();
                      postfixIncDec = true;
                      yield {
                        type: "TemplateTail",
                        value: match[0],
                        closed: match[1] === "`"
                      };
                    }
                    continue;
                  }
                  break;
                case "InterpolationInJSX":
                  if (braces.length === mode.nesting) {
                    stack.pop();
                    lastIndex += 1;
                    lastSignificantToken = "}";
                    yield {
                      type: "JSXPunctuator",
                      value: "}"
                    };
                    continue;
                  }
              }
              postfixIncDec = braces.pop();
              nextLastSignificantToken = postfixIncDec ? "?ExpressionBraceEnd" : "}";
              break;
            case "]":
              postfixIncDec = true;
              break;
            case "++":
            case "--":
              nextLastSignificantToken = postfixIncDec ? "?PostfixIncDec" : "?UnaryIncDec";
              break;
            case "<":
              if (jsx && (TokensPrecedingExpression.test(lastSignificantToken) || KeywordsWithExpressionAfter.test(lastSignificantToken))) {
                stack.push({ tag: "JSXTag" });
                lastIndex += 1;
                lastSignificantToken = "<";
                yield {
                  type: "JSXPunctuator",
                  value: punctuator
                };
                continue;
              }
              postfixIncDec = false;
              break;
            default:
              postfixIncDec = false;
          }
          lastIndex = nextLastIndex;
          lastSignificantToken = nextLastSignificantToken;
          yield {
            type: "Punctuator",
            value: punctuator
          };
          continue;
        }
        Identifier.lastIndex = lastIndex;
        if (match = Identifier.exec(input)) {
          lastIndex = Identifier.lastIndex;
          if (lastSignificantToken === "." || lastSignificantToken === "?.") {
            nextLastSignificantToken = "?PropertyName";
            postfixIncDec = true;
          } else {
            nextLastSignificantToken = match[0];
            switch (match[0]) {
              case "for":
              case "if":
              case "while":
              case "with":
                nextLastSignificantToken = "?NonExpressionParenKeyword";
            }
            postfixIncDec = !KeywordsWithExpressionAfter.test(match[0]);
          }
          lastSignificantToken = nextLastSignificantToken;
          yield {
            type: match[1] === "#" ? "PrivateIdentifier" : "IdentifierName",
            value: match[0]
          };
          continue;
        }
        StringLiteral.lastIndex = lastIndex;
        if (match = StringLiteral.exec(input)) {
          lastIndex = StringLiteral.lastIndex;
          lastSignificantToken = match[0];
          postfixIncDec = true;
          yield {
            type: "StringLiteral",
            value: match[0],
            closed: match[2] !== void 0
          };
          continue;
        }
        NumericLiteral.lastIndex = lastIndex;
        if (match = NumericLiteral.exec(input)) {
          lastIndex = NumericLiteral.lastIndex;
          lastSignificantToken = match[0];
          postfixIncDec = true;
          yield {
            type: "NumericLiteral",
            value: match[0]
          };
          continue;
        }
        Template.lastIndex = lastIndex;
        if (match = Template.exec(input)) {
          lastIndex = Template.lastIndex;
          lastSignificantToken = match[0];
          if (match[1] === "${") {
            lastSignificantToken = "?InterpolationInTemplate";
            stack.push({
              tag: "InterpolationInTemplate",
              nesting: braces.length
            });
            postfixIncDec = false;
            yield {
              type: "TemplateHead",
              value: match[0]
            };
          } else {
            postfixIncDec = true;
            yield {
              type: "NoSubstitutionTemplate",
              value: match[0],
              closed: match[1] === "`"
            };
          }
          continue;
        }
        break;
      case "JSXTag":
      case "JSXTagEnd":
        JSXPunctuator.lastIndex = lastIndex;
        if (match = JSXPunctuator.exec(input)) {
          lastIndex = JSXPunctuator.lastIndex;
          nextLastSignificantToken = match[0];
          switch (match[0]) {
            case "<":
              stack.push({ tag: "JSXTag" });
              break;
            case ">":
              stack.pop();
              if (lastSignificantToken === "/" || mode.tag === "JSXTagEnd") {
                nextLastSignificantToken = "?JSX";
                postfixIncDec = true;
              } else {
                stack.push({ tag: "JSXChildren" });
              }
              break;
            case "{":
              stack.push({
                tag: "InterpolationInJSX",
                nesting: braces.length
              });
              nextLastSignificantToken = "?InterpolationInJSX";
              postfixIncDec = false;
              break;
            case "/":
              if (lastSignificantToken === "<") {
                stack.pop();
                if (stack[stack.length - 1].tag === "JSXChildren") {
                  stack.pop();
                }
                stack.push({ tag: "JSXTagEnd" });
              }
          }
          lastSignificantToken = nextLastSignificantToken;
          yield {
            type: "JSXPunctuator",
            value: match[0]
          };
          continue;
        }
        JSXIdentifier.lastIndex = lastIndex;
        if (match = JSXIdentifier.exec(input)) {
          lastIndex = JSXIdentifier.lastIndex;
          lastSignificantToken = match[0];
          yield {
            type: "JSXIdentifier",
            value: match[0]
          };
          continue;
        }
        JSXString.lastIndex = lastIndex;
        if (match = JSXString.exec(input)) {
          lastIndex = JSXString.lastIndex;
          lastSignificantToken = match[0];
          yield {
            type: "JSXString",
            value: match[0],
            closed: match[2] !== void 0
          };
          continue;
        }
        break;
      case "JSXChildren":
        JSXText.lastIndex = lastIndex;
        if (match = JSXText.exec(input)) {
          lastIndex = JSXText.lastIndex;
          lastSignificantToken = match[0];
          yield {
            type: "JSXText",
            value: match[0]
          };
          continue;
        }
        switch (input[lastIndex]) {
          case "<":
            stack.push({ tag: "JSXTag" });
            lastIndex++;
            lastSignificantToken = "<";
            yield {
              type: "JSXPunctuator",
              value: "<"
            };
            continue;
          case "{":
            stack.push({
              tag: "InterpolationInJSX",
              nesting: braces.length
            });
            lastIndex++;
            lastSignificantToken = "?InterpolationInJSX";
            postfixIncDec = false;
            yield {
              type: "JSXPunctuator",
              value: "{"
            };
            continue;
        }
    }
    WhiteSpace.lastIndex = lastIndex;
    if (match = WhiteSpace.exec(input)) {
      lastIndex = WhiteSpace.lastIndex;
      yield {
        type: "WhiteSpace",
        value: match[0]
      };
      continue;
    }
    LineTerminatorSequence.lastIndex = lastIndex;
    if (match = LineTerminatorSequence.exec(input)) {
      lastIndex = LineTerminatorSequence.lastIndex;
      postfixIncDec = false;
      if (KeywordsWithNoLineTerminatorAfter.test(lastSignificantToken)) {
        lastSignificantToken = "?NoLineTerminatorHere";
      }
      yield {
        type: "LineTerminatorSequence",
        value: match[0]
      };
      continue;
    }
    MultiLineComment.lastIndex = lastIndex;
    if (match = MultiLineComment.exec(input)) {
      lastIndex = MultiLineComment.lastIndex;
      if (Newline.test(match[0])) {
        postfixIncDec = false;
        if (KeywordsWithNoLineTerminatorAfter.test(lastSignificantToken)) {
          lastSignificantToken = "?NoLineTerminatorHere";
        }
      }
      yield {
        type: "MultiLineComment",
        value: match[0],
        closed: match[1] !== void 0
      };
      continue;
    }
    SingleLineComment.lastIndex = lastIndex;
    if (match = SingleLineComment.exec(input)) {
      lastIndex = SingleLineComment.lastIndex;
      postfixIncDec = false;
      yield {
        type: "SingleLineComment",
        value: match[0]
      };
      continue;
    }
    firstCodePoint = String.fromCodePoint(input.codePointAt(lastIndex));
    lastIndex += firstCodePoint.length;
    lastSignificantToken = firstCodePoint;
    postfixIncDec = false;
    yield {
      type: mode.tag.startsWith("JSX") ? "JSXInvalid" : "Invalid",
      value: firstCodePoint
    };
  }
  return void 0;
};
var js_tokens_default = jsTokens;

// src/gates/static-analysis/scope.ts
var SCRIPT = /\.(?:[cm]?[jt]sx?)$/i;
var CONTROL = /* @__PURE__ */ new Set(["if", "for", "while", "switch", "catch", "with", "else", "try", "finally", "do"]);
var IGNORED = /* @__PURE__ */ new Set([
  "WhiteSpace",
  "LineTerminatorSequence",
  "MultiLineComment",
  "SingleLineComment",
  "HashbangComment"
]);
var HEAD_LIMIT = 400;
function significantTokens(text) {
  const tokens2 = [];
  let at = 0;
  for (const token of js_tokens_default(text)) {
    if (!IGNORED.has(token.type)) tokens2.push({ value: token.value, type: token.type, start: at });
    at += token.value.length;
  }
  return tokens2;
}
function functionBlocks(text) {
  const tokens2 = significantTokens(text);
  const blocks = [];
  const open = [];
  tokens2.forEach((token, index) => {
    if (token.type !== "Punctuator") return;
    if (token.value === "{") open.push({ index, label: labelOf(tokens2, index) });
    else if (token.value === "}") {
      const opened = open.pop();
      if (opened?.label !== void 0)
        blocks.push({ start: tokens2[opened.index].start, end: token.start, label: opened.label });
    }
  });
  return blocks.sort((a, b) => a.start - b.start);
}
function scopeAt(blocks, offset) {
  return blocks.filter((block) => block.start < offset && offset < block.end).map((block) => block.label).join(" > ");
}
function scopeFinder(path, bytes) {
  if (!SCRIPT.test(path)) return () => void 0;
  let blocks;
  let text;
  return (byteOffset) => {
    text ??= bytes.toString("utf8");
    blocks ??= functionBlocks(text);
    return scopeAt(blocks, bytes.subarray(0, byteOffset).toString("utf8").length);
  };
}
var isOpen = (value) => value === "(" || value === "[" || value === "{";
var isClose = (value) => value === ")" || value === "]" || value === "}";
function labelOf(tokens2, index) {
  let depth = 0;
  let from = index;
  for (let j = index - 1; j >= 0 && index - j < HEAD_LIMIT; j--) {
    const value = tokens2[j].type === "Punctuator" ? tokens2[j].value : "";
    if (depth === 0 && (value === ";" || value === "," || value === "{" || value === "}" || value === "(" || value === "["))
      break;
    if (isClose(value)) depth++;
    else if (isOpen(value)) depth--;
    from = j;
  }
  const head = tokens2.slice(from, index).map((token) => token.value);
  if (head.length === 0) return void 0;
  const classAt = head.indexOf("class");
  if (classAt >= 0) {
    const name2 = tokens2[from + classAt + 1];
    if (name2?.type === "IdentifierName" && name2.value !== "extends") return `class ${name2.value}`;
    return `class ${assignedName(tokens2, from + classAt) ?? "(anonymous)"}`;
  }
  const functionAt = head.indexOf("function");
  if (functionAt >= 0) {
    let next = from + functionAt + 1;
    if (tokens2[next]?.value === "*") next++;
    if (tokens2[next]?.type === "IdentifierName") return tokens2[next].value;
    return assignedName(tokens2, from + functionAt) ?? callbackName(tokens2, from);
  }
  if (head.at(-1) === "=>") {
    let params2 = index - 2;
    if (tokens2[params2]?.value === ")") params2 = matchingOpen(tokens2, params2, from) ?? params2;
    return assignedName(tokens2, params2) ?? callbackName(tokens2, from);
  }
  const last = head.lastIndexOf(")");
  if (last < 0) return void 0;
  const params = matchingOpen(tokens2, from + last, from);
  if (params === void 0 || params === from) return void 0;
  const name = tokens2[params - 1];
  if (CONTROL.has(name.value)) return void 0;
  if (name.type === "IdentifierName" || name.type === "PrivateIdentifier" || name.type === "StringLiteral")
    return name.value;
  return void 0;
}
function matchingOpen(tokens2, close, from) {
  let depth = 0;
  for (let j = close; j >= from; j--) {
    const value = tokens2[j].value;
    if (isClose(value)) depth++;
    else if (isOpen(value) && --depth === 0) return j;
  }
  return void 0;
}
function assignedName(tokens2, at) {
  let j = at - 1;
  if (tokens2[j]?.value === "async") j--;
  const sign = tokens2[j]?.value;
  if (sign === "default") return "default";
  if (sign !== "=" && sign !== ":") return void 0;
  return memberChain(tokens2, j) || void 0;
}
function callbackName(tokens2, from) {
  let depth = 0;
  for (let j = from - 1; j >= 0 && from - j < HEAD_LIMIT * 4; j--) {
    const value = tokens2[j].value;
    if (isClose(value)) depth++;
    else if (isOpen(value)) {
      if (depth === 0) return value === "(" ? `${memberChain(tokens2, j)}(\u2026)` : "(\u2026)";
      depth--;
    }
  }
  return "(\u2026)";
}
function memberChain(tokens2, end) {
  const parts = [];
  let j = end - 1;
  while (j >= 0 && (tokens2[j].type === "IdentifierName" || tokens2[j].type === "PrivateIdentifier")) {
    parts.unshift(tokens2[j].value);
    if (tokens2[j - 1]?.value !== "." && tokens2[j - 1]?.value !== "?.") break;
    j -= 2;
  }
  return parts.join(".");
}

// src/gates/static-analysis/semgrep.ts
var SEMGREP_VERSION = "1.185.0";
var INSTALL_HINT = `install it with: pip install semgrep==${SEMGREP_VERSION} (or run scripts/install-tools)`;
var semgrepReport = external_exports.object({
  version: external_exports.string(),
  results: external_exports.array(
    external_exports.object({
      check_id: external_exports.string(),
      path: external_exports.string(),
      start: external_exports.object({ line: external_exports.number(), col: external_exports.number(), offset: external_exports.number() }),
      end: external_exports.object({ line: external_exports.number(), col: external_exports.number(), offset: external_exports.number() }),
      extra: external_exports.object({ message: external_exports.string(), severity: external_exports.string(), lines: external_exports.string().optional() })
    })
  ),
  errors: external_exports.array(
    external_exports.object({
      level: external_exports.string().optional(),
      type: external_exports.unknown().optional(),
      message: external_exports.string().optional(),
      long_msg: external_exports.string().optional(),
      short_msg: external_exports.string().optional(),
      path: external_exports.string().optional(),
      rule_id: external_exports.string().optional(),
      spans: external_exports.array(
        external_exports.object({
          file: external_exports.string().optional(),
          start: external_exports.object({ line: external_exports.number().optional() }).optional()
        })
      ).optional()
    })
  ),
  paths: external_exports.object({ scanned: external_exports.array(external_exports.string()) })
});
var REPORT_LIMIT_BYTES = 256 * 1024 * 1024;
function semgrepArgs(run) {
  const args = ["scan", "--metrics=off", "--disable-version-check", "--json", "--quiet"];
  for (const config of run.configs) args.push("--config", config);
  for (const path of run.only ?? []) args.push(`--include=/${path.replace(/[[\]*?!#\\]/g, "\\$&")}`);
  args.push("--", ...run.targets ?? ["."], ...run.baseDir ? [run.baseDir] : []);
  return args;
}
function semgrepEnv(env = process.env) {
  return { ...env, SEMGREP_ENABLE_VERSION_CHECK: "0", SEMGREP_SEND_METRICS: "off" };
}
async function runSemgrep(run) {
  const bin = run.bin ?? "semgrep";
  const result = await runSupervised({
    command: bin,
    args: semgrepArgs(run),
    cwd: run.cwd,
    env: semgrepEnv(),
    deadlineMs: run.timeoutMs,
    stdoutBytes: REPORT_LIMIT_BYTES,
    ...run.signal ? { signal: run.signal } : {}
  });
  const stderr = result.output.text();
  if (result.spawnError?.code === "ENOENT")
    throw new ToolError("semgrep", `not found (looked for ${JSON.stringify(bin)} on PATH); ${INSTALL_HINT}`);
  if (result.spawnError)
    throw new ToolError("semgrep", `cannot start ${JSON.stringify(bin)}: ${result.spawnError.message}`);
  if (result.stopped?.startsWith("timed out"))
    throw new ToolError(
      "semgrep",
      `timed out after ${Math.round(run.timeoutMs / 1e3)} s (raise gates.static-analysis.timeout, or exclude large generated files)`
    );
  if (result.stopped) throw new ToolError("semgrep", result.stopped);
  if (result.signal) throw new ToolError("semgrep", `was killed by ${result.signal}${tail(stderr)}`);
  if (result.stdoutOverflow)
    throw new ToolError(
      "semgrep",
      `its report is larger than ${REPORT_LIMIT_BYTES / 1024 / 1024} MB; scan less (gates.static-analysis.exclude)`
    );
  let parsed;
  try {
    parsed = JSON.parse(result.stdout);
  } catch {
    throw new ToolError(
      "semgrep",
      `exited with code ${result.exitCode} without a JSON report${tail(stderr)}`
    );
  }
  const checked = semgrepReport.safeParse(parsed);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new ToolError(
      "semgrep",
      `exited with code ${result.exitCode} with a report that is not semgrep's JSON (${issue.path.join(".") || "the report"}: ${issue.message})${tail(stderr)}`
    );
  }
  const report = checked.data;
  const baseRoot = run.baseDir ? resolve2(run.baseDir) : void 0;
  const baseName = (path) => {
    if (!baseRoot || !isAbsolute(path)) return void 0;
    const inside = relative(baseRoot, path);
    return inside.startsWith("..") || isAbsolute(inside) ? void 0 : inside.split(sep).join("/");
  };
  const errorPath = (error) => error.path ?? error.spans?.[0]?.file;
  const isBaseError = (error) => {
    const path = errorPath(error);
    return path !== void 0 && baseName(path) !== void 0;
  };
  const errors = report.errors.filter((error) => !isBaseError(error)).map(describeSemgrepError);
  const baseErrors = report.errors.filter(isBaseError).map(describeSemgrepError);
  if (result.exitCode !== 0 && errors.length === 0 && baseErrors.length === 0)
    errors.push(`semgrep exited with code ${result.exitCode}${tail(stderr)}`);
  const files = /* @__PURE__ */ new Map();
  const source = (path) => {
    if (!files.has(path)) {
      try {
        const bytes = readFileSync(resolve2(run.cwd, path));
        files.set(path, { bytes, scopeAt: scopeFinder(path, bytes) });
      } catch {
        files.set(path, void 0);
      }
    }
    return files.get(path);
  };
  const seen = /* @__PURE__ */ new Set();
  const unique = report.results.filter((match) => {
    const key = `${match.check_id}\0${match.path}\0${match.start.offset}\0${match.end.offset}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const prefix = run.pathPrefix ?? "";
  const headFindings = [];
  const baseFindings = [];
  for (const match of unique) {
    const file = source(match.path);
    const code = file ? file.bytes.subarray(match.start.offset, match.end.offset).toString("utf8") : "";
    const scope = file?.scopeAt(match.start.offset);
    const basePath = baseName(match.path);
    const finding = {
      rule: ruleIdOf(match.check_id, run.knownRules),
      path: basePath ?? prefix + match.path.replace(/^\.\//, ""),
      line: match.start.line,
      endLine: match.end.line,
      column: match.start.col,
      endColumn: match.end.col,
      severity: match.extra.severity,
      message: match.extra.message.trim(),
      code: normaliseCode(code),
      ...scope === void 0 ? {} : { scope }
    };
    (basePath === void 0 ? headFindings : baseFindings).push(finding);
  }
  return {
    version: report.version ?? "unknown",
    findings: headFindings,
    scanned: report.paths.scanned.filter((path) => baseName(path) === void 0).map((path) => prefix + path.replace(/^\.\//, "")),
    errors,
    ...baseRoot ? { base: { findings: baseFindings, errors: baseErrors } } : {}
  };
}
function describeSemgrepError(error) {
  const kind = Array.isArray(error.type) ? String(error.type[0]) : String(error.type ?? "error");
  const span = error.spans?.[0];
  const where = error.path ?? span?.file;
  const line = span?.start?.line;
  const text = (error.message ?? [error.short_msg, error.long_msg].filter(Boolean).join(": ")) || kind;
  const location = where ? `${where}${line && line > 0 ? `:${line}` : ""}: ` : "";
  const firstLines = text.split("\n").filter((part) => part.trim()).slice(0, 3).join(" ").replace(/\s+/g, " ");
  return `${location}${kind === "SemgrepError" ? "" : `${kind}: `}${firstLines}`;
}
function tail(stderr) {
  const lines = stderr.trim().split("\n").filter(Boolean).slice(-3);
  return lines.length ? `: ${lines.join(" | ")}` : "";
}

// src/gates/static-analysis/diff-scan.ts
async function diffScan(input) {
  const { cwd, prefix, since, inScope, progress } = input;
  const changes = (await changedFiles(cwd, since)).filter(
    (change) => change.status !== "deleted" && change.path.startsWith(prefix) && inScope(change.path)
  );
  if (changes.length === 0) return void 0;
  const baseNameOf = /* @__PURE__ */ new Map();
  for (const change of changes) {
    if (change.status === "added") continue;
    baseNameOf.set(change.path, change.oldPath ?? change.path);
  }
  const headNameOf = new Map([...baseNameOf].map(([headPath, basePath]) => [basePath, headPath]));
  const baseDir = mkdtempSync(join3(tmpdir(), "terrafusion-base-"));
  try {
    const basePaths = await extractFiles(cwd, since, [...baseNameOf.values()], baseDir);
    copyIgnoreFiles(await repoRoot(cwd), prefix, baseDir);
    progress(
      `semgrep on ${plural(changes.length, "changed file")} and ${basePaths.length} at the merge base, in one run`
    );
    const changed = new Set(changes.map((change) => change.path));
    const scanned = await runSemgrep({
      ...input.semgrep,
      cwd,
      pathPrefix: prefix,
      only: [.../* @__PURE__ */ new Set([...changed, ...basePaths])],
      ...basePaths.length ? { baseDir } : {}
    });
    return {
      changes,
      // A base path may also name a head file outside the change: only changed files count here.
      head: { ...scanned, findings: scanned.findings.filter((finding) => changed.has(finding.path)) },
      base: scanned.base ?? { findings: [], errors: [] },
      headPathOf: (path) => headNameOf.get(path)
    };
  } finally {
    rmSync(baseDir, { recursive: true, force: true });
  }
}
function copyIgnoreFiles(root, prefix, baseDir) {
  for (const folder of /* @__PURE__ */ new Set(["", prefix])) {
    const from = join3(root, folder, ".semgrepignore");
    if (!existsSync2(from)) continue;
    mkdirSync2(join3(baseDir, folder), { recursive: true });
    copyFileSync(from, join3(baseDir, folder, ".semgrepignore"));
  }
}

// src/gates/static-analysis/waivers.ts
function isoDay(now) {
  return now.toISOString().slice(0, 10);
}
function waiverFor(finding, waivers, today, prefix = "") {
  const names = pathNames(finding.path, prefix);
  const matching = waivers.filter(
    (waiver) => compileGlob(waiver.rule)(finding.rule) && (waiver.path === void 0 || names.some((name) => compileGlob(waiver.path)(name)))
  );
  const active = matching.find((waiver) => today < waiver.expires);
  if (active) return { state: "active", waiver: active };
  const expired = matching.sort((a, b) => b.expires.localeCompare(a.expires))[0];
  return expired ? { state: "expired", waiver: expired } : { state: "none" };
}
function pathNames(path, prefix) {
  return prefix && path.startsWith(prefix) ? [path, path.slice(prefix.length)] : [path];
}
function describeWaiver(waiver) {
  return `rule ${waiver.rule}${waiver.path ? ` on ${waiver.path}` : ""}: ${waiver.reason}`;
}

// src/gates/static-analysis/report-only.ts
var DEFAULT_PATHS_ENTRY = "terrafusion:default";
var DEFAULT_REPORT_ONLY_PATHS = [
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
  "**/*.spec.*"
];
var BLOCKS_EVERYWHERE_KEY = "blocks-in-report-only-paths";
function reportOnlyPaths(configured) {
  const entries = configured ?? [DEFAULT_PATHS_ENTRY];
  return [
    ...new Set(
      entries.flatMap((entry) => entry === DEFAULT_PATHS_ENTRY ? DEFAULT_REPORT_ONLY_PATHS : [entry])
    )
  ];
}
function reportOnlyMatcher(globs, rules, prefix = "") {
  const compiled = globs.map((glob) => ({ glob, matches: compileGlob(glob) }));
  return (finding) => {
    if (compiled.length === 0 || rules.get(finding.rule)?.metadata[BLOCKS_EVERYWHERE_KEY] === true)
      return void 0;
    const names = pathNames(finding.path, prefix);
    return compiled.find(({ matches }) => names.some((name) => matches(name)))?.glob;
  };
}
function reportOnlyNote(glob) {
  return `not shipped code (${glob} in report-only-paths)`;
}

// src/gates/static-analysis/severity.ts
var LEGACY = {
  CRITICAL: "ERROR",
  HIGH: "ERROR",
  ERROR: "ERROR",
  MEDIUM: "WARNING",
  WARNING: "WARNING",
  LOW: "INFO",
  INFO: "INFO"
};
var MODERN = {
  CRITICAL: "CRITICAL",
  HIGH: "HIGH",
  ERROR: "HIGH",
  MEDIUM: "MEDIUM",
  WARNING: "MEDIUM",
  LOW: "LOW",
  INFO: "LOW"
};
var RANK = {
  CRITICAL: 4,
  HIGH: 3,
  ERROR: 3,
  MEDIUM: 2,
  WARNING: 2,
  LOW: 1,
  INFO: 1
};
function normaliseSeverity(raw) {
  const upper = raw.toUpperCase();
  return upper in LEGACY ? upper : "INFO";
}
function blocksOn(severity, failOn) {
  return failOn.includes(severity) || failOn.includes(LEGACY[severity]) || failOn.includes(MODERN[severity]);
}
function sarifLevel(severity) {
  const level = LEGACY[severity];
  return level === "ERROR" ? "error" : level === "WARNING" ? "warning" : "note";
}
function securitySeverity(severity) {
  return { 4: "9.5", 3: "8.0", 2: "5.5", 1: "2.0" }[RANK[severity]] ?? "2.0";
}

// src/gates/static-analysis/sarif.ts
function buildSarif(findings, rules, semgrepVersion) {
  const ruleIds = [...new Set(findings.map((finding) => finding.rule))].sort();
  const driverRules = ruleIds.map((id) => {
    const info = rules.get(id);
    const severity = normaliseSeverity(info?.severity ?? findings.find((f) => f.rule === id).severity);
    const cwe = info?.metadata.cwe;
    const tags = ["security", ...(Array.isArray(cwe) ? cwe : cwe ? [cwe] : []).map(String)];
    return {
      id,
      name: id,
      shortDescription: { text: id },
      fullDescription: { text: info?.message ?? id },
      defaultConfiguration: { level: sarifLevel(severity) },
      properties: { tags, "security-severity": securitySeverity(severity) }
    };
  });
  const results = findings.map((finding) => ({
    ruleId: finding.rule,
    ruleIndex: ruleIds.indexOf(finding.rule),
    level: finding.reportOnly ? "note" : sarifLevel(normaliseSeverity(finding.severity)),
    message: { text: finding.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: encodeURI(finding.path), uriBaseId: "%SRCROOT%" },
          region: {
            startLine: finding.line,
            ...finding.column ? { startColumn: finding.column } : {},
            ...finding.endLine ? { endLine: finding.endLine } : {},
            ...finding.endColumn ? { endColumn: finding.endColumn } : {}
          }
        }
      }
    ],
    partialFingerprints: { "terrafusion/v1": fingerprint(finding) },
    ...finding.baseline ? { baselineState: finding.baseline } : {},
    ...finding.waived ? { suppressions: [{ kind: "external", status: "accepted", justification: finding.waived }] } : {},
    properties: {
      severity: finding.severity,
      blocking: finding.blocking,
      ...finding.reportOnly ? { "report-only": finding.reportOnly } : {}
    }
  }));
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "TerraFusion static-analysis (semgrep)",
            semanticVersion: semgrepVersion,
            informationUri: "https://semgrep.dev",
            rules: driverRules
          }
        },
        results
      }
    ]
  };
}

// src/gates/static-analysis/summary.ts
var MAX_ROWS = 50;
function renderSummary(input) {
  const { counts, mode } = input;
  const lines = [`### Static analysis: semgrep ${input.semgrepVersion}`, ""];
  lines.push(
    mode.kind === "diff" ? `Diff-aware: ${plural(mode.changed, "changed file")} against \`${mode.base}\` (merge base \`${mode.mergeBase.slice(0, 12)}\`), ${input.filesScanned} scanned. Only new findings block; unchanged files are covered by the full scan on push.` : `Full scan: ${plural(input.filesScanned, "file")} scanned.`
  );
  lines.push("", `Blocks on: ${input.failOn.join(", ") || "nothing (fail-on is empty)"}.`, "");
  lines.push("| Findings | Count |", "|---|---:|");
  lines.push(`| blocking | ${counts.blocking} |`);
  if (mode.kind === "diff") {
    lines.push(`| new | ${counts.fresh} |`);
    lines.push(`| pre-existing (shown, not blocking) | ${counts.existing} |`);
  }
  lines.push(`| waived | ${counts.waived} |`);
  if (counts.reportOnly) lines.push(`| in report-only paths (shown, not blocking) | ${counts.reportOnly} |`);
  if (counts.expiredWaivers) lines.push(`| blocking because a waiver expired | ${counts.expiredWaivers} |`);
  lines.push(`| total | ${input.findings.length} |`, "");
  if (input.findings.length > 0) {
    const ordered = [...input.findings].sort((a, b) => Number(b.blocking) - Number(a.blocking));
    lines.push("| | Severity | Rule | Location | Message |", "|---|---|---|---|---|");
    for (const finding of ordered.slice(0, MAX_ROWS)) {
      const status = finding.blocking ? "\u274C blocks" : `\u2796 ${finding.note ?? "not blocking"}`;
      lines.push(
        `| ${tableCell(status)} | ${finding.severity} | \`${finding.rule}\` | \`${finding.path}:${finding.line}\` | ${tableCell(firstSentence(finding.message))} |`
      );
    }
    if (ordered.length > MAX_ROWS)
      lines.push(
        "",
        `${plural(ordered.length - MAX_ROWS, "more finding")} ${ordered.length - MAX_ROWS === 1 ? "is" : "are"} in the result file.`
      );
    lines.push("");
  }
  if (counts.blocking > 0) {
    const shown = Math.min(counts.blocking, input.annotationCap);
    lines.push(
      `Annotations: ${shown} of ${plural(counts.blocking, "blocking finding")} annotated (cap ${input.annotationCap}, gates.static-analysis.max-annotations)${counts.blocking > shown ? `; ${counts.blocking - shown} more ${counts.blocking - shown === 1 ? "is" : "are"} listed above and in the result file` : ""}.`,
      ""
    );
  }
  if (counts.reportOnly)
    lines.push(
      `${plural(counts.reportOnly, "finding")} did not block because ${counts.reportOnly === 1 ? "its file is" : "their files are"} not shipped code: examples, demos, docs sites, fixtures, benchmarks or tests (\`gates.static-analysis.report-only-paths\`; the glob is in the table).`,
      ""
    );
  if (input.sarifFile) lines.push(`SARIF 2.1.0: \`${input.sarifFile}\``, "");
  for (const note of input.notes) lines.push(`> ${note}`, "");
  return `${lines.join("\n").trimEnd()}
`;
}
function firstSentence(text) {
  const match = /^(.+?[.!?])(\s|$)/.exec(text);
  return (match?.[1] ?? text).slice(0, 200);
}

// src/gates/static-analysis/index.ts
var DEFAULT_RULES = ["terrafusion:default"];
var DEFAULT_FAIL_ON = ["CRITICAL", "HIGH", "ERROR"];
var DEFAULT_CAP = 10;
var staticAnalysisGate = {
  name: "static-analysis",
  summary: "semgrep with local rule packs; on a pull request (--base) only new findings block",
  configure(command) {
    command.option("--sarif <file>", "also write the findings as SARIF 2.1.0 (for GitHub code scanning)").option(
      "--now <date>",
      "read waivers as of this day, YYYY-MM-DD (default: today, UTC)",
      dayFlag("--now")
    );
  },
  async run(context) {
    const startedAt = /* @__PURE__ */ new Date();
    const section = context.policy.gates?.["static-analysis"];
    if (!section || section.enabled === false)
      return gateResult({
        gate: "static-analysis",
        conclusion: "skipped",
        headline: "disabled in the policy",
        summary: "### Static analysis\n\nSkipped: `gates.static-analysis.enabled` is false.\n",
        startedAt: startedAt.toISOString(),
        durationMs: Date.now() - startedAt.getTime()
      });
    let since;
    if (context.base && section["new-findings-only"] !== false) {
      context.progress(`finding the merge base of ${context.base} and HEAD`);
      since = await mergeBase(context.cwd, context.base, { progress: context.progress });
    }
    try {
      return await scan(context, section, startedAt, since);
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      return gateResult({
        gate: "static-analysis",
        conclusion: "error",
        headline: `could not scan: ${error.message.split("\n")[0]}`,
        error: error.message,
        summary: `### Static analysis: error

The scan did not finish, so this gate knows nothing about the code.

${codeBlock(error.message)}
`,
        startedAt: startedAt.toISOString(),
        durationMs: Date.now() - startedAt.getTime()
      });
    }
  }
};
function readOptions(options) {
  const { sarif, now, semgrep } = options;
  if (now !== void 0 && !/^\d{4}-\d{2}-\d{2}$/.test(now))
    throw new UsageError(`--now: expected a day as YYYY-MM-DD, got ${JSON.stringify(now)}`);
  return { sarif, now, semgrep };
}
async function scan(context, section, startedAt, since) {
  const options = readOptions(context.options);
  const { cwd, progress } = context;
  const configs = resolveRulePaths(section.rules ?? DEFAULT_RULES, cwd);
  const rules = readRuleInfo(configs);
  const failOn = section["fail-on"] ?? DEFAULT_FAIL_ON;
  const timeoutMs = parseDuration(section.timeout ?? "10m") ?? 6e5;
  const prefix = await projectPrefix(cwd);
  const inScope = scopeFilter(section.include, section.exclude, prefix);
  const reportOnly = reportOnlyMatcher(reportOnlyPaths(section["report-only-paths"]), rules, prefix);
  const semgrep = {
    configs,
    timeoutMs,
    knownRules: [...rules.keys()],
    bin: options.semgrep,
    signal: context.signal
  };
  const notes = [];
  let head;
  let existing = /* @__PURE__ */ new Set();
  let mode = { kind: "full" };
  if (context.base && since) {
    const scan2 = await diffScan({ cwd, prefix, since, inScope, semgrep, progress });
    mode = { kind: "diff", base: context.base, mergeBase: since, changed: scan2?.changes.length ?? 0 };
    if (!scan2) return nothingChanged(context.base, startedAt);
    head = scan2.head;
    if (scan2.base.errors.length)
      notes.push(
        `At the merge base semgrep reported ${plural(scan2.base.errors.length, "problem")} (${scan2.base.errors[0]}); findings there may show as new here.`
      );
    existing = new Set(classify(head.findings, scan2.base.findings, scan2.headPathOf).existing);
  } else {
    if (context.base) notes.push("new-findings-only is false: every finding counts, as in a full scan.");
    progress("semgrep on the whole repository");
    head = await runSemgrep({ ...semgrep, cwd, pathPrefix: prefix });
  }
  if (head.errors.length)
    throw new ToolError(
      "semgrep",
      `reported ${plural(head.errors.length, "error")}; no result can be trusted until they are fixed:
${head.errors.slice(0, 10).map((error) => `  - ${error}`).join("\n")}${head.errors.length > 10 ? `
  \u2026 and ${head.errors.length - 10} more` : ""}`
    );
  const today = options.now ?? isoDay(/* @__PURE__ */ new Date());
  const waivers = section.waivers ?? [];
  const counts = { blocking: 0, fresh: 0, existing: 0, waived: 0, expiredWaivers: 0, reportOnly: 0 };
  const reported = [];
  for (const match of head.findings.filter((finding) => inScope(finding.path))) {
    const severity = normaliseSeverity(match.severity);
    const preExisting = existing.has(match);
    const notShipped = reportOnly(match);
    if (mode.kind === "diff") preExisting ? counts.existing++ : counts.fresh++;
    const finding = {
      path: match.path,
      line: match.line,
      endLine: match.endLine,
      column: match.column,
      endColumn: match.endColumn,
      severity,
      rule: match.rule,
      message: match.message,
      blocking: false,
      code: match.code,
      ...mode.kind === "diff" ? { baseline: preExisting ? "unchanged" : "new" } : {},
      ...notShipped ? { reportOnly: notShipped } : {}
    };
    const waiver = waiverFor(match, waivers, today, prefix);
    if (!blocksOn(severity, failOn)) {
      finding.note = `${severity} is not in fail-on`;
    } else if (waiver.state === "active") {
      counts.waived++;
      finding.note = `waived until ${waiver.waiver.expires}: ${waiver.waiver.reason}`;
      finding.waived = waiver.waiver.reason;
    } else if (preExisting) {
      finding.note = "pre-existing";
    } else if (notShipped) {
      counts.reportOnly++;
      finding.note = reportOnlyNote(notShipped);
    } else {
      finding.blocking = true;
      if (waiver.state === "expired") {
        counts.expiredWaivers++;
        finding.message += ` [waiver expired on ${waiver.waiver.expires} (${describeWaiver(waiver.waiver)}); renew or remove it in gates.static-analysis.waivers]`;
        finding.note = `waiver expired on ${waiver.waiver.expires}`;
      }
    }
    if (finding.blocking) counts.blocking++;
    reported.push(finding);
  }
  let sarifFile;
  if (options.sarif) {
    sarifFile = resolve3(options.sarif);
    mkdirSync3(dirname2(sarifFile), { recursive: true });
    writeFileSync2(sarifFile, `${JSON.stringify(buildSarif(reported, rules, head.version), null, 2)}
`);
  }
  const findings = reported.map(
    ({ code: _c, endColumn: _e, baseline: _b, waived: _w, reportOnly: _r, ...finding }) => finding
  );
  const cap = section["max-annotations"] ?? DEFAULT_CAP;
  const summary = renderSummary({
    mode,
    semgrepVersion: head.version,
    filesScanned: head.scanned.length,
    failOn,
    findings,
    counts,
    annotationCap: cap,
    sarifFile,
    notes
  });
  const first = findings.find((finding) => finding.blocking);
  const headline = first ? `${plural(counts.blocking, "blocking finding")}, first ${first.rule} at ${first.path}:${first.line}` : mode.kind === "diff" ? `no new blocking findings in ${plural(mode.changed, "changed file")} (${counts.existing} pre-existing, ${counts.waived} waived)` : `no blocking findings in ${plural(head.scanned.length, "file")} (${findings.length} below fail-on, waived or in report-only paths)`;
  return gateResult({
    gate: "static-analysis",
    conclusion: counts.blocking > 0 ? "failure" : "success",
    headline,
    metrics: {
      findings: findings.length,
      blocking: counts.blocking,
      ...mode.kind === "diff" ? { new: counts.fresh, "pre-existing": counts.existing } : {},
      waived: counts.waived,
      "report-only": counts.reportOnly,
      "files-scanned": head.scanned.length
    },
    thresholds: { blocking: 0 },
    findings,
    summary,
    startedAt: startedAt.toISOString(),
    durationMs: Date.now() - startedAt.getTime()
  });
}
function scopeFilter(include, exclude, prefix) {
  const included = include?.length ? compileGlobs(include) : () => true;
  const excluded = exclude?.length ? compileGlobs(exclude) : () => false;
  return (path) => {
    const names = pathNames(path, prefix);
    return names.some((name) => included(name)) && !names.some((name) => excluded(name));
  };
}
function nothingChanged(base, startedAt) {
  return gateResult({
    gate: "static-analysis",
    conclusion: "skipped",
    headline: `no changed files to scan against ${base}`,
    metrics: { findings: 0, blocking: 0, new: 0, "pre-existing": 0, waived: 0, "files-scanned": 0 },
    summary: `### Static analysis

No changed files in scope against \`${base}\`: nothing to scan.
`,
    startedAt: startedAt.toISOString(),
    durationMs: Date.now() - startedAt.getTime()
  });
}

export {
  staticAnalysisGate
};
