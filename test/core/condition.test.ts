import { describe, expect, it } from "vitest";
import { ConditionEvaluationError, conditionProblem, parseCondition } from "../../src/core/condition.ts";

const test = (source: string, result: number | string | boolean) => parseCondition(source).test(result);

describe("success conditions (a tiny grammar, never eval)", () => {
  it("compares result with numbers", () => {
    expect(test("result < 0.01", 0.005)).toBe(true);
    expect(test("result < 0.01", 0.01)).toBe(false);
    expect(test("result <= 0.01", 0.01)).toBe(true);
    expect(test("result >= 0.95", 0.95)).toBe(true);
    expect(test("result > 100", 99)).toBe(false);
    expect(test("result != 0", 0)).toBe(false);
    expect(test("0.5 > result", 0.2)).toBe(true);
    expect(test("result < 1e-2", 0.001)).toBe(true);
    expect(test("result < .5", 0.25)).toBe(true);
  });

  it("joins comparisons with && || ! (and, or, not), with precedence and parentheses", () => {
    expect(test("result >= 0.95 && result <= 1", 0.97)).toBe(true);
    expect(test("result >= 0.95 and result <= 1", 1.2)).toBe(false);
    expect(test("result < 0 || result > 10", 11)).toBe(true);
    expect(test("result < 0 or result > 10", 5)).toBe(false);
    expect(test("!(result > 1)", 0.5)).toBe(true);
    expect(test("not result > 1", 2)).toBe(false);
    // && binds tighter than ||.
    expect(test("result == 1 || result == 2 && false", 1)).toBe(true);
    expect(test("(result == 1 || result == 2) && false", 1)).toBe(false);
  });

  it("does arithmetic on numbers", () => {
    expect(test("result * 100 < 5", 0.04)).toBe(true);
    expect(test("result / 1000 <= 0.1", 100)).toBe(true);
    expect(test("-result > -1", 0.5)).toBe(true);
    expect(test("result - 1 + 2 == 2", 1)).toBe(true);
  });

  it("compares strings and booleans for equality", () => {
    expect(test('result == "UP"', "UP")).toBe(true);
    expect(test("result == 'UP'", "DOWN")).toBe(false);
    expect(test("result == true", true)).toBe(true);
    expect(test("result", true)).toBe(true);
    expect(test("!result", true)).toBe(false);
  });

  it("refuses a value of the wrong type instead of guessing (the measurement is an error)", () => {
    expect(() => test("result < 0.01", "0.005")).toThrow(ConditionEvaluationError);
    expect(() => test("result < 0.01", "0.005")).toThrow('< needs numbers, got the string "0.005"');
    expect(() => test('result == "1"', 1)).toThrow(/== compares number 1 with the string "1"/);
    expect(() => test("result + 1", 1)).toThrow("the condition gives number 2, not true or false");
    expect(() => test("result && true", 1)).toThrow(/&& needs true or false/);
  });

  it("says where a condition does not parse, in one line", () => {
    expect(conditionProblem("result < 0.01")).toBeUndefined();
    expect(conditionProblem("result <")).toBe(
      "column 9: expected result, a number, a string, true, false or (, found the end",
    );
    expect(conditionProblem("result < 0.01 0.02")).toBe(
      "column 15: expected an operator or the end, found 0.02",
    );
    expect(conditionProblem("result[0] >= 0.95")).toMatch(
      /^column 7: result is one value: write result, not result\[0\]/,
    );
    expect(conditionProblem("len(result) > 1")).toMatch(/^column 1: unknown name "len"/);
    expect(conditionProblem("result = 1")).toBe('column 8: unexpected "="');
    expect(conditionProblem('result == "UP')).toBe('column 11: the string that starts here has no closing "');
    expect(conditionProblem("0 < result < 1")).toMatch(/^column 12: comparisons do not chain/);
    expect(conditionProblem("(result < 1")).toBe("column 12: expected ), found the end");
    expect(conditionProblem("1 < 2")).toMatch(/never reads result/);
  });

  it("cannot be made to run code or recurse without end", () => {
    for (const hostile of [
      "process.exit(1)",
      "result.constructor",
      "this",
      "result; require('fs')",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a template literal is what the condition must refuse
      "`${result}`",
      "constructor.constructor('return process')()",
    ])
      expect(conditionProblem(hostile), hostile).toBeDefined();
    expect(conditionProblem(`${"(".repeat(40)}result${")".repeat(40)}`)).toMatch(
      /nested more than 32 levels/,
    );
    expect(conditionProblem(`${"!".repeat(40)}result`)).toMatch(/nested more than 32 levels/);
    expect(conditionProblem(`result < ${"1".repeat(600)}`)).toMatch(/at most 500 characters/);
  });
});
