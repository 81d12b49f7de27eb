import { CODEOWNERS_PATHS } from "../review/codeowners.ts";
import type { GitHub, RepoRef } from "./types.ts";

/** One query, paginated past 100 items: each page asks only for the connections that have more. */
export const PULL_QUERY = /* GraphQL */ `
query TerraFusionPull(
  $owner: String!, $repo: String!, $number: Int!,
  $first: Boolean!, $files: Boolean!, $commits: Boolean!, $reviews: Boolean!, $comments: Boolean!,
  $filesAfter: String, $commitsAfter: String, $reviewsAfter: String, $commentsAfter: String,
  $codeowners: Boolean!, $co1: String!, $co2: String!, $co3: String!,
  $head: Boolean!, $checks: Boolean!, $appId: Int,
  $changeTypes: Boolean!, $messages: Boolean!, $signatures: Boolean!, $edits: Boolean!, $body: Boolean!,
  $statuses: Boolean!, $workflows: Boolean!
) {
  repository(owner: $owner, name: $repo) {
    co1: object(expression: $co1) @include(if: $codeowners) { ... on Blob { text } }
    co2: object(expression: $co2) @include(if: $codeowners) { ... on Blob { text } }
    co3: object(expression: $co3) @include(if: $codeowners) { ... on Blob { text } }
    pullRequest(number: $number) {
      number title isDraft baseRefName baseRefOid headRefName headRefOid
      author { login }
      body @include(if: $body)
      lastEditedAt @include(if: $body)
      labels(first: 100) @include(if: $first) { nodes { name } }
      files(first: 100, after: $filesAfter) @include(if: $files) {
        pageInfo { hasNextPage endCursor }
        nodes { path additions deletions changeType @include(if: $changeTypes) }
      }
      commits(first: 100, after: $commitsAfter) @include(if: $commits) {
        pageInfo { hasNextPage endCursor }
        nodes { commit {
          oid committedDate author { user { login } } committer { user { login } }
          message @include(if: $messages)
          parents @include(if: $messages) { totalCount }
          signature @include(if: $signatures) { isValid signer { login } ... on GpgSignature { keyId } }
        } }
      }
      reviews(first: 100, after: $reviewsAfter) @include(if: $reviews) {
        pageInfo { hasNextPage endCursor }
        nodes { author { login } state submittedAt body commit { oid } lastEditedAt @include(if: $edits) }
      }
      comments(first: 100, after: $commentsAfter) @include(if: $comments) {
        pageInfo { hasNextPage endCursor }
        nodes { author { login } body createdAt lastEditedAt @include(if: $edits) }
      }
      headCommit: commits(last: 1) @include(if: $head) {
        nodes { commit {
          checkSuites(first: 10, filterBy: { appId: $appId }) @include(if: $checks) {
            nodes { checkRuns(first: 20) { nodes { databaseId name summary } } }
          }
          statusCheckRollup @include(if: $statuses) {
            contexts(first: 100) {
              nodes {
                __typename
                ... on CheckRun { name status conclusion }
                ... on StatusContext { context state }
              }
            }
          }
          workflowSuites: checkSuites(first: 100) @include(if: $workflows) {
            nodes { status conclusion workflowRun { file { path } } }
          }
        } }
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
  body?: string | null;
  lastEditedAt?: string | null;
  labels: { name: string }[];
  files: { path: string; additions: number; deletions: number; changeType?: string }[];
  commits: {
    commit: {
      oid: string;
      committedDate: string;
      author: { user: Login } | null;
      committer: { user: Login } | null;
      message?: string;
      parents?: { totalCount: number };
      signature?: { isValid: boolean; signer: Login; keyId?: string | null } | null;
    };
  }[];
  reviews: {
    author: Login;
    state: string;
    submittedAt: string | null;
    body: string;
    commit: { oid: string } | null;
    lastEditedAt?: string | null;
  }[];
  comments: { author: Login; body: string; createdAt: string; lastEditedAt?: string | null }[];
  checkRuns: { databaseId: number; name: string; summary: string | null }[];
  /** Check runs and commit statuses on the head commit (with `statuses`). */
  statusContexts: StatusContext[];
  /** The head commit's check suites that belong to workflow runs (with `workflows`). */
  workflowSuites: WorkflowSuite[];
  codeowners?: string;
}

export type StatusContext =
  | { __typename: "CheckRun"; name: string; status: string; conclusion: string | null }
  | { __typename: "StatusContext"; context: string; state: string };
export interface WorkflowSuite {
  status: string;
  conclusion: string | null;
  workflowRun: { file: { path: string } | null } | null;
}

/** What the query reads besides the pull request itself, each only when a policy needs it. */
export type PullQueryExtras = Partial<
  Record<"changeTypes" | "messages" | "signatures" | "edits" | "body" | "statuses" | "workflows", boolean>
>;

const CONNECTIONS = ["files", "commits", "reviews", "comments"] as const;

export interface PullQueryOptions {
  /** Read CODEOWNERS at this base commit (all three standard places in the same request). */
  codeownersAt?: string;
  /** Read this app's check runs on the head commit (existing ones are updated, never duplicated). */
  appId?: number;
  /** Read the head commit's check runs of every app (the CLI, which is no app, reads the gates' outcomes). */
  checks?: boolean;
  extras?: PullQueryExtras;
}

/** Reads a pull request with one paginated GraphQL query. */
export async function queryPull(
  octokit: GitHub,
  repo: RepoRef,
  number: number,
  options: PullQueryOptions = {},
): Promise<PullData> {
  const extras = options.extras ?? {};
  const cursors: Record<string, string | null> = {};
  const more: Record<string, boolean> = { files: true, commits: true, reviews: true, comments: true };
  let data: PullData | undefined;
  for (let page = 0; CONNECTIONS.some((name) => more[name]); page++) {
    const first = page === 0;
    const co = (path: string) => `${options.codeownersAt ?? "HEAD"}:${path}`;
    const result = await octokit.graphql<{
      repository: Record<string, unknown> & { pullRequest: Record<string, unknown> | null };
    }>(PULL_QUERY, {
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
      head:
        first &&
        (options.appId !== undefined || options.checks === true || !!extras.statuses || !!extras.workflows),
      statuses: first && !!extras.statuses,
      workflows: first && !!extras.workflows,
      body: first && !!extras.body,
      changeTypes: !!extras.changeTypes,
      messages: !!extras.messages,
      signatures: !!extras.signatures,
      edits: !!extras.edits,
    });
    const pull = result.repository.pullRequest;
    if (!pull) throw new Error(`${repo.owner}/${repo.repo}#${number} not found`);
    if (!data) {
      const blob = ["co1", "co2", "co3"]
        .map((alias) => (result.repository[alias] as { text?: string } | null)?.text)
        .find((text) => typeof text === "string");
      const headCommit = (
        pull.headCommit as
          | {
              nodes: {
                commit: {
                  checkSuites?: { nodes: { checkRuns: { nodes: PullData["checkRuns"] } }[] };
                  statusCheckRollup?: { contexts: { nodes: StatusContext[] } } | null;
                  workflowSuites?: { nodes: WorkflowSuite[] };
                };
              }[];
            }
          | undefined
      )?.nodes[0]?.commit;
      const suites = headCommit?.checkSuites?.nodes ?? [];
      data = {
        ...(pull as unknown as PullData),
        labels: (pull.labels as { nodes: { name: string }[] }).nodes,
        files: [],
        commits: [],
        reviews: [],
        comments: [],
        checkRuns: suites.flatMap((suite) => suite.checkRuns.nodes),
        statusContexts: headCommit?.statusCheckRollup?.contexts.nodes ?? [],
        workflowSuites: headCommit?.workflowSuites?.nodes ?? [],
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
