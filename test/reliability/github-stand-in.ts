/**
 * STAND-IN for GitHub's API, on 127.0.0.1 (GitHub itself is out of reach in tests). It answers the few
 * routes the app uses when a pull request opens, each checked against GitHub's route table, and it can
 * hang the way the attack on the app found GitHub hanging: it accepts a request and never answers, or
 * sends the head of an answer and never its body. Requests to anything else are recorded and refused.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { filesAnswer } from "../helpers/github-answers.ts";
import { assertGithubRoute, githubRoute } from "../helpers/github-route-table.ts";

/** What the stand-in does with a request. */
export type Behaviour = "answer" | "hang" | "stall-body";

export interface SeenRequest {
  method: string;
  path: string;
  /** The installation a token request was for. */
  installation?: number;
  /** The token it came with (`ghs_standinID` for installation ID), to tell installations' requests apart. */
  authorization?: string;
  at: number;
  /** When the client gave up on a request the stand-in never answered (it closed the connection). */
  abandonedAt?: number;
}

/** A policy with nothing to require: the review check run is written for every pull request. */
const POLICY = "version: 1\n";

function json(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
}

const page = (nodes: unknown[]) => ({ pageInfo: { hasNextPage: false, endCursor: null }, nodes });

/** The answer to one GraphQL query of the app: the policy files, or the pull request. */
function graphqlAnswer(query: string, variables: Record<string, unknown>) {
  if (query.includes("TerraFusionFiles"))
    return filesAnswer(
      variables,
      { ".github/terrafusion.yml": POLICY },
      "0000000000000000000000000000000000000b45",
    );
  if (query.includes("TerraFusionPull"))
    return {
      data: {
        repository: {
          co1: null,
          co2: null,
          co3: null,
          pullRequest: {
            number: variables.number,
            title: "A change",
            isDraft: false,
            baseRefName: "main",
            baseRefOid: "0000000000000000000000000000000000000b45",
            headRefName: "feature",
            headRefOid: "000000000000000000000000000000000000000f",
            author: { login: "octocat" },
            labels: { nodes: [] },
            files: page([{ path: "README.md", additions: 1, deletions: 0 }]),
            commits: page([]),
            reviews: page([]),
            comments: page([]),
            headCommit: { nodes: [] },
          },
        },
      },
    };
  return undefined;
}

export class GitHubStandIn {
  readonly seen: SeenRequest[] = [];
  /** Requests that are not GitHub routes (must stay empty). */
  readonly unknownRoutes: string[] = [];
  readonly #server: Server;
  readonly #held = new Set<ServerResponse>();

  /** `behave` decides per request (all are answered when it says nothing). */
  constructor(private readonly behave: (request: SeenRequest) => Behaviour = () => "answer") {
    this.#server = createServer((request, response) => this.#handle(request, response));
  }

  async listen(): Promise<string> {
    await new Promise<void>((resolve) => this.#server.listen(0, "127.0.0.1", resolve));
    return `http://127.0.0.1:${(this.#server.address() as { port: number }).port}`;
  }

  tokenRequests(installation: number): SeenRequest[] {
    return this.seen.filter((request) => request.installation === installation);
  }

  /** Check runs written with installation INSTALLATION's token. */
  checkRuns(installation: number): SeenRequest[] {
    return this.seen.filter(
      (request) =>
        request.method === "POST" &&
        request.path.endsWith("/check-runs") &&
        request.authorization === `token ghs_standin${installation}`,
    );
  }

  async close(): Promise<void> {
    for (const response of this.#held) response.destroy();
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  #handle(request: IncomingMessage, response: ServerResponse): void {
    const method = request.method ?? "GET";
    const path = request.url ?? "/";
    const seen: SeenRequest = { method, path, at: Date.now(), authorization: request.headers.authorization };
    const token = /^\/app\/installations\/(\d+)\/access_tokens$/.exec(path);
    if (token) seen.installation = Number(token[1]);
    this.seen.push(seen);
    if (!githubRoute(method, path)) {
      this.unknownRoutes.push(`${method} ${path}`);
      json(response, 404, { message: "Not Found" });
      return;
    }
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const behaviour = this.behave(seen);
      if (behaviour !== "answer") {
        this.#held.add(response);
        response.on("close", () => {
          seen.abandonedAt ??= Date.now();
          this.#held.delete(response);
        });
        // The head of an answer whose body never comes.
        if (behaviour === "stall-body")
          response
            .writeHead(200, { "content-type": "application/json", "content-length": "1000" })
            .write("{");
        return;
      }
      this.#answer(seen, Buffer.concat(chunks).toString(), response);
    });
  }

  #answer(seen: SeenRequest, body: string, response: ServerResponse): void {
    const [status, answer] = this.#answerFor(seen, body);
    json(response, status, answer);
  }

  #answerFor(seen: SeenRequest, body: string): [number, unknown] {
    const route = assertGithubRoute(seen.method, seen.path);
    if (route === "POST /app/installations/{installation_id}/access_tokens")
      return [
        201,
        { token: `ghs_standin${seen.installation}`, expires_at: "2999-01-01T00:00:00Z", permissions: {} },
      ];
    if (route === "GET /app/installations") return [200, []];
    if (route === "POST /repos/{owner}/{repo}/check-runs") return [201, { id: this.seen.length }];
    if (route === "GET /repos/{owner}/{repo}")
      return [200, { name: seen.path.split("/")[3], full_name: seen.path.slice(7) }];
    if (route === "POST /graphql") {
      const { query, variables } = JSON.parse(body) as { query: string; variables: Record<string, unknown> };
      const answer = graphqlAnswer(query, variables);
      if (answer) return [200, answer];
    }
    return [404, { message: "Not Found" }];
  }
}
