import { plural } from "../../src/core/format.ts";
import { codeBlock } from "../../src/core/markdown.ts";
import { formatProblem, PolicyError, type PolicyProblem } from "../../src/errors.ts";
import { loadPolicy } from "../../src/fs/load-policy.ts";
import { type CheckRunOutput, upsertCheckRun } from "../../src/github/check-runs.ts";
import { type FileSet, readFileAt, readFilesAt } from "../../src/github/contents.ts";
import type { MembershipCache } from "../../src/github/membership.ts";
import { fetchPullSnapshot } from "../../src/github/pull-snapshot.ts";
import type { GitHub, RepoRef } from "../../src/github/types.ts";
import { DEFAULT_POLICY_PATHS, type LoadedPolicy } from "../../src/policy/load.ts";
import { evaluateReview, type ReviewPolicy, type Verdict } from "../../src/review/evaluate.ts";
import { needsOf } from "../../src/review/needs.ts";
import { renderVerdict } from "../../src/review/render.ts";
import { type ReviewRefusal, refusalLine } from "../../src/review/review-requests.ts";
import type { PullSnapshot } from "../../src/review/snapshot.ts";
import { remoteFor } from "../remote-policies.ts";
import { headKey, type RequestedHeads, requestReviews } from "./request-reviews.ts";

export const REVIEW_CHECK = "TerraFusion / review";
const ROOT = "/repository";

export interface PullTarget {
  number: number;
  baseSha: string;
  headSha: string;
  url?: string;
}

export interface ReviewDeps {
  cache: MembershipCache;
  installation: number;
  appId?: number;
  /** Head commits whose reviewers were asked for (request-review); without it, nobody is asked. */
  requested?: RequestedHeads;
  random?: () => number;
  /** Where the app says what it could not do without failing the evaluation (GitHub's refusals). */
  log?: { warn(message: string): void };
}

type Loaded = { loaded: LoadedPolicy } | { problems: PolicyProblem[] } | { missing: true };

/**
 * Reads the policy as it is at a commit; a repository without one costs exactly one request, which
 * looks for both spellings (.yml, .yaml) at once. `known` is that request's answer, already read at
 * that commit.
 */
export async function policyAt(
  octokit: GitHub,
  repo: RepoRef,
  sha: string,
  known?: FileSet,
): Promise<Loaded> {
  const defaults = known ?? (await readFilesAt(octokit, repo, DEFAULT_POLICY_PATHS, sha)).files;
  const read = (absolute: string) => {
    const path = absolute.slice(ROOT.length + 1);
    return defaults.has(path) ? defaults.get(path) : readFileAt(octokit, repo, path, sha);
  };
  try {
    const loaded = await loadPolicy({ cwd: ROOT, read, remote: remoteFor(octokit, repo) });
    return loaded.files.length === 0 ? { missing: true } : { loaded };
  } catch (error) {
    if (error instanceof PolicyError) return { problems: error.problems };
    throw error;
  }
}

const CONCLUSION: Record<Verdict["status"], CheckRunOutput["conclusion"]> = {
  approved: "success",
  skipped: "neutral",
  pending: "action_required",
  disapproved: "failure",
  error: "failure",
};

export interface ReviewOptions {
  /** The base commit's policy file, already read (it is not read again). */
  basePolicy?: FileSet;
  /** Gate outcomes just written for a head commit (read back from GitHub otherwise). */
  gates?: { sha: string; outcomes: PullSnapshot["gates"] };
  /** Only re-evaluate when a rule depends on the gates' outcomes (nothing else changed). */
  onlyIfGateRules?: boolean;
}

/**
 * The one evaluation of a pull request under a review policy, shared by the pull request's own check
 * and a merge group's: the snapshot GitHub gives (one query, cached people), then the pure verdict.
 */
export async function decidePull(
  octokit: GitHub,
  repo: RepoRef,
  number: number,
  review: ReviewPolicy | undefined,
  deps: ReviewDeps,
  /** `base`: the commit (or branch) CODEOWNERS is read at, like the policy. */
  options: { base: string; gates?: ReviewOptions["gates"] },
) {
  const found = await fetchPullSnapshot(octokit, repo, number, review, deps, {
    baseSha: options.base,
    appId: deps.appId,
    gates: options.gates,
  });
  return { found, verdict: evaluateReview(review, found.snapshot) };
}

/** The check run of a policy that does not parse: the same for a pull request and a merge group. */
export function policyProblemsOutput(problems: PolicyProblem[]) {
  const lines = problems.map(formatProblem);
  return {
    conclusion: "failure" as const,
    title: `The policy on the base branch does not parse (${plural(lines.length, "problem")})`,
    summary: `Fix ${[...new Set(problems.map((problem) => problem.file))].join(" and ")} on the base branch:\n\n${codeBlock(lines.join("\n"))}`,
  };
}

