/**
 * Reading a file that user input named (a policy, a snapshot, a previous result, a coverage report):
 * it must be a regular file, and at most `limit` bytes are read. `/dev/zero` once grew a process to
 * 7 GB and a FIFO blocked it forever; both are errors here, decided before a byte is read.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";

export type ReadProblem =
  | { kind: "missing" }
  | { kind: "folder" }
  | { kind: "not-a-file"; what: string }
  | { kind: "too-large"; limit: number }
  | { kind: "unreadable"; code: string };

export class ReadLimitedError extends Error {
  constructor(
    readonly path: string,
    readonly problem: ReadProblem,
  ) {
    super(`${path}: ${describeReadProblem(problem)}`);
  }
}

export function describeReadProblem(problem: ReadProblem): string {
  switch (problem.kind) {
    case "missing":
      return "no such file";
    case "folder":
      return "is a folder, not a file";
    case "not-a-file":
      return `is ${problem.what}, not a regular file`;
    case "too-large":
      return `is larger than ${formatBytes(problem.limit)}, more than this file can be`;
    case "unreadable":
      return `cannot read the file (${problem.code})`;
  }
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${Math.round(bytes / 1024)} KB`;
}

/** The file's bytes, or a ReadLimitedError saying why not. */
export function readLimited(path: string, limit: number): Buffer {
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO must not wait for a writer.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "error";
    throw new ReadLimitedError(path, code === "ENOENT" ? { kind: "missing" } : { kind: "unreadable", code });
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new ReadLimitedError(path, { kind: "folder" });
    if (!stat.isFile())
      throw new ReadLimitedError(path, {
        kind: "not-a-file",
        what: stat.isFIFO()
          ? "a FIFO"
          : stat.isCharacterDevice() || stat.isBlockDevice()
            ? "a device"
            : stat.isSocket()
              ? "a socket"
              : "not a file",
      });
    if (stat.size > limit) throw new ReadLimitedError(path, { kind: "too-large", limit });
    // The size can be wrong (files under /proc say 0): read until the end or one byte past the limit.
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(64 * 1024, limit + 1 - total));
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      chunks.push(chunk.subarray(0, read));
      total += read;
      if (total > limit) throw new ReadLimitedError(path, { kind: "too-large", limit });
    }
    return Buffer.concat(chunks, total);
  } catch (error) {
    if (error instanceof ReadLimitedError) throw error;
    throw new ReadLimitedError(path, {
      kind: "unreadable",
      code: (error as NodeJS.ErrnoException).code ?? "error",
    });
  } finally {
    closeSync(fd);
  }
}

/** Sizes that user files may have: a policy or a snapshot is small; a coverage report can be large. */
export const FILE_LIMITS = {
  policy: 1024 * 1024,
  json: 64 * 1024 * 1024,
  report: 512 * 1024 * 1024,
} as const;
