// Review evaluation cost: GitHub requests per evaluation (counted by an octokit fetch hook that
// answers like GitHub) and evaluation time without the network.
// Run: npx tsx bench/review.ts
import { performance } from "node:perf_hooks";
import { ProbotOctokit } from "probot";
import { reviewPull } from "../app/review/run.ts";
import { loadPolicy } from "../src/fs/load-policy.ts";
import { MembershipCache } from "../src/github/membership.ts";
import type { GitHub } from "../src/github/types.ts";
import { evaluateReview } from "../src/review/evaluate.ts";
import { pullSnapshotSchema } from "../src/review/snapshot.ts";
import { filesAnswer } from "../test/helpers/github-answers.ts";

const FILES = 300;
const REVIEWS = 20;
const TEAMS = ["acme/security", "acme/platform", "acme/data"];
const POLICY = `version: 1
review:
  rules:
${TEAMS.map((team, i) => `    - { name: team ${i}, if: { changed-files: { paths: ["src/m${i}/**"] } }, require: { count: 1, teams: [${team}] } }`).join("\n")}
`;
// The same rules, each also asking for signed commits and a green CI status: the conditions that read
// each commit's signature and the head commit's checks, in the same one query.
const SIGNED_POLICY = POLICY.replace(
  /if: \{ changed-files: (\{ paths: \[[^\]]*\] \}) \}/g,
  'if: { changed-files: $1, valid-signatures: true, checks: { names: ["ci/build"] } }',
);
let policyText = POLICY;
const files = Array.from({ length: FILES }, (_, i) => ({
  path: `src/m${i % 3}/file${i}.ts`,
  additions: 5,
  deletions: 1,
}));
const reviewers = Array.from({ length: REVIEWS }, (_, i) => `rev${i}`);
const teamMembers = (team: string) =>
  reviewers.filter((_, i) => i % 3 === TEAMS.indexOf(team)).map((login) => ({ login }));

function graphqlPage(variables: Record<string, unknown>) {
  const after = Number((variables.filesAfter as string | null) ?? 0);
  const slice = files.slice(after, after + 100);
  const page = <T>(nodes: T[], next = false, cursor: string | null = null) => ({
    pageInfo: { hasNextPage: next, endCursor: cursor },
    nodes,
  });
  return {
    data: {
      repository: {
        pullRequest: {
          number: 1,
          title: "big change",
          isDraft: false,
          baseRefName: "main",
          baseRefOid: "b",
          headRefName: "f",
          headRefOid: "h",
          author: { login: "alice" },
          labels: { nodes: [] },
          files: page(slice, after + 100 < FILES, String(after + 100)),
          commits: page([
            {
              commit: {
                oid: "h",
                committedDate: "2024-01-01T00:00:00Z",
                author: { user: { login: "alice" } },
                committer: null,
                ...(variables.signatures
                  ? { signature: { isValid: true, signer: { login: "alice" }, keyId: "3AA5C34371567BD2" } }
                  : {}),
              },
            },
          ]),
          reviews: page(
            reviewers.map((login) => ({
              author: { login },
              state: "APPROVED",
              submittedAt: "2024-01-02T00:00:00Z",
              body: "",
              commit: { oid: "h" },
            })),
          ),
          comments: page([]),
          headCommit: {
            nodes: [
              {
                commit: {
                  checkSuites: { nodes: [] },
                  ...(variables.statuses
                    ? {
                        statusCheckRollup: {
                          contexts: {
                            nodes: [{ __typename: "StatusContext", context: "ci/build", state: "SUCCESS" }],
                          },
                        },
                      }
                    : {}),
                },
              },
            ],
          },
        },
      },
    },
  };
}

