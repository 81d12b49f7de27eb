import { generateKeyPairSync } from "node:crypto";
import examples from "@octokit/webhooks-examples";
import nock from "nock";
import type { Logger } from "pino";
import { type ApplicationFunction, Probot } from "probot";
import terrafusionApp from "../../app/index.ts";
import { membershipCache, requestedHeads } from "../../app/review/feature.ts";
import { terrafusionOctokit } from "../../src/github/octokit.ts";
import { filesAnswer } from "../helpers/github-answers.ts";
import { githubApi } from "../helpers/github-routes.ts";

export const SECRET = "webhook-secret";
const { privateKey } = generateKeyPairSync("rsa", {
  modulusLength: 2048,
  privateKeyEncoding: { type: "pkcs1", format: "pem" },
  publicKeyEncoding: { type: "spki", format: "pem" },
});

/** The app as the tests route events to it; `terrafusionServer` is what `npm run app` serves (start work too). */
export async function createApp(appFn: ApplicationFunction = terrafusionApp, log?: Logger) {
  membershipCache.clear();
  requestedHeads.clear();
  const probot = new Probot({
    appId: 123,
    privateKey,
    secret: SECRET,
    ...(log ? { log } : {}),
    logLevel: (process.env.TF_TEST_LOG as "error" | undefined) ?? "fatal",
    // Retry-After: 1 waits 1 ms per second in tests; writes and comments are not spaced out.
    Octokit: terrafusionOctokit({ retryAfterBaseMs: 1, writeSpacingMs: 0, notificationSpacingMs: 0 }),
  });
  await probot.load(appFn);
  return probot;
}

/** A real payload from @octokit/webhooks-examples, with an installation (the examples carry none). */
export function payload(event: string, action: string, index = 0): Record<string, any> {
  const group = (examples as unknown as { name: string; examples: Record<string, any>[] }[]).find(
    (e) => e.name === event,
  );
  const found = group?.examples.filter((example) => example.action === action)[index];
  if (!found) throw new Error(`no example ${event}.${action}`);
  return { ...structuredClone(found), installation: { id: 42 } };
}

/** GitHub, expecting the one installation-token request of a fresh app. */
export function github(): nock.Scope {
  return githubApi()
    .post("/app/installations/42/access_tokens")
    .reply(201, { token: "ghs_test", expires_at: "2999-01-01T00:00:00Z", permissions: {} });
}

export interface PullShape {
  number: number;
  title?: string;
  author?: string;
  draft?: boolean;
  base?: { ref: string; sha: string };
  head?: { ref: string; sha: string };
  labels?: string[];
  files?: { path: string; additions?: number; deletions?: number }[];
  reviews?: { author: string; state: string; commit?: string; at?: string; body?: string }[];
  comments?: { author: string; body: string; at?: string }[];
  checkRuns?: { databaseId: number; name: string; summary?: string }[];
  codeowners?: string;
}

const page = <T>(nodes: T[]) => ({ pageInfo: { hasNextPage: false, endCursor: null }, nodes });

/** The GraphQL answer for queryPull's first page. */
export function pullQueryAnswer(pull: PullShape) {
  const head = pull.head ?? { ref: "feature", sha: "head-sha" };
  return {
    data: {
      repository: {
        co1: pull.codeowners ? { text: pull.codeowners } : null,
        co2: null,
        co3: null,
        pullRequest: {
          number: pull.number,
          title: pull.title ?? "A change",
          isDraft: pull.draft ?? false,
          baseRefName: pull.base?.ref ?? "main",
          baseRefOid: pull.base?.sha ?? "base-sha",
          headRefName: head.ref,
          headRefOid: head.sha,
          author: { login: pull.author ?? "author" },
          labels: { nodes: (pull.labels ?? []).map((name) => ({ name })) },
          files: page(
            (pull.files ?? [{ path: "src/a.ts" }]).map((f) => ({ additions: 1, deletions: 0, ...f })),
          ),
          commits: page([
            {
              commit: {
                oid: head.sha,
                committedDate: "2024-01-01T00:00:00Z",
                author: { user: { login: pull.author ?? "author" } },
                committer: { user: { login: "web-flow" } },
              },
            },
          ]),
          reviews: page(
            (pull.reviews ?? []).map((r) => ({
              author: { login: r.author },
              state: r.state,
              submittedAt: r.at ?? "2024-01-02T00:00:00Z",
              body: r.body ?? "",
              commit: { oid: r.commit ?? head.sha },
            })),
          ),
          comments: page(
            (pull.comments ?? []).map((c) => ({
              author: { login: c.author },
              body: c.body,
              createdAt: c.at ?? "2024-01-02T00:00:00Z",
            })),
          ),
          headCommit: {
            nodes: [
              {
                commit: {
                  checkSuites: {
                    nodes: [
                      { checkRuns: { nodes: (pull.checkRuns ?? []).map((r) => ({ summary: "", ...r })) } },
                    ],
                  },
                },
              },
            ],
          },
        },
      },
    },
  };
}

// A request no interceptor expects fails inside a handler, which logs it and carries on: record it.
const unexpected: string[] = [];
nock.emitter.on(
  "no match",
  (request: { method?: string; path?: string; options?: { method?: string; path?: string } }) => {
    unexpected.push(`${request.method ?? request.options?.method} ${request.path ?? request.options?.path}`);
  },
);

export function assertAllDone() {
  const pending = nock.pendingMocks();
  const surprises = unexpected.splice(0);
  nock.cleanAll();
  if (pending.length > 0) throw new Error(`expected requests not made: ${pending.join(", ")}`);
  if (surprises.length > 0) throw new Error(`unexpected requests: ${surprises.join(", ")}`);
}

/** Matches readFilesAt's one query for the policy (both spellings) at REF (a commit or branch; none: the default branch). */
export const policyQuery =
  (ref?: string) =>
  (body: { query: string; variables: Record<string, unknown> }): boolean =>
    body.query.includes("TerraFusionFiles") &&
    body.variables.p0 === ".github/terrafusion.yml" &&
    body.variables.p1 === ".github/terrafusion.yaml" &&
    (ref === undefined ? body.variables.atRev === false : body.variables.rev === ref);

/** GitHub's answer to that query: the text of each spelling that exists. */
export function policyAnswer(files: { yml?: string; yaml?: string }, oid = "base-sha") {
  return filesAnswer(
    { p0: ".github/terrafusion.yml", p1: ".github/terrafusion.yaml" },
    { ".github/terrafusion.yml": files.yml, ".github/terrafusion.yaml": files.yaml },
    oid,
  );
}
