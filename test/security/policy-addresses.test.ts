// Every request whose address comes from a policy stays on the environment's own origin: checked in the
// schema (a clear message at its position) and again after URL parsing, where the request is made.
import { once } from "node:events";
import { mkdtempSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { resolveOnOrigin } from "../../src/core/same-origin.ts";
import { NginxDriver } from "../../src/drivers/nginx.ts";
import type { Color, TrafficDriver } from "../../src/drivers/types.ts";
import { type LoadRunner, DriverMeasurer as Measurer } from "../../src/metrics/driver-measurer.ts";
import { policySchema } from "../../src/policy/schema/index.ts";
import { cli } from "../helpers/cli.ts";

/** A server that records the paths it was asked for. */
async function recorder(): Promise<{ server: Server; origin: string; port: number; hits: string[] }> {
  const hits: string[] = [];
  const server = createServer((request, response) => {
    hits.push(request.url ?? "");
    response.end("ok");
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  return { server, origin: `http://127.0.0.1:${port}`, port, hits };
}

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

async function colorAndInternal() {
  const color = await recorder();
  const internal = await recorder();
  servers.push(color.server, internal.server);
  const driver: TrafficDriver = {
    kind: "fake",
    active: async () => "blue",
    switchTo: async () => {},
    health: async (c: Color) => ({ color: c, healthy: true, detail: "fine" }),
    colorUrl: async () => color.origin,
  };
  return { color, internal, driver };
}

function deployWith(
  analysis: unknown,
  driver: unknown = { kind: "router", "admin-url": "http://127.0.0.1:9901" },
) {
  return policySchema.safeParse({
    version: 1,
    deploy: { environments: { production: { driver, analysis } } },
  });
}

describe("the schema keeps a policy's paths on the environment's address", () => {
  it("rejects the issue's probe //127.0.0.1:18556/internal-admin with a clear message at its position", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tf-security-"));
    writeFileSync(
      join(dir, "policy.yml"),
      [
        "version: 1",
        "deploy:",
        "  environments:",
        "    production:",
        "      driver: { kind: router, admin-url: http://127.0.0.1:9901 }",
        "      analysis:",
        '        pre-promotion: { probe: "//127.0.0.1:18556/internal-admin" }',
        "",
      ].join("\n"),
    );
    const { code, stderr } = await cli(["policy", "validate", join(dir, "policy.yml")]);
    expect(code).toBe(2);
    expect(stderr).toContain(
      "policy.yml:7:33 deploy.environments.production.analysis.pre-promotion.probe: a probe stays on the environment's address: it starts with //, which names another host: write one / (e.g. /healthz)",
    );
  });

  it.each([
    ["a backslash", "/\\127.0.0.1:18556/x", "it starts with /\\"],
    ["a tab the URL parser drops", "/\t/127.0.0.1:18556/x", "whitespace or a control character"],
    ["a line break", "/\n/127.0.0.1:18556/x", "whitespace or a control character"],
  ])("rejects a probe that names another host with %s", (_, probe, message) => {
    const result = deployWith({ "post-promotion": { probe } });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.message).toContain(message);
  });

  it("rejects the same in load paths and the nginx driver's health path (classes the issue does not name)", () => {
    const load = deployWith({ "post-promotion": { load: { paths: ["/orders", "//127.0.0.1:18556/x"] } } });
    expect(load.error?.issues.map((issue) => issue.path.join("."))).toEqual([
      "deploy.environments.production.analysis.post-promotion.load.paths.1",
    ]);
    const nginx = deployWith(undefined, {
      kind: "nginx",
      "upstream-file": "/tmp/u.conf",
      blue: ["127.0.0.1:8081"],
      green: ["127.0.0.1:8082"],
      "health-path": "//169.254.169.254/latest/meta-data",
    });
    expect(nginx.error?.issues[0]?.message).toContain("a health path stays on the environment's address");
  });

  it("keeps Kubernetes names to RFC 1123 labels, so they cannot walk the API server's paths", () => {
    const kube = (namespace: string, service: string) =>
      deployWith(undefined, { kind: "kubernetes", namespace, service }).success;
    expect(kube("shop", "web")).toBe(true);
    expect(kube("..", "web")).toBe(false);
    expect(kube("shop", "../../secrets/x")).toBe(false);
  });

  it("accepts paths that only look odd but stay on the origin: encoded slashes, an @", () => {
    expect(deployWith({ "post-promotion": { probe: "/%2F%2Fevil.example/x" } }).success).toBe(true);
    expect(deployWith({ "post-promotion": { probe: "/@evil.example/x" } }).success).toBe(true);
  });
});

describe("requests refuse another origin after URL parsing, whatever got past the schema", () => {
  it("the probe of //127.0.0.1:PORT/internal-admin never reaches that port; the probe fails", async () => {
    const { color, internal, driver } = await colorAndInternal();
    const measurer = new Measurer(driver);
    for (const probe of [
      `//127.0.0.1:${internal.port}/internal-admin`,
      `/\\127.0.0.1:${internal.port}/internal-admin`,
      `/\t/127.0.0.1:${internal.port}/internal-admin`,
      `http://127.0.0.1:${internal.port}/internal-admin`,
    ]) {
      const measurement = await measurer.measure("green", { slo: {}, probe });
      expect(measurement.figures.probe?.error).toMatch(
        /^probe refused: .* leads to http:\/\/127\.0\.0\.1:\d+, not /,
      );
      expect(measurement.ok).toBe(false);
    }
    expect(internal.hits).toEqual([]);
    expect(color.hits).toEqual([]);
  });

  it("an encoded // and an @ in the path stay on the color (an @ userinfo trick needs the authority)", async () => {
    const { color, internal, driver } = await colorAndInternal();
    const measurer = new Measurer(driver);
    for (const probe of ["/%2F%2F127.0.0.1/internal-admin", `/@127.0.0.1:${internal.port}/x`]) {
      const measurement = await measurer.measure("green", { slo: {}, probe });
      expect(measurement.figures.probe).toMatchObject({ status: 200 });
    }
    expect(color.hits).toEqual(["/%2F%2F127.0.0.1/internal-admin", `/@127.0.0.1:${internal.port}/x`]);
    expect(internal.hits).toEqual([]);
    expect(() => resolveOnOrigin(color.origin, `//user@127.0.0.1:${internal.port}/x`)).toThrow(/leads to/);
  });

  it("a short load run whose paths leave the color does not run (a class the issue does not name)", async () => {
    const { internal, driver } = await colorAndInternal();
    const runs: unknown[] = [];
    const load: LoadRunner = async (options) => {
      runs.push(options);
      throw new Error("must not run");
    };
    const measurer = new Measurer(driver, Date.now, load);
    const measurement = await measurer.measure("green", {
      slo: { "error-rate": 0.01 },
      load: { paths: ["/orders", `//127.0.0.1:${internal.port}/x`], connections: 1, durationMs: 100 },
    });
    expect(runs).toEqual([]);
    expect(measurement.figures.error).toMatch(/^load run refused: /);
    expect(internal.hits).toEqual([]);
  });

  it("the nginx driver's health check stays on each upstream server", async () => {
    const { color, internal } = await colorAndInternal();
    const server = color.origin.replace("http://", "");
    const nginx = new NginxDriver({
      upstreamFile: join(mkdtempSync(join(tmpdir(), "tf-security-")), "upstream.conf"),
      blue: [server],
      green: [server],
      healthPath: `//127.0.0.1:${internal.port}/internal-admin`,
    });
    const health = await nginx.health("green");
    expect(health.healthy).toBe(false);
    expect(health.detail).toContain("refused:");
    expect(internal.hits).toEqual([]);
  });
});
