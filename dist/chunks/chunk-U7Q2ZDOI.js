import { createRequire as __tfRequire } from 'node:module'; const require = __tfRequire(import.meta.url);
import {
  runSupervised
} from "./chunk-WF6MYNSV.js";
import {
  ConfigError,
  ToolError
} from "./chunk-64HVLF7C.js";

// src/git/run.ts
import { statSync } from "node:fs";
var MAX_BUFFER = 1024 * 1024 * 1024;
var GIT_DEADLINE_MS = 10 * 6e4;
async function spawn(cwd, args, options, bytes) {
  const { input, env } = options;
  const result = await runSupervised({
    command: "git",
    args: [...args],
    cwd,
    ...input === void 0 ? {} : { input },
    // A fetch that needs credentials fails with git's message instead of waiting for a password.
    env: { ...process.env, ...env, GIT_TERMINAL_PROMPT: "0" },
    deadlineMs: GIT_DEADLINE_MS,
    deadlineText: "10m",
    stdoutBytes: MAX_BUFFER
  });
  if (result.spawnError?.code === "ENOENT") {
    if (!isDirectory(cwd)) throw new ConfigError(`${cwd} does not exist: pass an existing folder`);
    throw new ToolError(
      "git",
      "not found on PATH; install git (comparing with a base reads the history with it)"
    );
  }
  if (result.spawnError) throw new ToolError("git", `cannot run git in ${cwd}: ${result.spawnError.message}`);
  if (result.stopped) throw new ToolError("git", `git ${args[0]} ${result.stopped}`);
  if (result.stdoutOverflow)
    throw new ToolError("git", `git ${args[0]} printed more than ${MAX_BUFFER / 1024 / 1024} MB`);
  return {
    stdout: bytes ? result.stdoutRaw : result.stdout,
    stderr: result.output.text(),
    exitCode: result.exitCode ?? 1
  };
}
function isDirectory(path) {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
async function git(cwd, args, options = {}) {
  const result = await spawn(cwd, args, options, false);
  return { ...result, stdout: String(result.stdout) };
}
async function gitBytes(cwd, args, options = {}) {
  const result = await spawn(cwd, args, options, true);
  return { ...result, stdout: Buffer.from(result.stdout) };
}
async function gitOrThrow(cwd, args, options = {}) {
  const { stdout, stderr, exitCode } = await git(cwd, args, options);
  if (exitCode !== 0) throw new ToolError("git", `git ${args.join(" ")} failed: ${lastLine(stderr)}`);
  return stdout;
}
function lastLine(stderr) {
  return stderr.trim().split("\n").pop() ?? "";
}

// src/git/fetch.ts
async function remoteBranchOf(cwd, ref) {
  const remotes = (await gitOrThrow(cwd, ["remote"])).split("\n").filter(Boolean);
  const slash = ref.indexOf("/");
  const prefix = ref.slice(0, slash);
  const [remote, branch] = slash > 0 && remotes.includes(prefix) ? [prefix, ref.slice(slash + 1)] : [remotes.includes("origin") ? "origin" : remotes[0], ref.replace(/^refs\/heads\//, "")];
  return remote ? { remote, branch, tracking: `refs/remotes/${remote}/${branch}` } : void 0;
}
function refspecOf(source) {
  return `+refs/heads/${source.branch}:${source.tracking}`;
}
function fetchBranch(cwd, source, shallow) {
  return fetchOne(cwd, source.remote, refspecOf(source), shallow);
}
function isCommitId(ref) {
  return /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i.test(ref);
}
function fetchCommit(cwd, remote, commit, shallow) {
  return fetchOne(cwd, remote, commit, shallow);
}
async function fetchOne(cwd, remote, what, shallow) {
  const fetched = await git(cwd, [
    "fetch",
    "--no-tags",
    "--quiet",
    ...shallow ? ["--depth=50"] : [],
    remote,
    what
  ]);
  return fetched.exitCode === 0 ? { ok: true } : { ok: false, reason: lastLine(fetched.stderr) };
}
var DEEPEN_STEPS = ["--deepen=50", "--deepen=200", "--deepen=1000", "--unshallow"];
async function deepen(cwd, remote, want, step) {
  const fetched = await git(cwd, ["fetch", "--no-tags", "--quiet", step, remote, want]);
  return fetched.exitCode === 0 ? { ok: true } : { ok: false, reason: lastLine(fetched.stderr) };
}
async function isShallow(cwd) {
  return (await gitOrThrow(cwd, ["rev-parse", "--is-shallow-repository"])).trim() === "true";
}

// src/git/parse.ts
var STATUS = {
  A: "added",
  M: "modified",
  D: "deleted",
  R: "renamed",
  C: "copied",
  T: "type-changed"
};
function parseNameStatus(text) {
  const parts = text.split("\0");
  const files = [];
  for (let i = 0; i < parts.length; ) {
    const code = parts[i++];
    if (!code) continue;
    const status = STATUS[code[0]];
    if (!status)
      throw new ToolError(
        "git",
        `unexpected status ${JSON.stringify(code)} in git diff --name-status output (for ${JSON.stringify(parts[i])})`
      );
    if (status === "renamed" || status === "copied") {
      const oldPath = parts[i++];
      const path = parts[i++];
      files.push({ status, path, oldPath, similarity: Number(code.slice(1)) || 0 });
    } else {
      files.push({ status, path: parts[i++] });
    }
  }
  return files;
}
var HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;
function parseAddedLines(patch) {
  const added = /* @__PURE__ */ new Map();
  let current;
  for (const line of patch.split("\n")) {
    if (line.startsWith("diff --git ")) {
      current = void 0;
    } else if (line.startsWith("+++ ")) {
      const target = line.slice(4);
      if (target === "/dev/null") {
        current = void 0;
      } else {
        const path = stripPrefix(unquote(target));
        current = added.get(path) ?? [];
        added.set(path, current);
      }
    } else if (current) {
      const hunk = HUNK.exec(line);
      if (hunk) {
        const start = Number(hunk[1]);
        const count = hunk[2] === void 0 ? 1 : Number(hunk[2]);
        for (let n = start; n < start + count; n++) current.push(n);
      }
    }
  }
  for (const [path, lines] of added) if (lines.length === 0) added.delete(path);
  return added;
}
function stripPrefix(path) {
  return path.startsWith("b/") ? path.slice(2) : path;
}
var ESCAPES = {
  n: "\n",
  t: "	",
  '"': '"',
  "\\": "\\",
  a: "\x07",
  b: "\b",
  f: "\f",
  r: "\r",
  v: "\v"
};
function unquote(text) {
  if (!text.startsWith('"') || !text.endsWith('"')) return text;
  const bytes = [];
  const body = text.slice(1, -1);
  for (let i = 0; i < body.length; i++) {
    const char = body[i];
    if (char !== "\\") {
      bytes.push(...Buffer.from(char, "utf8"));
      continue;
    }
    const next = body[++i];
    if (/[0-7]/.test(next)) {
      bytes.push(Number.parseInt(body.slice(i, i + 3), 8));
      i += 2;
    } else {
      bytes.push(...Buffer.from(ESCAPES[next] ?? next, "utf8"));
    }
  }
  return Buffer.from(bytes).toString("utf8");
}

// src/git/work-tree.ts
import { copyFileSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
async function untrackedFiles(root) {
  const listed = await gitOrThrow(root, [
    "-c",
    "core.quotePath=false",
    "ls-files",
    "--others",
    "--exclude-standard",
    "-z"
  ]);
  return listed.split("\0").filter((path) => path && !path.endsWith("/"));
}
async function withUntrackedAsAdded(root, use) {
  const untracked = await untrackedFiles(root);
  if (untracked.length === 0) return use({});
  const scratch = mkdtempSync(join(tmpdir(), "terrafusion-index-"));
  try {
    const index = join(scratch, "index");
    const own = resolve(root, (await gitOrThrow(root, ["rev-parse", "--git-path", "index"])).trim());
    if (existsSync(own)) copyFileSync(own, index);
    const env = { GIT_INDEX_FILE: index, GIT_LITERAL_PATHSPECS: "1" };
    await git(
      root,
      ["add", "--intent-to-add", "--ignore-errors", "--pathspec-from-file=-", "--pathspec-file-nul"],
      { env, input: `${untracked.join("\0")}\0` }
    );
    return await use({ env });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

// src/git/diff.ts
async function repoRoot(cwd) {
  const { stdout, exitCode } = await git(cwd, ["rev-parse", "--show-toplevel"]);
  if (exitCode !== 0)
    throw new ConfigError(
      `${cwd} is not inside a git repository: comparing with a base needs git history; run from a clone, or without a base`
    );
  return stdout.trim();
}
async function projectPrefix(cwd) {
  try {
    const { stdout, exitCode } = await git(cwd, ["rev-parse", "--show-prefix"]);
    return exitCode === 0 ? stdout.trim() : "";
  } catch (error) {
    if (error instanceof ToolError) return "";
    throw error;
  }
}
async function commitOf(cwd, ref) {
  const { stdout, exitCode } = await git(cwd, [
    "rev-parse",
    "--verify",
    "--quiet",
    "--end-of-options",
    `${ref}^{commit}`
  ]);
  return exitCode === 0 ? stdout.trim() : void 0;
}
async function remoteDefaultBranch(cwd, remote) {
  const { stdout, exitCode } = await git(cwd, [
    "symbolic-ref",
    "--quiet",
    "--short",
    `refs/remotes/${remote}/HEAD`
  ]);
  return exitCode === 0 && stdout.trim() ? stdout.trim() : void 0;
}
async function findMergeBase(cwd, head, base) {
  const { stdout, exitCode } = await git(cwd, ["merge-base", "--end-of-options", head, base]);
  return exitCode === 0 ? stdout.trim() : void 0;
}
async function mergeBase(cwd, base, options = {}) {
  const head = options.head ?? "HEAD";
  const progress = options.progress ?? (() => {
  });
  const fetch = options.deepen !== false;
  const root = await repoRoot(cwd);
  if (!await commitOf(root, head))
    throw new ConfigError(
      head === "HEAD" ? `the repository at ${root} has no commit yet, so there is nothing to compare with base ${JSON.stringify(base)}: commit first, or run without a base` : `head ${JSON.stringify(head)} is not a commit in this clone: pass a commit that exists here`
    );
  const source = await remoteBranchOf(root, base);
  const shallow = await isShallow(root);
  let baseRef = base;
  if (!await commitOf(root, base)) {
    if (!source)
      throw new ConfigError(
        `base ${JSON.stringify(base)} is not a branch, tag or commit in this clone, and there is no remote to fetch it from: pass a ref that exists here`
      );
    if (!fetch)
      throw new ConfigError(
        `base ${JSON.stringify(base)} is not a commit in this clone: fetch it (git fetch ${source.remote} ${source.branch}) or set fetch-depth: 0 in actions/checkout`
      );
    if (isCommitId(base)) return mergeBaseWithCommit(root, head, base, source.remote, shallow, progress);
    progress(`fetching branch ${source.branch} from ${source.remote}: the base ${base} is not in this clone`);
    const fetched = await fetchBranch(root, source, shallow);
    if (!fetched.ok || !await commitOf(root, source.tracking)) {
      const usual = await remoteDefaultBranch(root, source.remote);
      throw new ConfigError(
        `base ${JSON.stringify(base)} is not in this clone, and fetching branch ${source.branch} from ${source.remote} failed${fetched.ok ? "" : ` (${fetched.reason})`}: pass a branch ${source.remote} has${usual ? ` (e.g. --base ${usual})` : ""}, or fetch the base first (git fetch ${source.remote} BRANCH, or fetch-depth: 0 in actions/checkout)`
      );
    }
    baseRef = source.tracking;
  }
  return meet(root, head, base, baseRef, { shallow, fetch, source, progress });
}
async function mergeBaseWithCommit(root, head, base, remote, shallow, progress) {
  progress(`fetching commit ${base} from ${remote}: the base is not in this clone`);
  const fetched = await fetchCommit(root, remote, base, shallow);
  if (!fetched.ok || !await commitOf(root, base))
    throw new ConfigError(
      `base ${base} is not in this clone, and fetching that commit from ${remote} failed${fetched.ok ? "" : ` (${fetched.reason})`}: pass a commit that exists there, or set fetch-depth: 0 in actions/checkout`
    );
  return meet(root, head, base, base, { shallow, fetch: true, source: { remote, commit: base }, progress });
}
async function meet(root, head, base, baseRef, context) {
  const { shallow, fetch, source, progress } = context;
  const found = await findMergeBase(root, head, baseRef);
  if (found) return found;
  const unrelated = () => new ConfigError(
    `${head} and ${base} have no common history, so there is no merge base to compare with: is ${base} the right base?`
  );
  if (!shallow) throw unrelated();
  const missing = `this is a shallow clone without the merge base of ${head} and ${base}`;
  if (!fetch)
    throw new ConfigError(
      `${missing}: fetch more history (git fetch --unshallow) or set fetch-depth: 0 in actions/checkout`
    );
  if (!source)
    throw new ConfigError(
      `${missing}, and there is no remote to fetch more history from: set fetch-depth: 0 in actions/checkout`
    );
  const want = "commit" in source ? source.commit : await commitOf(root, source.tracking) ? refspecOf(source) : await commitOf(root, baseRef);
  for (const step of DEEPEN_STEPS) {
    progress(
      step === "--unshallow" ? "shallow clone: fetching the full history (git fetch --unshallow)" : `shallow clone: fetching more history (git fetch ${step})`
    );
    const fetched = await deepen(root, source.remote, want, step);
    if (!fetched.ok)
      throw new ConfigError(
        `${missing}, and fetching more history from ${source.remote} failed (${fetched.reason}): set fetch-depth: 0 in actions/checkout`
      );
    const deeper = await findMergeBase(root, head, baseRef);
    if (deeper) return deeper;
    if (!await isShallow(root)) break;
  }
  throw unrelated();
}
var DIFF = ["-c", "core.quotePath=false", "diff", "--no-color", "--no-ext-diff", "-M"];
async function changedFiles(cwd, since, head) {
  if (head) return nameStatus(cwd, [since, head], {});
  return withUntrackedAsAdded(await repoRoot(cwd), (options) => nameStatus(cwd, [since], options));
}
async function nameStatus(cwd, range, options) {
  return parseNameStatus(await gitOrThrow(cwd, [...DIFF, "--name-status", "-z", ...range, "--"], options));
}
async function diffAgainst(cwd, base, options = {}) {
  const root = await repoRoot(cwd);
  const since = await mergeBase(root, base, options);
  const range = options.head ? [since, options.head] : [since];
  const read = (gitOptions) => Promise.all([
    nameStatus(root, range, gitOptions),
    gitOrThrow(
      root,
      [...DIFF, "--unified=0", "--src-prefix=a/", "--dst-prefix=b/", ...range, "--"],
      gitOptions
    )
  ]);
  const [files, patch] = options.head ? await read({}) : await withUntrackedAsAdded(root, read);
  return { base, mergeBase: since, root, files, addedLines: parseAddedLines(patch) };
}

export {
  gitBytes,
  repoRoot,
  projectPrefix,
  mergeBase,
  changedFiles,
  diffAgainst
};