let requests = 0;
let lastConclusion: string | undefined;
const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
async function fakeGitHub(url: string | URL | Request, init?: RequestInit): Promise<Response> {
  requests++;
  const { pathname } = new URL(String(url));
  if (pathname === "/graphql") {
    const { query, variables } = JSON.parse(String(init?.body));
    if (/query\s+TerraFusionFiles\b/.test(query))
      return json(filesAnswer(variables, { ".github/terrafusion.yml": policyText }, "b"));
    return json(graphqlPage(variables));
  }
  if (pathname.includes("/contents/"))
    return new Response(POLICY, { headers: { "content-type": "text/plain" } });
  const team = /^\/orgs\/acme\/teams\/([^/]+)\/members$/.exec(pathname);
  if (team) return json(teamMembers(`acme/${team[1]}`));
  if (pathname.endsWith("/check-runs")) {
    lastConclusion = JSON.parse(String(init?.body)).conclusion;
    return json({ id: 1 }, 201);
  }
  return json({ message: `bench has no answer for ${pathname}` }, 404);
}

const octokit = new ProbotOctokit({
  auth: { token: "bench" },
  request: { fetch: fakeGitHub },
  throttle: { enabled: false },
  retry: { enabled: false },
}) as GitHub;
const repo = { owner: "acme", repo: "shop" };
const disapprovalOff = POLICY.replace("review:\n", "review:\n  disapproval: { enabled: false }\n");

const target = { number: 1, baseSha: "b", headSha: "h" };
/** Requests of one evaluation with a cold team cache, then of one with a warm cache, and the verdict. */
async function requestsPerEvaluation(text: string) {
  policyText = text;
  const deps = { cache: new MembershipCache(), installation: 1 };
  const counts: number[] = [];
  for (let i = 0; i < 2; i++) {
    requests = 0;
    await reviewPull(octokit, repo, target, deps);
    counts.push(requests);
  }
  return { cold: counts[0]!, warm: counts[1]!, conclusion: lastConclusion };
}
const plain = await requestsPerEvaluation(POLICY);
const signed = await requestsPerEvaluation(SIGNED_POLICY);
const { cold, warm } = plain;

// Evaluation alone, the same pull request as a snapshot: 300 files against a baseline of 30.
const { policy } = await loadPolicy({
  file: ".github/terrafusion.yml",
  read: () => new TextEncoder().encode(disapprovalOff),
});
const snapshot = (count: number) =>
  pullSnapshotSchema.parse({
    title: "big change",
    author: "alice",
    base: { ref: "main" },
    head: { ref: "f", sha: "h" },
    files: files.slice(0, count),
    reviews: reviewers.map((author) => ({
      author,
      state: "APPROVED",
      "submitted-at": "2024-01-02T00:00:00Z",
      commit: "h",
    })),
    teams: Object.fromEntries(TEAMS.map((team) => [team, teamMembers(team).map((m) => m.login)])),
  });
function time(count: number) {
  const pull = snapshot(count);
  for (let i = 0; i < 20; i++) evaluateReview(policy.review, pull);
  const runs = 200;
  const start = performance.now();
  for (let i = 0; i < runs; i++) evaluateReview(policy.review, pull);
  return (performance.now() - start) / runs;
}
const big = time(FILES);
const baseline = time(30);
const verdict = evaluateReview(policy.review, snapshot(FILES)).status;

console.log(
  `review evaluation: ${FILES} changed files, ${REVIEWS} reviews, ${TEAMS.length} team rules (verdict: ${verdict})`,
);
console.log(`  GitHub requests per evaluation: ${cold} with a cold team cache, ${warm} with a warm one`);
console.log(
  `    (1 policy read + ${Math.ceil(FILES / 100)} GraphQL pages + ${TEAMS.length} team lists + 1 check run write; check run: ${plain.conclusion})`,
);
console.log(
  `  with valid-signatures and checks in every rule: ${signed.cold} cold, ${signed.warm} warm (ratio ${(signed.cold / cold).toFixed(2)}x, ${(signed.warm / warm).toFixed(2)}x; check run: ${signed.conclusion})`,
);
console.log(
  "    (signatures and statuses come in the same pages of the same query: no request of their own)",
);
console.log(
  `  evaluation without the network: ${big.toFixed(3)} ms (baseline 30 files: ${baseline.toFixed(3)} ms, ratio ${(big / baseline).toFixed(1)}x)`,
);
