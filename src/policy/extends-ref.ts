/**
 * What `extends:` names: a file of this repository (`policies/base.yml`), or a file of another
 * repository at a ref, `OWNER/REPO:PATH@REF` (`acme/.github:policies/base.yml@main`; without
 * `@REF`, the other repository's default branch). Pure: no reading here.
 */
export type ExtendsTarget =
  | { kind: "local"; path: string }
  | { kind: "remote"; owner: string; repo: string; path: string; ref?: string };

export type RemoteTarget = Extract<ExtendsTarget, { kind: "remote" }>;

/** OWNER/REPO: before the colon; owner as GitHub spells logins, repository names as GitHub allows them. */
const REMOTE = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38})?)\/([A-Za-z0-9._-]{1,100}):(.*)$/;

export const EXTENDS_SYNTAX = "OWNER/REPO:PATH@REF, e.g. acme/.github:policies/base.yml@main (@REF optional)";

/** Reads an `extends` value; a string that looks remote but is not well formed says why. */
export function parseExtends(value: string): ExtendsTarget | { error: string } {
  const remote = REMOTE.exec(value);
  if (!remote) {
    if (/^[^/:]+\/[^/:]+:/.test(value))
      return { error: `${JSON.stringify(value)} is not a valid repository name; write ${EXTENDS_SYNTAX}` };
    return { kind: "local", path: value };
  }
  const [, owner, repo, rest] = remote as unknown as [string, string, string, string];
  if (repo === "." || repo === "..")
    return { error: `${JSON.stringify(value)} names no repository; write ${EXTENDS_SYNTAX}` };
  const at = rest.lastIndexOf("@");
  const path = at === -1 ? rest : rest.slice(0, at);
  const ref = at === -1 ? undefined : rest.slice(at + 1);
  const badPath = pathProblem(path);
  if (badPath) return { error: `${JSON.stringify(value)}: the path ${badPath}; write ${EXTENDS_SYNTAX}` };
  if (ref !== undefined) {
    const badRef = refProblem(ref);
    if (badRef) return { error: `${JSON.stringify(value)}: the ref ${badRef}; write ${EXTENDS_SYNTAX}` };
  }
  return { kind: "remote", owner, repo, path, ...(ref !== undefined ? { ref } : {}) };
}

function pathProblem(path: string): string | undefined {
  if (path === "") return "is empty";
  if (path.startsWith("/")) return "starts with / (paths are relative to the other repository's root)";
  if (path.split("/").some((part) => part === "" || part === "." || part === ".."))
    return "has an empty, . or .. segment";
  return undefined;
}

/** git check-ref-format's rules, enough to refuse what no branch, tag or commit can be called. */
function refProblem(ref: string): string | undefined {
  if (ref === "") return "is empty (omit @ for the default branch)";
  if (/[\s~^:?*[\\\x00-\x1f\x7f]/.test(ref)) return "has a character git refuses in a ref";
  if (
    ref.includes("..") ||
    ref.includes("@{") ||
    ref.startsWith("/") ||
    ref.endsWith("/") ||
    ref.endsWith(".lock")
  )
    return "is not a valid git ref";
  return undefined;
}

export function isRemoteExtends(value: string): boolean {
  const target = parseExtends(value);
  return "kind" in target && target.kind === "remote";
}

/** A remote file's own `extends` of a local path lives in that repository, at the same ref. */
export function resolveFrom(base: RemoteTarget, target: ExtendsTarget): ExtendsTarget {
  if (target.kind === "remote") return target;
  const problem = pathProblem(target.path.replace(/^\.\//, ""));
  if (problem) return target; // the loader reports it against the remote file
  return {
    kind: "remote",
    owner: base.owner,
    repo: base.repo,
    path: target.path.replace(/^\.\//, ""),
    ...(base.ref ? { ref: base.ref } : {}),
  };
}

/** How a remote file is shown in messages: exactly as it is written in `extends`. */
export function describeRemote(target: RemoteTarget): string {
  return `${target.owner}/${target.repo}:${target.path}${target.ref !== undefined ? `@${target.ref}` : ""}`;
}

/** The key that detects a cycle: owners and repositories compare case-insensitively, paths and refs do not. */
export function remoteKey(target: RemoteTarget): string {
  return `${target.owner.toLowerCase()}/${target.repo.toLowerCase()}:${target.path}@${target.ref ?? ""}`;
}

/**
 * Whose files a policy may extend: the repository's own owner always, and the owners the operator
 * allows (`*`: any). A repository owned by someone else could change what this repository enforces.
 */
export function ownerRefusal(
  target: RemoteTarget,
  rules: { repositoryOwner?: string; allowedOwners?: readonly string[] },
): string | undefined {
  const owner = target.owner.toLowerCase();
  const allowed = (rules.allowedOwners ?? []).map((entry) => entry.toLowerCase());
  if (allowed.includes("*") || allowed.includes(owner)) return undefined;
  if (rules.repositoryOwner !== undefined && rules.repositoryOwner.toLowerCase() === owner) return undefined;
  const whose = rules.repositoryOwner
    ? `${rules.repositoryOwner}'s own repositories`
    : "no owner's repositories";
  return `may not extend a file of ${target.owner}: only ${whose}${allowed.length ? ` and ${allowed.join(", ")}` : ""} may be extended (the operator allows more owners with TERRAFUSION_EXTENDS_OWNERS)`;
}

/**
 * How the loader reaches other repositories' files (the app: the installation's token; the CLI: a
 * token from the environment). Without one, a remote `extends` is an error that says so.
 */
export interface RemotePolicies {
  /** The file's bytes, or why there are none, in words that say how to fix it. */
  read(target: RemoteTarget): Promise<{ bytes: Uint8Array } | { problem: string }>;
  /** The owner of the repository whose policy is loaded: its own files may always be extended. */
  repositoryOwner?: string;
  /** Further owners the operator allows; `*` allows any. */
  allowedOwners?: readonly string[];
}
