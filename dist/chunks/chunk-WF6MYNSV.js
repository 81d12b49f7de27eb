import { createRequire as __tfRequire } from 'node:module'; const require = __tfRequire(import.meta.url);
import {
  UsageError,
  plural
} from "./chunk-64HVLF7C.js";

// src/process/tree.ts
import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
var MARKER_VARIABLE = "TERRAFUSION_SUPERVISED";
function newMarker() {
  return randomBytes(12).toString("hex");
}
function markedProcesses(marker) {
  let entries;
  try {
    entries = readdirSync("/proc");
  } catch {
    return [];
  }
  const needle = Buffer.from(`${MARKER_VARIABLE}=${marker}\0`);
  const found = [];
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    const pid = Number(entry);
    if (pid === process.pid) continue;
    try {
      if (readFileSync(`/proc/${entry}/environ`).includes(needle)) found.push(pid);
    } catch {
    }
  }
  return found;
}
function signalTree(pid, marker, signal) {
  let signalled = 0;
  if (pid !== void 0) {
    try {
      process.kill(-pid, signal);
      signalled++;
    } catch {
    }
  }
  for (const marked of markedProcesses(marker)) {
    try {
      process.kill(marked, signal);
      signalled++;
    } catch {
    }
  }
  return signalled;
}

// src/process/cleanup.ts
var undos = /* @__PURE__ */ new Set();
var trees = /* @__PURE__ */ new Set();
var installed = false;
var interrupted = false;
var SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143 };
function onInterrupt(undo) {
  install();
  undos.add(undo);
  return () => {
    undos.delete(undo);
    uninstallWhenIdle();
  };
}
function trackTree(pid, marker) {
  install();
  const tree = { pid, marker };
  trees.add(tree);
  return () => {
    trees.delete(tree);
    uninstallWhenIdle();
  };
}
function install() {
  if (installed) return;
  installed = true;
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  process.on("exit", killTrees);
}
function uninstallWhenIdle() {
  if (!installed || interrupted || undos.size > 0 || trees.size > 0) return;
  installed = false;
  process.off("SIGINT", onSignal);
  process.off("SIGTERM", onSignal);
  process.off("exit", killTrees);
}
async function onSignal(signal) {
  if (interrupted) return;
  interrupted = true;
  process.stderr.write(`terrafusion: ${signal} received, cleaning up
`);
  const steps = [...undos].reverse();
  undos.clear();
  const deadline = new Promise((resolve) => setTimeout(resolve, 5e3).unref());
  for (const undo of steps) {
    await Promise.race([
      Promise.resolve().then(undo).catch(() => void 0),
      deadline
    ]);
  }
  killTrees();
  process.exit(SIGNAL_EXIT[signal] ?? 1);
}
function killTrees() {
  for (const tree of trees) signalTree(tree.pid, tree.marker, "SIGKILL");
  trees.clear();
}

// src/process/supervise.ts
import { spawn } from "node:child_process";

