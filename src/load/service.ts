/**
 * Starts the service under test from a policy's `service: { command, ready-url, timeout, instances }`,
 * waits until its ready-url answers, and stops it afterwards.
 *
 * Instance i (0-based) runs with PORT set to the ready-url's port + i, and is ready when the
 * ready-url with that port answers; a command that reads PORT thus starts on consecutive ports.
 * Each instance is a supervised tree (src/process/supervise.ts: the shell, everything it starts,
 * also what leaves its process group), stopped as a whole: SIGTERM, then SIGKILL after a grace period. An interrupt (SIGINT/SIGTERM) or an abort signal stops
 * them too, so no service outlives the gate.
 */
import { untrustedEnv } from "../core/untrusted-env.ts";
import { ToolError } from "../errors.ts";
import { onInterrupt } from "../process/cleanup.ts";
import { supervise } from "../process/supervise.ts";

export interface ServiceSpec {
  command: string;
  readyUrl: string;
  /** Give up waiting for the ready-url after this long (default 30 s). */
  timeoutMs?: number;
  instances?: number;
  cwd: string;
  env?: NodeJS.ProcessEnv;
}

export interface ServiceInstance {
  index: number;
  port: number;
  /** scheme://host:port of this instance. */
  baseUrl: string;
  pid: number;
  alive(): boolean;
  /** Kills this instance's process group (SIGKILL: the chaos gate's process-kill). */
  kill(): Promise<void>;
}

export interface RunningService {
  instances: ServiceInstance[];
  /** The last lines the service printed, for error messages. */
  output(): string;
  stop(): Promise<void>;
}

const GRACE_MS = 2000;
const SERVICE_LIFETIME_MS = 6 * 3600_000;

export async function startService(
  spec: ServiceSpec,
  context: { signal?: AbortSignal; progress?: (message: string) => void } = {},
): Promise<RunningService> {
  const ready = new URL(spec.readyUrl);
  const firstPort = Number(ready.port || (ready.protocol === "https:" ? 443 : 80));
  const count = spec.instances ?? 1;
  const tail: string[] = [];
  const children: Child[] = [];
  const service: RunningService = {
    instances: [],
    output: () => tail.join("").split("\n").slice(-20).join("\n").trim(),
    stop: async () => {
      await Promise.all(children.map((child) => child.stop()));
      forget();
    },
  };
  const forget = onInterrupt(() => service.stop());
  try {
    for (let index = 0; index < count; index++) {
      const port = firstPort + index;
      const child = spawnChild(spec, port, tail);
      children.push(child);
      const url = new URL(spec.readyUrl);
      url.port = String(port);
      service.instances.push({
        index,
        port,
        baseUrl: `${url.protocol}//${url.host}`,
        pid: child.pid,
        alive: () => !child.exited,
        kill: () => child.stop("SIGKILL"),
      });
      context.progress?.(`started \`${spec.command}\` (instance ${index + 1} of ${count}, PORT=${port})`);
    }
    await Promise.all(
      service.instances.map((instance, i) =>
        waitUntilReady(instance, children[i]!, spec, service.output, context.signal),
      ),
    );
    return service;
  } catch (error) {
    await service.stop();
    throw error;
  }
}

interface Child {
  pid: number;
  exited: boolean;
  exitCode: number | undefined;
  done: Promise<unknown>;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

function spawnChild(spec: ServiceSpec, port: number, tail: string[]): Child {
  // The command is the policy's own (the repository's code), so it runs in a shell like `npm test` would.
  const supervised = supervise({
    command: spec.command,
    shell: true,
    cwd: spec.cwd,
    // The pull request's code: none of TerraFusion's tokens reach it.
    env: { ...untrustedEnv({ ...process.env, ...spec.env }), PORT: String(port) },
    // A service lives as long as the gate that uses it; this only bounds a gate that never stops it.
    deadlineMs: SERVICE_LIFETIME_MS,
    deadlineText: "6h",
    graceMs: GRACE_MS,
    onOutput: (chunk) => {
      tail.push(chunk.toString());
      if (tail.length > 200) tail.splice(0, tail.length - 200);
    },
  });
  const pid = supervised.pid;
  if (pid === undefined) throw new ToolError("service", `cannot start \`${spec.command}\``);
  const child: Child = {
    pid,
    exited: false,
    exitCode: undefined,
    done: supervised.done.then((outcome) => {
      child.exited = true;
      child.exitCode = outcome.exitCode;
    }),
    // The whole tree: the shell, what it started, and what left its group (setsid, a daemon).
    stop: async (signal: NodeJS.Signals = "SIGTERM") => {
      await supervised.stop("stopped", signal);
    },
  };
  return child;
}

async function waitUntilReady(
  instance: ServiceInstance,
  child: Child,
  spec: ServiceSpec,
  output: () => string,
  signal?: AbortSignal,
): Promise<void> {
  const url = new URL(spec.readyUrl);
  url.port = String(instance.port);
  const timeoutMs = spec.timeoutMs ?? 30_000;
  const deadline = Date.now() + timeoutMs;
  let last = "no answer yet";
  while (Date.now() < deadline) {
    if (signal?.aborted) throw new ToolError("service", "interrupted while waiting for the service");
    if (child.exited) {
      // Let the last of its output arrive before quoting it.
      await new Promise((resolve) => setTimeout(resolve, 50));
      const printed = output();
      throw new ToolError(
        "service",
        `\`${spec.command}\` exited with code ${child.exitCode} before ${url} answered` +
          (printed ? `; it printed:\n${printed}` : ""),
      );
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(1000), redirect: "manual" });
      await response.body?.cancel();
      if (response.status < 400) return;
      last = `status ${response.status}`;
    } catch (error) {
      last = (error as Error).cause ? String((error as { cause: Error }).cause.message) : String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new ToolError(
    "service",
    `${url} did not answer within ${timeoutMs / 1000}s (last: ${last}); check service.ready-url, or raise service.timeout`,
  );
}
