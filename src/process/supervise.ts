/**
 * The one way TerraFusion runs a tool (semgrep, c8, k6, toxiproxy, nginx, git) or a user's command
 * (the tests, the service under test, the command driver):
 *
 * - a deadline is required, and at the deadline the whole tree goes: the process group, and every
 *   descendant that left it (`setsid`) or outlived its parent, found by a marker in its environment
 *   (tree.ts): SIGTERM, then SIGKILL after a grace period;
 * - waiting for the output pipes stops when the command has exited and a short grace has passed, so
 *   a background process that keeps stdout open cannot hold the gate; it is killed, no orphan stays;
 * - output is kept bounded (head and tail, lines cut), and a tool's report on stdout is kept whole up
 *   to a limit that the caller sets, never more;
 * - an interrupt of this process (Ctrl-C, SIGTERM) or its exit takes the tree down too.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { UsageError } from "../errors.ts";
import { BoundedOutput, type BoundedOutputLimits } from "./bounded-output.ts";
import { onInterrupt, trackTree } from "./cleanup.ts";
import { MARKER_VARIABLE, newMarker, signalTree } from "./tree.ts";

export interface SuperviseOptions {
  /** A program, run without a shell; or with `shell: true`, a command line of the user's for /bin/sh -c. */
  command: string;
  args?: string[];
  shell?: boolean;
  cwd?: string;
  /** The whole environment of the command (nothing of this process's is added). */
  env: NodeJS.ProcessEnv;
  /** Stop the tree after this long. Required: nothing runs without a deadline. */
  deadlineMs: number;
  /** How the deadline reads in messages ("15m"); default seconds. */
  deadlineText?: string;
  signal?: AbortSignal;
  /** Text for stdin; without it stdin is closed. */
  input?: string;
  /** Keep stdout whole, up to this many bytes (a tool's JSON report), apart from the bounded output. */
  stdoutBytes?: number;
  outputLimits?: BoundedOutputLimits;
  /** Every chunk as it arrives (progress, a service's log). */
  onOutput?: (chunk: Buffer) => void;
  /** From SIGTERM to SIGKILL. Default 2 s. */
  graceMs?: number;
  /** After the command exits, how long its pipes may stay open (held by a descendant). Default 1 s. */
  pipeGraceMs?: number;
  /** Run as this account (needs root): a user that cannot read this process's environment. */
  runAs?: RunAs;
}

export interface RunAs {
  user: string;
  uid: number;
  gid: number;
  home?: string;
}

export interface Outcome {
  exitCode?: number;
  signal?: NodeJS.Signals;
  /** Why the supervisor stopped it: "timed out after 8s", "cancelled", or the caller's reason. */
  stopped?: string;
  /** The command could not start: ENOENT (not found), EACCES, a missing cwd. */
  spawnError?: NodeJS.ErrnoException;
  /** stdout, whole, when `stdoutBytes` was given (else empty). */
  stdout: string;
  /** The same bytes, undecoded (file contents need not be UTF-8). */
  stdoutRaw: Buffer;
  /** stdout was longer than `stdoutBytes`: `stdout` holds only its start. */
  stdoutOverflow: boolean;
  /** stdout and stderr together, bounded. */
  output: BoundedOutput;
  durationMs: number;
}

export interface Supervised {
  readonly pid: number | undefined;
  readonly done: Promise<Outcome>;
  exited(): boolean;
  /** Stops the tree (SIGTERM, then SIGKILL after the grace, or at once with `signal: "SIGKILL"`). */
  stop(reason?: string, signal?: NodeJS.Signals): Promise<Outcome>;
}

