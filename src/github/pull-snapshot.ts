import { CHECK_CONCLUSIONS } from "../policy/schema/review.ts";
import type { ReviewPolicy } from "../review/evaluate.ts";
import { codeOwnerTeams, needsOf } from "../review/needs.ts";
import type { PermissionLevel, PullSnapshot } from "../review/snapshot.ts";
import type { MembershipCache } from "./membership.ts";
import { type PullData, queryPull, type StatusContext, type WorkflowSuite } from "./pull-query.ts";
import type { GitHub, RepoRef } from "./types.ts";

export interface SnapshotResult {
  snapshot: PullSnapshot;
  /** This app's check runs on the head commit, newest id per name. */
  checkRuns: Map<string, { id: number; summary: string | null }>;
  data: PullData;
}

export const GATES_MARKER = /<!-- terrafusion-gates (\{.*?\}) -->/;

/** Builds the evaluator's snapshot of a pull request: one paginated query plus cached look-ups of people. */
export async function fetchPullSnapshot(
  octokit: GitHub,
  repo: RepoRef,
  number: number,
  review: ReviewPolicy | undefined,
  people: { cache: MembershipCache; installation: number },
  options: {
    baseSha?: string;
    appId?: number;
    checks?: boolean;
    /** Outcomes just written to the gates check run of this commit: used as they are, not read back. */
    gates?: { sha: string; outcomes: PullSnapshot["gates"] };
  } = {},
): Promise<SnapshotResult> {
  const planned = needsOf(review);
  const fetch = planned.fetch;
  const [data, customProperties] = await Promise.all([
    queryPull(octokit, repo, number, {
      codeownersAt: planned.codeowners ? (options.baseSha ?? "HEAD") : undefined,
      appId: options.appId,
      checks: options.checks,
      extras: {
        changeTypes: fetch.changeTypes,
        messages: fetch.messages,
        signatures: fetch.signatures,
        edits: fetch.edits,
        body: fetch.body,
        statuses: fetch.checks,
        workflows: fetch.workflows,
      },
    }),
    fetch.customProperties ? readCustomProperties(octokit, repo) : Promise.resolve({}),
  ]);
  const login = (who: { login: string } | null | undefined) => who?.login ?? "ghost";
  const head = data.commits.find((node) => node.commit.oid === data.headRefOid)?.commit;
  const checkRuns = new Map<string, { id: number; summary: string | null }>();
  for (const run of data.checkRuns) {
    const seen = checkRuns.get(run.name);
    if (!seen || run.databaseId > seen.id)
      checkRuns.set(run.name, { id: run.databaseId, summary: run.summary });
  }
  let gates: PullSnapshot["gates"] = {};
  const marker = checkRuns.get("TerraFusion / gates")?.summary?.match(GATES_MARKER);
  if (planned.gates && options.gates?.sha === data.headRefOid) gates = options.gates.outcomes;
  else if (planned.gates && marker) {
    try {
      gates = JSON.parse(marker[1]!);
    } catch {
      gates = {};
    }
  }
  const snapshot: PullSnapshot = {
    repository: `${repo.owner}/${repo.repo}`,
    number: data.number,
    title: data.title,
    body: data.body ?? "",
    "body-edited": !!data.lastEditedAt,
    author: login(data.author),
    draft: data.isDraft,
    base: { ref: data.baseRefName, sha: data.baseRefOid },
    head: { ref: data.headRefName, sha: data.headRefOid, "pushed-at": head?.committedDate },
    labels: data.labels.map((label) => label.name),
    files: data.files.map((file) => ({
      path: file.path,
      ...(file.changeType ? { status: changeType(file.changeType) } : {}),
      additions: file.additions,
      deletions: file.deletions,
    })),
    commits: data.commits.map(({ commit }) => ({
      sha: commit.oid,
      author: commit.author?.user?.login,
      committer: commit.committer?.user?.login,
      "committed-at": commit.committedDate,
      ...(commit.message !== undefined ? { message: commit.message } : {}),
      ...(commit.parents ? { parents: commit.parents.totalCount } : {}),
      ...(commit.signature !== undefined
        ? {
            signature: {
              valid: commit.signature?.isValid ?? false,
              ...(commit.signature?.signer?.login ? { signer: commit.signature.signer.login } : {}),
              ...(commit.signature?.keyId ? { "key-id": commit.signature.keyId } : {}),
            },
          }
        : {}),
    })),
    reviews: data.reviews
      .filter((review) => review.submittedAt)
      .map((review) => ({
        author: login(review.author),
        state: review.state as PullSnapshot["reviews"][number]["state"],
        "submitted-at": review.submittedAt!,
        commit: review.commit?.oid,
        body: review.body ?? "",
        edited: !!review.lastEditedAt,
      })),
    comments: data.comments.map((comment) => ({
      author: login(comment.author),
      body: comment.body,
      "created-at": comment.createdAt,
      edited: !!comment.lastEditedAt,
    })),
    teams: {},
    organizations: {},
    permissions: {},
    codeowners: data.codeowners,
    gates,
    checks: headChecks(data.statusContexts),
    workflows: headWorkflows(data.workflowSuites),
    "custom-properties": customProperties,
  };

  const needs = needsOf(review, snapshot);
  const { cache, installation } = people;
  const teams = new Set(needs.teams);
  if (snapshot.codeowners) for (const team of codeOwnerTeams(snapshot.codeowners)) teams.add(team);
  const involved = new Set<string>([
    snapshot.author,
    ...snapshot.reviews.map((review) => review.author),
    ...snapshot.comments.map((comment) => comment.author),
    ...snapshot.commits.flatMap((commit) =>
      [commit.author, commit.committer, commit.signature?.signer].filter((x): x is string => !!x),
    ),
  ]);
  involved.delete("ghost");
  involved.delete("web-flow");
  await Promise.all([
    ...[...teams].map(async (team) => {
      snapshot.teams[team] = await cache.teamMembers(octokit, installation, team);
    }),
    ...[...needs.organizations].map(async (org) => {
      const members: string[] = [];
      for (const person of involved)
        if (await cache.isOrgMember(octokit, installation, org, person)) members.push(person);
      snapshot.organizations[org] = members;
    }),
  ]);
  const asking = new Set<string>();
  const { approvers, disapprovers, people: everyone } = needs.permissions;
  if (everyone) for (const person of involved) asking.add(person);
  for (const review of snapshot.reviews)
    if (
      (approvers && review.state !== "CHANGES_REQUESTED") ||
      (disapprovers && review.state === "CHANGES_REQUESTED")
    )
      asking.add(review.author);
  if (approvers || disapprovers)
    for (const comment of snapshot.comments)
      if (needs.patterns.some((pattern) => pattern.test(comment.body))) asking.add(comment.author);
  asking.delete("ghost");
  const entries = await Promise.all(
    [...asking].map(
      async (person) => [person, await cache.permission(octokit, installation, repo, person)] as const,
    ),
  );
  snapshot.permissions = Object.fromEntries(entries) as Record<string, PermissionLevel>;
  return { snapshot, checkRuns, data };
}

