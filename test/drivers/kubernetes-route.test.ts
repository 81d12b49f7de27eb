import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { KubeConfig } from "@kubernetes/client-node";
import nock from "nock";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { routeWeights, weightPatch } from "../../src/drivers/http-route.ts";
import { createDriver, type DriverPolicy } from "../../src/drivers/index.ts";
import { KubernetesDriver } from "../../src/drivers/kubernetes.ts";
import { KubernetesRouteDriver } from "../../src/drivers/kubernetes-route.ts";
import { policySchema } from "../../src/policy/schema/index.ts";

const SERVER = "https://k8s.example.test:6443";
const ROUTE_PATH = "/apis/gateway.networking.k8s.io/v1/namespaces/shop/httproutes/web";
const JSON_PATCH = "application/json-patch+json";

function kubeConfig(): KubeConfig {
  const config = new KubeConfig();
  config.loadFromOptions({
    clusters: [{ name: "test", server: SERVER, skipTLSVerify: true }],
    users: [{ name: "deployer", token: "k8s-token" }],
    contexts: [{ name: "test", cluster: "test", user: "deployer" }],
    currentContext: "test",
  });
  return config;
}

/** An HTTPRoute as the API serves it: a /static rule to another Service, then the app's rule (rule index 1). */
function route(blue: number | undefined, green: number | undefined, annotations?: Record<string, string>) {
  return {
    apiVersion: "gateway.networking.k8s.io/v1",
    kind: "HTTPRoute",
    metadata: {
      name: "web",
      namespace: "shop",
      resourceVersion: "7",
      ...(annotations ? { annotations } : {}),
    },
    spec: {
      parentRefs: [{ name: "public" }],
      rules: [
        {
          matches: [{ path: { type: "PathPrefix", value: "/static" } }],
          backendRefs: [{ name: "cdn-cache", port: 80 }],
        },
        {
          backendRefs: [
            { name: "shop-blue", port: 8080, ...(blue === undefined ? {} : { weight: blue }) },
            { name: "shop-green", port: 8080, ...(green === undefined ? {} : { weight: green }) },
          ],
        },
      ],
    },
  };
}

const split = (text: string) => ({ "terrafusion/split": text });
const SERVICES = { blue: "shop-blue", green: "shop-green" };

function driver(service?: string): KubernetesRouteDriver {
  return new KubernetesRouteDriver({
    httpRoute: "web",
    services: SERVICES,
    namespace: "shop",
    ...(service ? { service } : {}),
    kubeConfig: kubeConfig(),
  });
}

/** The JSON Patch of the app's rule (index 1: shop-blue first, shop-green second) and the annotation op. */
const weightOps = (blue: number, green: number) => [
  { op: "test", path: "/spec/rules/1/backendRefs/0/name", value: "shop-blue" },
  { op: "add", path: "/spec/rules/1/backendRefs/0/weight", value: blue },
  { op: "test", path: "/spec/rules/1/backendRefs/1/name", value: "shop-green" },
  { op: "add", path: "/spec/rules/1/backendRefs/1/weight", value: green },
];

