import { open, rename, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

let sequence = 0;

/**
 * Replaces `file` with `text` so that a crash at any moment leaves either the old file or the new one, whole,
 * also after a power cut: the text is written to a temporary file beside it and flushed (fsync), renamed over
 * the file, and the folder is flushed so the rename itself is on disk. Readers never see a half-written file.
 */
export async function writeFileAtomic(file: string, text: string): Promise<void> {
  const folder = dirname(file);
  const temp = join(folder, `.${basename(file)}.${process.pid}.${++sequence}.tmp`);
  const handle = await open(temp, "w");
  try {
    await handle.writeFile(text);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await handle.close();
  try {
    await rename(temp, file);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  const directory = await open(folder, "r");
  try {
    await directory.sync();
  } finally {
    await directory.close();
  }
}
