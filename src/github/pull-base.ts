import { readFileAt } from "./contents.ts";
import type { GitHub, RepoRef } from "./types.ts";

/**
 * A pull request's base branch and one file on it, in one request: an event that lacks the base
 * (issue_comment) needs no separate look-up of the pull request first.
 */
const QUERY = /* GraphQL */ `
query TerraFusionPullBase($owner: String!, $repo: String!, $number: Int!, $path: String!) {
  repository(owner: $owner, name: $repo) {
    pullRequest(number: $number) {
      baseRefOid headRefOid
      baseRef { target { oid ... on Commit { file(path: $path) { object {
        ... on Blob { text isBinary isTruncated }
      } } } } }
    }
  }
}`;

interface Answer {
  repository: {
    pullRequest: {
      baseRefOid: string;
      headRefOid: string;
      baseRef: {
        target: {
          oid: string;
          file?: { object: { text?: string | null; isBinary?: boolean; isTruncated?: boolean } } | null;
        };
      } | null;
    } | null;
  };
}

export interface PullBase {
  /** The base commit the file was read at: the tip of the base branch. */
  baseSha: string;
  headSha: string;
  /** The file's bytes there; undefined when it does not exist. */
  file: { bytes: Uint8Array | undefined };
}

export async function readPullBase(
  octokit: GitHub,
  repo: RepoRef,
  number: number,
  path: string,
): Promise<PullBase> {
  const { repository } = await octokit.graphql<Answer>(QUERY, { ...repo, number, path });
  const pull = repository.pullRequest;
  if (!pull) throw new Error(`${repo.owner}/${repo.repo}#${number} not found`);
  const target = pull.baseRef?.target;
  const headSha = pull.headRefOid;
  // The base branch was deleted: the pull request still records the commit it was based on.
  if (!target)
    return {
      baseSha: pull.baseRefOid,
      headSha,
      file: { bytes: await readFileAt(octokit, repo, path, pull.baseRefOid) },
    };
  const blob = target.file?.object;
  if (!blob || !("text" in blob)) return { baseSha: target.oid, headSha, file: { bytes: undefined } };
  // GraphQL gives no text for binary or very large blobs; the contents API gives the raw bytes.
  if (typeof blob.text !== "string" || blob.isBinary || blob.isTruncated)
    return {
      baseSha: target.oid,
      headSha,
      file: { bytes: await readFileAt(octokit, repo, path, target.oid) },
    };
  return { baseSha: target.oid, headSha, file: { bytes: new TextEncoder().encode(blob.text) } };
}
