import { CODEOWNERS_PATHS } from "../review/codeowners.ts";
import type { GitHub, RepoRef } from "./types.ts";

/** One query, paginated past 100 items: each page asks only for the connections that have more. */
const QUERY = /* GraphQL */ `
query TerraFusionPull(
  $owner: String!, $repo: String!, $number: Int!,
  $first: Boolean!, $files: Boolean!, $commits: Boolean!, $reviews: Boolean!, $comments: Boolean!,
  $filesAfter: String, $commitsAfter: String, $reviewsAfter: String, $commentsAfter: String,
  $codeowners: Boolean!, $co1: String!, $co2: String!, $co3: String!,
  $checks: Boolean!, $appId: Int
) {
  repository(owner: $owner, name: $repo) {
    co1: object(expression: $co1) @include(if: $codeowners) { ... on Blob { text } }
    co2: object(expression: $co2) @include(if: $codeowners) { ... on Blob { text } }
    co3: object(expression: $co3) @include(if: $codeowners) { ... on Blob { text } }
    pullRequest(number: $number) {
      number title isDraft baseRefName baseRefOid headRefName headRefOid
      author { login }
      labels(first: 100) @include(if: $first) { nodes { name } }
      files(first: 100, after: $filesAfter) @include(if: $files) {
        pageInfo { hasNextPage endCursor }
        nodes { path additions deletions }
      }
      commits(first: 100, after: $commitsAfter) @include(if: $commits) {
        pageInfo { hasNextPage endCursor }
        nodes { commit { oid committedDate author { user { login } } committer { user { login } } } }
      }
      reviews(first: 100, after: $reviewsAfter) @include(if: $reviews) {
        pageInfo { hasNextPage endCursor }
        nodes { author { login } state submittedAt body commit { oid } }
      }
      comments(first: 100, after: $commentsAfter) @include(if: $comments) {
        pageInfo { hasNextPage endCursor }
        nodes { author { login } body createdAt }
      }
      headCommit: commits(last: 1) @include(if: $checks) {
        nodes { commit { checkSuites(first: 10, filterBy: { appId: $appId }) {
          nodes { checkRuns(first: 20) { nodes { databaseId name summary } } }
        } } }
      }
    }
  }
}`;

interface Page<T> {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: T[];
}
type Login = { login: string } | null;

export interface PullData {
  number: number;
  title: string;
  isDraft: boolean;
  baseRefName: string;
  baseRefOid: string;
  headRefName: string;
  headRefOid: string;
  author: Login;
  labels: { name: string }[];
  files: { path: string; additions: number; deletions: number }[];
  commits: {
    commit: {
      oid: string;
      committedDate: string;
      author: { user: Login } | null;
      committer: { user: Login } | null;
    };
  }[];
  reviews: {
    author: Login;
    state: string;
    submittedAt: string | null;
    body: string;
    commit: { oid: string } | null;
  }[];
  comments: { author: Login; body: string; createdAt: string }[];
  checkRuns: { databaseId: number; name: string; summary: string | null }[];
  codeowners?: string;
}

const CONNECTIONS = ["files", "commits", "reviews", "comments"] as const;

export interface PullQueryOptions {
  /** Read CODEOWNERS at this base commit (all three standard places in the same request). */
  codeownersAt?: string;
  /** Read this app's check runs on the head commit (existing ones are updated, never duplicated). */
  appId?: number;
  /** Read the head commit's check runs of every app (the CLI, which is no app, reads the gates' outcomes). */
  checks?: boolean;
}

/** Reads a pull request with one paginated GraphQL query. */
export async function queryPull(
  octokit: GitHub,
  repo: RepoRef,
  number: number,
  options: PullQueryOptions = {},
): Promise<PullData> {
  const cursors: Record<string, string | null> = {};
  const more: Record<string, boolean> = { files: true, commits: true, reviews: true, comments: true };
  let data: PullData | undefined;
  for (let page = 0; CONNECTIONS.some((name) => more[name]); page++) {
    const first = page === 0;
    const co = (path: string) => `${options.codeownersAt ?? "HEAD"}:${path}`;
    const result = await octokit.graphql<{
      repository: Record<string, unknown> & { pullRequest: Record<string, unknown> | null };
    }>(QUERY, {
      owner: repo.owner,
      repo: repo.repo,
      number,
      first,
      ...Object.fromEntries(CONNECTIONS.map((name) => [name, more[name]])),
      ...Object.fromEntries(CONNECTIONS.map((name) => [`${name}After`, cursors[name] ?? null])),
      codeowners: first && options.codeownersAt !== undefined,
      co1: co(CODEOWNERS_PATHS[0]),
      co2: co(CODEOWNERS_PATHS[1]),
      co3: co(CODEOWNERS_PATHS[2]),
      checks: first && (options.appId !== undefined || options.checks === true),
      appId: options.appId ?? null,
    });
    const pull = result.repository.pullRequest;
    if (!pull) throw new Error(`${repo.owner}/${repo.repo}#${number} not found`);
    if (!data) {
      const blob = ["co1", "co2", "co3"]
        .map((alias) => (result.repository[alias] as { text?: string } | null)?.text)
        .find((text) => typeof text === "string");
      const suites =
        (
          pull.headCommit as
            | {
                nodes: {
                  commit: { checkSuites: { nodes: { checkRuns: { nodes: PullData["checkRuns"] } }[] } };
                }[];
              }
            | undefined
        )?.nodes[0]?.commit.checkSuites.nodes ?? [];
      data = {
        ...(pull as unknown as PullData),
        labels: (pull.labels as { nodes: { name: string }[] }).nodes,
        files: [],
        commits: [],
        reviews: [],
        comments: [],
        checkRuns: suites.flatMap((suite) => suite.checkRuns.nodes),
        codeowners: blob,
      };
    }
    for (const name of CONNECTIONS) {
      if (!more[name]) continue;
      const connection = pull[name] as Page<never>;
      (data[name] as unknown[]).push(...connection.nodes);
      more[name] = connection.pageInfo.hasNextPage;
      cursors[name] = connection.pageInfo.endCursor;
    }
  }
  return data!;
}
