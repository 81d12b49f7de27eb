/**
 * STAND-IN for GitHub's API, for bench/soak.ts: a node:http server on 127.0.0.1 laid out as GitHub Enterprise
 * Server is (REST under /api/v3, GraphQL at /api/graphql), which is where probot sends the app's requests when
 * GHE_HOST=127.0.0.1:PORT and GHE_PROTOCOL=http. It answers the routes the app calls for pull_request,
 * pull_request_review and issue_comment deliveries (installation tokens, the policy and pull request GraphQL
 * queries, team members, check runs), each checked against GitHub's route table, and injects faults: a share
 * of requests answered 502 or 503, and a share that hang (accepted, never answered, held until the client
 * gives up). It keeps counters only, never a list of requests, so a long soak does not grow it.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { filesAnswer } from "../test/helpers/github-answers.ts";
import { githubRoute } from "../test/helpers/github-route-table.ts";

export interface Faults {
  /** Share of requests answered 502 or 503 (alternately). */
  errorRate: number;
  /** Share of requests that are never answered. */
  hangRate: number;
}

export interface StandInCounts {
  requests: number;
  answered: number;
  /** 502 and 503 injected. */
  failed: number;
  /** Requests never answered (the client closes them: its timeout). */
  hung: number;
  /** Requests by GitHub route, e.g. "POST /graphql TerraFusionPull". */
  routes: Map<string, number>;
  /** Requests to something that is not a GitHub route (must stay 0). */
  unknown: number;
}

/** The review policy the repositories have: a team rule on docs/** and one approval for everything. */
const POLICY = `version: 1
review:
  rules:
    - name: docs team
      if: { changed-files: { paths: ["docs/**"] } }
      require: { count: 1, teams: [acme/docs] }
    - name: one approval
      require: { count: 1 }
`;
const BASE = "0000000000000000000000000000000000000b45";
const HEAD = "000000000000000000000000000000000000000f";
const page = (nodes: unknown[]) => ({ pageInfo: { hasNextPage: false, endCursor: null }, nodes });

/** A pull request that varies with its number: docs changed on every third, approved on every other. */
function pull(number: number) {
  return {
    number,
    title: `Change ${number}`,
    isDraft: false,
    baseRefName: "main",
    baseRefOid: BASE,
    headRefName: `feature-${number}`,
    headRefOid: HEAD,
    author: { login: "octocat" },
    labels: page([]),
    files: page([
      { path: "src/index.ts", additions: 3, deletions: 1 },
      ...(number % 3 === 0 ? [{ path: "docs/guide.md", additions: 10, deletions: 0 }] : []),
    ]),
    commits: page([
      {
        commit: {
          oid: HEAD,
          committedDate: "2024-01-01T00:00:00Z",
          author: { user: { login: "octocat" } },
          committer: { user: { login: "octocat" } },
        },
      },
    ]),
    reviews: page(
      number % 2 === 0
        ? [
            {
              author: { login: "reviewer1" },
              state: "APPROVED",
              submittedAt: "2024-01-02T00:00:00Z",
              body: "",
              commit: { oid: HEAD },
            },
          ]
        : [],
    ),
    comments: page([]),
    // Every fourth already has the review check run: the app updates it (PATCH) instead of creating one.
    headCommit: {
      nodes: [
        {
          commit: {
            checkSuites: {
              nodes:
                number % 4 === 0
                  ? [
                      {
                        checkRuns: {
                          nodes: [{ databaseId: 4242, name: "TerraFusion / review", summary: "" }],
                        },
                      },
                    ]
                  : [],
            },
          },
        },
      ],
    },
  };
}

