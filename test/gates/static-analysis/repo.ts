import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { execa } from "execa";
import type { Finding, GateResult } from "../../../src/core/gate-result.ts";
import { cli } from "../../helpers/cli.ts";

/** A real git repository in a temp folder, built commit by commit. */
export async function gitRepo(prefix = "tf-sa-") {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const git = async (...args: string[]) => (await execa("git", args, { cwd: dir })).stdout;
  await git("init", "-q", "-b", "main");
  await git("config", "user.email", "test@example.com");
  await git("config", "user.name", "Test");
  await git("config", "commit.gpgsign", "false");
  const write = (files: Record<string, string>) => {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
  };
  const commit = async (message: string) => {
    await git("add", "-A");
    await git("commit", "-q", "-m", message);
  };
  return {
    dir,
    git,
    write,
    commit,
    /**
     * A pull request: `base` committed on main, then on branch feature (left checked out) the
     * `moves` done with git mv (from → to) and `head` written, in one commit.
     */
    async pullRequest(
      base: Record<string, string>,
      head: Record<string, string>,
      moves: Record<string, string> = {},
    ) {
      write(base);
      await commit("base");
      await git("checkout", "-q", "-b", "feature");
      for (const [from, to] of Object.entries(moves)) {
        // git mv wants the target's folder; a .keep file makes it, as a developer would.
        write({ [join(dirname(to), ".keep")]: "" });
        await git("mv", from, to);
      }
      write(head);
      await commit("feature");
    },
  };
}

/** A flaw already on main: child-process-injection on line 4. */
export const LEGACY = `import { exec } from "child_process";

export function archive(name: string) {
  exec("tar czf backup.tgz " + name);
}
`;

/** A finding as the tests compare it: "rule path:line". */
export const where = (finding: Finding) => `${finding.rule} ${finding.path}:${finding.line}`;

/** The static-analysis gate, run in-process with --json. */
export async function gate(args: string[]) {
  const run = await cli(["gate", "static-analysis", "--json", ...args]);
  return { code: run.code, result: JSON.parse(run.stdout) as GateResult, stderr: run.stderr };
}
