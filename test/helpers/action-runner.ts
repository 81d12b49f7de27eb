import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execa } from "execa";
import { parse } from "yaml";
import { packageRoot } from "../../src/package-root.ts";

/** Reads a GITHUB_OUTPUT file as @actions/core writes it (name<<DELIMITER … DELIMITER). */
export function readOutputs(file: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = readFileSync(file, "utf8").split("\n");
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^<=]+)<<(.+)$/.exec(lines[i]!);
    if (!heredoc) continue;
    const end = lines.indexOf(heredoc[2]!, i + 1);
    outputs[heredoc[1]!] = lines.slice(i + 1, end).join("\n");
    i = end;
  }
  return outputs;
}

export interface RunOptions {
  /** The bundled entry to run instead of this tree's dist/ (a test that bundles into a temp folder). */
  entry?: string;
  /** Where the step runs; the runner's temp folder unless given. */
  cwd?: string;
  /** The folder the runner's temp folder is made in, so a test's cleanup removes it. */
  tempIn?: string;
  timeout?: number;
}

/**
 * Runs a bundled action entry as its composite step does: node, INPUT_* variables, real runner
 * files. `name` is an action under actions/ ("load"), or "." for the umbrella action.yml.
 */
export async function runAction(
  name: string,
  inputs: Record<string, string>,
  extraEnv: Record<string, string> = {},
  options: RunOptions = {},
) {
  const runner = mkdtempSync(
    join(options.tempIn ?? tmpdir(), `tf-${name === "." ? "umbrella" : name}-runner-`),
  );
  const files = { GITHUB_OUTPUT: join(runner, "output"), GITHUB_STEP_SUMMARY: join(runner, "summary") };
  writeFileSync(files.GITHUB_OUTPUT, "");
  writeFileSync(files.GITHUB_STEP_SUMMARY, "");
  const env: Record<string, string> = {
    ...files,
    PATH: process.env.PATH ?? "",
    RUNNER_TEMP: runner,
    GITHUB_SHA: "0123456789abcdef",
    ...extraEnv,
  };
  for (const [key, value] of Object.entries(inputs))
    env[`INPUT_${key.toUpperCase().replace(/-/g, "_")}`] = value;
  const entry =
    options.entry ?? join(packageRoot(), name === "." ? "dist/action.js" : `dist/actions/${name}.js`);
  const run = await execa(process.execPath, [entry], {
    env,
    extendEnv: false,
    reject: false,
    cwd: options.cwd ?? runner,
    timeout: options.timeout,
  });
  return {
    exitCode: run.exitCode,
    stdout: run.stdout,
    stderr: run.stderr,
    outputs: readOutputs(files.GITHUB_OUTPUT),
    summary: readFileSync(files.GITHUB_STEP_SUMMARY, "utf8"),
    runner,
  };
}

interface Step {
  id?: string;
  if?: string;
  run?: string;
  uses?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}

/** The composite action's definition: its inputs and steps. */
export function actionYaml(name: string): {
  inputs: Record<string, unknown>;
  runs: { using: string; steps: Step[] };
} {
  return parse(
    readFileSync(join(packageRoot(), name === "." ? "action.yml" : `actions/${name}/action.yml`), "utf8"),
  );
}
