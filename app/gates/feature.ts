import type { Feature } from "../feature.ts";
import { handle, repoOf } from "../handle.ts";
import { publishGates } from "./surface.ts";

export const gatesFeature: Feature = {
  name: "gates",
  register(app) {
    handle(app, "workflow_run.completed", "gates", async (context) => {
      const run = context.payload.workflow_run;
      await publishGates(context.octokit, repoOf(context.payload), {
        id: run.id,
        headSha: run.head_sha,
        url: run.html_url,
        pulls: (run.pull_requests ?? []).flatMap((pull) => (pull ? [pull.number] : [])),
        head: {
          owner: run.head_repository?.owner?.login ?? context.payload.repository.owner.login,
          branch: run.head_branch ?? "",
        },
      });
    });
  },
};
