import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { Command } from "commander";
import { EXIT_FOR, type GateResult, gateResult } from "../../core/gate-result.ts";
import { codeBlock } from "../../core/markdown.ts";
import { describeError, UsageError } from "../../errors.ts";
import { loadPolicy } from "../../fs/load-policy.ts";
import { GATES } from "../../gates/registry.ts";
import { suggest } from "../../policy/validate.ts";
import { colors, type Io, progress } from "../io.ts";
import { ALSO, JSON_PRINTED } from "../json-printed.ts";
import { cwdOption } from "../options.ts";

interface GateFlags {
  cwd: string;
  policy?: string;
  base?: string;
  json?: boolean;
  output?: string;
  [option: string]: unknown;
}

/** `terrafusion gate NAME [--cwd DIR] [--policy FILE] [--base REF] [--json]`: one shape for every gate. */
export function registerGateCommands(program: Command, io: Io, setExitCode: (code: number) => void): void {
  const gate = program
    .command("gate")
    .description("run a quality gate: exit 0 when it holds, 1 when it fails, 2 when it cannot be measured");
  for (const definition of GATES) {
    const command = gate
      .command(definition.name)
      .description(definition.summary)
      .addOption(cwdOption("the repository or project folder"))
      .option(
        "--policy <file>",
        "the policy file (default: .github/terrafusion.yml or .yaml under --cwd, else the defaults)",
      )
      .option("--base <ref>", "compare against this git ref (a pull request's base); omit for a full run")
      .option("--json", "print the GateResult JSON instead of the summary (also when the gate cannot run)")
      .option(
        "--output <file>",
        "also write the GateResult JSON to this file (also when the gate cannot run)",
      );
    definition.configure?.(command);
    command.action(async (flags: GateFlags) => {
      const cwd = resolve(flags.cwd);
      const { cwd: _c, policy: _p, base, json, output, ...options } = flags;
      const startedAt = new Date();
      let result: GateResult;
      try {
        const { policy } = await loadPolicy({ cwd, file: flags.policy }, io.env);
        result = await definition.run({
          cwd,
          policy,
          base,
          options,
          progress: progress(io, definition.name, Boolean(json)),
        });
      } catch (error) {
        if (!(error instanceof UsageError) || !(json || output)) throw error;
        // A later step reads the result file: it gets an "error" result, never nothing.
        const { message } = describeError(error);
        const failed = gateResult({
          gate: definition.name,
          conclusion: "error",
          headline: message.split("\n")[0] ?? message,
          error: message,
          summary: `### ${definition.name}: error\n\n${codeBlock(message)}\n`,
          startedAt: startedAt.toISOString(),
          durationMs: Date.now() - startedAt.getTime(),
        });
        if (json) io.out(JSON.stringify(failed, null, 2));
        const unwritten = output ? writeResult(output, failed, Boolean(json)) : undefined;
        throw Object.assign(error, {
          [JSON_PRINTED]: Boolean(json),
          [ALSO]: unwritten ? [`terrafusion: ${unwritten.message}`] : [],
        });
      }
      // The result first: a --output that cannot be written must not swallow it.
      io.out(json ? JSON.stringify(result, null, 2) : renderResult(result, io));
      setExitCode(EXIT_FOR[result.conclusion]);
      const unwritten = output ? writeResult(output, result, Boolean(json)) : undefined;
      if (unwritten) throw unwritten;
    });
  }
  gate
    .usage("<gate> [options]")
    .argument("[name]", "the gate to run (see Commands)")
    .allowExcessArguments()
    .action((name: string | undefined) => {
      const names = GATES.map((g) => g.name);
      throw new UsageError(
        name
          ? `unknown gate ${JSON.stringify(name)}${suggest(name, names)} (expected one of: ${names.join(", ")})`
          : `name a gate: terrafusion gate ${names.join("|")} (see terrafusion gate --help)`,
      );
    });
}

/** Writes --output; a failure is a usage error that names the flag (never a lost result: it was printed). */
function writeResult(file: string, result: GateResult, json: boolean): UsageError | undefined {
  try {
    mkdirSync(dirname(resolve(file)), { recursive: true });
    writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
    return undefined;
  } catch (error) {
    return Object.assign(
      new UsageError(
        `--output ${file}: cannot write the result (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); give a file path in a writable folder`,
      ),
      { [JSON_PRINTED]: json },
    );
  }
}

export function renderResult(result: GateResult, io: Io): string {
  const c = colors(io);
  const mark = {
    success: c.green("✓ passed"),
    failure: c.red("✗ failed"),
    error: c.red("! error"),
    skipped: c.dim("- skipped"),
  }[result.conclusion];
  return `${mark} ${result.gate}: ${result.headline}\n\n${result.summary}`.trimEnd();
}
