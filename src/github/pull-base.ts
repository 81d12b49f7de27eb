import {
  type FileSet,
  type FilesAnswer,
  filesOf,
  filesSelection,
  filesVariables,
  readFilesAt,
} from "./contents.ts";
import type { GitHub, RepoRef } from "./types.ts";

/**
 * A pull request's base branch and some files on it, in one request: an event that lacks the base
 * (issue_comment) needs no separate look-up of the pull request first.
 */
function query(count: number): string {
  const { variables, fields } = filesSelection(count);
  return /* GraphQL */ `
query TerraFusionPullBase($owner: String!, $repo: String!, $number: Int!, ${variables}) {
  repository(owner: $owner, name: $repo) {
    pullRequest(number: $number) {
      baseRefOid headRefOid
      baseRef { target { oid ... on Commit {
${fields}
      } } }
    }
  }
}`;
}

interface Answer {
  repository: {
    pullRequest: {
      baseRefOid: string;
      headRefOid: string;
      baseRef: { target: FilesAnswer & { oid: string } } | null;
    } | null;
  };
}

export interface PullBase {
  /** The base commit the files were read at: the tip of the base branch. */
  baseSha: string;
  headSha: string;
  /** The files' bytes there; undefined for one that does not exist. */
  files: FileSet;
}

export async function readPullBase(
  octokit: GitHub,
  repo: RepoRef,
  number: number,
  paths: readonly string[],
): Promise<PullBase> {
  const { repository } = await octokit.graphql<Answer>(query(paths.length), {
    ...repo,
    number,
    ...filesVariables(paths),
  });
  const pull = repository.pullRequest;
  if (!pull) throw new Error(`${repo.owner}/${repo.repo}#${number} not found`);
  const target = pull.baseRef?.target;
  const headSha = pull.headRefOid;
  // The base branch was deleted: the pull request still records the commit it was based on.
  if (!target)
    return {
      baseSha: pull.baseRefOid,
      headSha,
      files: (await readFilesAt(octokit, repo, paths, pull.baseRefOid)).files,
    };
  return { baseSha: target.oid, headSha, files: await filesOf(octokit, repo, paths, target.oid, target) };
}
