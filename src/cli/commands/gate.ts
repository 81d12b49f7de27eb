import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Command } from "commander";
import { EXIT_FOR, type GateResult } from "../../core/gate-result.ts";
import { UsageError } from "../../errors.ts";
import { GATES } from "../../gates/registry.ts";
import { loadPolicy } from "../../policy/load.ts";
import { colors, type Io, progress } from "../io.ts";

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
      .option("--cwd <dir>", "the repository or project folder", ".")
      .option("--policy <file>", "the policy file (default: .github/terrafusion.yml under --cwd)")
      .option("--base <ref>", "compare against this git ref (a pull request's base); omit for a full run")
      .option("--json", "print the GateResult JSON instead of the summary")
      .option("--output <file>", "also write the GateResult JSON to this file");
    definition.configure?.(command);
    command.action(async (flags: GateFlags) => {
      const cwd = resolve(flags.cwd);
      const { policy } = await loadPolicy({ cwd, file: flags.policy });
      const { cwd: _c, policy: _p, base, json, output, ...options } = flags;
      const result = await definition.run({
        cwd,
        policy,
        base,
        options,
        progress: progress(io, definition.name, Boolean(json)),
      });
      if (output) writeFileSync(output, `${JSON.stringify(result, null, 2)}\n`);
      io.out(json ? JSON.stringify(result, null, 2) : renderResult(result, io));
      setExitCode(EXIT_FOR[result.conclusion]);
    });
  }
  gate.argument("[name]").action((name: string | undefined) => {
    const known = GATES.map((g) => g.name).join(", ") || "none yet";
    throw new UsageError(
      name
        ? `unknown gate ${JSON.stringify(name)} (expected one of: ${known})`
        : `name a gate: terrafusion gate NAME (one of: ${known})`,
    );
  });
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