/** The answer to one of the app's GraphQL queries, by operation name. */
function graphql(query: string, variables: Record<string, unknown>): [string, unknown] {
  const name = /query\s+(\w+)/.exec(query)?.[1] ?? "anonymous";
  if (name === "TerraFusionFiles")
    return [name, filesAnswer(variables, { ".github/terrafusion.yml": POLICY }, BASE)];
  if (name === "TerraFusionPullBase")
    return [
      name,
      {
        data: {
          repository: {
            pullRequest: {
              baseRefOid: BASE,
              headRefOid: HEAD,
              baseRef: {
                target: filesAnswer(variables, { ".github/terrafusion.yml": POLICY }, BASE).data.repository
                  .object,
              },
            },
          },
        },
      },
    ];
  if (name === "TerraFusionPull")
    return [
      name,
      {
        data: {
          repository: { co1: null, co2: null, co3: null, pullRequest: pull(Number(variables.number)) },
        },
      },
    ];
  return [name, { errors: [{ type: "NOT_FOUND", message: `the stand-in does not know ${name}` }] }];
}

export class GitHubStandIn {
  readonly counts: StandInCounts = {
    requests: 0,
    answered: 0,
    failed: 0,
    hung: 0,
    routes: new Map(),
    unknown: 0,
  };
  readonly #server: Server;
  readonly #held = new Set<ServerResponse>();
  #next = 0;
  #checkRuns = 0;

  constructor(
    readonly faults: Faults,
    private readonly random: () => number = Math.random,
  ) {
    this.#server = createServer((request, response) => this.#handle(request, response));
    this.#server.keepAliveTimeout = 5_000;
  }

  /** Requests held unanswered right now. */
  get holding(): number {
    return this.#held.size;
  }

  /** Listens on 127.0.0.1; resolves to HOST:PORT, for GHE_HOST. */
  async listen(port = 0): Promise<string> {
    await new Promise<void>((resolve, reject) => {
      this.#server.once("error", reject);
      this.#server.listen(port, "127.0.0.1", () => resolve());
    });
    return `127.0.0.1:${(this.#server.address() as { port: number }).port}`;
  }

  async close(): Promise<void> {
    for (const response of this.#held) response.destroy();
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  #count(route: string): void {
    this.counts.routes.set(route, (this.counts.routes.get(route) ?? 0) + 1);
  }

  #handle(request: IncomingMessage, response: ServerResponse): void {
    this.counts.requests++;
    const method = request.method ?? "GET";
    const url = request.url ?? "/";
    const path = url === "/api/graphql" ? "/graphql" : url.replace(/^\/api\/v3(?=\/)/, "");
    const route = url.startsWith("/api/") ? githubRoute(method, path) : undefined;
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      if (!route) {
        this.counts.unknown++;
        this.#count(`unknown ${method} ${path.split("?")[0]}`);
        return json(response, 404, { message: "Not Found" });
      }
      const draw = this.random();
      if (draw < this.faults.hangRate) {
        this.counts.hung++;
        this.#held.add(response);
        response.on("close", () => this.#held.delete(response));
        return;
      }
      if (draw < this.faults.hangRate + this.faults.errorRate) {
        this.counts.failed++;
        const status = this.#next++ % 2 === 0 ? 502 : 503;
        return json(response, status, { message: status === 502 ? "Server Error" : "Service Unavailable" });
      }
      this.counts.answered++;
      const [label, status, body] = this.#answer(route, path, Buffer.concat(chunks).toString("utf8"));
      this.#count(label);
      json(response, status, body);
    });
  }

  #answer(route: string, path: string, body: string): [string, number, unknown] {
    switch (route) {
      case "POST /app/installations/{installation_id}/access_tokens": {
        const installation = path.split("/")[3];
        const expires = new Date(Date.now() + 3_600_000).toISOString();
        return [route, 201, { token: `ghs_soak${installation}`, expires_at: expires, permissions: {} }];
      }
      case "GET /orgs/{org}/teams/{team_slug}/members":
        return [route, 200, [{ login: "reviewer1" }, { login: "reviewer2" }]];
      case "POST /repos/{owner}/{repo}/check-runs":
        return [route, 201, { id: 100_000 + ++this.#checkRuns }];
      case "PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}":
        return [route, 200, { id: Number(path.split("/").pop()) }];
      case "POST /graphql": {
        const { query, variables } = JSON.parse(body) as {
          query: string;
          variables: Record<string, unknown>;
        };
        const [name, answer] = graphql(query, variables ?? {});
        return [`${route} ${name}`, 200, answer];
      }
      default:
        return [route, 404, { message: "Not Found" }];
    }
  }
}

function json(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
}
