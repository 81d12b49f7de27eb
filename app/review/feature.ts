import type { Context } from "probot";
import { MembershipCache } from "../../src/github/membership.ts";
import { readPullBase } from "../../src/github/pull-base.ts";
import { DEFAULT_POLICY_PATHS } from "../../src/policy/load.ts";
import type { Feature } from "../feature.ts";
import { handle, repoOf } from "../handle.ts";
import { reviewMergeGroup } from "./merge-group.ts";
import { RequestedHeads } from "./request-reviews.ts";
import { type PullTarget, reviewPull } from "./run.ts";

/** One cache per app process; keys carry the installation id, so installations never share entries. */
export const membershipCache = new MembershipCache();
/** The head commits whose reviewers this process has asked for (request-review). */
export const requestedHeads = new RequestedHeads();

/** What reviewPull needs from the event: the shared cache, the installation, this app's id, its log. */
export function reviewDeps(context: Context) {
  const installation = (context.payload as { installation?: { id: number } }).installation?.id ?? 0;
  const appId = Number(process.env.APP_ID) || undefined;
  return { cache: membershipCache, installation, appId, requested: requestedHeads, log: context.log };
}

interface PullPayload {
  number: number;
  html_url?: string;
  base: { sha: string };
  head: { sha: string };
}
const target = (pull: PullPayload): PullTarget => ({
  number: pull.number,
  baseSha: pull.base.sha,
  headSha: pull.head.sha,
  url: pull.html_url,
});

export const reviewFeature: Feature = {
  name: "review",
  register(app) {
    handle(
      app,
      [
        "pull_request.opened",
        "pull_request.synchronize",
        "pull_request.reopened",
        "pull_request.edited",
        "pull_request.labeled",
        "pull_request.unlabeled",
        "pull_request.ready_for_review",
        "pull_request.converted_to_draft",
        "pull_request_review.submitted",
        "pull_request_review.edited",
        "pull_request_review.dismissed",
      ],
      "review",
      async (context) => {
        await reviewPull(
          context.octokit,
          repoOf(context.payload),
          target(context.payload.pull_request),
          reviewDeps(context),
        );
      },
    );
    handle(app, ["issue_comment.created", "issue_comment.edited"], "review", async (context) => {
      // Comments on issues are not ours; comments on pull requests may approve (comment patterns).
      const issue = context.payload.issue;
      if (!issue.pull_request) return;
      const repo = repoOf(context.payload);
      // The event lacks the base commit: one query reads the base branch and its policy together,
      // so a repository without a policy still costs one request.
      const base = await readPullBase(context.octokit, repo, issue.number, DEFAULT_POLICY_PATHS);
      if (![...base.files.values()].some(Boolean)) return;
      await reviewPull(
        context.octokit,
        repo,
        {
          number: issue.number,
          baseSha: base.baseSha,
          headSha: base.headSha,
          url: issue.pull_request.html_url ?? issue.html_url,
        },
        reviewDeps(context),
        { basePolicy: base.files },
      );
    });
    handle(app, "merge_group.checks_requested", "review", async (context) => {
      const group = context.payload.merge_group;
      await reviewMergeGroup(
        context.octokit,
        repoOf(context.payload),
        {
          headSha: group.head_sha,
          headRef: group.head_ref,
          baseSha: group.base_sha,
          baseRef: group.base_ref,
        },
        reviewDeps(context),
        context.payload.repository?.html_url,
      );
    });
    handle(app, "check_run.rerequested", "review", async (context) => {
      const run = context.payload.check_run;
      if (run.name !== "TerraFusion / review") return;
      const repo = repoOf(context.payload);
      for (const pull of run.pull_requests)
        await reviewPull(
          context.octokit,
          repo,
          { number: pull.number, baseSha: pull.base.sha, headSha: pull.head.sha },
          reviewDeps(context),
        );
    });
  },
};