// src/process/bounded-output.ts
var DEFAULT_OUTPUT_LIMITS = { headLines: 20, tailLines: 60, lineLength: 500 };
var BoundedOutput = class {
  constructor(limits = DEFAULT_OUTPUT_LIMITS) {
    this.limits = limits;
  }
  limits;
  head = [];
  tail = [];
  partial = "";
  partialCut = false;
  omitted = 0;
  bytes = 0;
  /** Total bytes seen. */
  get size() {
    return this.bytes;
  }
  write(chunk) {
    const text = typeof chunk === "string" ? chunk : chunk.toString("utf8");
    this.bytes += typeof chunk === "string" ? Buffer.byteLength(chunk) : chunk.length;
    let start = 0;
    for (let newline = text.indexOf("\n"); newline >= 0; newline = text.indexOf("\n", start)) {
      this.append(text.slice(start, newline));
      this.pushLine();
      start = newline + 1;
    }
    this.append(text.slice(start));
  }
  /** The kept text: head, a line saying how many lines were left out, tail. Colour codes removed. */
  text() {
    const lines = [...this.head];
    if (this.omitted > 0) lines.push(`\u2026 ${plural(this.omitted, "line")} left out \u2026`);
    lines.push(...this.tail);
    if (this.partial) lines.push(this.cut(this.partial, this.partialCut));
    return lines.join("\n").replace(/\x1b\[[0-9;]*[A-Za-z]/g, "").trimEnd();
  }
  /** The last `count` kept lines. */
  lastLines(count) {
    return this.text().split("\n").slice(-count).join("\n");
  }
  append(piece) {
    if (this.partial.length >= this.limits.lineLength) {
      if (piece) this.partialCut = true;
      return;
    }
    const room = this.limits.lineLength - this.partial.length;
    if (piece.length > room) this.partialCut = true;
    this.partial += piece.slice(0, room);
  }
  pushLine() {
    const line = this.cut(this.partial.replace(/\r$/, ""), this.partialCut);
    this.partial = "";
    this.partialCut = false;
    if (this.head.length < this.limits.headLines) {
      this.head.push(line);
      return;
    }
    this.tail.push(line);
    if (this.tail.length > this.limits.tailLines) {
      this.tail.shift();
      this.omitted++;
    }
  }
  cut(line, wasCut) {
    return wasCut ? `${line}\u2026 (line cut)` : line;
  }
};

// src/process/supervise.ts
function supervise(options) {
  if (!(options.deadlineMs > 0))
    throw new UsageError(`a deadline must be longer than 0 (got ${options.deadlineMs} ms)`);
  const started = Date.now();
  const marker = newMarker();
  const graceMs = options.graceMs ?? 2e3;
  const output = new BoundedOutput(options.outputLimits);
  const stdoutChunks = [];
  let stdoutBytes = 0;
  let stdoutOverflow = false;
  let stopped;
  let exitCode;
  let exitSignal;
  let spawnError;
  let hasExited = false;
  let child;
  try {
    child = spawn(options.command, options.args ?? [], {
      cwd: options.cwd,
      env: {
        ...options.env,
        ...options.runAs ? { USER: options.runAs.user, LOGNAME: options.runAs.user, HOME: options.runAs.home ?? "/" } : {},
        [MARKER_VARIABLE]: marker
      },
      ...options.runAs ? { uid: options.runAs.uid, gid: options.runAs.gid } : {},
      shell: options.shell ?? false,
      // Its own process group, so that a signal reaches what it starts, not us.
      detached: true,
      stdio: [options.input === void 0 ? "ignore" : "pipe", "pipe", "pipe"]
    });
  } catch (error) {
    const failed = {
      spawnError: error,
      stdout: "",
      stdoutRaw: Buffer.alloc(0),
      stdoutOverflow: false,
      output,
      durationMs: 0
    };
    return { pid: void 0, done: Promise.resolve(failed), exited: () => true, stop: async () => failed };
  }
  const pid = child.pid;
  const untrack = trackTree(pid, marker);
  const forgetInterrupt = onInterrupt(() => void stop("interrupted", "SIGKILL"));
  child.stdout?.on("data", (chunk) => {
    options.onOutput?.(chunk);
    if (options.stdoutBytes === void 0) {
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
  child.stderr?.on("data", (chunk) => {
    options.onOutput?.(chunk);
    output.write(chunk);
  });
  if (options.input !== void 0 && child.stdin) {
    child.stdin.on("error", () => void 0);
    child.stdin.end(options.input);
  }
  let settle;
  const done = new Promise((resolve) => {
    settle = resolve;
  });
  let settled = false;
  const timers = [];
  const finish = () => {
    if (settled) return;
    settled = true;
    for (const timer of timers) clearTimeout(timer);
    options.signal?.removeEventListener("abort", onAbort);
    signalTree(pid, marker, "SIGKILL");
    child.stdout?.destroy();
    child.stderr?.destroy();
    untrack();
    forgetInterrupt();
    const raw = Buffer.concat(stdoutChunks);
    settle({
      ...exitCode !== void 0 ? { exitCode } : {},
      ...exitSignal ? { signal: exitSignal } : {},
      ...stopped ? { stopped } : {},
      ...spawnError ? { spawnError } : {},
      stdout: raw.toString("utf8"),
      stdoutRaw: raw,
      stdoutOverflow,
      output,
      durationMs: Date.now() - started
    });
  };
  child.once("error", (error) => {
    if (child.pid === void 0 || error.code === "ENOENT" || error.code === "EACCES" || error.code === "EPERM") {
      spawnError = error;
      hasExited = true;
      finish();
    }
  });
  child.once("exit", (code, signal) => {
    hasExited = true;
    exitCode = code ?? void 0;
    exitSignal = signal ?? void 0;
    timers.push(setTimeout(finish, options.pipeGraceMs ?? 1e3));
  });
  child.once("close", () => {
    if (hasExited) finish();
  });
  function stop(reason = "stopped", signal = "SIGTERM") {
    if (settled) return done;
    stopped ??= reason;
    signalTree(pid, marker, signal);
    if (signal !== "SIGKILL") timers.push(setTimeout(() => signalTree(pid, marker, "SIGKILL"), graceMs));
    timers.push(setTimeout(finish, (signal === "SIGKILL" ? 0 : graceMs) + 1e3));
    return done;
  }
  const onAbort = () => void stop("cancelled");
  if (options.signal?.aborted) onAbort();
  else options.signal?.addEventListener("abort", onAbort, { once: true });
  timers.push(
    setTimeout(
      () => void stop(`timed out after ${options.deadlineText ?? `${Math.round(options.deadlineMs / 1e3)}s`}`),
      options.deadlineMs
    )
  );
  return { pid, done, exited: () => hasExited, stop };
}
function runSupervised(options) {
  return supervise(options).done;
}

export {
  onInterrupt,
  supervise,
  runSupervised
};