describe("kubernetes driver with a Gateway API HTTPRoute (Kubernetes API routes nocked)", () => {
  beforeEach(() => nock.disableNetConnect());
  afterEach(() => {
    nock.cleanAll();
    nock.enableNetConnect();
    vi.unstubAllEnvs();
  });

  it("sets a canary weight with a JSON Patch of the backendRefs' weights and reads the split back", async () => {
    const api = nock(SERVER, { reqheaders: { authorization: "Bearer k8s-token" } })
      .get(ROUTE_PATH)
      .reply(200, route(100, 0))
      // A route without annotations gets the map; blue stays active with 90, green (the canary) 10.
      .patch(ROUTE_PATH, [
        ...weightOps(90, 10),
        { op: "add", path: "/metadata/annotations", value: split("active=blue weight=10") },
      ])
      .matchHeader("content-type", JSON_PATCH)
      .reply(200, route(90, 10, split("active=blue weight=10")))
      .get(ROUTE_PATH)
      .times(2)
      .reply(200, route(90, 10, split("active=blue weight=10")));
    const kube = driver();
    await kube.setWeight("green", 10);
    expect(await kube.weights()).toEqual({ blue: 90, green: 10 });
    expect(await kube.active()).toBe("blue");
    expect(api.isDone()).toBe(true);
  });

  it("keeps the active color from the annotation when the canary has the larger share", async () => {
    const api = nock(SERVER)
      .get(ROUTE_PATH)
      .reply(200, route(40, 60, split("active=blue weight=60")))
      // An existing annotation map gets one key (/ escaped as ~1), leaving the others alone.
      .patch(ROUTE_PATH, [
        ...weightOps(20, 80),
        { op: "add", path: "/metadata/annotations/terrafusion~1split", value: "active=blue weight=80" },
      ])
      .matchHeader("content-type", JSON_PATCH)
      .reply(200, {});
    const kube = driver();
    await kube.setWeight("green", 80);
    expect(api.isDone()).toBe(true);

    nock(SERVER)
      .get(ROUTE_PATH)
      .reply(200, route(40, 60, split("active=blue weight=60")));
    expect(await kube.split()).toEqual({ active: "blue", weight: 60 });
  });

  it("reads a route written by hand: the larger share is active, weights are relative, absent is 1", async () => {
    // The annotation says 10 % but someone set 30/70 by hand: the weights win.
    nock(SERVER)
      .get(ROUTE_PATH)
      .reply(200, route(3, 7, split("active=blue weight=10")));
    expect(await driver().split()).toEqual({ active: "green", weight: 30 });

    nock(SERVER).get(ROUTE_PATH).reply(200, route(3, 1));
    expect(await driver().weights()).toEqual({ blue: 75, green: 25 });

    nock(SERVER).get(ROUTE_PATH).reply(200, route(undefined, undefined));
    await expect(driver().active()).rejects.toThrow(
      "kubernetes: HTTPRoute shop/web sends half the requests to each color and does not say which is active; switch to one with terrafusion promote or rollback",
    );
  });

  it("switches with weights 100 and 0, then patches the Service selector when the driver names a Service", async () => {
    const order: string[] = [];
    const api = nock(SERVER)
      .get(ROUTE_PATH)
      .reply(200, route(80, 20, split("active=blue weight=20")))
      .patch(ROUTE_PATH, [
        ...weightOps(0, 100),
        { op: "add", path: "/metadata/annotations/terrafusion~1split", value: "active=green weight=0" },
      ])
      .matchHeader("content-type", JSON_PATCH)
      .reply(200, () => {
        order.push("route");
        return {};
      })
      .patch("/api/v1/namespaces/shop/services/web", { spec: { selector: { color: "green" } } })
      .matchHeader("content-type", "application/strategic-merge-patch+json")
      .reply(200, () => {
        order.push("service");
        return {};
      });
    await driver("web").switchTo("green");
    expect(order).toEqual(["route", "service"]);
    expect(api.isDone()).toBe(true);
  });

  it("refuses a weight for the active color or outside 0-100 before patching anything", async () => {
    nock(SERVER).get(ROUTE_PATH).reply(200, route(100, 0));
    await expect(driver().setWeight("blue", 10)).rejects.toThrow(
      "kubernetes: blue is the active color; the weight is the share of green, the canary",
    );
    // No interceptor is left: a request would fail with nock's "Nock: No match" instead of these lines.
    await expect(driver().setWeight("green", 101)).rejects.toThrow(
      "kubernetes: the weight is a whole percent from 0 to 100, not 101",
    );
    await expect(driver().setWeight("green", 2.5)).rejects.toThrow("not 2.5");
  });

  it("says in one line when the HTTPRoute is not there (404)", async () => {
    const notFound = {
      kind: "Status",
      apiVersion: "v1",
      status: "Failure",
      message: 'httproutes.gateway.networking.k8s.io "web" not found',
      reason: "NotFound",
      code: 404,
    };
    nock(SERVER).get(ROUTE_PATH).times(2).reply(404, notFound);
    const line =
      'kubernetes: cannot read the HTTPRoute shop/web: 404 httproutes.gateway.networking.k8s.io "web" not found (check driver.http-route and driver.namespace, and that the Gateway API is installed)';
    await expect(driver().setWeight("green", 10)).rejects.toThrow(line);
    const error = await driver()
      .weights()
      .catch((e: Error) => e);
    expect(error).toMatchObject({ name: "ToolError", message: line });
    expect((error as Error).message).not.toContain("\n");
  });

  it("refuses a route whose rule sends to one color only, naming the backendRef to add", async () => {
    const oneColor = route(100, 0);
    oneColor.spec.rules[1]!.backendRefs = [{ name: "shop-blue", port: 8080, weight: 1 }];
    nock(SERVER).get(ROUTE_PATH).reply(200, oneColor);
    await expect(driver().switchTo("green")).rejects.toThrow(
      "kubernetes: rule 2 of HTTPRoute shop/web sends to shop-blue but not shop-green; add a backendRef to shop-green (weight: 0)",
    );
  });

  it("counts a color's ready pods under its own Service's selector", async () => {
    nock(SERVER)
      .get("/api/v1/namespaces/shop/services/shop-green")
      .reply(200, { metadata: { name: "shop-green" }, spec: { selector: { app: "shop", track: "green" } } })
      .get("/api/v1/namespaces/shop/pods")
      .query({ labelSelector: "app=shop,track=green" })
      .reply(200, {
        kind: "PodList",
        items: [{ metadata: { name: "a" }, status: { conditions: [{ type: "Ready", status: "True" }] } }],
      });
    expect(await driver().health("green")).toEqual({
      color: "green",
      healthy: true,
      detail: "1 of 1 pods ready (app=shop,track=green)",
    });
  });

  it("has setWeight and weights only when the policy names an http-route", async () => {
    // createDriver reads the kubeconfig the usual way: point KUBECONFIG at the nocked server.
    const dir = mkdtempSync(join(tmpdir(), "tf-kube-"));
    writeFileSync(join(dir, "config"), kubeConfig().exportConfig());
    vi.stubEnv("KUBECONFIG", join(dir, "config"));
    const plain = createDriver({ kind: "kubernetes", namespace: "shop", service: "web" });
    expect(plain).toBeInstanceOf(KubernetesDriver);
    expect("setWeight" in plain).toBe(false);
    expect("weights" in plain).toBe(false);
    const weighed = createDriver({
      kind: "kubernetes",
      namespace: "shop",
      "http-route": "web",
      services: SERVICES,
    } as DriverPolicy);
    expect(typeof weighed.setWeight).toBe("function");
    nock(SERVER).get(ROUTE_PATH).reply(200, route(100, 0));
    expect(await weighed.weights?.()).toEqual({ blue: 100, green: 0 });
  });
});

