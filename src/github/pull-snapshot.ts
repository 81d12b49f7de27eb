import type { ReviewPolicy } from "../review/evaluate.ts";
import { codeOwnerTeams, needsOf } from "../review/needs.ts";
import type { PermissionLevel, PullSnapshot } from "../review/snapshot.ts";
import type { MembershipCache } from "./membership.ts";
import { type PullData, queryPull } from "./pull-query.ts";
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
  const data = await queryPull(octokit, repo, number, {
    codeownersAt: planned.codeowners ? (options.baseSha ?? "HEAD") : undefined,
    appId: options.appId,
    checks: options.checks,
  });
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
    author: login(data.author),
    draft: data.isDraft,
    base: { ref: data.baseRefName, sha: data.baseRefOid },
    head: { ref: data.headRefName, sha: data.headRefOid, "pushed-at": head?.committedDate },
    labels: data.labels.map((label) => label.name),
    files: data.files.map((file) => ({
      path: file.path,
      additions: file.additions,
      deletions: file.deletions,
    })),
    commits: data.commits.map(({ commit }) => ({
      sha: commit.oid,
      author: commit.author?.user?.login,
      committer: commit.committer?.user?.login,
    })),
    reviews: data.reviews
      .filter((review) => review.submittedAt)
      .map((review) => ({
        author: login(review.author),
        state: review.state as PullSnapshot["reviews"][number]["state"],
        "submitted-at": review.submittedAt!,
        commit: review.commit?.oid,
        body: review.body ?? "",
      })),
    comments: data.comments.map((comment) => ({
      author: login(comment.author),
      body: comment.body,
      "created-at": comment.createdAt,
    })),
    teams: {},
    organizations: {},
    permissions: {},
    codeowners: data.codeowners,
    gates,
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
      [commit.author, commit.committer].filter((x): x is string => !!x),
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
