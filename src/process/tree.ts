/**
 * Finding every process a supervised command started, also those that left its process group
 * (`setsid`, a daemonising service) or outlived their parent and were re-parented to init.
 *
 * Each supervised command gets a random marker in its environment, which every descendant inherits;
 * on Linux the supervisor finds them all by that marker in /proc/PID/environ. A process that clears
 * its environment on purpose escapes it: the threat model (docs/security.md) says why that is the
 * operator's concern, not the gate's. Elsewhere, the process group is all there is.
 */
import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";

export const MARKER_VARIABLE = "TERRAFUSION_SUPERVISED";

export function newMarker(): string {
  return randomBytes(12).toString("hex");
}

/** The pids (not this process) whose environment carries the marker. */
export function markedProcesses(marker: string): number[] {
  let entries: string[];
  try {
    entries = readdirSync("/proc");
  } catch {
    return [];
  }
  const needle = Buffer.from(`${MARKER_VARIABLE}=${marker}\0`);
  const found: number[] = [];
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    const pid = Number(entry);
    if (pid === process.pid) continue;
    try {
      // A process's environ is as it was at exec; the marker is set before.
      if (readFileSync(`/proc/${entry}/environ`).includes(needle)) found.push(pid);
    } catch {
      // Gone already, or not ours to read.
    }
  }
  return found;
}

/** Signals the process group led by `pid` and every marked process. Returns how many were signalled. */
export function signalTree(pid: number | undefined, marker: string, signal: NodeJS.Signals): number {
  let signalled = 0;
  if (pid !== undefined) {
    try {
      process.kill(-pid, signal);
      signalled++;
    } catch {
      // The group has ended.
    }
  }
  for (const marked of markedProcesses(marker)) {
    try {
      process.kill(marked, signal);
      signalled++;
    } catch {
      // Ended in between.
    }
  }
  return signalled;
}
