/**
 * A metric's success condition (`result < 0.01`, `result >= 0.95 && result <= 1`, `result == "UP"`): a tiny
 * expression language parsed here, never handed to `eval` or `Function`, because it comes from a
 * repository's policy. What it can do is exactly this grammar:
 *
 *   condition  := or
 *   or         := and (("||" | "or") and)*
 *   and        := not (("&&" | "and") not)*
 *   not        := ("!" | "not") not | comparison
 *   comparison := sum (("<" | "<=" | ">" | ">=" | "==" | "!=") sum)?
 *   sum        := product (("+" | "-") product)*
 *   product    := unary (("*" | "/") unary)*
 *   unary      := "-" unary | primary
 *   primary    := number | string | "true" | "false" | "result" | "(" or ")"
 *
 * `result` is the measured value: a number, a string or a boolean. `<`, `>`, arithmetic and `-` take
 * numbers only; `==` and `!=` compare values of the same type. A condition whose value is not a boolean,
 * or that meets a value of the wrong type, is an evaluation error (the measurement is an error, not a pass).
 */

import { plural } from "./format.ts";

export type ConditionValue = number | string | boolean;

type Node =
  | { kind: "literal"; value: ConditionValue }
  | { kind: "result" }
  | { kind: "not"; operand: Node }
  | { kind: "negate"; operand: Node }
  | { kind: "binary"; op: BinaryOp; left: Node; right: Node };

type BinaryOp = "||" | "&&" | "<" | "<=" | ">" | ">=" | "==" | "!=" | "+" | "-" | "*" | "/";

/** A parse error with its 1-based column in the condition's text. */
export class ConditionSyntaxError extends Error {
  constructor(
    readonly column: number,
    readonly reason: string,
  ) {
    super(`column ${column}: ${reason}`);
    this.name = "ConditionSyntaxError";
  }
}

/** A condition that parsed but cannot be decided for this result (wrong type, not a boolean). */
export class ConditionEvaluationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ConditionEvaluationError";
  }
}

export interface Condition {
  readonly source: string;
  /** True when `result` meets the condition; throws ConditionEvaluationError when it cannot be decided. */
  test(result: ConditionValue): boolean;
}

/** Long enough for any real condition; a policy cannot make the parser recurse without end. */
const MAX_LENGTH = 500;
const MAX_DEPTH = 32;

type Token =
  | { kind: "number"; value: number; at: number }
  | { kind: "string"; value: string; at: number }
  | { kind: "word"; value: string; at: number }
  | { kind: "op"; value: string; at: number }
  | { kind: "end"; at: number };

const OPERATORS = ["<=", ">=", "==", "!=", "&&", "||", "<", ">", "!", "+", "-", "*", "/", "(", ")"];
const WORD_OPERATORS: Record<string, string> = { and: "&&", or: "||", not: "!" };

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const char = source[i]!;
    if (/\s/.test(char)) {
      i++;
      continue;
    }
    const number = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/.exec(source.slice(i));
    if (number) {
      tokens.push({ kind: "number", value: Number(number[0]), at: i });
      i += number[0].length;
      continue;
    }
    const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(source.slice(i));
    if (word) {
      const operator = WORD_OPERATORS[word[0]];
      tokens.push(
        operator ? { kind: "op", value: operator, at: i } : { kind: "word", value: word[0], at: i },
      );
      i += word[0].length;
      continue;
    }
    if (char === '"' || char === "'") {
      const end = source.indexOf(char, i + 1);
      if (end < 0)
        throw new ConditionSyntaxError(i + 1, `the string that starts here has no closing ${char}`);
      tokens.push({ kind: "string", value: source.slice(i + 1, end), at: i });
      i = end + 1;
      continue;
    }
    if (char === "[")
      throw new ConditionSyntaxError(
        i + 1,
        "result is one value: write result, not result[0] (a query that returns several series is judged series by series)",
      );
    const operator = OPERATORS.find((op) => source.startsWith(op, i));
    if (!operator) throw new ConditionSyntaxError(i + 1, `unexpected ${JSON.stringify(char)}`);
    tokens.push({ kind: "op", value: operator, at: i });
    i += operator.length;
  }
  tokens.push({ kind: "end", at: source.length });
  return tokens;
}

class Parser {
  private position = 0;
  private depth = 0;
  constructor(private readonly tokens: Token[]) {}

  parse(): Node {
    const node = this.or();
    const next = this.peek();
    if (next.kind !== "end") throw this.unexpected(next, "an operator or the end");
    return node;
  }

  private peek(): Token {
    return this.tokens[this.position]!;
  }

  private takeOp(...ops: string[]): string | undefined {
    const token = this.peek();
    if (token.kind === "op" && ops.includes(token.value)) {
      this.position++;
      return token.value;
    }
    return undefined;
  }

  private unexpected(token: Token, expected: string): ConditionSyntaxError {
    const seen =
      token.kind === "end"
        ? "the end"
        : token.kind === "string"
          ? JSON.stringify(token.value)
          : String(token.value);
    return new ConditionSyntaxError(token.at + 1, `expected ${expected}, found ${seen}`);
  }

  private binaryLevel(ops: BinaryOp[], next: () => Node): Node {
    let left = next();
    for (let op = this.takeOp(...ops); op; op = this.takeOp(...ops))
      left = { kind: "binary", op: op as BinaryOp, left, right: next() };
    return left;
  }

