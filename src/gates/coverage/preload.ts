import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readLimited } from "../../fs/read-limited.ts";
import { type AllFiles, coverageArgs, type Runner } from "./runner.ts";

/**
 * How the gate turns on jest's and vitest's own coverage wherever the test command starts them:
 * `npm test` running `lint && vitest run`, `cross-env … jest`, `ts-scripts test` spawning vitest.
 * Appending options to the command line could reach the wrong program, and a wrapper may not pass
 * them on; instead every node process of the test command loads this small file first
 * (NODE_OPTIONS=--require), and the one whose main script is vitest's or jest's own program gets the
 * coverage options appended to its arguments before the runner reads them, and leaves a note of
 * itself. Nothing else is touched: workers, other programs and the code under test run as usual.
 */
const PRELOAD = `"use strict";
(() => {
  try {
    if (!require("node:worker_threads").isMainThread) return;
    const fs = require("node:fs");
    const path = require("node:path");
    const main = process.argv[1];
    if (!main) return;
    const real = fs.realpathSync(main).replace(/\\\\/g, "/");
    const runner = /\\/vitest\\/vitest\\.mjs$/.test(real) ? "vitest" : /\\/jest(-cli)?\\/bin\\/jest\\.js$/.test(real) ? "jest" : undefined;
    if (!runner) return;
    const plan = JSON.parse(process.env.TERRAFUSION_COVERAGE_PLAN || "{}");
    if (!plan.dir || !plan.args || !plan.args[runner]) return;
    const reports = path.join(plan.dir, runner + "-" + process.pid);
    const argv = process.argv.slice(2);
    process.argv.push(...plan.args[runner].map((arg) => arg.split(plan.token).join(reports)));
    fs.writeFileSync(path.join(plan.dir, "started-" + process.pid + ".json"), JSON.stringify({ runner, reports, argv, program: real, cwd: process.cwd() }));
  } catch {
    // Never the reason a test run fails: without the note the gate says coverage was not collected.
  }
})();
`;

const TOKEN = "\u0000reports\u0000";

/** The environment that makes every jest or vitest the test command starts write coverage under `dir`. */
export function runnerCoverageEnv(
  dir: string,
  all: AllFiles | undefined,
  env: NodeJS.ProcessEnv,
): Record<string, string> {
  mkdirSync(dir, { recursive: true });
  const preload = join(dir, "preload.cjs");
  writeFileSync(preload, PRELOAD);
  const plan = {
    dir,
    token: TOKEN,
    args: { vitest: coverageArgs("vitest", TOKEN, all), jest: coverageArgs("jest", TOKEN, all) },
  };
  // NODE_OPTIONS takes double-quoted words; the user's own options stay.
  const require = `--require "${preload.replace(/(["\\])/g, "\\$1")}"`;
  return {
    NODE_OPTIONS: env.NODE_OPTIONS ? `${env.NODE_OPTIONS} ${require}` : require,
    TERRAFUSION_COVERAGE_PLAN: JSON.stringify(plan),
  };
}

export interface StartedRunner {
  runner: Runner;
  /** Where that run was told to write lcov.info and coverage-summary.json. */
  reports: string;
  /** Its own arguments, before the gate's. */
  argv: string[];
  /** Its program, resolved, and the folder it started in (to check it read the scope the gate read). */
  program?: string;
  cwd?: string;
}

/** The runs of jest or vitest the test command started, as their notes say. */
export function startedRunners(dir: string): StartedRunner[] {
  const started: StartedRunner[] = [];
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => /^started-\d+\.json$/.test(name));
  } catch {
    return started;
  }
  for (const name of names.sort()) {
    try {
      const note = JSON.parse(readLimited(join(dir, name), 1024 * 1024).toString("utf8"));
      if ((note.runner === "vitest" || note.runner === "jest") && typeof note.reports === "string")
        started.push({
          runner: note.runner,
          reports: note.reports,
          argv: Array.isArray(note.argv) ? note.argv : [],
          ...(typeof note.program === "string" ? { program: note.program } : {}),
          ...(typeof note.cwd === "string" ? { cwd: note.cwd } : {}),
        });
    } catch {
      // A note cut short by a killed process says nothing reliable.
    }
  }
  return started;
}
