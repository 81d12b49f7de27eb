import { type ChildProcess, spawn } from "node:child_process";
import { join, resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "../..");
const READY = /router: traffic on (\S+) .*admin API on (\S+?);/;

export interface RouterProcessOptions {
  blue: string;
  green: string;
  stateFile: string;
  token: string;
  port?: number;
  adminPort?: number;
}

export interface RouterProcess {
  child: ChildProcess;
  url: string;
  adminUrl: string;
  /** What it wrote to stderr, up to its ready line. */
  stderr: string;
}

/**
 * `terrafusion router --state FILE` as its own process (through tsx), so that it can be killed with SIGKILL;
 * on free ports, or on the ports given (a restart on the addresses a driver already knows).
 */
export async function routerProcess(options: RouterProcessOptions): Promise<RouterProcess> {
  const spawned = spawnRouter(join(ROOT, "src/cli/bin.ts"), options);
  return { child: spawned.child, ...(await spawned.until(READY)) };
}

/**
 * The same command in a process that has loaded the CLI and waits: `start()` starts the router at once. For
 * a restart whose outage the test chooses; under a busy runner tsx alone can take 10 s to load the CLI.
 */
export async function heldRouterProcess(
  options: RouterProcessOptions,
): Promise<{ child: ChildProcess; start(): Promise<RouterProcess> }> {
  const spawned = spawnRouter(join(ROOT, "test/router/held-router.ts"), options);
  await spawned.until(/held: loaded\n/);
  return {
    child: spawned.child,
    async start() {
      const ready = spawned.until(READY);
      spawned.child.stdin!.write("start\n");
      return { child: spawned.child, ...(await ready) };
    },
  };
}

function spawnRouter(script: string, options: RouterProcessOptions) {
  const child = spawn(
    process.execPath,
    [
      "--import",
      "tsx",
      script,
      "router",
      ...["--blue", options.blue, "--green", options.green],
      ...["--port", String(options.port ?? 0), "--admin-port", String(options.adminPort ?? 0)],
      ...["--state", options.stateFile],
    ],
    {
      cwd: ROOT,
      stdio: ["pipe", "ignore", "pipe"],
      env: { ...process.env, TERRAFUSION_ROUTER_TOKEN: options.token },
    },
  );
  let stderr = "";
  child.stderr!.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  /** Resolves when stderr so far matches `pattern`; rejects if the process exits first or within 60 s. */
  const until = (pattern: RegExp) =>
    new Promise<{ url: string; adminUrl: string; stderr: string }>((resolved, rejected) => {
      const check = () => {
        const match = pattern.exec(stderr);
        if (!match) return;
        done();
        resolved({ url: match[1] ?? "", adminUrl: match[2] ?? "", stderr });
      };
      const exited = (code: number | null, signal: string | null) => {
        done();
        rejected(new Error(`the router exited (${code ?? signal}): ${stderr}`));
      };
      const timer = setTimeout(() => {
        done();
        child.kill("SIGKILL");
        rejected(new Error(`the router did not get to ${pattern} within 60 s: ${stderr}`));
      }, 60_000);
      const done = () => {
        clearTimeout(timer);
        child.stderr!.off("data", check);
        child.off("exit", exited);
      };
      child.stderr!.on("data", check);
      child.once("exit", exited);
      check();
    });
  return { child, until };
}

/** SIGKILL, resolved once the process is gone (its ports closed with it). */
export function killHard(child: ChildProcess): Promise<void> {
  return new Promise((done) => {
    if (child.exitCode !== null || child.signalCode !== null) return done();
    child.once("exit", () => done());
    child.kill("SIGKILL");
  });
}
