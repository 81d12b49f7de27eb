import { isAbsolute, join, relative, resolve } from "node:path";
import { plural } from "../core/format.ts";
import { ConfigError, PolicyError, type PolicyProblem } from "../errors.ts";
import {
  describeRemote,
  EXTENDS_SYNTAX,
  ownerRefusal,
  parseExtends,
  type RemotePolicies,
  type RemoteTarget,
  remoteKey,
  resolveFrom,
} from "./extends-ref.ts";
import { GATE_NAMES, type Policy, policySchema } from "./schema/index.ts";
import { validateSource } from "./validate.ts";
import { parseYamlSource, type YamlSource } from "./yaml-source.ts";

/** Where a repository's policy is found without --policy: either spelling, never both. */
export const DEFAULT_POLICY_PATHS = [".github/terrafusion.yml", ".github/terrafusion.yaml"] as const;
export const DEFAULT_POLICY_PATH = DEFAULT_POLICY_PATHS[0];
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
  /** Where a key path is written in each file read, by its name in `files` (a remote file cannot be read again). */
  positions: Map<string, YamlSource["positionOf"]>;
}

export interface LoadOptions {
  /** The repository root; `extends` paths and the default file are relative to it. */
  cwd?: string;
  /** The policy file; default .github/terrafusion.yml or .yaml, and the defaults alone when neither exists. */
  file?: string;
  /** Reads a file's bytes; the app passes one that reads from GitHub. */
  read?: (path: string) => Promise<Uint8Array | undefined> | Uint8Array | undefined;
  /** Reads files of other repositories that `extends` names (OWNER/REPO:PATH@REF). */
  remote?: RemotePolicies;
}

/** A folder where a file was named: a PolicyFiles reader throws it, and the loader says which name pointed there. */
export class NotAFile extends Error {}

/** What loading a policy needs from outside; the node implementation is src/fs/load-policy.ts. */
export interface PolicyFiles {
  /** Reads a local file's bytes: undefined when there is none, NotAFile thrown for a folder. */
  read: (path: string) => Promise<Uint8Array | undefined> | Uint8Array | undefined;
  /** Whether a path a policy names stays in the repository at `root`, symbolic links resolved. */
  contain: (root: string, path: string) => { inside: true } | { inside: false; reason: string };
  /** Where TerraFusion's own defaults are (policies/production-plan.yml), read with `read`. */
  defaultsFile: () => string;
}

/** Reads, checks and merges a policy through `files`; throws PolicyError with every problem at once. */
export async function loadPolicyFrom(files: PolicyFiles, options: LoadOptions = {}): Promise<LoadedPolicy> {
  const cwd = resolve(options.cwd ?? ".");
  const read = options.read ?? files.read;
  const explicit = options.file !== undefined;
  const file = options.file ?? (await findDefaultPolicy(cwd, read));

  const defaultsFile = files.defaultsFile();
  const defaults = readValidated(
    defaultsFile,
    "policies/production-plan.yml (TerraFusion's defaults)",
    await files.read(defaultsFile),
  );
  const layers: { name: string; value: Plain }[] = [];
  const positions: LoadedPolicy["positions"] = new Map();
  const problems: PolicyProblem[] = [];
  const seen: string[] = [];
  // What each file in `seen` is called in messages (a local path, or OWNER/REPO:PATH@REF).
  const shown: string[] = [];

  let next: { path: string; remote?: RemoteTarget; from?: PolicyProblem } | undefined = { path: file };
  while (next) {
    if (next.remote) {
      const key = `remote:${remoteKey(next.remote)}`;
      const display = describeRemote(next.remote);
      const problem =
        chainProblem(key, display, seen, shown) ?? (await remoteProblem(next.remote, options.remote));
      if (typeof problem === "string") {
        problems.push({ ...next.from!, message: problem });
        break;
      }
      seen.push(key);
      shown.push(display);
      const parsed = readValidatedBytes(display, problem.bytes);
      if (Array.isArray(parsed)) {
        problems.push(...parsed);
        break;
      }
      layers.unshift({ name: display, value: parsed.value });
      positions.set(display, parsed.positionOf);
      next = nextExtends(parsed, display, next.remote, problems);
      continue;
    }
    if (next.from) {
      // A path the policy names stays in the repository; what lies outside is never read, so never shown.
      const contained = files.contain(cwd, next.path);
      if (!contained.inside) {
        problems.push({ ...next.from, message: `extends ${JSON.stringify(next.path)} ${contained.reason}` });
        break;
      }
    }
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
      problems.push({
        ...next.from!,
        message: `extends goes deeper than ${plural(MAX_EXTENDS_DEPTH, "file")}`,
      });
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
    shown.push(display);
    const parsed = readValidatedBytes(display, bytes);
    if (Array.isArray(parsed)) {
      problems.push(...parsed);
      break;
    }
    layers.unshift({ name: display, value: parsed.value });
    positions.set(display, parsed.positionOf);
    next = nextExtends(parsed, display, undefined, problems);
  }
  if (problems.length > 0) throw new PolicyError(problems, shown);

  const origins = new Map<string, string>();
  let merged: Plain = {};
  for (const layer of [{ name: "defaults", value: defaults }, ...layers]) {
    const value = layer.name === "defaults" ? layer.value : enableMentionedGates(layer.value);
    merged = mergePolicy(merged, value, layer.name, origins);
  }
  delete merged.extends;
  const policy = policySchema.parse(merged);
  return { policy, merged, origins, files: layers.map((layer) => layer.name).reverse(), positions };
}

