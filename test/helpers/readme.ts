import { readFileSync } from "node:fs";
import { join } from "node:path";
import { packageRoot } from "../../src/package-root.ts";

/**
 * The text of README's fenced block that follows `<!-- use-it:NAME … -->`: the lines README tells users
 * to run or copy, which the package, docs and act tests run as written.
 */
export function readmeBlock(name: string, root = packageRoot()): string {
  const readme = readFileSync(join(root, "README.md"), "utf8");
  const block = new RegExp(`<!-- use-it:${name}\\b[^\\n]*-->\\n\`\`\`\\w*\\n([\\s\\S]*?)\`\`\``).exec(readme);
  if (!block) throw new Error(`README.md has no <!-- use-it:${name} --> block`);
  return block[1]!;
}

/** The block's commands: its lines without blanks and comments. */
export function readmeCommands(name: string, root = packageRoot()): string[] {
  return readmeBlock(name, root)
    .split("\n")
    .filter((line) => line.trim() && !line.trim().startsWith("#"));
}
