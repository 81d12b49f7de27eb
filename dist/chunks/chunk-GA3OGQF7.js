import { createRequire as __tfRequire } from 'node:module'; const require = __tfRequire(import.meta.url);
import {
  input,
  numberInput
} from "./chunk-N2J2DVWW.js";
import {
  error,
  info,
  notice,
  setOutput,
  summary,
  warning
} from "./chunk-YARUGQXM.js";
import {
  EXIT_FOR,
  boundedSummary,
  codeBlock,
  gateResult
} from "./chunk-XJ3SIHHK.js";
import {
  loadPolicy
} from "./chunk-WJQ75HG4.js";
import {
  ConfigError,
  PolicyError,
  UsageError,
  describeError,
  formatProblem,
  plural
} from "./chunk-64HVLF7C.js";

// src/actions/gate-action.ts
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

// src/actions/default-base.ts
import { readFileSync } from "node:fs";
function defaultBase(env) {
  if (env.GITHUB_EVENT_NAME === "merge_group") return mergeGroupBase(env.GITHUB_EVENT_PATH);
  return env.GITHUB_BASE_REF ? `origin/${env.GITHUB_BASE_REF}` : void 0;
}
function mergeGroupBase(path) {
  const where = path ? `the event file ${path}` : "GITHUB_EVENT_PATH (unset)";
  let event;
  try {
    if (!path) throw new Error("no file");
    event = JSON.parse(readFileSync(path, "utf8"));
  } catch (error2) {
    throw new ConfigError(
      `this is a merge_group event, but ${where} cannot be read (${error2.message}): set the action's base input`
    );
  }
  const sha = event?.merge_group?.base_sha;
  if (typeof sha !== "string" || !/^[0-9a-f]{40,64}$/i.test(sha))
    throw new ConfigError(
      `this is a merge_group event, but ${where} has no merge_group.base_sha: set the action's base input`
    );
  return sha;
}

// src/actions/gate-action.ts
var ANNOTATION_LIMIT = 50;
async function runGateAction(gate, env = process.env, actionOptions = {}) {
  const started = /* @__PURE__ */ new Date();
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  const cwd = resolve(workspace, input("working-directory", env) ?? ".");
  const resultFile = resolve(
    cwd,
    input("result-file", env) ?? join(env.RUNNER_TEMP ?? cwd, `terrafusion-${gate.name}.json`)
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
      progress: (message) => info(`[${gate.name}] ${message}`)
    });
    result.sha ??= env.GITHUB_SHA;
    mkdirSync(dirname(resultFile), { recursive: true });
    writeFileSync(resultFile, `${JSON.stringify(result, null, 2)}
`);
    annotate(result, annotationCap(env, policy.gates?.[gate.name]));
    if (env.GITHUB_STEP_SUMMARY)
      await summary.addRaw(boundedSummary(result.summary.trimEnd()), true).write();
    setOutput("conclusion", result.conclusion);
    setOutput("headline", result.headline);
    setOutput("result-file", resultFile);
    setOutput("metrics", JSON.stringify(result.metrics));
    for (const [name, value] of Object.entries(actionOptions.outputs?.(result, options) ?? {})) {
      setOutput(name, value);
    }
    info(`${result.conclusion}: ${result.headline}`);
    if (result.conclusion === "failure" || result.conclusion === "error") {
      error(result.error ?? result.headline, { title: `TerraFusion ${gate.name}` });
    }
    return EXIT_FOR[result.conclusion];
  } catch (error2) {
    if (error2 instanceof PolicyError) {
      for (const problem of error2.problems) {
        error(formatProblem(problem), {
          // Annotations name files from the repository root; the policy was read from the working directory.
          file: relative(workspace, resolve(cwd, problem.file)),
          startLine: problem.line,
          startColumn: problem.column,
          title: "TerraFusion policy"
        });
      }
    }
    const { message, exitCode } = describeError(error2);
    error(message, { title: `TerraFusion ${gate.name}` });
    const result = gateResult({
      gate: gate.name,
      conclusion: "error",
      headline: message.split("\n")[0],
      error: message,
      summary: `### ${gate.name}: could not run

${codeBlock(message, "text")}
`,
      sha: env.GITHUB_SHA,
      startedAt: started.toISOString(),
      durationMs: Date.now() - started.getTime()
    });
    try {
      mkdirSync(dirname(resultFile), { recursive: true });
      writeFileSync(resultFile, `${JSON.stringify(result, null, 2)}
`);
      setOutput("result-file", resultFile);
      if (env.GITHUB_STEP_SUMMARY) await summary.addRaw(boundedSummary(result.summary), true).write();
    } catch {
    }
    setOutput("conclusion", "error");
    setOutput("headline", result.headline);
    return exitCode;
  }
}
function annotationCap(env, gatePolicy) {
  const fromInput = numberInput("max-annotations", env);
  if (fromInput !== void 0 && (!Number.isInteger(fromInput) || fromInput < 0 || fromInput > ANNOTATION_LIMIT)) {
    throw new UsageError(
      `input max-annotations: expected a whole number from 0 to ${ANNOTATION_LIMIT}, got ${fromInput}`
    );
  }
  const fromPolicy = gatePolicy?.["max-annotations"];
  return fromInput ?? fromPolicy ?? ANNOTATION_LIMIT;
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
      `${plural(ordered.length - cap, "more finding")} ${ordered.length - cap === 1 ? "is" : "are"} not annotated (cap ${cap}); see the job summary and the result file`,
      { title: `TerraFusion ${result.gate}` }
    );
  }
}

export {
  runGateAction
};