type Conclusion = PullSnapshot["checks"][string];
const CONCLUSIONS = new Set<string>(CHECK_CONCLUSIONS);
/** GitHub's upper-case conclusion or state in the snapshot's words; anything still running is pending. */
const conclusionOf = (value: string | null | undefined): Conclusion => {
  const lower = (value ?? "pending").toLowerCase();
  return (CONCLUSIONS.has(lower) ? lower : "pending") as Conclusion;
};

/** The head commit's check runs and commit statuses by name (GitHub lists the latest of each). */
export function headChecks(contexts: StatusContext[]): PullSnapshot["checks"] {
  const checks: PullSnapshot["checks"] = {};
  for (const context of contexts) {
    if (context.__typename === "CheckRun")
      checks[context.name] = context.status === "COMPLETED" ? conclusionOf(context.conclusion) : "pending";
    else if (context.__typename === "StatusContext") checks[context.context] = conclusionOf(context.state);
  }
  return checks;
}

/** The head commit's workflow runs by workflow file; a file run twice (a re-run) keeps a success. */
export function headWorkflows(suites: WorkflowSuite[]): PullSnapshot["workflows"] {
  const workflows: PullSnapshot["workflows"] = {};
  for (const suite of suites) {
    const path = suite.workflowRun?.file?.path;
    if (!path) continue;
    const conclusion = suite.status === "COMPLETED" ? conclusionOf(suite.conclusion) : "pending";
    if (workflows[path] !== "success") workflows[path] = conclusion;
  }
  return workflows;
}

const changeType = (type: string) =>
  type.toLowerCase() as NonNullable<PullSnapshot["files"][number]["status"]>;

/** The repository's custom properties: one REST request, made only for a policy that asks about them. */
async function readCustomProperties(
  octokit: GitHub,
  repo: RepoRef,
): Promise<PullSnapshot["custom-properties"]> {
  const { data } = await octokit.request("GET /repos/{owner}/{repo}/properties/values", {
    owner: repo.owner,
    repo: repo.repo,
  });
  const properties: PullSnapshot["custom-properties"] = {};
  for (const entry of data as { property_name: string; value: string | string[] | null }[])
    if (entry.value !== null) properties[entry.property_name] = entry.value;
  return properties;
}
