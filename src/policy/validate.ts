import { closest, distance } from "fastest-levenshtein";
import type { z } from "zod";
import { plural } from "../core/format.ts";
import type { PolicyProblem } from "../errors.ts";
import { policySchema } from "./schema/index.ts";
import type { YamlSource } from "./yaml-source.ts";

/** Checks one file's value against the schema; every problem, each with its position and key path. */
export function validateSource(source: YamlSource): PolicyProblem[] {
  const value = source.value;
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    return [
      {
        file: source.file,
        line: 1,
        column: 1,
        path: "",
        message: `a policy is a mapping of keys (version, gates, review, deploy), got ${describe(value)}`,
      },
    ];
  }
  const knownKeys = new Map<string, string[]>();
  const result = policySchema.safeParse(value, {
    reportInput: true,
    error: (issue) => {
      if (issue.code === "invalid_union" && "discriminator" in issue) return discriminatorMessage(issue);
      if (issue.code === "unrecognized_keys") {
        const shape = (issue.inst as { _zod?: { def?: { shape?: object } } } | undefined)?._zod?.def?.shape;
        knownKeys.set(pathKey(issue.path ?? []), Object.keys(shape ?? {}));
      }
      return defaultMessage(issue);
    },
  });
  if (result.success) return [];
  return result.error.issues
    .flatMap((issue) => toProblems(source, issue, knownKeys))
    .sort((a, b) => a.line - b.line || a.column - b.column);
}

function toProblems(
  source: YamlSource,
  issue: z.core.$ZodIssue,
  knownKeys: Map<string, string[]>,
): PolicyProblem[] {
  const path = issue.path.map(String);
  if (issue.code === "unrecognized_keys") {
    const known = knownKeys.get(pathKey(issue.path)) ?? [];
    return issue.keys.map((key) => ({
      file: source.file,
      ...source.positionOf(issue.path, key),
      path: [...path, key].join("."),
      message: `unknown key ${JSON.stringify(key)}${suggest(key, known)} (expected one of ${known.join(", ")})`,
    }));
  }
  if (issue.code === "invalid_union") {
    // Report the branch that got furthest: the one whose problem is not merely "wrong type".
    const branches = issue.errors.filter((branch) => branch.length > 0);
    const best =
      branches.find((branch) => branch.every((inner) => inner.code !== "invalid_type")) ??
      branches[branches.length - 1];
    if (best && !issue.message.startsWith("expected")) {
      return best.flatMap((inner) =>
        toProblems(source, { ...inner, path: [...issue.path, ...inner.path] }, knownKeys),
      );
    }
  }
  let message = issue.message;
  if (issue.code === "invalid_value" && issue.values.length > 1) {
    const given = (issue as { input?: unknown }).input;
    if (typeof given === "string") {
      message += suggest(given, issue.values.map(String));
    }
  }
  const input = (issue as { input?: unknown }).input;
  if (!/\bgot\b/.test(message) && input !== undefined && typeof input !== "object")
    message += ` (got ${describe(input)})`;
  return [{ file: source.file, ...source.positionOf(issue.path), path: path.join("."), message }];
}

/** Messages in one voice: what is wrong (expected …, got …). */
export function defaultMessage(issue: z.core.$ZodRawIssue): string | undefined {
  const input = issue.input;
  switch (issue.code) {
    case "invalid_type":
      if (input === undefined) return `missing required key (expected ${issue.expected})`;
      return `wrong type (expected ${issue.expected}, got ${describe(input)})`;
    case "too_big":
      return `too large (expected ${issue.inclusive === false ? "below" : "at most"} ${issue.maximum}, got ${describe(input)})`;
    case "too_small":
      if (issue.origin === "array")
        return `expected at least ${plural(Number(issue.minimum), "item")}, got ${describe(input)}`;
      if (issue.origin === "string") return `expected a non-empty string, got ${describe(input)}`;
      return `too small (expected ${issue.inclusive === false ? "above" : "at least"} ${issue.minimum}, got ${describe(input)})`;
    case "invalid_value":
      return `expected ${issue.values.length === 1 ? JSON.stringify(issue.values[0]) : `one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`}, got ${describe(input)}`;
    case "invalid_format":
      return `expected a ${issue.format === "url" ? "URL" : issue.format}, got ${describe(input)}`;
    case "invalid_union":
      return `expected ${describeUnion(issue)}, got ${describe(input)}`;
    case "not_multiple_of":
      return `expected a multiple of ${issue.divisor}, got ${describe(input)}`;
    default:
      return undefined;
  }
}

/** A mapping with an unknown `kind:` (or other discriminator): name the kinds there are. */
function discriminatorMessage(issue: z.core.$ZodRawIssue): string {
  const key = String((issue as { discriminator?: unknown }).discriminator);
  const options = ((issue.inst as { _zod?: { def?: { options?: unknown[] } } })?._zod?.def?.options ??
    []) as {
    _zod: { def: { shape?: Record<string, { _zod: { def: { values?: unknown[] } } }> } };
  }[];
  const kinds = options.flatMap((option) => option._zod.def.shape?.[key]?._zod.def.values ?? []).map(String);
  const given = (issue.input as Record<string, unknown> | undefined)?.[key];
  const hint = typeof given === "string" ? suggest(given, kinds) : "";
  return `${key} must be one of ${kinds.map((k) => JSON.stringify(k)).join(", ")}, got ${describe(given)}${hint}`;
}

function describeUnion(issue: z.core.$ZodRawIssue): string {
  const expected = new Set<string>();
  for (const branch of (issue as unknown as { errors?: z.core.$ZodIssue[][] }).errors ?? []) {
    for (const inner of branch) if (inner.code === "invalid_type") expected.add(inner.expected);
  }
  return expected.size > 0 ? [...expected].join(" or ") : "a different value";
}

function pathKey(path: readonly PropertyKey[]): string {
  return path.map(String).join("\u0000");
}

export function suggest(given: string, known: readonly string[]): string {
  if (known.length === 0) return "";
  const candidate = closest(given, known as string[]);
  return distance(given, candidate) <= Math.max(2, Math.floor(candidate.length / 3))
    ? `; did you mean ${JSON.stringify(candidate)}?`
    : "";
}

export function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string")
    return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  return String(value);
}
