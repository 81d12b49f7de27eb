import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { execa } from "execa";

/** Contents by path; null deletes the file in the head commit. */
export type Files = Record<string, string | null>;

const GIT_ENV = {
  GIT_AUTHOR_NAME: "Fixture",
  GIT_AUTHOR_EMAIL: "fixture@example.com",
  GIT_COMMITTER_NAME: "Fixture",
  GIT_COMMITTER_EMAIL: "fixture@example.com",
  GIT_CONFIG_NOSYSTEM: "1",
};

export async function git(cwd: string, ...args: string[]): Promise<string> {
  const { stdout } = await execa("git", ["-c", "commit.gpgsign=false", ...args], { cwd, env: GIT_ENV });
  return stdout;
}

function write(dir: string, files: Files): void {
  for (const [path, content] of Object.entries(files)) {
    const file = join(dir, path);
    if (content === null) rmSync(file);
    else {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, content);
    }
  }
}

/**
 * A fresh git repository: branch main holds `base`, branch feature (checked out) adds `head` on
 * top in one commit. Git finds renames itself from a deleted path plus a similar new one.
 */
export async function fixtureRepo(base: Files, head: Files): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "tf-coverage-fixture-"));
  await git(dir, "init", "--quiet", "--initial-branch=main");
  write(dir, base);
  await git(dir, "add", "--all");
  await git(dir, "commit", "--quiet", "--message=base");
  await git(dir, "checkout", "--quiet", "-b", "feature");
  write(dir, head);
  await git(dir, "add", "--all");
  await git(dir, "commit", "--quiet", "--allow-empty", "--message=head");
  return dir;
}

/** Clones `repo` into `clone` as a depth-1 checkout of feature that still knows every branch's tip. */
export async function shallowClone(repo: string, clone: string): Promise<void> {
  await git(
    clone,
    "clone",
    "--quiet",
    "--depth=1",
    "--no-single-branch",
    "--branch=feature",
    `file://${repo}`,
    ".",
  );
}