describe("HTTPRoute weights (pure)", () => {
  const where = { namespace: "shop", route: "web", services: SERVICES };
  /** Two rules that serve the app (/api with green first, then /), both to be weighed alike. */
  function twoRules(api: Record<string, number>, rest: Record<string, number>) {
    const base = route(rest.blue, rest.green);
    base.spec.rules.push({
      backendRefs: [
        { name: "shop-green", port: 8080, weight: api.green! },
        { name: "shop-blue", port: 8080, weight: api.blue! },
      ],
    });
    return base;
  }

  it("weighs every rule that sends to the colors, each at its own indexes", () => {
    const ops = weightPatch(twoRules({ blue: 1, green: 0 }, { blue: 1, green: 0 }), where, {
      active: "blue",
      weight: 5,
    });
    expect(ops.filter((op) => op.op === "add" && op.path.startsWith("/spec"))).toEqual([
      { op: "add", path: "/spec/rules/1/backendRefs/0/weight", value: 95 },
      { op: "add", path: "/spec/rules/1/backendRefs/1/weight", value: 5 },
      { op: "add", path: "/spec/rules/2/backendRefs/1/weight", value: 95 },
      { op: "add", path: "/spec/rules/2/backendRefs/0/weight", value: 5 },
    ]);
    expect(routeWeights(twoRules({ blue: 9, green: 1 }, { blue: 90, green: 10 }), where)).toEqual({
      blue: 90,
      green: 10,
    });
  });

  it("refuses rules that split differently, a third backend, a color named twice, no weighed rule", () => {
    expect(() => routeWeights(twoRules({ blue: 1, green: 1 }, { blue: 90, green: 10 }), where)).toThrow(
      "kubernetes: the rules of HTTPRoute shop/web split differently (blue 90 % and 50 %); switch once to set them alike",
    );
    const third = route(1, 0);
    third.spec.rules[1]!.backendRefs.push({ name: "legacy", port: 80, weight: 1 });
    expect(() => routeWeights(third, where)).toThrow(
      "kubernetes: rule 2 of HTTPRoute shop/web also sends to Service legacy; a rule the driver weighs names only shop-blue and shop-green",
    );
    const twice = route(1, 0);
    twice.spec.rules[1]!.backendRefs.push({ name: "shop-blue", port: 8081, weight: 1 });
    expect(() => routeWeights(twice, where)).toThrow("names shop-blue twice");
    // A backendRef in another namespace is another Service, even with the same name.
    const elsewhere = route(1, 0);
    elsewhere.spec.rules[1]!.backendRefs = elsewhere.spec.rules[1]!.backendRefs.map((ref) => ({
      ...ref,
      namespace: "other",
    }));
    expect(() => routeWeights(elsewhere, where)).toThrow(
      "kubernetes: HTTPRoute shop/web has no rule with backendRefs to shop-blue and shop-green; add them to the rule that serves the app",
    );
  });
});

