import type { GitHub, RepoRef } from "./types.ts";

/** A file's bytes at a commit, or undefined when it does not exist there. */
export async function readFileAt(
  octokit: GitHub,
  repo: RepoRef,
  path: string,
  ref: string,
): Promise<Uint8Array | undefined> {
  try {
    const { data } = await octokit.rest.repos.getContent({
      ...repo,
      path,
      ref,
      mediaType: { format: "raw" },
    });
    return typeof data === "string" ? new TextEncoder().encode(data) : undefined;
  } catch (error) {
    if ((error as { status?: number }).status === 404) return undefined;
    throw error;
  }
}

/** Files by path: their bytes, or undefined for one that does not exist. */
export type FileSet = Map<string, Uint8Array | undefined>;

/**
 * GraphQL fields (on a Commit) asking for each of `count` files, as f0, f1, …, whose paths are the
 * query variables $p0, $p1, …: one request reads several files, or learns they are missing.
 */
export function filesSelection(count: number): { variables: string; fields: string } {
  const indexes = [...Array(count).keys()];
  return {
    variables: indexes.map((i) => `$p${i}: String!`).join(", "),
    fields: indexes
      .map((i) => `f${i}: file(path: $p${i}) { object { ... on Blob { text isBinary isTruncated } } }`)
      .join("\n"),
  };
}

export function filesVariables(paths: readonly string[]): Record<string, string> {
  return Object.fromEntries(paths.map((path, i) => [`p${i}`, path]));
}

type Blob = { text?: string | null; isBinary?: boolean; isTruncated?: boolean };
/** What a Commit with filesSelection answers: f0, f1, … */
export type FilesAnswer = { [field: `f${number}`]: { object: Blob | null } | null | undefined };

/** The files of an answer; GraphQL gives no text for binary or very large blobs, the contents API the raw bytes. */
export async function filesOf(
  octokit: GitHub,
  repo: RepoRef,
  paths: readonly string[],
  commit: string,
  answer: FilesAnswer | null | undefined,
): Promise<FileSet> {
  const files: FileSet = new Map();
  for (const [i, path] of paths.entries()) {
    const blob = answer?.[`f${i}`]?.object;
    if (!blob || !("text" in blob)) files.set(path, undefined);
    else if (typeof blob.text !== "string" || blob.isBinary || blob.isTruncated)
      files.set(path, await readFileAt(octokit, repo, path, commit));
    else files.set(path, new TextEncoder().encode(blob.text));
  }
  return files;
}

/**
 * Several files at a commit or branch (without one, the default branch) in one request, also when
 * none of them exists: a repository without a policy file costs exactly this request. `commit` is
 * the commit they were read at.
 */
export async function readFilesAt(
  octokit: GitHub,
  repo: RepoRef,
  paths: readonly string[],
  commit?: string,
): Promise<{ files: FileSet; commit: string | undefined }> {
  const { variables, fields } = filesSelection(paths.length);
  const query = /* GraphQL */ `
query TerraFusionFiles($owner: String!, $repo: String!, $rev: String!, $atRev: Boolean!, ${variables}) {
  repository(owner: $owner, name: $repo) {
    object(expression: $rev) @include(if: $atRev) { ... on Commit { oid
${fields}
    } }
    defaultBranchRef @skip(if: $atRev) { target { ... on Commit { oid
${fields}
    } } }
  }
}`;
  type Commit = FilesAnswer & { oid?: string };
  const { repository } = await octokit.graphql<{
    repository: { object?: Commit | null; defaultBranchRef?: { target: Commit | null } | null };
  }>(query, {
    ...repo,
    rev: commit ?? "",
    atRev: commit !== undefined,
    ...filesVariables(paths),
  });
  const found = commit !== undefined ? repository.object : repository.defaultBranchRef?.target;
  // No such commit, or an empty repository: none of the files exists.
  if (!found?.oid) return { files: new Map(paths.map((path) => [path, undefined])), commit: undefined };
  return { files: await filesOf(octokit, repo, paths, found.oid, found), commit: found.oid };
}
