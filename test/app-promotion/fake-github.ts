import { readFileSync, writeFileSync } from "node:fs";
import nock from "nock";
import { filesAnswer } from "../helpers/github-answers.ts";
import { githubRoute } from "../helpers/github-routes.ts";

export const OWNER = "Codertocat";
export const REPO = "Hello-World";
const base = `/repos/${OWNER}/${REPO}`;

interface Status {
  id: number;
  state: string;
  description: string;
  created_at: string;
}
export interface GitHubState {
  policy: string;
  deployments: {
    id: number;
    sha: string;
    environment: string;
    creator: { login: string };
    payload: unknown;
    url: string;
    updated_at: string;
  }[];
  statuses: Record<string, Status[]>;
  checkRuns: Record<string, { name: string; status: string; conclusion: string | null }[]>;
  issues: {
    number: number;
    title: string;
    body: string;
    labels: { name: string }[];
    state: string;
    html_url: string;
  }[];
  comments: { issue: number; body: string }[];
  permissions: Record<string, string>;
  teams: Record<string, string[]>;
  pulls: Record<
    string,
    {
      number: number;
      title: string;
      html_url: string;
      merged: boolean;
      merge_commit_sha: string | null;
      head: { sha: string };
    }
  >;
}

/**
 * GitHub's side of the promotion tests: persistent nock interceptors, each on a route checked against
 * GitHub's REST route table, over a small in-memory record of deployments, statuses and issues.
 * With `file`, every write is saved synchronously, so a process killed with SIGKILL leaves it behind.
 */
export class FakeGitHub {
  state: GitHubState;
  /** GitHub routes the code under test used, and requests that matched no GitHub route (must stay empty). */
  readonly routes = new Set<string>();
  readonly unknownRoutes: string[] = [];
  private nextId = 1000;

  constructor(
    policy: string,
    private readonly file?: string,
  ) {
    this.state = {
      policy,
      deployments: [],
      statuses: {},
      checkRuns: {},
      issues: [],
      comments: [],
      permissions: {},
      teams: {},
      pulls: {},
    };
  }

  static load(file: string): FakeGitHub {
    const fake = new FakeGitHub("", file);
    fake.state = JSON.parse(readFileSync(file, "utf8"));
    fake.nextId =
      1000 + Object.values(fake.state.statuses).flat().length + fake.state.deployments.length + 10;
    return fake;
  }

  private save(): void {
    if (this.file) writeFileSync(this.file, JSON.stringify(this.state));
  }

  statusesOf(id: number): Status[] {
    return this.state.statuses[id] ?? [];
  }

  addDeployment(id: number, sha: string, environment: string, creator: string, payload: unknown = {}): void {
    this.state.deployments.unshift({
      id,
      sha,
      environment,
      creator: { login: creator },
      payload,
      url: `https://api.github.com${base}/deployments/${id}`,
      updated_at: new Date().toISOString(),
    });
    this.save();
  }

  /** A status as another process would have written it (created now, unless `at` says when). */
  addStatus(id: number, state: string, description: string, at = new Date()): Status {
    const status = { id: this.nextId++, state, description, created_at: at.toISOString() };
    this.state.statuses[id] = [...(this.state.statuses[id] ?? []), status];
    const deployment = this.state.deployments.find((d) => d.id === id);
    if (deployment) deployment.updated_at = status.created_at;
    this.save();
    return status;
  }

  /** Called after the code under test writes a status: lets a test act as another process at that moment. */
  onStatus?: (deploymentId: number, status: Status) => void;

