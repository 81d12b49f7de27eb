import { join } from "node:path";
import { packageRoot } from "../../../src/package-root.ts";
import type { Files } from "./repo.ts";

/** Our own installed runners: the fixtures run these by absolute path, so nothing is downloaded. */
export const BIN = join(packageRoot(), "node_modules", ".bin");

const NEW_FILE = ["// nothing loads this file yet", "export function fresh() {", "  return 1;", "}", ""];

const ESM_CALC_BASE = ["export function add(a, b) {", "  return a + b;", "}", ""];
// Lines 4-11 are new: mul (5-7) is tested, neg (9-11) is not.
const ESM_CALC_HEAD = [
  ...ESM_CALC_BASE.slice(0, 3),
  "",
  "export function mul(a, b) {",
  "  return a * b;",
  "}",
  "",
  "export function neg(a) {",
  "  return -a;",
  "}",
  "",
];

/**
 * Mocha under c8, in a project folder `app/` of the repository (as a monorepo package, or the
 * umbrella action's working-directory). Counted with c8's rules (see fixtures.ts): calc.js has 11
 * lines, 10-11 (the body of neg) uncovered; fresh.js, loaded by nobody, 4 lines uncovered. Project:
 * 9 of 15 lines, functions 2 of 4 (add, mul; neg and fresh's one), branches 3 of 4 (calc's module
 * body, add and mul; fresh's one). Patch: calc.js 5, 6, 7, 9 covered and 10, 11 not; fresh.js 2-4
 * not: 4 of 9. The README at the root changes too and counts nothing.
 */
export const MOCHA_BASE: Files = {
  "README.md": "# Monorepo\n",
  "app/package.json": `{ "type": "module", "private": true }\n`,
  "app/src/calc.js": ESM_CALC_BASE.join("\n"),
  "app/test/calc.test.js": [
    'import assert from "node:assert";',
    'import { add } from "../src/calc.js";',
    'it("adds", () => assert.equal(add(1, 2), 3));',
    "",
  ].join("\n"),
};

export const MOCHA_HEAD: Files = {
  "README.md": "# Monorepo\n\nThe app lives in app/.\n",
  "app/src/calc.js": ESM_CALC_HEAD.join("\n"),
  "app/src/fresh.js": NEW_FILE.join("\n"),
  "app/test/calc.test.js": [
    'import assert from "node:assert";',
    'import { add, mul } from "../src/calc.js";',
    'it("adds", () => assert.equal(add(1, 2), 3));',
    'it("multiplies", () => assert.equal(mul(2, 3), 6));',
    "",
  ].join("\n"),
};

/**
 * Jest with its own V8 provider, CommonJS, jest's default (babel) transform. Jest counts every line
 * like c8, but a function that never ran is uncovered from its first line (CommonJS `function neg`
 * starts the line, where ESM's `export` does not). calc.js: 14 lines, 11-13 uncovered; fresh.js,
 * loaded by nobody, 5 lines uncovered. Project: 11 of 19 lines, functions 2 of 4. Patch: lines
 * 5-14 are new; 6-9 and 14 covered, 11-13 not (5 and 10 are blank); fresh.js 2-5 not: 5 of 12.
 */
export const JEST_BASE: Files = {
  "package.json": `{ "private": true }\n`,
  "src/calc.js": ["function add(a, b) {", "  return a + b;", "}", "module.exports.add = add;", ""].join("\n"),
  "test/calc.test.js": [
    'const { add } = require("../src/calc.js");',
    'test("adds", () => expect(add(1, 2)).toBe(3));',
    "",
  ].join("\n"),
};

export const JEST_HEAD: Files = {
  "src/calc.js": [
    "function add(a, b) {",
    "  return a + b;",
    "}",
    "module.exports.add = add;",
    "",
    "function mul(a, b) {",
    "  return a * b;",
    "}",
    "module.exports.mul = mul;",
    "",
    "function neg(a) {",
    "  return -a;",
    "}",
    "module.exports.neg = neg;",
    "",
  ].join("\n"),
  "src/fresh.js": [
    "// nothing loads this file yet",
    "function fresh() {",
    "  return 1;",
    "}",
    "module.exports.fresh = fresh;",
    "",
  ].join("\n"),
  "test/calc.test.js": [
    'const { add, mul } = require("../src/calc.js");',
    'test("adds", () => expect(add(1, 2)).toBe(3));',
    'test("multiplies", () => expect(mul(2, 3)).toBe(6));',
    "",
  ].join("\n"),
};

/**
 * Vitest with @vitest/coverage-v8, run through `npm test` (with `--globals`: the fixture has no
 * node_modules to import vitest from). Vitest 4 maps V8 coverage onto the
 * statements of the source: a line counts when a statement starts on it, so calc.js counts 2, 6
 * and 10 (the three `return`s; 10 uncovered) and fresh.js, loaded by nobody, its line 3.
 * Project: 2 of 4 lines, functions 2 of 4. Patch: of calc.js's new lines 4-11, 6 is covered and
 * 10 is not; fresh.js's 3 is not: 1 of 3.
 */
export const VITEST_BASE: Files = {
  "package.json": JSON.stringify(
    { type: "module", private: true, scripts: { test: `${join(BIN, "vitest")} run --globals` } },
    null,
    2,
  ),
  "src/calc.js": ESM_CALC_BASE.join("\n"),
  "test/calc.test.js": [
    'import { add } from "../src/calc.js";',
    'test("adds", () => expect(add(1, 2)).toBe(3));',
    "",
  ].join("\n"),
};

export const VITEST_HEAD: Files = {
  "src/calc.js": ESM_CALC_HEAD.join("\n"),
  "src/fresh.js": NEW_FILE.join("\n"),
  "test/calc.test.js": [
    'import { add, mul } from "../src/calc.js";',
    'test("adds", () => expect(add(1, 2)).toBe(3));',
    'test("multiplies", () => expect(mul(2, 3)).toBe(6));',
    "",
  ].join("\n"),
};