  private or = (): Node => this.nested(() => this.binaryLevel(["||"], this.and));
  private and = (): Node => this.binaryLevel(["&&"], this.not);
  private sum = (): Node => this.binaryLevel(["+", "-"], this.product);
  private product = (): Node => this.binaryLevel(["*", "/"], this.unary);

  private not = (): Node =>
    this.takeOp("!") ? { kind: "not", operand: this.nested(this.not) } : this.comparison();

  private comparison = (): Node => {
    const left = this.sum();
    const op = this.takeOp("<=", ">=", "==", "!=", "<", ">");
    if (!op) return left;
    const node: Node = { kind: "binary", op: op as BinaryOp, left, right: this.sum() };
    const chained = this.peek();
    if (chained.kind === "op" && ["<=", ">=", "==", "!=", "<", ">"].includes(chained.value))
      throw new ConditionSyntaxError(
        chained.at + 1,
        "comparisons do not chain: join them with && (a < result && result < b)",
      );
    return node;
  };

  private unary = (): Node =>
    this.takeOp("-") ? { kind: "negate", operand: this.nested(this.unary) } : this.primary();

  private primary(): Node {
    const token = this.peek();
    if (token.kind === "number" || token.kind === "string") {
      this.position++;
      return { kind: "literal", value: token.value };
    }
    if (token.kind === "word") {
      this.position++;
      if (token.value === "result") return { kind: "result" };
      if (token.value === "true" || token.value === "false")
        return { kind: "literal", value: token.value === "true" };
      throw new ConditionSyntaxError(
        token.at + 1,
        `unknown name ${JSON.stringify(token.value)}: a condition knows result, numbers, "strings", true and false`,
      );
    }
    if (this.takeOp("(")) {
      const inner = this.or();
      if (!this.takeOp(")")) throw this.unexpected(this.peek(), ")");
      return inner;
    }
    throw this.unexpected(token, "result, a number, a string, true, false or (");
  }

  private nested(parse: () => Node): Node {
    if (++this.depth > MAX_DEPTH)
      throw new ConditionSyntaxError(this.peek().at + 1, `nested more than ${MAX_DEPTH} levels deep`);
    try {
      return parse();
    } finally {
      this.depth--;
    }
  }
}

/** Parses a condition; throws ConditionSyntaxError with the column of the problem. */
export function parseCondition(source: string): Condition {
  if (source.length > MAX_LENGTH)
    throw new ConditionSyntaxError(
      MAX_LENGTH + 1,
      `a condition is at most ${plural(MAX_LENGTH, "character")}`,
    );
  const tokens = tokenize(source);
  const tree = new Parser(tokens).parse();
  if (!mentionsResult(tree))
    throw new ConditionSyntaxError(1, "the condition never reads result, so it would decide nothing");
  return {
    source,
    test(result) {
      const value = evaluate(tree, result);
      if (typeof value !== "boolean")
        throw new ConditionEvaluationError(`the condition gives ${describe(value)}, not true or false`);
      return value;
    },
  };
}

/** Why a condition does not parse ("column 8: expected …"), or undefined: the schema's check. */
export function conditionProblem(source: string): string | undefined {
  try {
    parseCondition(source);
    return undefined;
  } catch (error) {
    if (error instanceof ConditionSyntaxError) return error.message;
    throw error;
  }
}

function mentionsResult(node: Node): boolean {
  switch (node.kind) {
    case "result":
      return true;
    case "literal":
      return false;
    case "not":
    case "negate":
      return mentionsResult(node.operand);
    case "binary":
      return mentionsResult(node.left) || mentionsResult(node.right);
  }
}

function evaluate(node: Node, result: ConditionValue): ConditionValue {
  switch (node.kind) {
    case "literal":
      return node.value;
    case "result":
      return result;
    case "not":
      return !boolean(evaluate(node.operand, result), "!");
    case "negate":
      return -numeric(evaluate(node.operand, result), "-");
    case "binary": {
      // && and || short-circuit, so `result != "" && result > 1`-style guards work.
      if (node.op === "&&")
        return boolean(evaluate(node.left, result), "&&") && boolean(evaluate(node.right, result), "&&");
      if (node.op === "||")
        return boolean(evaluate(node.left, result), "||") || boolean(evaluate(node.right, result), "||");
      const left = evaluate(node.left, result);
      const right = evaluate(node.right, result);
      if (node.op === "==" || node.op === "!=") {
        if (typeof left !== typeof right)
          throw new ConditionEvaluationError(`${node.op} compares ${describe(left)} with ${describe(right)}`);
        return node.op === "==" ? left === right : left !== right;
      }
      const a = numeric(left, node.op);
      const b = numeric(right, node.op);
      switch (node.op) {
        case "<":
          return a < b;
        case "<=":
          return a <= b;
        case ">":
          return a > b;
        case ">=":
          return a >= b;
        case "+":
          return a + b;
        case "-":
          return a - b;
        case "*":
          return a * b;
        case "/":
          return a / b;
      }
    }
  }
}

function numeric(value: ConditionValue, op: string): number {
  if (typeof value !== "number")
    throw new ConditionEvaluationError(`${op} needs numbers, got ${describe(value)}`);
  return value;
}

function boolean(value: ConditionValue, op: string): boolean {
  if (typeof value !== "boolean")
    throw new ConditionEvaluationError(`${op} needs true or false, got ${describe(value)}`);
  return value;
}

function describe(value: ConditionValue): string {
  return typeof value === "string"
    ? `the string ${JSON.stringify(value)}`
    : `${typeof value} ${String(value)}`;
}
