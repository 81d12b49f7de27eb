import type { PullSnapshot } from "../../src/review/snapshot.ts";
import type { Feature } from "../feature.ts";
import { handle, repoOf } from "../handle.ts";
import { reviewDeps } from "../review/feature.ts";
import { reviewPull } from "../review/run.ts";
import { publishGates } from "./surface.ts";

export const gatesFeature: Feature = {
  name: "gates",
  register(app) {
    handle(app, "workflow_run.completed", "gates", async (context) => {
      const run = context.payload.workflow_run;
      const repo = repoOf(context.payload);
      const { appId } = reviewDeps(context);
      const published = await publishGates(
        context.octokit,
        repo,
        {
          id: run.id,
          headSha: run.head_sha,
          url: run.html_url,
          pulls: (run.pull_requests ?? []).flatMap((pull) =>
            pull ? [{ number: pull.number, baseSha: pull.base.sha, headSha: pull.head.sha }] : [],
          ),
          // A merge group's run is on the queue's branch: its gates check run goes on the group's
          // commit, and there is no pull request to look up or comment on.
          head:
            run.event === "merge_group"
              ? undefined
              : {
                  owner: run.head_repository?.owner?.login ?? context.payload.repository.owner.login,
                  branch: run.head_branch ?? "",
                },
        },
        appId,
      );
      // A rule conditioned on the gates' outcomes changes now, not at the next review event.
      const gates = { sha: run.head_sha, outcomes: published.outcomes as PullSnapshot["gates"] };
      for (const pull of published.pulls)
        await reviewPull(context.octokit, repo, pull, reviewDeps(context), { gates, onlyIfGateRules: true });
    });
  },
};
