import http from "node:http";
import nock from "nock";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Router } from "../../src/router/index.ts";
import { blueGreenRouter, type colorServer } from "../router/traffic.ts";
import { FakeGitHub, policyYaml } from "./fake-github.ts";
import { deploymentEvent, testApp } from "./harness.ts";

// A repository's policy names the addresses its metrics query; the app server requests only those its
// operator lists in TERRAFUSION_APP_METRICS_URLS (the CLI and the action, run by the team, are not limited).
const TOKEN = "router-admin-token";
const SHA = "f95f852bd8fca8fcc58a9a2d6c842781e32a215e";
const env = {
  ...process.env,
  TERRAFUSION_TEST_ROUTER_TOKEN: TOKEN,
  TERRAFUSION_APP_ROUTER_URLS: "http://127.0.0.1:*",
};

describe("the app's guard on metric addresses (GitHub nocked, real router and JSON endpoint on 127.0.0.1)", () => {
  let router: Router;
  let upstreams: Awaited<ReturnType<typeof colorServer>>[] = [];
  let github: FakeGitHub;
  let endpoint: http.Server;
  let requested: string[];
  let url: string;

  beforeEach(async () => {
    requested = [];
    endpoint = http.createServer((request, response) => {
      requested.push(request.url ?? "");
      response.writeHead(200, { "content-type": "application/json" }).end('{"errorRate":0}');
    });
    await new Promise<void>((resolve) => endpoint.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(endpoint.address() as { port: number }).port}`;
    ({ router, upstreams } = await blueGreenRouter(TOKEN, { green: { version: "v2" } }));
    const metric = `{ name: error-rate, provider: { http: { url: "${url}/errors?color={{color}}", json-path: "$.errorRate" } }, success-condition: "result < 0.01" }`;
    github = new FakeGitHub(
      policyYaml(router.adminUrl, `{ interval: 300ms, duration: 1s, metrics: [${metric}] }`),
    );
    github.install();
    github.addDeployment(801, SHA, "production", "Codertocat", { version: "v2" });
  });

  afterEach(async () => {
    expect(github.unknownRoutes).toEqual([]);
    nock.cleanAll();
    nock.enableNetConnect();
    await router.close();
    await Promise.all(upstreams.map((u) => u.close()));
    endpoint.closeAllConnections();
    await new Promise((resolve) => endpoint.close(resolve));
  });

  it("refuses a promotion whose metric address the operator did not list, before traffic moves, naming the variable", async () => {
    const { receive, service } = testApp({
      ...env,
      TERRAFUSION_APP_METRICS_URLS: "https://prometheus.internal",
    });
    await receive("deployment", deploymentEvent(801, SHA));
    await service.settled();
    const statuses = github.statusesOf(801);
    expect(statuses.map((s) => s.state)).toEqual(["in_progress", "failure"]);
    expect(statuses[1]!.description).toMatch(
      /^Not promoted \(blue → green\): metric error-rate: this app may not request the JSON endpoint at http:\/\/127\.0\.0\.1:\d+ /,
    );
    expect(requested).toEqual([]);
    expect(router.switches).toEqual([]);
  });

  it("queries a listed address and promotes on its answer", async () => {
    const { receive, service } = testApp({ ...env, TERRAFUSION_APP_METRICS_URLS: url });
    await receive("deployment", deploymentEvent(801, SHA));
    await service.settled();
    const statuses = github.statusesOf(801);
    expect(statuses.at(-1)!.state).toBe("success");
    expect(statuses.at(-1)!.description).toMatch(/metrics: error-rate 1\/1 successful/);
    expect(requested).toEqual(["/errors?color=green"]);
    expect(router.switches.map((s) => s.to)).toEqual(["green"]);
  });
});