/** What a file's `extends` names next; a remote one is parsed, and a local path in a remote file stays in that repository. */
function nextExtends(
  parsed: { value: Plain; positionOf: YamlSource["positionOf"] },
  display: string,
  current: RemoteTarget | undefined,
  problems: PolicyProblem[],
): { path: string; remote?: RemoteTarget; from: PolicyProblem } | undefined {
  const parent = parsed.value.extends;
  if (typeof parent !== "string") return undefined;
  const from = { file: display, ...parsed.positionOf(["extends"]), path: "extends", message: "" };
  const target = parseExtends(parent);
  if ("error" in target) {
    problems.push({ ...from, message: `extends ${target.error}` });
    return undefined;
  }
  const resolved = current ? resolveFrom(current, target) : target;
  if (resolved.kind === "remote") return { path: parent, remote: resolved, from };
  if (current) {
    problems.push({
      ...from,
      message: `extends ${JSON.stringify(parent)} leaves ${current.owner}/${current.repo} (name a path inside it, or ${EXTENDS_SYNTAX})`,
    });
    return undefined;
  }
  return { path: parent, from };
}

/** A cycle, or a chain deeper than the limit, in words; undefined when the next file may be read. */
function chainProblem(key: string, display: string, seen: string[], shown: string[]): string | undefined {
  if (seen.includes(key)) return `extends forms a cycle: ${[...shown, display].join(" -> ")}`;
  if (seen.length > MAX_EXTENDS_DEPTH) return `extends goes deeper than ${plural(MAX_EXTENDS_DEPTH, "file")}`;
  return undefined;
}

/** Another repository's file, or why it cannot be used: never a silent default. */
async function remoteProblem(
  target: RemoteTarget,
  remote: RemotePolicies | undefined,
): Promise<string | { bytes: Uint8Array }> {
  const named = `extends names ${describeRemote(target)}`;
  if (!remote)
    return `${named}, a file of another repository, which is only read with a GitHub token (set GITHUB_TOKEN, or let the app read it)`;
  const refusal = ownerRefusal(target, remote);
  if (refusal) return `${named}: ${refusal}`;
  const answer = await remote.read(target);
  return "problem" in answer ? `${named}: ${answer.problem}` : answer;
}

/**
 * The policy file a repository has under either default name (DEFAULT_POLICY_PATH when it has
 * none, which then means the defaults alone). Both at once is a mistake to fix, never a silent pick.
 */
async function findDefaultPolicy(cwd: string, read: NonNullable<LoadOptions["read"]>): Promise<string> {
  const present: string[] = [];
  for (const path of DEFAULT_POLICY_PATHS) {
    try {
      if (await read(resolve(cwd, path))) present.push(path);
    } catch (error) {
      // A folder under that name: loading it says so.
      if (!(error instanceof NotAFile)) throw error;
      present.push(path);
    }
  }
  if (present.length > 1) {
    const [first, second] = DEFAULT_POLICY_PATHS;
    throw new PolicyError(
      [
        {
          file: second,
          line: 1,
          column: 1,
          path: "",
          message: `${first} and ${second} both exist: TerraFusion reads one policy file, so merge them into one and delete the other`,
        },
      ],
      [...DEFAULT_POLICY_PATHS],
    );
  }
  return present[0] ?? DEFAULT_POLICY_PATH;
}

function readValidated(path: string, display: string, bytes: Uint8Array | undefined): Plain {
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
