// Runs workflows and actions in a real GitHub Actions runner: nektos/act on this host (-self-hosted, no
// Docker), from an export of this working tree without node_modules or .tools, as GitHub would run them
// from a checkout of TerraFusion. What GitHub would download (actions/checkout, actions/upload-artifact,
// …) cannot be fetched here: act's --local-repository maps each such `uses:` onto a stand-in under
// test/act/stand-ins, which does on the filesystem what the real action does.
import { execFileSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { execa } from "execa";
import { packageRoot } from "../../src/package-root.ts";

const root = packageRoot();
export const TOOLS_BIN = join(process.env.TERRAFUSION_TOOLS ?? join(root, ".tools"), "bin");
export const ACT = join(TOOLS_BIN, "act");
/** The repository the exported tree stands for in `uses:` lines. */
export const TERRAFUSION = "terrafusion/terrafusion";

/**
 * This working tree as a checkout of TerraFusion would have it: every tracked or untracked, not ignored
 * file (so uncommitted edits count), and nothing else (no node_modules, no .tools).
 */
export function exportTree(into: string): string {
  const dest = join(into, "terrafusion");
  const listed = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], {
    cwd: root,
    maxBuffer: 64 * 1024 * 1024,
  })
    .toString("utf8")
    .split("\0")
    .filter(Boolean);
  for (const file of new Set(listed)) {
    const source = join(root, file);
    // A tracked file deleted in the working tree is not part of it.
    if (!existsSync(source) || !statSync(source).isFile()) continue;
    mkdirSync(dirname(join(dest, file)), { recursive: true });
    cpSync(source, join(dest, file), { preserveTimestamps: true });
  }
  return dest;
}

