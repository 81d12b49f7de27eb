import { strToU8, Zip, ZipDeflate, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { unzipEntry, ZipEntryTooLarge } from "../../src/github/unzip-entry.ts";

const text = (bytes: Uint8Array | undefined) => (bytes ? new TextDecoder().decode(bytes) : undefined);

describe("unzipEntry", () => {
  it("reads one entry by its exact name; a traversal name is only a name that does not match", () => {
    const zip = zipSync({ "../../etc/cron.d/x": strToU8("evil"), "result.json": strToU8('{"ok":true}') });
    expect(text(unzipEntry(zip, "result.json", 1024))).toBe('{"ok":true}');
    expect(unzipEntry(zip, "missing.json", 1024)).toBeUndefined();
  });

  it("reads a streamed zip whose sizes follow the data (data descriptors, as artifact uploads write)", () => {
    const parts: Uint8Array[] = [];
    const zip = new Zip((_error, chunk) => parts.push(chunk));
    for (const [name, body] of [
      ["other.txt", "x".repeat(100_000)],
      ["result.json", "streamed"],
    ] as const) {
      const file = new ZipDeflate(name, { level: 9 });
      zip.add(file);
      file.push(strToU8(body), true);
    }
    zip.end();
    expect(text(unzipEntry(Buffer.concat(parts), "result.json", 1024))).toBe("streamed");
  });

  it("stops a bomb whose header lies about its size at the limit", () => {
    const zip = zipSync({ "result.json": new Uint8Array(32 * 1024 * 1024) }, { level: 9 });
    // The local header's uncompressed size (offset 22) now says 10 bytes.
    new DataView(zip.buffer, zip.byteOffset).setUint32(22, 10, true);
    expect(() => unzipEntry(zip, "result.json", 1024 * 1024)).toThrow(ZipEntryTooLarge);
  });
});
