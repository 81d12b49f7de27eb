import { Command, CommanderError } from "commander";
import { describeError, EXIT, PolicyError } from "../errors.ts";
import { packageVersion, useInstalledTools } from "../package-root.ts";
import { registerGateCommands } from "./commands/gate.ts";
import { registerPolicyCommands } from "./commands/policy.ts";
import { registerPromoteCommands } from "./commands/promote.ts";
import { registerReviewCommands } from "./commands/review.ts";
import { type Io, processIo } from "./io.ts";

/** Runs one command line; returns the exit code. Every error becomes one message here, and nowhere else. */
export async function runCli(argv: readonly string[], io: Io = processIo()): Promise<number> {
  useInstalledTools(io.env);
  let exitCode: number = EXIT.ok;
  const program = new Command("terrafusion")
    .description(
      "Quality gates, review policy and blue-green promotion from one policy file (.github/terrafusion.yml).",
    )
    .version(packageVersion(), "-v, --version")
    .showSuggestionAfterError(true)
    .configureOutput({
      writeOut: (text) => io.out(text.trimEnd()),
      writeErr: (text) => io.err(text.trimEnd()),
    })
    .exitOverride();
  // Subcommands inherit output and error handling.
  program.configureHelp({ sortSubcommands: false });
  registerPolicyCommands(program, io);
  registerReviewCommands(program, io, (code) => {
    exitCode = code;
  });
  registerPromoteCommands(program, io, (code) => {
    exitCode = code;
  });
  registerGateCommands(program, io, (code) => {
    exitCode = code;
  });
  for (const command of allCommands(program))
    command.exitOverride().configureOutput(program.configureOutput());

  try {
    await program.parseAsync(argv, { from: "user" });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here with code 0; a usage mistake already printed its message.
      return error.exitCode === 0 ||
        error.code === "commander.helpDisplayed" ||
        error.code === "commander.version"
        ? EXIT.ok
        : EXIT.usage;
    }
    const { message, exitCode: code, expected } = describeError(error);
    if ((error as { reported?: boolean }).reported) return code;
    if (error instanceof PolicyError) {
      // Editors and CI parse FILE:LINE:COL at the start of a line: print the problems bare.
      io.err(message);
      io.err(
        `terrafusion: ${error.problems.length} problem${error.problems.length === 1 ? "" : "s"} in the policy`,
      );
    } else {
      io.err(`terrafusion: ${message}`);
    }
    if (!expected && io.env.TERRAFUSION_DEBUG) io.err(String((error as Error).stack));
    return code;
  }
}

function* allCommands(command: Command): Generator<Command> {
  for (const sub of command.commands) {
    yield sub;
    yield* allCommands(sub);
  }
}
