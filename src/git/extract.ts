import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { ToolError } from "../errors.ts";
import { gitBytes } from "./run.ts";

/**
 * Writes the files as they were at `commit` under `dir`, with one `git cat-file --batch` for all of
 * them. Returns the paths written: a path the commit does not have is left out.
 */
export async function extractFiles(
  cwd: string,
  commit: string,
  paths: readonly string[],
  dir: string,
): Promise<string[]> {
  if (paths.length === 0) return [];
  const input = paths.map((path) => `${commit}:${path}\n`).join("");
  const result = await gitBytes(cwd, ["cat-file", "--batch"], { input });
  if (result.exitCode !== 0) throw new ToolError("git", `git cat-file failed: ${result.stderr.trim()}`);
  const out = result.stdout;
  const written: string[] = [];
  let at = 0;
  for (const path of paths) {
    // Each answer is a header line "<sha> <type> <size>" then the content, or "<name> missing".
    const newline = out.indexOf(0x0a, at);
    const header = out.subarray(at, newline).toString("utf8");
    at = newline + 1;
    if (header.endsWith(" missing")) continue;
    const size = Number(header.split(" ")[2]);
    const target = join(dir, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, out.subarray(at, at + size));
    written.push(path);
    at += size + 1;
  }
  return written;
}
