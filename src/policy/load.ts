import { readFileSync, statSync } from "node:fs";
import { isAbsolute, join, relative, resolve } from "node:path";
import { ConfigError, PolicyError, type PolicyProblem } from "../errors.ts";
import { packageRoot } from "../package-root.ts";
import { GATE_NAMES, type Policy, policySchema } from "./schema/index.ts";
import { validateSource } from "./validate.ts";
import { parseYamlSource } from "./yaml-source.ts";

export const DEFAULT_POLICY_PATH = ".github/terrafusion.yml";
const MAX_EXTENDS_DEPTH = 8;

type Plain = Record<string, unknown>;

export interface LoadedPolicy {
  /** The effective policy: defaults, then each `extends`, then the file. */
  policy: Policy;
  /** The same, before normalisation, as the YAML a person would write. */
  merged: Plain;
  /** Where each leaf value came from, by dotted key path: a file name, or "defaults". */
  origins: Map<string, string>;
  /** The files read, the user's first; empty when the repository has no policy file. */
  files: string[];
}

export interface LoadOptions {
  /** The repository root; `extends` paths and the default file are relative to it. */
  cwd?: string;
  /** The policy file; default .github/terrafusion.yml, and the defaults alone when that is missing. */
  file?: string;
  /** Reads a file's bytes; the app passes one that reads from GitHub. */
  read?: (path: string) => Promise<Uint8Array | undefined> | Uint8Array | undefined;
}

/** A folder where a file was named: the caller says which name pointed there. */
class NotAFile extends Error {}

function readLocal(path: string): Uint8Array | undefined {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return undefined;
  if (stat.isDirectory()) throw new NotAFile(path);
  try {
    return readFileSync(path);
  } catch (error) {
    throw new ConfigError(
      `${path}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? error})`,
    );
  }
}

export function defaultPolicyFile(): string {
  return join(packageRoot(), "policies", "production-plan.yml");
}

/** Reads, checks and merges a policy; throws PolicyError with every problem at once. */
export async function loadPolicy(options: LoadOptions = {}): Promise<LoadedPolicy> {
  const cwd = resolve(options.cwd ?? ".");
  const read = options.read ?? readLocal;
  const explicit = options.file !== undefined;
  const file = options.file ?? DEFAULT_POLICY_PATH;

  const defaults = readValidated(
    defaultPolicyFile(),
    "policies/production-plan.yml (TerraFusion's defaults)",
    readLocal,
  );
  const layers: { name: string; value: Plain }[] = [];
  const problems: PolicyProblem[] = [];
  const seen: string[] = [];

  let next: { path: string; from?: PolicyProblem } | undefined = { path: file };
  while (next) {
    const absolute = isAbsolute(next.path) ? next.path : resolve(cwd, next.path);
    const display = displayName(cwd, absolute);
    if (seen.includes(absolute)) {
      problems.push({
        ...next.from!,
        message: `extends forms a cycle: ${[...seen, absolute].map((p) => displayName(cwd, p)).join(" -> ")}`,
      });
      break;
    }
    if (seen.length > MAX_EXTENDS_DEPTH) {
      problems.push({ ...next.from!, message: `extends goes deeper than ${MAX_EXTENDS_DEPTH} files` });
      break;
    }
    let bytes: Uint8Array | undefined;
    try {
      bytes = await read(absolute);
    } catch (error) {
      if (!(error instanceof NotAFile)) throw error;
      if (!next.from)
        throw new ConfigError(
          `${display}: is a folder, not a policy file (name the YAML file, e.g. ${join(display, "terrafusion.yml")})`,
        );
      problems.push({
        ...next.from,
        message: `extends names ${JSON.stringify(next.path)}, which is a folder (name a YAML file)`,
      });
      break;
    }
    if (!bytes) {
      if (next.from)
        problems.push({
          ...next.from,
          message: `extends names ${JSON.stringify(next.path)}, which does not exist (paths are relative to the repository root)`,
        });
      else if (explicit)
        throw new ConfigError(
          `${display}: no such policy file (create it, or omit --policy to use ${DEFAULT_POLICY_PATH} or the defaults)`,
        );
      break;
    }
    seen.push(absolute);
    const parsed = readValidatedBytes(display, bytes);
    if (Array.isArray(parsed)) {
      problems.push(...parsed);
      break;
    }
    layers.unshift({ name: display, value: parsed.value });
    const parent = parsed.value.extends;
    next =
      typeof parent === "string"
        ? {
            path: parent,
            from: { file: display, ...parsed.positionOf(["extends"]), path: "extends", message: "" },
          }
        : undefined;
  }
  if (problems.length > 0) throw new PolicyError(problems);

  const origins = new Map<string, string>();
  let merged: Plain = {};
  for (const layer of [{ name: "defaults", value: defaults }, ...layers]) {
    const value = layer.name === "defaults" ? layer.value : enableMentionedGates(layer.value);
    merged = mergePolicy(merged, value, layer.name, origins);
  }
  delete merged.extends;
  const policy = policySchema.parse(merged);
  return { policy, merged, origins, files: layers.map((layer) => layer.name).reverse() };
}

function readValidated(path: string, display: string, read: (path: string) => Uint8Array | undefined): Plain {
  const bytes = read(path);
  if (!bytes) throw new Error(`the default policy ${path} is missing from the TerraFusion package`);
  const parsed = readValidatedBytes(display, bytes);
  if (Array.isArray(parsed)) throw new PolicyError(parsed);
  return parsed.value;
}

function readValidatedBytes(display: string, bytes: Uint8Array) {
  const source = parseYamlSource(display, bytes);
  if (Array.isArray(source)) return source;
  const problems = validateSource(source);
  if (problems.length > 0) return problems;
  return { value: source.value as Plain, positionOf: source.positionOf };
}

/** A gate that a file names is enabled unless that file says otherwise. */
function enableMentionedGates(value: Plain): Plain {
  const gates = value.gates as Plain | undefined;
  if (!gates) return value;
  const enabled: Plain = {};
  for (const name of GATE_NAMES) {
    const gate = gates[name] as Plain | undefined;
    if (gate) enabled[name] = { enabled: true, ...gate };
  }
  return { ...value, gates: { ...gates, ...enabled } };
}

/** Maps merge key by key; lists and scalars replace. Records which layer set each leaf. */
export function mergePolicy(
  base: Plain,
  over: Plain,
  layer: string,
  origins: Map<string, string>,
  prefix = "",
): Plain {
  const out: Plain = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const path = prefix ? `${prefix}.${key}` : key;
    const current = out[key];
    if (isPlain(value) && isPlain(current)) {
      out[key] = mergePolicy(current, value, layer, origins, path);
    } else {
      for (const stale of [...origins.keys()]) if (stale.startsWith(`${path}.`)) origins.delete(stale);
      out[key] = value;
      markOrigins(value, layer, origins, path);
    }
  }
  return out;
}

function markOrigins(value: unknown, layer: string, origins: Map<string, string>, path: string): void {
  if (isPlain(value) && Object.keys(value).length > 0) {
    for (const [key, inner] of Object.entries(value)) markOrigins(inner, layer, origins, `${path}.${key}`);
  } else {
    origins.set(path, layer);
  }
}

function isPlain(value: unknown): value is Plain {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function displayName(cwd: string, absolute: string): string {
  const rel = relative(cwd, absolute);
  return rel.startsWith("..") ? absolute : rel;
}
