import { createRequire as __tfRequire } from 'node:module'; const require = __tfRequire(import.meta.url);
import {
  EXIT_FOR
} from "./chunk-3SPCBFXF.js";
import {
  input
} from "./chunk-5LCCO2DY.js";
import {
  error,
  info,
  notice,
  setOutput,
  summary,
  warning
} from "./chunk-L6QCKW5G.js";
import {
  PolicyError,
  describeError,
  formatProblem,
  loadPolicy
} from "./chunk-IRIMDTO3.js";

// src/actions/gate-action.ts
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
async function runGateAction(gate, env = process.env, actionOptions = {}) {
  try {
    const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
    const cwd = resolve(workspace, input("working-directory", env) ?? ".");
    const { policy } = await loadPolicy({ cwd, file: input("policy", env) });
    const base = input("base", env) ?? (env.GITHUB_BASE_REF ? `origin/${env.GITHUB_BASE_REF}` : void 0);
    const resultFile = resolve(
      cwd,
      input("result-file", env) ?? join(env.RUNNER_TEMP ?? cwd, `terrafusion-${gate.name}.json`)
    );
    const result = await gate.run({
      cwd,
      policy,
      base,
      options: actionOptions.options?.(env) ?? {},
      progress: (message) => info(`[${gate.name}] ${message}`)
    });
    result.sha ??= env.GITHUB_SHA;
    mkdirSync(dirname(resultFile), { recursive: true });
    writeFileSync(resultFile, `${JSON.stringify(result, null, 2)}
`);
    annotate(result, Math.min(actionOptions.maxAnnotations ?? 50, 50));
    if (env.GITHUB_STEP_SUMMARY) await summary.addRaw(result.summary.trimEnd(), true).write();
    setOutput("conclusion", result.conclusion);
    setOutput("headline", result.headline);
    setOutput("result-file", resultFile);
    setOutput("metrics", JSON.stringify(result.metrics));
    info(`${result.conclusion}: ${result.headline}`);
    if (result.conclusion === "failure" || result.conclusion === "error") {
      error(result.error ?? result.headline, { title: `TerraFusion ${gate.name}` });
    }
    return EXIT_FOR[result.conclusion];
  } catch (error2) {
    if (error2 instanceof PolicyError) {
      for (const problem of error2.problems) {
        error(formatProblem(problem), {
          file: problem.file,
          startLine: problem.line,
          startColumn: problem.column,
          title: "TerraFusion policy"
        });
      }
    }
    const { message, exitCode } = describeError(error2);
    error(message, { title: `TerraFusion ${gate.name}` });
    return exitCode;
  }
}
function annotate(result, cap) {
  const ordered = [
    ...result.findings.filter((finding) => finding.blocking),
    ...result.findings.filter((finding) => !finding.blocking && finding.onChangedLine)
  ];
  for (const finding of ordered.slice(0, cap)) {
    const properties = {
      file: finding.path,
      startLine: finding.line,
      endLine: finding.endLine,
      title: `${result.gate}: ${finding.rule}`
    };
    const message = finding.note ? `${finding.message} (${finding.note})` : finding.message;
    if (finding.blocking) error(message, properties);
    else notice(message, properties);
  }
  if (ordered.length > cap) {
    warning(
      `${ordered.length - cap} more finding${ordered.length - cap === 1 ? " is" : "s are"} not annotated (cap ${cap}); see the job summary and the result file`,
      { title: `TerraFusion ${result.gate}` }
    );
  }
}

export {
  runGateAction
};
