import type { Files } from "./repo.ts";

/**
 * The main fixture. Its figures are counted by hand with c8's rules: every line of a file a test
 * loads counts (blank and comment lines too); the lines inside a function that never ran are
 * uncovered, its `function` line is not; a file no test loads counts all its lines as uncovered
 * (--all). Patch coverage leaves out blank and comment lines.
 */
export const MAIN_BASE: Files = {
  "package.json": `{ "type": "module", "private": true }\n`,
  "src/calc.js": ["export function add(a, b) {", "  return a + b;", "}", ""].join("\n"),
  "src/old.js": ["export function old() {", "  return 1;", "}", ""].join("\n"),
  "src/legacy.js": [
    "export function legacy(flag) {",
    '  return "legacy:" + flag;',
    "}",
    "export function unusedLegacy() {",
    "  return 0;",
    "}",
    "",
  ].join("\n"),
  "src/moved.js": [
    "export function moved(text) {",
    "  const upper = text.toUpperCase();",
    "  const trimmed = upper.trim();",
    '  const wrapped = "[" + trimmed + "]";',
    "  return wrapped;",
    "}",
    "export function notCalled() {",
    "  return 1;",
    "}",
    "",
  ].join("\n"),
  "test/unit/calc.test.js": [
    'import assert from "node:assert";',
    'import { test } from "node:test";',
    'import { add } from "../../src/calc.js";',
    'test("add", () => assert.equal(add(1, 2), 3));',
    "",
  ].join("\n"),
  // A plain node script runner that starts another node process: c8 must see the child too.
  "test/e2e/run.js": [
    'import { spawnSync } from "node:child_process";',
    'import { fileURLToPath } from "node:url";',
    'const child = spawnSync(process.execPath, [fileURLToPath(new URL("./child.js", import.meta.url))], { stdio: "inherit" });',
    "process.exit(child.status ?? 1);",
    "",
  ].join("\n"),
  "test/e2e/child.js": [
    'import assert from "node:assert";',
    'import { legacy } from "../../src/legacy.js";',
    'import { moved } from "../../src/moved.js";',
    'assert.equal(legacy(true), "legacy:true");',
    'assert.equal(moved(" a "), "[A]");',
    'console.log("e2e ok");',
    "",
  ].join("\n"),
};

export const MAIN_HEAD: Files = {
  // Modified: lines 4-12 are new. Code among them: 5, 6, 7, 10, 11, 12; no test calls neg, so 11 and 12 are not covered.
  "src/calc.js": [
    "export function add(a, b) {",
    "  return a + b;",
    "}",
    "",
    "export function mul(a, b) {",
    "  return a * b;",
    "}",
    "",
    "// neg is new and no test calls it",
    "export function neg(a) {",
    "  return -a;",
    "}",
    "",
  ].join("\n"),
  // New and loaded by no test: lines 2-4 are code (line 1 is a comment), none covered.
  "src/fresh.js": [
    "// nothing loads this file yet",
    "export function fresh() {",
    '  return "fresh";',
    "}",
    "",
  ].join("\n"),
  "src/notes.md": "# Notes\n\nNot code: changed lines here do not count.\n",
  // Deleted.
  "src/old.js": null,
  // Renamed as is: no line of it is new.
  "src/legacy.js": null,
  "src/renamed.js": MAIN_BASE["src/legacy.js"]!,
  // Renamed with lines 5 (covered) and 8 (in notCalled, not covered) changed.
  "src/moved.js": null,
  "src/lib/moved.js": [
    "export function moved(text) {",
    "  const upper = text.toUpperCase();",
    "  const trimmed = upper.trim();",
    '  const wrapped = "[" + trimmed + "]";',
    '  return wrapped + "!";',
    "}",
    "export function notCalled() {",
    "  return 2;",
    "}",
    "",
  ].join("\n"),
  "test/unit/calc.test.js": [
    'import assert from "node:assert";',
    'import { test } from "node:test";',
    'import { add, mul } from "../../src/calc.js";',
    'test("add", () => assert.equal(add(1, 2), 3));',
    'test("mul", () => assert.equal(mul(2, 3), 6));',
    "",
  ].join("\n"),
  "test/e2e/child.js": [
    'import assert from "node:assert";',
    'import { moved } from "../../src/lib/moved.js";',
    'import { legacy } from "../../src/renamed.js";',
    'assert.equal(legacy(true), "legacy:true");',
    'assert.equal(moved(" a "), "[A]!");',
    'console.log("e2e ok");',
    "",
  ].join("\n"),
};

export const MAIN_COMMAND = "node --test test/unit/ && node test/e2e/run.js";
