import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { execa } from "execa";
import { ConfigError, ToolError } from "../../errors.ts";

export interface Change {
  status: "added" | "modified" | "renamed" | "copied" | "deleted" | "type-changed";
  path: string;
  /** The file's path at the merge base, for renamed and copied files. */
  oldPath?: string;
}

async function git(
  cwd: string,
  args: string[],
  options: { input?: string | Buffer; encoding?: "buffer" } = {},
) {
  const result = await execa("git", args, {
    cwd,
    reject: false,
    stdin: options.input === undefined ? "ignore" : "pipe",
    ...(options.input === undefined ? {} : { input: options.input }),
    ...(options.encoding ? { encoding: options.encoding } : {}),
    maxBuffer: 1024 * 1024 * 1024,
  });
  if ((result as { code?: string }).code === "ENOENT")
    throw new ToolError("git", "not found on PATH; the diff-aware scan needs git");
  return result;
}

async function gitText(cwd: string, args: string[]): Promise<string> {
  const result = await git(cwd, args);
  if (result.exitCode !== 0)
    throw new ToolError(
      "git",
      `git ${args.join(" ")} failed: ${String(result.stderr).trim().split("\n").pop()}`,
    );
  return String(result.stdout).trim();
}

async function resolves(cwd: string, ref: string): Promise<string | undefined> {
  const result = await git(cwd, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
  return result.exitCode === 0 ? String(result.stdout).trim() : undefined;
}

async function mergeBase(cwd: string, base: string): Promise<string | undefined> {
  const result = await git(cwd, ["merge-base", base, "HEAD"]);
  return result.exitCode === 0 ? String(result.stdout).trim() : undefined;
}

/** `origin/main` → remote `origin`, branch `main`; a bare `main` → the first remote's `main`. */
async function remoteBranch(
  cwd: string,
  ref: string,
): Promise<{ remote: string; branch: string } | undefined> {
  const remotes = (await gitText(cwd, ["remote"])).split("\n").filter(Boolean);
  const slash = ref.indexOf("/");
  if (slash > 0 && remotes.includes(ref.slice(0, slash)))
    return { remote: ref.slice(0, slash), branch: ref.slice(slash + 1) };
  return remotes[0] ? { remote: remotes[0], branch: ref.replace(/^refs\/heads\//, "") } : undefined;
}

/**
 * The commit to compare against: the merge base of `base` and HEAD. A CI checkout is often shallow
 * and lacks the base branch; this fetches the branch, then deepens step by step until the histories
 * meet, and says exactly what is missing when they never do.
 */
export async function findMergeBase(
  cwd: string,
  base: string,
  progress: (message: string) => void,
): Promise<string> {
  if ((await git(cwd, ["rev-parse", "--git-dir"])).exitCode !== 0)
    throw new ConfigError(
      `--base ${base}: ${cwd} is not a git repository; run without --base for a full scan`,
    );
  if (!(await resolves(cwd, "HEAD")))
    throw new ConfigError(
      `--base ${base}: the repository has no commit yet; run without --base for a full scan`,
    );
  const remote = await remoteBranch(cwd, base);
  const shallow = (await gitText(cwd, ["rev-parse", "--is-shallow-repository"])) === "true";
  let baseRef = base;
  if (!(await resolves(cwd, base))) {
    if (!remote)
      throw new ConfigError(
        `--base ${base}: no such branch, tag or commit here, and no remote to fetch it from`,
      );
    progress(`fetching ${remote.branch} from ${remote.remote} (the base is not in this clone)`);
    const tracking = `refs/remotes/${remote.remote}/${remote.branch}`;
    const fetched = await git(cwd, [
      "fetch",
      "--no-tags",
      ...(shallow ? ["--depth=50"] : []),
      remote.remote,
      `+refs/heads/${remote.branch}:${tracking}`,
    ]);
    if (fetched.exitCode !== 0 || !(await resolves(cwd, tracking)))
      throw new ConfigError(
        `--base ${base}: not found here and fetching ${remote.branch} from ${remote.remote} failed (${String(fetched.stderr).trim().split("\n").pop()}); check out with fetch-depth: 0 or pass an existing ref`,
      );
    baseRef = tracking;
  }
  let found = await mergeBase(cwd, baseRef);
  for (const depth of [50, 200, 1000]) {
    if (found || !shallow || !remote) break;
    progress(`shallow clone: deepening history by ${depth} commits to find the merge base`);
    await git(cwd, [
      "fetch",
      "--no-tags",
      `--deepen=${depth}`,
      remote.remote,
      `+refs/heads/${remote.branch}:refs/remotes/${remote.remote}/${remote.branch}`,
      "HEAD",
    ]);
    found = await mergeBase(cwd, baseRef);
  }
  if (!found && shallow && remote) {
    progress("shallow clone: fetching the full history");
    await git(cwd, ["fetch", "--no-tags", "--unshallow", remote.remote]);
    found = await mergeBase(cwd, baseRef);
  }
  if (!found)
    throw new ConfigError(
      shallow
        ? `--base ${base}: this clone is shallow and the merge base of ${base} and HEAD is not in it${remote ? " even after fetching more history" : " (no remote to fetch from)"}; check out with fetch-depth: 0`
        : `--base ${base}: ${base} and HEAD share no history, so there is no merge base to compare against`,
    );
  return found;
}

const STATUS: Record<string, Change["status"]> = {
  A: "added",
  M: "modified",
  R: "renamed",
  C: "copied",
  D: "deleted",
  T: "type-changed",
};

/** Files changed from `commit` to the work tree, with git's rename detection. */
export async function changedFiles(cwd: string, commit: string): Promise<Change[]> {
  const out = await gitText(cwd, [
    "-c",
    "core.quotepath=off",
    "diff",
    "--name-status",
    "-z",
    "--find-renames",
    "--no-ext-diff",
    commit,
    "--",
  ]);
  const fields = out.split("\0").filter((field) => field !== "");
  const changes: Change[] = [];
  for (let i = 0; i < fields.length; ) {
    const code = fields[i++]!;
    const status = STATUS[code[0]!];
    if (!status) {
      i++;
      continue;
    }
    if (status === "renamed" || status === "copied") {
      const oldPath = fields[i++]!;
      changes.push({ status, oldPath, path: fields[i++]! });
    } else {
      changes.push({ status, path: fields[i++]! });
    }
  }
  return changes;
}

/** Writes the files as they were at `commit` under `dir`, with one `git cat-file --batch` for all of them. */
export async function extractFiles(
  cwd: string,
  commit: string,
  paths: readonly string[],
  dir: string,
): Promise<string[]> {
  if (paths.length === 0) return [];
  const input = paths.map((path) => `${commit}:${path}\n`).join("");
  const result = await git(cwd, ["cat-file", "--batch"], { input, encoding: "buffer" });
  if (result.exitCode !== 0)
    throw new ToolError(
      "git",
      `git cat-file failed: ${Buffer.from(result.stderr as Uint8Array)
        .toString()
        .trim()}`,
    );
  const out = Buffer.from(result.stdout as Uint8Array);
  const written: string[] = [];
  let at = 0;
  for (const path of paths) {
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
