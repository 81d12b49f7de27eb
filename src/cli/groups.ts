import type { Command } from "commander";
import { UsageError } from "../errors.ts";
import { suggest } from "../policy/validate.ts";

/** "terrafusion gate load", for messages that tell where to look. */
export function commandPath(command: Command): string {
  const names: string[] = [];
  for (let at: Command | null = command; at; at = at.parent) names.unshift(at.name());
  return names.join(" ");
}

/**
 * A command that only groups others (terrafusion, policy, review, gate): alone, or with an unknown
 * name, it is one usage error that lists the commands, instead of commander's help page on stderr.
 */
export function requireSubcommand(group: Command): void {
  if (group.registeredArguments.length > 0) return; // it handles its own operand (gate NAME)
  const names = () => group.commands.map((c) => c.name()).filter((name) => name !== "help");
  group
    .helpCommand(true) // commander drops `help [command]` from a command with an action of its own
    .usage("<command> [options]")
    .argument("[command]", "the command to run (see Commands)")
    .allowExcessArguments()
    .action((name: string | undefined) => {
      const path = commandPath(group);
      if (!name) throw new UsageError(`name a command: ${path} ${names().join("|")} (see ${path} --help)`);
      throw new UsageError(
        `unknown command ${JSON.stringify(name)} for ${path}${suggest(name, names())} (expected one of: ${names().join(", ")})`,
      );
    });
}
