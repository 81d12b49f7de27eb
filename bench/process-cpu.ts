/**
 * CPU time a process has used so far (user + system, all its threads), read from /proc: for the benches, what a
 * request costs the process that answers it. Linux only; elsewhere, and for a process that is gone, undefined.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

let ticksPerSecond: number | undefined;

export function cpuMs(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    // Fields after the command (which may hold spaces, so split after its closing parenthesis): utime is the
    // 14th field of the line, stime the 15th, in clock ticks.
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    ticksPerSecond ??= Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
  } catch {
    return undefined;
  }
}

/** The processes `pid` started (nginx's workers under its master), from /proc; empty where unknown. */
export function childrenOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8")
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
}

/** The machine's CPU time so far, in clock ticks, from the first line of /proc/stat; undefined elsewhere. */
export interface CpuTimes {
  total: number;
  steal: number;
}

export function cpuTimes(): CpuTimes | undefined {
  try {
    // cpu user nice system idle iowait irq softirq steal guest guest_nice (guest time is inside user already).
    const fields = readFileSync("/proc/stat", "utf8")
      .split("\n")[0]!
      .trim()
      .split(/\s+/)
      .slice(1, 9)
      .map(Number);
    if (fields.length < 8 || fields.some(Number.isNaN)) return undefined;
    return { total: fields.reduce((sum, value) => sum + value, 0), steal: fields[7]! };
  } catch {
    return undefined;
  }
}

/**
 * The share of the machine's CPU time between two readings that the hypervisor gave to other guests (steal): a
 * virtual machine's latency figures jump with it, whatever is measured.
 */
export function stealShare(before: CpuTimes | undefined, after: CpuTimes | undefined): number | undefined {
  if (!before || !after || after.total <= before.total) return undefined;
  return (after.steal - before.steal) / (after.total - before.total);
}
