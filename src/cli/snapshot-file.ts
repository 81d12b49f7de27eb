import { readFileSync } from "node:fs";
import type { z } from "zod";
import { ConfigError } from "../errors.ts";
import { parseJsonFile } from "../review/case.ts";

/** Reads a snapshot or case file and checks it (parseJsonFile); a file that cannot be read is a ConfigError. */
export function readJsonFile<T extends z.ZodType>(file: string, schema: T): z.output<T> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigError(
      code === "EISDIR"
        ? `${file}: is a folder; give a snapshot file (*.json, from terrafusion review snapshot)`
        : code === "ENOENT"
          ? `${file}: no such file (write one with terrafusion review snapshot OWNER/REPO#NUMBER --output FILE)`
          : `${file}: cannot read the file (${code ?? (error as Error).message})`,
    );
  }
  return parseJsonFile(file, bytes, schema);
}
