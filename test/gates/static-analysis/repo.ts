import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { execa } from "execa";

/** A real git repository in a temp folder, built commit by commit. */
export async function gitRepo(prefix = "tf-sa-") {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const git = async (...args: string[]) => (await execa("git", args, { cwd: dir })).stdout;
  await git("init", "-q", "-b", "main");
  await git("config", "user.email", "test@example.com");
  await git("config", "user.name", "Test");
  await git("config", "commit.gpgsign", "false");
  return {
    dir,
    git,
    write(files: Record<string, string>) {
      for (const [path, text] of Object.entries(files)) {
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), text);
      }
    },
    async commit(message: string) {
      await git("add", "-A");
      await git("commit", "-q", "-m", message);
    },
  };
}
