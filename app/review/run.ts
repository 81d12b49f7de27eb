import { codeBlock } from "../../src/core/markdown.ts";
import { formatProblem, PolicyError, type PolicyProblem } from "../../src/errors.ts";
import { type CheckRunOutput, upsertCheckRun } from "../../src/github/check-runs.ts";
import { readFileAt } from "../../src/github/contents.ts";
import type { MembershipCache } from "../../src/github/membership.ts";
import { fetchPullSnapshot } from "../../src/github/pull-snapshot.ts";
import type { GitHub, RepoRef } from "../../src/github/types.ts";
import { DEFAULT_POLICY_PATH, type LoadedPolicy, loadPolicy } from "../../src/policy/load.ts";
import { evaluateReview, type Verdict } from "../../src/review/evaluate.ts";
import { needsOf } from "../../src/review/needs.ts";
import { renderVerdict } from "../../src/review/render.ts";
import type { PullSnapshot } from "../../src/review/snapshot.ts";

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
}

type Loaded = { loaded: LoadedPolicy } | { problems: PolicyProblem[] } | { missing: true };

/**
 * Reads the policy as it is at a commit; a repository without one costs exactly this one request.
 * `known` is the policy file's content already read at that commit (undefined: it does not exist there).
 */
export async function policyAt(
  octokit: GitHub,
  repo: RepoRef,
  sha: string,
  known?: { bytes: Uint8Array | undefined },
): Promise<Loaded> {
  const read = (absolute: string) => {
    const path = absolute.slice(ROOT.length + 1);
    return known && path === DEFAULT_POLICY_PATH ? known.bytes : readFileAt(octokit, repo, path, sha);
  };
  try {
    const loaded = await loadPolicy({ cwd: ROOT, read });
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
  basePolicy?: { bytes: Uint8Array | undefined };
  /** Gate outcomes just written for a head commit (read back from GitHub otherwise). */
  gates?: { sha: string; outcomes: PullSnapshot["gates"] };
  /** Only re-evaluate when a rule depends on the gates' outcomes (nothing else changed). */
  onlyIfGateRules?: boolean;
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
  const found = await fetchPullSnapshot(
    octokit,
    repo,
    pull.number,
    "loaded" in base ? base.loaded.policy.review : undefined,
    deps,
    { baseSha: pull.baseSha, appId: deps.appId, gates: options.gates },
  );
  const headSha = found.snapshot.head.sha;
  const existing = found.checkRuns.get(REVIEW_CHECK)?.id;
  const detailsUrl = pull.url;

  if ("problems" in base) {
    const lines = base.problems.map(formatProblem);
    await upsertCheckRun(
      octokit,
      repo,
      {
        name: REVIEW_CHECK,
        headSha,
        conclusion: "failure",
        title: `The policy on the base branch does not parse (${lines.length} problem${lines.length === 1 ? "" : "s"})`,
        summary: `Fix ${DEFAULT_POLICY_PATH} on the base branch:\n\n${codeBlock(lines.join("\n"))}`,
        detailsUrl,
      },
      existing,
    );
    return { posted: true as const, status: "error" as const };
  }

  const verdict = evaluateReview(base.loaded.policy.review, found.snapshot);
  let text = renderVerdict(verdict);
  const annotations: CheckRunOutput["annotations"] = [];
  const policyFiles = base.loaded.files;
  if (
    found.snapshot.files.some((file) => policyFiles.includes(file.path) || file.path === DEFAULT_POLICY_PATH)
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
  await upsertCheckRun(
    octokit,
    repo,
    {
      name: REVIEW_CHECK,
      headSha,
      conclusion: CONCLUSION[verdict.status],
      title: verdict.title,
      summary: `**${verdict.status}**: ${verdict.title}`,
      text,
      detailsUrl,
      annotations,
    },
    existing,
  );
  return { posted: true as const, status: verdict.status, verdict };
}