describe("the kubernetes driver's policy", () => {
  const parse = (driver: Record<string, unknown>) =>
    policySchema.safeParse({
      version: 1,
      deploy: {
        environments: { production: { driver: { kind: "kubernetes", namespace: "shop", ...driver } } },
      },
    });
  const problems = (driver: Record<string, unknown>) =>
    parse(driver).error?.issues.map((issue) => `${issue.path.slice(3).join(".")}: ${issue.message}`);

  it("takes a Service, an HTTPRoute with its services, or both", () => {
    expect(parse({ service: "web" }).success).toBe(true);
    expect(parse({ "http-route": "web", services: SERVICES }).success).toBe(true);
    expect(parse({ service: "web", "http-route": "web", services: SERVICES }).success).toBe(true);
  });

  it("says what is missing or inconsistent, at its key", () => {
    expect(problems({})).toEqual([
      "driver.service: name the Service to switch (service), or an HTTPRoute (http-route) with its services",
    ]);
    expect(problems({ "http-route": "web" })).toEqual([
      "driver.services: http-route needs the Service of each color it sends to: services: { blue: NAME, green: NAME }",
    ]);
    expect(problems({ service: "web", services: SERVICES })).toEqual([
      "driver.services: services are the backends of an HTTPRoute: name it in http-route",
    ]);
    expect(problems({ "http-route": "web", services: { blue: "web", green: "web" } })).toEqual([
      "driver.services.green: blue and green are two Services: give each color its own",
    ]);
  });

  it("keeps the route and the services to RFC 1123 names", () => {
    expect(parse({ "http-route": "../../secrets/x", services: SERVICES }).success).toBe(false);
    expect(parse({ "http-route": "web", services: { blue: "shop-blue", green: "a/b" } }).success).toBe(false);
    expect(parse({ "http-route": "web", services: { blue: "shop-blue" } }).success).toBe(false);
  });
});
