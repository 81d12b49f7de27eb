import { existsSync } from "node:fs";
import { resolve } from "node:path";
import type { Command } from "commander";
import { Document, isMap, parseDocument } from "yaml";
import { plural } from "../../core/format.ts";
import { EXIT, formatProblem, UsageError } from "../../errors.ts";
import { writeFileAtomic } from "../../fs/atomic-write.ts";
import { ReadLimitedError, readLimited } from "../../fs/read-limited.ts";
import { MAX_POLICY_BYTES } from "../../policy/yaml-source.ts";
import { convertPolicyBot } from "../../review/policy-bot/convert.ts";
import type { Io } from "../io.ts";
import { cwdOption } from "../options.ts";

const DOCS = "docs/review.md, Moving from policy-bot";

interface Flags {
  cwd: string;
  output?: string;
  force?: boolean;
  strict?: boolean;
}

/** `terrafusion review import-policy-bot FILE`: read, convert, print or write; the converter does the rest. */
export function registerImportPolicyBot(review: Command, io: Io, setExit: (code: number) => void): void {
  review
    .command("import-policy-bot")
    .description(
      "convert a palantir/policy-bot policy (.policy.yml) into the review section of .github/terrafusion.yml, and list what does not carry over",
    )
    .argument("<file>", "the policy-bot policy, relative to --cwd (e.g. .policy.yml)")
    .option(
      "--output <file>",
      "write the review section into this policy file instead of printing it (a new file gets version: 1; an existing one keeps its other sections)",
    )
    .option("--force", "with --output: replace the review section the file already has")
    .option("--strict", "exit 1 when anything could not be carried over (default: print it and exit 0)")
    .addOption(cwdOption())
    .addHelpText(
      "after",
      `
Each construct that does not carry over, or carries over with another meaning, is one line on stderr:
FILE:LINE:COL key.path: what and why. See ${DOCS}.`,
    )
    .action(async (file: string, flags: Flags) => {
      const { review: section, problems } = convertPolicyBot(
        readPolicyBot(resolve(flags.cwd, file), file),
        file,
      );
      const rules = (section.rules as unknown[]).length;
      if (flags.output) {
        await writeInto(resolve(flags.cwd, flags.output), flags.output, section, file, Boolean(flags.force));
        io.err(`wrote the review section (${plural(rules, "rule")}) to ${flags.output}`);
      } else {
        io.out(render(section, file));
      }
      if (problems.length > 0) {
        io.err(problems.map(formatProblem).join("\n"));
        io.err(
          `terrafusion: ${plural(problems.length, "construct")} of ${file} did not carry over as written (listed above; see ${DOCS})`,
        );
      }
      setExit(flags.strict && problems.length > 0 ? EXIT.failed : EXIT.ok);
    });
}

function readPolicyBot(path: string, shown: string): Uint8Array {
  try {
    // Past the policy limit, so that the parser says how large a large file is.
    return readLimited(path, MAX_POLICY_BYTES * 16);
  } catch (error) {
    if (!(error instanceof ReadLimitedError)) throw error;
    const hint =
      error.problem.kind === "missing" || error.problem.kind === "folder"
        ? " (give the policy-bot policy file, e.g. .policy.yml)"
        : "";
    throw new UsageError(`${shown}: ${error.message.slice(path.length + 2)}${hint}`);
  }
}

const header = (from: string) => ` Converted from ${from} by terrafusion review import-policy-bot.`;

function render(section: Record<string, unknown>, from: string): string {
  const document = new Document({ review: section });
  document.commentBefore = header(from);
  return document.toString({ lineWidth: 0 });
}

/** Adds the section to a policy file, keeping what else (and the comments) it has. */
async function writeInto(
  path: string,
  shown: string,
  section: Record<string, unknown>,
  from: string,
  force: boolean,
): Promise<void> {
  let document: Document;
  if (existsSync(path)) {
    let text: string;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(readLimited(path, MAX_POLICY_BYTES));
    } catch (error) {
      const why = error instanceof ReadLimitedError ? error.message.slice(path.length + 2) : "not UTF-8 text";
      throw new UsageError(`--output ${shown}: ${why} (give the policy file to add the review section to)`);
    }
    document = parseDocument(text);
    if (document.errors.length > 0)
      throw new UsageError(
        `--output ${shown}: not valid YAML (${document.errors[0]!.message.split("\n")[0]}); fix it, or write to another file`,
      );
    if (document.contents === null) document = new Document({ version: 1 });
    if (!isMap(document.contents))
      throw new UsageError(
        `--output ${shown}: expected a policy file (a mapping such as version: 1), not a list or a value`,
      );
    if (document.has("review") && !force)
      throw new UsageError(
        `--output ${shown}: already has a review section (pass --force to replace it, or print to stdout and merge by hand)`,
      );
  } else {
    document = new Document({ version: 1 });
  }
  const node = document.createNode(section);
  node.commentBefore = header(from);
  document.set("review", node);
  try {
    await writeFileAtomic(path, document.toString({ lineWidth: 0 }));
  } catch (error) {
    throw new UsageError(
      `--output ${shown}: cannot write the policy (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); give a file path in a writable folder`,
    );
  }
}
