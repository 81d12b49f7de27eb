import { z } from "zod";
import { type PolicyProblem, ProblemsError } from "../errors.ts";
import { defaultMessage, describe } from "../policy/validate.ts";
import { parseYamlSource } from "../policy/yaml-source.ts";
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

/**
 * A snapshot or case file's bytes, checked: every problem of a bad file at once, each with FILE:LINE:COL
 * and key path. Reading the file is the caller's (src/cli/snapshot-file.ts).
 */
export function parseJsonFile<T extends z.ZodType>(file: string, bytes: Uint8Array, schema: T): z.output<T> {
  const at = (line: number, column: number, path: string, message: string) =>
    new ProblemsError([{ file, line, column, path, message }], "the snapshot", SNAPSHOT_DOCS);
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch (error) {
    if (error instanceof TypeError)
      throw at(1, 1, "", "not a text file (it is not valid UTF-8): a snapshot is JSON");
    // JSON.parse does not say where on Node 20; the YAML parser (JSON is YAML) usually can.
    const source = parseYamlSource(file, bytes);
    const where = Array.isArray(source) ? source[0] : undefined;
    throw at(where?.line ?? 1, where?.column ?? 1, "", `not valid JSON: ${(error as Error).message}`);
  }
  const parsed = schema.safeParse(value, { reportInput: true, error: defaultMessage });
  if (parsed.success) return parsed.data;
  const source = parseYamlSource(file, bytes);
  const position = (path: readonly PropertyKey[], key?: string) =>
    Array.isArray(source) ? { line: 1, column: 1 } : source.positionOf(path, key);
  const problems: PolicyProblem[] = parsed.error.issues.flatMap((issue) => {
    const path = issue.path.map(String).join(".");
    if (issue.code === "unrecognized_keys")
      return issue.keys.map((key) => ({
        file,
        ...position(issue.path, key),
        path: path ? `${path}.${key}` : key,
        message: "unknown key (remove it, or check its spelling)",
      }));
    if (value === null || typeof value !== "object" || Array.isArray(value))
      return [
        {
          file,
          line: 1,
          column: 1,
          path: "",
          message: `a snapshot is a JSON object, got ${describe(value)}`,
        },
      ];
    return [{ file, ...position(issue.path), path, message: issue.message }];
  });
  throw new ProblemsError(
    problems.sort((a, b) => a.line - b.line || a.column - b.column),
    "the snapshot",
    SNAPSHOT_DOCS,
  );
}

const SNAPSHOT_DOCS = "docs/review.md for the snapshot format";
