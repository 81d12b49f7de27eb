import { Command, CommanderError } from "commander";
import { describeError, EXIT, ProblemsError } from "../errors.ts";
import { packageVersion, useInstalledTools } from "../package-root.ts";
import { registerGateCommands } from "./commands/gate.ts";
import { registerPolicyCommands } from "./commands/policy.ts";
import { registerPromoteCommands } from "./commands/promote.ts";
import { registerReviewCommands } from "./commands/review.ts";
import { commandPath, requireSubcommand } from "./groups.ts";
import { type Io, processIo } from "./io.ts";
import { ALSO, JSON_PRINTED } from "./json-printed.ts";

const EPILOGUE = `
Exit codes: 0 success; 1 a gate failed or a review is not approved; 2 a usage, policy or tool error.
Errors are one line on stderr ("terrafusion: what is wrong (how to fix it)"); with --json, stdout
holds JSON even then: the command's own shape, or {"error": "...", "problems": [...]}.
Set TERRAFUSION_DEBUG=1 to see the stack of an internal error.`;

/** Runs one command line; returns the exit code. Every error becomes one message here, and nowhere else. */
export async function runCli(argv: readonly string[], io: Io = processIo()): Promise<number> {
  useInstalledTools(io.env);
  let exitCode: number = EXIT.ok;
  let commanderMessage: string | undefined;
  const program = new Command("terrafusion")
    .description(
      "Quality gates, review policy and blue-green promotion from one policy file (.github/terrafusion.yml).",
    )
    .version(packageVersion(), "-v, --version")
    .showSuggestionAfterError(true)
    .addHelpText("after", EPILOGUE)
    .exitOverride();
  program.configureHelp({ sortSubcommands: false, showGlobalOptions: false });
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
  for (const command of [program, ...allCommands(program)]) {
    if (command.commands.length > 0) requireSubcommand(command);
    command.exitOverride().configureOutput({
      writeOut: (text) => io.out(text.trimEnd()),
      writeErr: (text) => io.err(text.trimEnd()),
      // Commander's own usage errors ("error: unknown option ...") become our one-line format.
      outputError: (text, write) => {
        commanderMessage = commanderLine(text, command);
        write(`terrafusion: ${commanderMessage}`);
      },
    });
  }

  const wantsJson = argv.includes("--json");
  try {
    await program.parseAsync(argv, { from: "user" });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here with code 0; a usage mistake already printed its message.
      if (
        error.exitCode === 0 ||
        error.code === "commander.helpDisplayed" ||
        error.code === "commander.version"
      )
        return EXIT.ok;
      if (wantsJson)
        io.out(JSON.stringify({ error: commanderMessage ?? error.message, problems: [] }, null, 2));
      return EXIT.usage;
    }
    const { message, exitCode: code, expected } = describeError(error);
    const problems = error instanceof ProblemsError ? error.problems : [];
    if (wantsJson && !(error as { [JSON_PRINTED]?: boolean })[JSON_PRINTED])
      io.out(JSON.stringify({ error: message, problems }, null, 2));
    if (error instanceof ProblemsError) {
      // Editors and CI parse FILE:LINE:COL at the start of a line: print the problems bare.
      io.err(message);
      io.err(`terrafusion: ${error.closing}`);
    } else {
      io.err(`terrafusion: ${message}`);
    }
    for (const line of (error as { [ALSO]?: string[] })[ALSO] ?? []) io.err(line);
    if (!expected && io.env.TERRAFUSION_DEBUG) io.err(String((error as Error).stack));
    return code;
  }
}

/** "error: unknown command 'polcy'\n(Did you mean policy?)" → "unknown command 'polcy'; did you mean policy? (see ...)". */
function commanderLine(text: string, command: Command): string {
  const [first = "", ...rest] = text
    .trim()
    .replace(/^error: /, "")
    .split("\n");
  const hints = rest
    .map((line) => line.trim().replace(/^\((.*)\)$/, "$1"))
    .filter(Boolean)
    .map((line) => line.charAt(0).toLowerCase() + line.slice(1));
  return `${[first.replace(/\.$/, ""), ...hints].join("; ")} (see ${commandPath(command)} --help)`;
}

function* allCommands(command: Command): Generator<Command> {
  for (const sub of command.commands) {
    yield sub;
    yield* allCommands(sub);
  }
}