  install(): void {
    nock.disableNetConnect();
    nock.enableNetConnect("127.0.0.1");
    // Every request that reaches this fake must be one of GitHub's REST routes (from octokit's route table).
    const api = nock("https://api.github.com").persist();
    api.on("request", (request: { method: string; path: string }) => {
      const route = githubRoute(request.method, request.path);
      if (route) this.routes.add(route);
      else this.unknownRoutes.push(`${request.method} ${request.path}`);
    });
    // The policy on the default branch: both spellings in one query (see readFilesAt).
    api
      .post("/graphql", (body) => body.query.includes("TerraFusionFiles"))
      .reply((_uri, body) => {
        const { variables } = body as { variables: Record<string, unknown> };
        const files = { ".github/terrafusion.yml": this.state.policy || undefined };
        return [200, filesAnswer(variables, files, "f95f852bd8fca8fcc58a9a2d6c842781e32a215e")];
      });
    api
      .get(`${base}/deployments`)
      .query(true)
      .reply((uri) => {
        const query = new URL(uri, "https://api.github.com").searchParams;
        return [
          200,
          this.state.deployments.filter(
            (d) =>
              (!query.get("environment") || d.environment === query.get("environment")) &&
              (!query.get("sha") || d.sha === query.get("sha")),
          ),
        ];
      });
    api.post(`${base}/deployments`).reply((_uri, body) => {
      const input = body as { ref: string; environment: string; payload: unknown; description: string };
      const id = this.nextId++;
      this.addDeployment(id, input.ref, input.environment, "terrafusion[bot]", input.payload);
      return [201, this.state.deployments[0]];
    });
    api
      .get(/^\/repos\/Codertocat\/Hello-World\/deployments\/\d+\/statuses/)
      .query(true)
      .reply((uri) => [200, [...this.statusesOf(Number(/deployments\/(\d+)/.exec(uri)![1]))].reverse()]);
    api.post(/^\/repos\/Codertocat\/Hello-World\/deployments\/\d+\/statuses$/).reply((uri, body) => {
      const id = Number(/deployments\/(\d+)/.exec(uri)![1]);
      const input = body as { state: string; description: string };
      const status = this.addStatus(id, input.state, input.description);
      this.onStatus?.(id, status);
      return [201, status];
    });
    api
      .get(/^\/repos\/Codertocat\/Hello-World\/commits\/[0-9a-f]+\/check-runs/)
      .query(true)
      .reply((uri) => {
        const runs = this.state.checkRuns[/commits\/([0-9a-f]+)/.exec(uri)![1]!] ?? [];
        return [200, { total_count: runs.length, check_runs: runs.map((run, i) => ({ id: i + 1, ...run })) }];
      });
    api
      .get(/^\/repos\/Codertocat\/Hello-World\/commits\/[0-9a-f]+\/pulls/)
      .query(true)
      .reply((uri) => {
        const sha = /commits\/([0-9a-f]+)/.exec(uri)![1];
        return [
          200,
          Object.values(this.state.pulls).filter((p) => p.head.sha === sha || p.merge_commit_sha === sha),
        ];
      });
    api
      .get(`${base}/issues`)
      .query(true)
      .reply((uri) => {
        const label = new URL(uri, "https://api.github.com").searchParams.get("labels");
        return [
          200,
          this.state.issues.filter(
            (i) => i.state === "open" && (!label || i.labels.some((l) => l.name === label)),
          ),
        ];
      });
    api.post(`${base}/issues`).reply((_uri, body) => {
      const input = body as { title: string; body: string; labels: string[] };
      const number = 100 + this.state.issues.length;
      const issue = {
        number,
        title: input.title,
        body: input.body,
        labels: input.labels.map((name) => ({ name })),
        state: "open",
        html_url: `https://github.com/${OWNER}/${REPO}/issues/${number}`,
      };
      this.state.issues.push(issue);
      this.save();
      return [201, issue];
    });
    api.post(/^\/repos\/Codertocat\/Hello-World\/issues\/\d+\/comments$/).reply((uri, body) => {
      this.state.comments.push({
        issue: Number(/issues\/(\d+)/.exec(uri)![1]),
        body: (body as { body: string }).body,
      });
      this.save();
      return [201, { id: this.nextId++ }];
    });
    api.get(/^\/repos\/Codertocat\/Hello-World\/pulls\/\d+$/).reply((uri) => {
      const pull = this.state.pulls[/pulls\/(\d+)/.exec(uri)![1]!];
      return pull ? [200, pull] : [404, { message: "Not Found" }];
    });
    api.get(/^\/repos\/Codertocat\/Hello-World\/collaborators\/[^/]+\/permission$/).reply((uri) => {
      const login = /collaborators\/([^/]+)\//.exec(uri)![1]!;
      const permission = this.state.permissions[login] ?? "read";
      return [200, { permission, role_name: permission, user: { login } }];
    });
    api
      .get(/^\/orgs\/[^/]+\/teams\/[^/]+\/members/)
      .query(true)
      .reply((uri) => {
        const [, org, slug] = /orgs\/([^/]+)\/teams\/([^/?]+)/.exec(uri)!;
        return [200, (this.state.teams[`${org}/${slug}`] ?? []).map((login) => ({ login }))];
      });
    // The app's own view at start: one installation, on this one repository (and an archived one it skips).
    api
      .get("/app/installations")
      .query(true)
      .reply(200, [{ id: INSTALLATION, account: { login: OWNER }, suspended_at: null }]);
    api
      .post(`/app/installations/${INSTALLATION}/access_tokens`)
      .reply(201, { token: "ghs_installation", expires_at: new Date(Date.now() + 3_600_000).toISOString() });
    api
      .get("/installation/repositories")
      .query(true)
      .reply(200, {
        total_count: 2,
        repositories: [
          { name: REPO, owner: { login: OWNER }, archived: false },
          { name: "old-site", owner: { login: OWNER }, archived: true },
        ],
      });
  }
}

export const INSTALLATION = 7;

export function policyYaml(adminUrl: string, post: string, extra = ""): string {
  return `version: 1
deploy:
  environments:
    production:
      driver: { kind: router, admin-url: "${adminUrl}", token-env: TERRAFUSION_TEST_ROUTER_TOKEN }
      promoters: { users: [Codertocat], teams: [acme/release] }
      analysis:
        post-promotion: ${post}
      bake-window: 10m
${extra}`;
}
