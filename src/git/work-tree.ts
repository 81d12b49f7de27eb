import { copyFileSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { type GitOptions, git, gitOrThrow } from "./run.ts";

/** Files git neither tracks nor ignores, named from the repository root. */
export async function untrackedFiles(root: string): Promise<string[]> {
  const listed = await gitOrThrow(root, [
    "-c",
    "core.quotePath=false",
    "ls-files",
    "--others",
    "--exclude-standard",
    "-z",
  ]);
  // A nested repository shows as "folder/": it is not a file of this change.
  return listed.split("\0").filter((path) => path && !path.endsWith("/"));
}

/**
 * Runs `use` with git options under which the work tree's untracked, not-ignored files count as added:
 * a developer's new file is part of the change before it is committed. A scratch copy of the index
 * marks them intent-to-add, so `git diff <commit>` shows them, with rename detection (a file moved
 * without `git mv`), and the user's own index is never touched.
 */
export async function withUntrackedAsAdded<T>(
  root: string,
  use: (options: GitOptions) => Promise<T>,
): Promise<T> {
  const untracked = await untrackedFiles(root);
  if (untracked.length === 0) return use({});
  const scratch = mkdtempSync(join(tmpdir(), "terrafusion-index-"));
  try {
    const index = join(scratch, "index");
    const own = resolve(root, (await gitOrThrow(root, ["rev-parse", "--git-path", "index"])).trim());
    if (existsSync(own)) copyFileSync(own, index);
    // Literal paths from stdin: no glob magic in file names, no argument-length limit.
    const env = { GIT_INDEX_FILE: index, GIT_LITERAL_PATHSPECS: "1" };
    // An unreadable file is skipped (--ignore-errors), the others still count; whatever git add
    // managed, the scratch index is at worst the user's own.
    await git(
      root,
      ["add", "--intent-to-add", "--ignore-errors", "--pathspec-from-file=-", "--pathspec-file-nul"],
      { env, input: `${untracked.join("\0")}\0` },
    );
    return await use({ env });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
