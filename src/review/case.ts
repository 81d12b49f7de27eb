import { readFileSync } from "node:fs";
import { z } from "zod";
import { ConfigError } from "../errors.ts";
import { pullSnapshotSchema } from "./snapshot.ts";

const STATUSES = ["approved", "pending", "disapproved", "skipped", "error"] as const;

/** A snapshot with the verdict a team expects: one policy unit test for `terrafusion review test`. */
export const reviewCaseSchema = pullSnapshotSchema.extend({
  /** The policy file for this case, relative to the case file (default: the --policy of the run). */
  policy: z.string().optional(),
  expect: z
    .strictObject({
      status: z.enum(STATUSES),
      rules: z.record(z.string(), z.enum(["approved", "pending", "skipped"])).optional(),
      /** Text that must appear in the explanation. */
      explain: z.array(z.string()).optional(),
    })
    .optional(),
});
export type ReviewCase = z.output<typeof reviewCaseSchema>;

/** Reads a snapshot or case file; a bad file is one ConfigError naming the file and the key. */
export function readJsonFile<T extends z.ZodType>(file: string, schema: T): z.output<T> {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    throw new ConfigError(`${file}: cannot read the file (check the path)`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`${file}: not valid JSON: ${(error as Error).message}`);
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length ? `${issue.path.join(".")}: ` : "";
    throw new ConfigError(
      `${file}: ${where}${issue.message} (see docs/review.md for the snapshot format)${parsed.error.issues.length > 1 ? ` and ${parsed.error.issues.length - 1} more problem(s)` : ""}`,
    );
  }
  return parsed.data;
}
