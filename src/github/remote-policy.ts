import { ToolError } from "../errors.ts";
import { describeRemote, type RemotePolicies, type RemoteTarget } from "../policy/extends-ref.ts";
import { MAX_POLICY_BYTES } from "../policy/yaml-source.ts";
import type { GitHub } from "./types.ts";

const MAX_BLOBS = 500;

/**
 * Files of other repositories that policies extend, cached by blob SHA: each read is a conditional
 * request (If-None-Match), which GitHub answers with 304 and no body while the file is unchanged, and
 * the bytes come from the blob cache. Where a ref moves, the next read sees the new blob at once.
 */
export class RemotePolicyCache {
  readonly #blobs = new Map<string, Uint8Array>();
  readonly #located = new Map<string, { etag: string; sha: string }>();
  constructor(readonly max = MAX_BLOBS) {}

  clear(): void {
    this.#blobs.clear();
    this.#located.clear();
  }

  blob(sha: string): Uint8Array | undefined {
    return this.#blobs.get(sha);
  }

  located(key: string): { etag: string; sha: string } | undefined {
    const entry = this.#located.get(key);
    return entry && this.#blobs.has(entry.sha) ? entry : undefined;
  }

  store(key: string, etag: string | undefined, sha: string, bytes: Uint8Array): void {
    this.#blobs.set(sha, bytes);
    if (etag) this.#located.set(key, { etag, sha });
    for (const map of [this.#blobs, this.#located] as Map<string, unknown>[])
      while (map.size > this.max) map.delete(map.keys().next().value!);
  }
}

const statusOf = (error: unknown) => (error as { status?: number }).status;

/** The port the policy loader reads other repositories' files through, with this token. */
export function remotePolicies(
  octokit: GitHub,
  cache: RemotePolicyCache,
  rules: { repositoryOwner?: string; allowedOwners?: readonly string[] },
  /** Who reads: "this installation" (the app) or "the token" (the CLI), for the messages. */
  reader = "this installation",
): RemotePolicies {
  return {
    ...rules,
    async read(target) {
      return readRemotePolicy(octokit, cache, target, reader);
    },
  };
}

/** GET /repos/{owner}/{repo}/contents/{path}?ref=: the blob and its SHA, or why there is none. */
export async function readRemotePolicy(
  octokit: GitHub,
  cache: RemotePolicyCache,
  target: RemoteTarget,
  reader: string,
): Promise<{ bytes: Uint8Array } | { problem: string }> {
  // Shared by installations: GitHub checks each request's token before it answers 304, so cached
  // bytes only serve a reader that may read the file.
  const key = describeRemote(target);
  const known = cache.located(key);
  const where = `${target.owner}/${target.repo}`;
  const at = target.ref ? `at ${target.ref}` : "on its default branch";
  try {
    const response = await octokit.rest.repos.getContent({
      owner: target.owner,
      repo: target.repo,
      path: target.path,
      ...(target.ref ? { ref: target.ref } : {}),
      headers: known ? { "if-none-match": known.etag } : {},
    });
    const data = response.data;
    if (Array.isArray(data) || data.type !== "file")
      return {
        problem: `${target.path} is ${Array.isArray(data) ? "a folder" : `a ${data.type}`} in ${where}, not a YAML file`,
      };
    if (data.size > MAX_POLICY_BYTES * 16 || data.encoding !== "base64")
      return { problem: `the file is too large (${data.size} bytes) to be a policy` };
    const bytes = new Uint8Array(Buffer.from(data.content ?? "", "base64"));
    cache.store(key, response.headers.etag, data.sha, bytes);
    return { bytes };
  } catch (error) {
    const status = statusOf(error);
    if (status === 304 && known) {
      const bytes = cache.blob(known.sha);
      if (bytes) return { bytes };
    }
    if (status === 404)
      return {
        problem: `no such file ${at}, or ${reader} cannot read ${where} (the app must be installed on it with contents: read)`,
      };
    if (status === 401 || status === 403)
      return { problem: `${reader} may not read ${where} (${status} ${(error as Error).message})` };
    throw error;
  }
}

/**
 * Whose files a policy run on this machine may extend: the owner in GITHUB_REPOSITORY (set on Actions
 * runners) and the operator's TERRAFUSION_EXTENDS_OWNERS; with no repository named, any owner.
 */
function ownerRulesFromEnv(env: NodeJS.ProcessEnv): { repositoryOwner?: string; allowedOwners: string[] } {
  const repositoryOwner = /^([^/\s]+)\/[^/\s]+$/.exec(env.GITHUB_REPOSITORY ?? "")?.[1];
  return { repositoryOwner, allowedOwners: repositoryOwner ? allowedExtendsOwners(env) : ["*"] };
}

/** TERRAFUSION_EXTENDS_OWNERS: comma- or space-separated owners whose files any policy may extend, or `*`. */
export function allowedExtendsOwners(env: NodeJS.ProcessEnv): string[] {
  return (env.TERRAFUSION_EXTENDS_OWNERS ?? "").split(/[\s,]+/).filter(Boolean);
}

/**
 * Another repository's file for the gates, the actions and every CLI command: read with the
 * environment's token, looked up only when a policy does extend another repository (octokit is large).
 * Without a token, the file's problem says how to give one.
 */
export function lazyRemoteFromEnv(env: NodeJS.ProcessEnv): RemotePolicies {
  const { repositoryOwner, allowedOwners } = ownerRulesFromEnv(env);
  let remote: Promise<RemotePolicies | undefined> | undefined;
  return {
    repositoryOwner,
    allowedOwners,
    read: async (target) => {
      remote ??= remoteFromEnv(env).then((found) => found.remote);
      const port = await remote;
      return port
        ? port.read(target)
        : {
            problem:
              "it is only read with a GitHub token that may read that repository (set GITHUB_TOKEN or GH_TOKEN; in a workflow, pass a token with contents: read on it)",
          };
    },
  };
}

/**
 * The CLI's way to other repositories' files: a token from the environment, and the owner from
 * GITHUB_REPOSITORY (set on Actions runners), so `policy validate` refuses what the app would refuse.
 * Without a token: none, and a policy that extends another repository says it needs one.
 */
export async function remoteFromEnv(
  env: NodeJS.ProcessEnv,
): Promise<{ remote?: RemotePolicies; notice?: string }> {
  // Loaded only here: octokit is large, and most policies extend nothing remote.
  const { tokenFrom, tokenOctokit } = await import("./octokit.ts");
  const token = tokenFrom(env);
  if (!token) return {};
  const rules = ownerRulesFromEnv(env);
  const { repositoryOwner } = rules;
  const port = remotePolicies(
    tokenOctokit(token, env) as GitHub,
    new RemotePolicyCache(),
    rules,
    "the token",
  );
  // GitHub out of reach, or failing past the retries: one line that says so, not an internal error.
  const read: RemotePolicies["read"] = async (target) => {
    try {
      return await port.read(target);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw new ToolError(
        "GitHub",
        `${message} (while reading ${describeRemote(target)}, which the policy extends)`,
      );
    }
  };
  return {
    remote: { ...port, read },
    notice: repositoryOwner
      ? undefined
      : "notice: the owners of extended repositories were not checked (set GITHUB_REPOSITORY=OWNER/REPO to check them as the app does)",
  };
}