/** Evaluates the base branch's review policy for one pull request and writes the one review check run. */
export async function reviewPull(
  octokit: GitHub,
  repo: RepoRef,
  pull: PullTarget,
  deps: ReviewDeps,
  options: ReviewOptions = {},
) {
  const base = await policyAt(octokit, repo, pull.baseSha, options.basePolicy);
  if ("missing" in base) return { posted: false as const };
  // A policy that does not parse, or whose rules ignore the gates, gives the same check run as before.
  if (options.onlyIfGateRules && !("loaded" in base && needsOf(base.loaded.policy.review).gates))
    return { posted: false as const };
  const { found, verdict } = await decidePull(
    octokit,
    repo,
    pull.number,
    "loaded" in base ? base.loaded.policy.review : undefined,
    deps,
    { base: pull.baseSha, gates: options.gates },
  );
  const headSha = found.snapshot.head.sha;
  const existing = found.checkRuns.get(REVIEW_CHECK)?.id;
  const detailsUrl = pull.url;

  if ("problems" in base) {
    await upsertCheckRun(
      octokit,
      repo,
      { name: REVIEW_CHECK, headSha, ...policyProblemsOutput(base.problems), detailsUrl },
      existing,
    );
    return { posted: true as const, status: "error" as const };
  }

  let text = renderVerdict(verdict);
  const annotations: CheckRunOutput["annotations"] = [];
  const policyFiles = base.loaded.files;
  if (
    found.snapshot.files.some(
      (file) => policyFiles.includes(file.path) || DEFAULT_POLICY_PATHS.some((path) => path === file.path),
    )
  ) {
    const proposed = await policyAt(octokit, repo, headSha);
    text +=
      "\n\n---\n## The policy this pull request proposes\n\nThe base branch's policy decides; the proposed one ";
    if ("loaded" in proposed) {
      const next = evaluateReview(proposed.loaded.policy.review, found.snapshot);
      text += `would say:\n\n${renderVerdict(next)}`;
    } else if ("problems" in proposed) {
      text += `does not parse:\n\n${codeBlock(proposed.problems.map(formatProblem).join("\n"))}`;
      for (const problem of proposed.problems.slice(0, 50))
        annotations.push({
          path: problem.file,
          start_line: problem.line,
          end_line: problem.line,
          annotation_level: "failure",
          message: problem.path ? `${problem.path}: ${problem.message}` : problem.message,
        });
    } else text += "deletes the policy file: the repository would have no review policy.";
  }
  const output = (refusals: readonly ReviewRefusal[]): CheckRunOutput => ({
    name: REVIEW_CHECK,
    headSha,
    conclusion: CONCLUSION[verdict.status],
    title: verdict.title,
    summary: [`**${verdict.status}**: ${verdict.title}`, ...shownRefusals(refusals, verdict)].join("\n\n"),
    text,
    detailsUrl,
    annotations,
  });
  const key = headKey(deps.installation, repo, found.snapshot);
  const id = await upsertCheckRun(octokit, repo, output(deps.requested?.refusals(key) ?? []), existing);
  // After the check run: asking for reviewers never delays or prevents the verdict.
  const requests = deps.requested
    ? await requestReviews(octokit, repo, found.snapshot, base.loaded.policy.review, verdict, {
        ...deps,
        requested: deps.requested,
      })
    : undefined;
  if (requests?.refused) {
    // The verdict stands; the check run only gains the line saying whom GitHub would not take.
    deps.log?.warn(
      `review: ${repo.owner}/${repo.repo}#${pull.number} at ${headSha.slice(0, 7)}: ${refusalLine(requests.refused)}`,
    );
    // Without the annotations: GitHub appends those of an update to the ones the check run has.
    const { annotations: _sent, ...again } = output(deps.requested!.refusals(key));
    try {
      await upsertCheckRun(octokit, repo, again, id);
    } catch (error) {
      // The line is remembered for this head: the next check run of it shows it.
      deps.log?.warn(
        `review: ${repo.owner}/${repo.repo}#${pull.number}: could not add the refusal to the check run: ${(error as Error).message}`,
      );
    }
  }
  return { posted: true as const, status: verdict.status, verdict, requests };
}

/** The refusals worth showing: those for a rule that is still pending (asking could have helped). */
function shownRefusals(refusals: readonly ReviewRefusal[], verdict: Verdict): string[] {
  const pending = new Set(verdict.rules.filter((rule) => rule.status === "pending").map((rule) => rule.name));
  return refusals.filter((refusal) => refusal.rules.some((rule) => pending.has(rule))).map(refusalLine);
}