export function supervise(options: SuperviseOptions): Supervised {
  if (!(options.deadlineMs > 0))
    throw new UsageError(`a deadline must be longer than 0 (got ${options.deadlineMs} ms)`);
  const started = Date.now();
  const marker = newMarker();
  const graceMs = options.graceMs ?? 2_000;
  const output = new BoundedOutput(options.outputLimits);
  const stdoutChunks: Buffer[] = [];
  let stdoutBytes = 0;
  let stdoutOverflow = false;
  let stopped: string | undefined;
  let exitCode: number | undefined;
  let exitSignal: NodeJS.Signals | undefined;
  let spawnError: NodeJS.ErrnoException | undefined;
  let hasExited = false;

  let child: ChildProcess;
  try {
    child = spawn(options.command, options.args ?? [], {
      cwd: options.cwd,
      env: {
        ...options.env,
        ...(options.runAs
          ? { USER: options.runAs.user, LOGNAME: options.runAs.user, HOME: options.runAs.home ?? "/" }
          : {}),
        [MARKER_VARIABLE]: marker,
      },
      ...(options.runAs ? { uid: options.runAs.uid, gid: options.runAs.gid } : {}),
      shell: options.shell ?? false,
      // Its own process group, so that a signal reaches what it starts, not us.
      detached: true,
      stdio: [options.input === undefined ? "ignore" : "pipe", "pipe", "pipe"],
    });
  } catch (error) {
    // Synchronous failures: an invalid argument, a cwd that is not a string.
    const failed: Outcome = {
      spawnError: error as NodeJS.ErrnoException,
      stdout: "",
      stdoutRaw: Buffer.alloc(0),
      stdoutOverflow: false,
      output,
      durationMs: 0,
    };
    return { pid: undefined, done: Promise.resolve(failed), exited: () => true, stop: async () => failed };
  }
  const pid = child.pid;
  const untrack = trackTree(pid, marker);
  const forgetInterrupt = onInterrupt(() => void stop("interrupted", "SIGKILL"));

  child.stdout?.on("data", (chunk: Buffer) => {
    options.onOutput?.(chunk);
    if (options.stdoutBytes === undefined) {
      output.write(chunk);
      return;
    }
    if (stdoutBytes + chunk.length > options.stdoutBytes) {
      stdoutOverflow = true;
      const room = options.stdoutBytes - stdoutBytes;
      if (room > 0) stdoutChunks.push(chunk.subarray(0, room));
      stdoutBytes = options.stdoutBytes;
      return;
    }
    stdoutChunks.push(chunk);
    stdoutBytes += chunk.length;
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    options.onOutput?.(chunk);
    output.write(chunk);
  });
  if (options.input !== undefined && child.stdin) {
    child.stdin.on("error", () => undefined);
    child.stdin.end(options.input);
  }

  let settle!: (outcome: Outcome) => void;
  const done = new Promise<Outcome>((resolve) => {
    settle = resolve;
  });
  let settled = false;
  const timers: NodeJS.Timeout[] = [];
  const finish = () => {
    if (settled) return;
    settled = true;
    for (const timer of timers) clearTimeout(timer);
    options.signal?.removeEventListener("abort", onAbort);
    // Whatever it started and left behind goes with it.
    signalTree(pid, marker, "SIGKILL");
    child.stdout?.destroy();
    child.stderr?.destroy();
    untrack();
    forgetInterrupt();
    const raw = Buffer.concat(stdoutChunks);
    settle({
      ...(exitCode !== undefined ? { exitCode } : {}),
      ...(exitSignal ? { signal: exitSignal } : {}),
      ...(stopped ? { stopped } : {}),
      ...(spawnError ? { spawnError } : {}),
      stdout: raw.toString("utf8"),
      stdoutRaw: raw,
      stdoutOverflow,
      output,
      durationMs: Date.now() - started,
    });
  };

  child.once("error", (error: NodeJS.ErrnoException) => {
    // Only a failure to start reaches here with no exit to follow.
    if (
      child.pid === undefined ||
      error.code === "ENOENT" ||
      error.code === "EACCES" ||
      error.code === "EPERM"
    ) {
      spawnError = error;
      hasExited = true;
      finish();
    }
  });
  child.once("exit", (code, signal) => {
    hasExited = true;
    exitCode = code ?? undefined;
    exitSignal = signal ?? undefined;
    // The pipes close at once unless a descendant holds them: give it a moment, then stop waiting.
    timers.push(setTimeout(finish, options.pipeGraceMs ?? 1_000));
  });
  child.once("close", () => {
    if (hasExited) finish();
  });

  function stop(reason = "stopped", signal: NodeJS.Signals = "SIGTERM"): Promise<Outcome> {
    if (settled) return done;
    stopped ??= reason;
    signalTree(pid, marker, signal);
    if (signal !== "SIGKILL") timers.push(setTimeout(() => signalTree(pid, marker, "SIGKILL"), graceMs));
    // A process that no signal ends (stuck in the kernel) must not hold the caller.
    timers.push(setTimeout(finish, (signal === "SIGKILL" ? 0 : graceMs) + 1_000));
    return done;
  }

  const onAbort = () => void stop("cancelled");
  if (options.signal?.aborted) onAbort();
  else options.signal?.addEventListener("abort", onAbort, { once: true });
  timers.push(
    setTimeout(
      () =>
        void stop(`timed out after ${options.deadlineText ?? `${Math.round(options.deadlineMs / 1000)}s`}`),
      options.deadlineMs,
    ),
  );

  return { pid, done, exited: () => hasExited, stop };
}

/** Runs a command to its end (or its deadline). */
export function runSupervised(options: SuperviseOptions): Promise<Outcome> {
  return supervise(options).done;
}
