// The app as a separate process, for the kill -9 test: it promotes one deployment with GitHub nocked
// (state saved to a file on every write) and is killed by the test in the middle of post-promotion analysis.
import { ProbotOctokit } from "probot";
import { defaultDeps } from "../../app/promotion/feature.ts";
import { AppPromotions as PromotionService } from "../../app/promotion/service.ts";
import { FakeGitHub, OWNER, REPO } from "./fake-github.ts";

const [file, id, sha] = process.argv.slice(2) as [string, string, string];
const github = FakeGitHub.load(file);
github.install();
const octokit = new ProbotOctokit({
  auth: { token: "test" },
  retry: { enabled: false },
  throttle: { enabled: false },
});
const service = new PromotionService(defaultDeps(process.env));
await service.deployment(
  octokit as never,
  1,
  { owner: OWNER, repo: REPO },
  { id: Number(id), sha, environment: "production", creator: "Codertocat", payload: { version: "v2" } },
  "Codertocat",
);
await service.settled();
