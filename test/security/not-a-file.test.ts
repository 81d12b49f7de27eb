// Files that user input names must be regular files, read up to a limit: `policy validate /dev/zero`
// once grew to 7 GB and a FIFO blocked forever. Each case here is answered at once, with one line.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ReadLimitedError, readLimited } from "../../src/fs/read-limited.ts";
import { readPrevious as readCoveragePrevious } from "../../src/gates/coverage/previous.ts";
import { readPrevious as readLoadPrevious } from "../../src/gates/load/previous.ts";

let dir: string;
let fifo: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "tf-not-a-file-"));
  fifo = join(dir, "fifo");
  execFileSync("mkfifo", [fifo]);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("readLimited", () => {
  it("refuses a device before reading from it", () => {
    expect(() => readLimited("/dev/zero", 1024)).toThrow("/dev/zero: is a device, not a regular file");
  });

  it("refuses a FIFO without waiting for a writer", () => {
    expect(() => readLimited(fifo, 1024)).toThrow(`${fifo}: is a FIFO, not a regular file`);
  });

  it("refuses a folder and a missing file, each in its own words", () => {
    mkdirSync(join(dir, "folder"), { recursive: true });
    expect(() => readLimited(join(dir, "folder"), 1024)).toThrow(/is a folder, not a file/);
    const missing = (() => {
      try {
        readLimited(join(dir, "nope"), 1024);
      } catch (error) {
        return error as ReadLimitedError;
      }
    })();
    expect(missing?.problem).toEqual({ kind: "missing" });
  });

  it("reads at most its limit, also when the size a file reports is wrong (/proc)", () => {
    writeFileSync(join(dir, "big"), "x".repeat(4096));
    expect(() => readLimited(join(dir, "big"), 1024)).toThrow(/is larger than 1 KB/);
    expect(readLimited(join(dir, "big"), 4096).length).toBe(4096);
    // /proc/self/maps says size 0 and has more than 16 bytes.
    expect(() => readLimited("/proc/self/maps", 16)).toThrow(/is larger than/);
  });
});

describe("the readers of user files use it", () => {
  it("a previous load result that is /dev/zero or a FIFO is a usage error, at once", () => {
    expect(() => readLoadPrevious(dir, "/dev/zero")).toThrow(
      "previous result /dev/zero: is a device, not a regular file; pass the load GateResult JSON of the base branch",
    );
    expect(() => readLoadPrevious(dir, fifo)).toThrow(/is a FIFO, not a regular file/);
  });

  it("a previous coverage result that is a FIFO is a usage error, at once", () => {
    expect(() => readCoveragePrevious(fifo)).toThrow(/previous result .*fifo: is a FIFO, not a regular file/);
  });
});
