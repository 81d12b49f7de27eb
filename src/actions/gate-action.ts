import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import * as core from "@actions/core";
import { plural } from "../core/format.ts";
import { EXIT_FOR, type GateResult, gateResult } from "../core/gate-result.ts";
import { boundedSummary, codeBlock } from "../core/markdown.ts";
import { describeError, formatProblem, PolicyError, UsageError } from "../errors.ts";
import { loadPolicy } from "../fs/load-policy.ts";
import type { GateDefinition } from "../gates/types.ts";
import { defaultBase } from "./default-base.ts";
import { input, numberInput } from "./inputs.ts";

export interface ActionOptions {
  /** Gate-specific options read from the action's inputs (a UsageError thrown here is reported as one). */
  options?: (env: NodeJS.ProcessEnv) => Record<string, unknown>;
  /** Outputs beyond the common ones, from the result and the options. */
  outputs?: (result: GateResult, options: Record<string, unknown>) => Record<string, string>;
}

// GitHub shows at most 50 annotations of each kind per step.
const ANNOTATION_LIMIT = 50;

/**
 * The body of every gate action: parse the common inputs once, run the gate, then write the
 * outputs, the job summary, the annotations and the GateResult file. Returns the exit code.
 */
export async function runGateAction(
  gate: GateDefinition,
  env: NodeJS.ProcessEnv = process.env,
  actionOptions: ActionOptions = {},
): Promise<number> {
  const started = new Date();
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  const cwd = resolve(workspace, input("working-directory", env) ?? ".");
  const resultFile = resolve(
    cwd,
    input("result-file", env) ?? join(env.RUNNER_TEMP ?? cwd, `terrafusion-${gate.name}.json`),
  );
  try {
    const { policy } = await loadPolicy({ cwd, file: input("policy", env) }, env);
    const base = input("base", env) ?? defaultBase(env);
    const options = actionOptions.options?.(env) ?? {};
    const result = await gate.run({
      cwd,
      policy,
      base,
      options,
      progress: (message) => core.info(`[${gate.name}] ${message}`),
    });
    result.sha ??= env.GITHUB_SHA;
    mkdirSync(dirname(resultFile), { recursive: true });
    writeFileSync(resultFile, `${JSON.stringify(result, null, 2)}\n`);
    annotate(result, annotationCap(env, policy.gates?.[gate.name]));
    if (env.GITHUB_STEP_SUMMARY)
      await core.summary.addRaw(boundedSummary(result.summary.trimEnd()), true).write();
    core.setOutput("conclusion", result.conclusion);
    core.setOutput("headline", result.headline);
    core.setOutput("result-file", resultFile);
    core.setOutput("metrics", JSON.stringify(result.metrics));
    for (const [name, value] of Object.entries(actionOptions.outputs?.(result, options) ?? {})) {
      core.setOutput(name, value);
    }
    core.info(`${result.conclusion}: ${result.headline}`);
    if (result.conclusion === "failure" || result.conclusion === "error") {
      core.error(result.error ?? result.headline, { title: `TerraFusion ${gate.name}` });
    }
    return EXIT_FOR[result.conclusion];
  } catch (error) {
    if (error instanceof PolicyError) {
      for (const problem of error.problems) {
        core.error(formatProblem(problem), {
          // Annotations name files from the repository root; the policy was read from the working directory.
          file: relative(workspace, resolve(cwd, problem.file)),
          startLine: problem.line,
          startColumn: problem.column,
          title: "TerraFusion policy",
        });
      }
    }
    const { message, exitCode } = describeError(error);
    core.error(message, { title: `TerraFusion ${gate.name}` });
    // The PR surface still learns that this gate could not run, and why.
    const result = gateResult({
      gate: gate.name,
      conclusion: "error",
      headline: message.split("\n")[0]!,
      error: message,
      summary: `### ${gate.name}: could not run\n\n${codeBlock(message, "text")}\n`,
      sha: env.GITHUB_SHA,
      startedAt: started.toISOString(),
      durationMs: Date.now() - started.getTime(),
    });
    try {
      mkdirSync(dirname(resultFile), { recursive: true });
      writeFileSync(resultFile, `${JSON.stringify(result, null, 2)}\n`);
      core.setOutput("result-file", resultFile);
      if (env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(boundedSummary(result.summary), true).write();
    } catch {
      // The error above is what matters; a result file that cannot be written adds nothing to it.
    }
    core.setOutput("conclusion", "error");
    core.setOutput("headline", result.headline);
    return exitCode;
  }
}

/** The max-annotations input, else the gate's policy setting, within GitHub's limit. */
function annotationCap(env: NodeJS.ProcessEnv, gatePolicy: object | undefined): number {
  const fromInput = numberInput("max-annotations", env);
  if (
    fromInput !== undefined &&
    (!Number.isInteger(fromInput) || fromInput < 0 || fromInput > ANNOTATION_LIMIT)
  ) {
    throw new UsageError(
      `input max-annotations: expected a whole number from 0 to ${ANNOTATION_LIMIT}, got ${fromInput}`,
    );
  }
  const fromPolicy = (gatePolicy as { "max-annotations"?: number } | undefined)?.["max-annotations"];
  return fromInput ?? fromPolicy ?? ANNOTATION_LIMIT;
}

/** Blocking findings as errors first, then non-blocking ones on changed lines as notices, up to the cap. */
function annotate(result: GateResult, cap: number): void {
  const ordered = [
    ...result.findings.filter((finding) => finding.blocking),
    ...result.findings.filter((finding) => !finding.blocking && finding.onChangedLine),
  ];
  for (const finding of ordered.slice(0, cap)) {
    const properties = {
      file: finding.path,
      startLine: finding.line,
      endLine: finding.endLine,
      title: `${result.gate}: ${finding.rule}`,
    };
    const message = finding.note ? `${finding.message} (${finding.note})` : finding.message;
    if (finding.blocking) core.error(message, properties);
    else core.notice(message, properties);
  }
  if (ordered.length > cap) {
    core.warning(
      `${plural(ordered.length - cap, "more finding")} ${ordered.length - cap === 1 ? "is" : "are"} not annotated (cap ${cap}); see the job summary and the result file`,
      { title: `TerraFusion ${result.gate}` },
    );
  }
}