/** Every `uses: OWNER/REPO[/PATH]@REF` in these YAML files (local `./…` and docker:// excluded). */
export function remoteUses(files: string[]): { repo: string; path: string; ref: string }[] {
  const found = new Map<string, { repo: string; path: string; ref: string }>();
  for (const file of files) {
    for (const match of readFileSync(file, "utf8").matchAll(/^[\s-]*uses:\s*["']?([^\s"'#]+)/gm)) {
      const uses = match[1]!;
      const parsed = /^([^./][^/@]*)\/([^/@]+)((?:\/[^@]*)?)@(.+)$/.exec(uses);
      if (!parsed) continue;
      found.set(uses, {
        repo: `${parsed[1]}/${parsed[2]}`,
        path: parsed[3]!.replace(/^\//, ""),
        ref: parsed[4]!,
      });
    }
  }
  return [...found.values()];
}

/**
 * The workflow and every file of TerraFusion it can reach: the reusable workflows its jobs call, and
 * TerraFusion's actions (any of them may be used from a step, also as `./.terrafusion/actions/NAME`).
 */
export function reachable(workflow: string, exported: string): string[] {
  const actions = [
    join(exported, "action.yml"),
    ...readdirSync(join(exported, "actions"))
      .map((name) => join(exported, "actions", name, "action.yml"))
      .filter((file) => existsSync(file)),
  ];
  const files = new Set([workflow, ...actions]);
  for (const file of files) {
    for (const { repo, path } of remoteUses([file])) {
      if (repo === TERRAFUSION && path.startsWith(".github/workflows/")) files.add(join(exported, path));
    }
  }
  return [...files];
}

/**
 * act's --local-repository flags for these `uses:`: TerraFusion's own to the export, every other to its
 * stand-in (test/act/stand-ins/REPO, e.g. actions/cache → stand-ins/cache). A `uses:` without a stand-in
 * is an error that names the folder to add, so a new action in a workflow cannot slip past these tests.
 */
export function localRepositories(uses: ReturnType<typeof remoteUses>, exported: string): string[] {
  const standIns = join(exported, "test/act/stand-ins");
  const flags = new Set<string>();
  for (const { repo, path, ref } of uses) {
    let dir = exported;
    if (repo !== TERRAFUSION) {
      dir = join(standIns, repo.split("/")[1]!);
      if (!existsSync(join(dir, path, "action.yml")))
        throw new Error(
          `no stand-in for ${repo}${path ? `/${path}` : ""}@${ref}: add ${join("test/act/stand-ins", repo.split("/")[1]!, path, "action.yml")}`,
        );
    }
    flags.add(`--local-repository=${repo}@${ref}=${dir}`);
  }
  return [...flags];
}

/** One of GitHub's real webhook payloads (@octokit/webhooks-examples), as a fresh copy. */
export function webhookExample(
  name: string,
  action?: string,
): Record<string, unknown> & { repository: Repo } {
  const examples = createRequire(import.meta.url)("@octokit/webhooks-examples/api.github.com/index.json") as {
    name: string;
    examples: (Record<string, unknown> & { action?: string; repository: Repo })[];
  }[];
  const example = examples
    .find((entry) => entry.name === name)
    ?.examples.find((payload) => action === undefined || payload.action === action);
  if (!example)
    throw new Error(`no ${name}${action ? `.${action}` : ""} example in @octokit/webhooks-examples`);
  return structuredClone(example);
}
type Repo = { full_name: string; default_branch: string } & Record<string, unknown>;

export interface ActLine {
  job?: string;
  msg?: string;
  level?: string;
  command?: string;
  content?: string;
  name?: string;
  arg?: string;
  kvPairs?: Record<string, string>;
  jobResult?: string;
  stepResult?: string;
  stage?: string;
  step?: string;
}

export interface ActRun {
  exitCode: number | undefined;
  timedOut: boolean;
  /** act's --json log, one object per line. */
  lines: ActLine[];
  stderr: string;
  /** Each job's conclusion, by act's job path (caller job / called workflow's name / job name). */
  results: Record<string, string>;
  /** What the job's steps wrote to GITHUB_STEP_SUMMARY, by job. */
  summaries: Record<string, string>;
  /** `::error` annotations, by job: the message and its properties (file, line, title). */
  errors: Record<string, { message: string; properties: Record<string, string> }[]>;
  /** Where the upload-artifact stand-in put the artifacts (NAME/FILE). */
  artifacts: string;
  /** Where the upload-sarif stand-in put the SARIF files (CATEGORY.sarif). */
  codeScanning: string;
  log: string;
}

/** Reads one file of an uploaded artifact (the GateResult JSON, for terrafusion-gate-NAME). */
export function artifactJson(
  run: ActRun,
  name: string,
  file: string,
): Record<string, unknown> & {
  metrics: Record<string, number>;
} {
  return JSON.parse(readFileSync(join(run.artifacts, name, file), "utf8"));
}

export function artifactNames(run: ActRun): string[] {
  return existsSync(run.artifacts) ? readdirSync(run.artifacts).sort() : [];
}

/** A short account of a run for assertion messages: every job's conclusion and its error annotations. */
export function describeRun(run: ActRun): string {
  const jobs = Object.entries(run.results).map(
    ([job, result]) =>
      `${job}: ${result}${(run.errors[job] ?? []).map((error) => `\n    ::error ${error.message}`).join("")}`,
  );
  // No job got to a conclusion: act itself refused the workflow, and says why at the end.
  const why =
    jobs.length === 0
      ? [...run.lines.map((line) => line.msg ?? ""), ...run.stderr.split("\n")].filter(Boolean).slice(-5)
      : [];
  return `act exit ${run.exitCode}${run.timedOut ? " (timed out)" : ""}; log ${run.log}\n  ${[...jobs, ...why].join("\n  ")}`;
}

export interface ActOptions {
  /** The repository act runs for (its working tree is copied into each job's workspace). */
  workdir: string;
  event: string;
  payload: Record<string, unknown> & { repository: Repo };
  /** The workflow file, relative to workdir (or absolute: a workflow that is not the repository's). */
  workflow: string;
  /** The export of this tree: TerraFusion as its `uses:` lines name it. */
  exported: string;
  /** Folder for this run's files (event, artifacts, act's cache, the log). */
  scratch: string;
  /** Shared between runs, like GitHub's cache (actions/cache stand-in). */
  cache: string;
  secrets?: Record<string, string>;
  env?: Record<string, string>;
  timeoutMs: number;
}

let running = new Set<number>();

/** Runs act once, bounded: past the deadline the whole process tree (act, steps, gates, services) is killed. */
export async function runAct(options: ActOptions): Promise<ActRun> {
  const { scratch, exported } = options;
  mkdirSync(scratch, { recursive: true });
  const artifacts = join(scratch, "artifacts");
  const codeScanning = join(scratch, "code-scanning");
  const repositories = join(scratch, "repositories");
  mkdirSync(join(repositories, dirname(TERRAFUSION)), { recursive: true });
  symlinkSync(exported, join(repositories, TERRAFUSION));
  const home = join(scratch, "home");
  mkdirSync(home, { recursive: true });
  const eventFile = join(scratch, "event.json");
  writeFileSync(eventFile, JSON.stringify(options.payload, null, 2));

  const reached = reachable(resolve(options.workdir, options.workflow), exported);
  const env: Record<string, string> = {
    // The pinned tools and this node; nothing from node_modules/.bin (npm test puts it on PATH).
    PATH: [
      TOOLS_BIN,
      dirname(process.execPath),
      ...(process.env.PATH ?? "").split(":").filter((dir) => dir && !dir.includes("node_modules")),
    ].join(":"),
    HOME: home,
    LANG: "C.UTF-8",
    // act would ask api.nektosact.com for notices: loopback only.
    ACT_DISABLE_VERSION_CHECK: "1",
  };
  const args = [
    options.event,
    "--json",
    "-P",
    "ubuntu-latest=-self-hosted",
    "-e",
    eventFile,
    "-W",
    options.workflow,
    "--defaultbranch",
    options.payload.repository.default_branch,
    "--action-cache-path",
    join(scratch, "act-cache"),
    // GitHub runs each job on its own machine; on one host, one job at a time (the load and chaos
    // gates both start the shop on its port).
    "--concurrent-jobs",
    "1",
    // No cache or artifact server: the stand-ins work on folders. Nothing listens beyond loopback.
    "--no-cache-server",
    ...localRepositories(remoteUses(reached), exported),
  ];
  const actEnv: Record<string, string> = {
    GITHUB_REPOSITORY: options.payload.repository.full_name,
    ACT_REPOSITORIES: repositories,
    ACT_ARTIFACTS: artifacts,
    ACT_CACHE: options.cache,
    ACT_CODE_SCANNING: codeScanning,
    ...options.env,
  };
  for (const [key, value] of Object.entries(actEnv)) args.push("--env", `${key}=${value}`);
  for (const [key, value] of Object.entries(options.secrets ?? {})) args.push("-s", `${key}=${value}`);

  const child = execa(ACT, args, {
    cwd: options.workdir,
    env,
    extendEnv: false,
    reject: false,
    stdin: "ignore",
    maxBuffer: 256 * 1024 * 1024,
  });
  const pid = child.pid!;
  running.add(pid);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    killTree(pid);
  }, options.timeoutMs);
  const result = await child;
  clearTimeout(timer);
  running.delete(pid);

  const log = join(scratch, "act.log");
  writeFileSync(log, `${result.stdout}\n${result.stderr}`);
  const lines: ActLine[] = [];
  for (const line of result.stdout.split("\n")) {
    try {
      lines.push(JSON.parse(line));
    } catch {
      // Not one of act's JSON lines.
    }
  }
  const results: Record<string, string> = {};
  const summaries: Record<string, string> = {};
  const errors: ActRun["errors"] = {};
  for (const line of lines) {
    if (!line.job) continue;
    if (line.jobResult) results[line.job] = line.jobResult;
    if (line.command === "summary") summaries[line.job] = (summaries[line.job] ?? "") + (line.content ?? "");
    if (line.command === "error") {
      errors[line.job] = [
        ...(errors[line.job] ?? []),
        { message: line.arg ?? "", properties: line.kvPairs ?? {} },
      ];
    }
  }
  return {
    exitCode: result.exitCode,
    timedOut,
    lines,
    stderr: result.stderr,
    results,
    summaries,
    errors,
    artifacts,
    codeScanning,
    log,
  };
}

/** Kills what is left of every act run still going (a test that gave up on one). */
export function killRunning(): void {
  for (const pid of running) killTree(pid);
  running = new Set();
}

/** The processes below `pid`, from /proc (act starts each step in its own process group, gates start services in their own sessions). */
function descendants(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, "utf8");
    } catch {
      continue; // gone meanwhile
    }
    // "pid (comm) state ppid …": comm may hold spaces and parentheses.
    const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
    children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
  }
  const found: number[] = [];
  const queue = [pid];
  while (queue.length > 0) {
    for (const child of children.get(queue.shift()!) ?? []) {
      found.push(child);
      queue.push(child);
    }
  }
  return found;
}

/** Stops the whole tree first (so nothing forks or gets reparented meanwhile), then kills it. */
function killTree(pid: number): void {
  const seen = new Set<number>([pid]);
  for (let pass = 0; pass < 5; pass++) {
    let grew = false;
    for (const each of [pid, ...descendants(pid)]) {
      if (!seen.has(each)) grew = true;
      seen.add(each);
      signal(each, "SIGSTOP");
    }
    if (!grew && pass > 0) break;
  }
  for (const each of seen) signal(each, "SIGKILL");
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch {
    // Already gone.
  }
}

/** Removes a folder act's jobs wrote into (they may leave read-only files behind). */
export function removeAll(dir: string): void {
  if (process.env.TF_KEEP_ACT) return;
  rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
}
