import { Unzip, UnzipInflate } from "fflate";

/**
 * Fed to the inflater at a time: deflate expands at most ~1032×, so one chunk can never grow past
 * ~16 MiB in memory before the running total is checked.
 */
const CHUNK = 16 * 1024;

export class ZipEntryTooLarge extends Error {}

/**
 * The bytes of the entry `name` of a zip archive, or undefined when it has none. Inflates at most
 * `maxBytes`: a zip bomb (or a header that lies about the size) stops there with ZipEntryTooLarge.
 * Nothing is written to disk, so an entry named `../../x` is only a name that does not match.
 */
export function unzipEntry(zip: Uint8Array, name: string, maxBytes: number): Uint8Array | undefined {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let found = false;
  let failure: Error | undefined;
  const unzip = new Unzip((file) => {
    if (found || file.name !== name) return; // never started: its data is skipped
    found = true;
    if (file.originalSize !== undefined && file.originalSize > maxBytes) {
      failure = new ZipEntryTooLarge(
        `${name} is ${file.originalSize} bytes, over the ${maxBytes}-byte limit`,
      );
      return;
    }
    file.ondata = (error, data, final) => {
      if (failure) return;
      if (error) {
        failure = error;
        return;
      }
      total += data.length;
      if (total > maxBytes) {
        failure = new ZipEntryTooLarge(`${name} inflates past the ${maxBytes}-byte limit`);
        file.terminate();
        return;
      }
      chunks.push(data);
      void final;
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  for (let offset = 0; offset < zip.length && !failure; offset += CHUNK)
    unzip.push(zip.subarray(offset, offset + CHUNK), offset + CHUNK >= zip.length);
  if (failure) throw failure;
  if (!found) return undefined;
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}
