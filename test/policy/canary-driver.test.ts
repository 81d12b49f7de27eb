import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PolicyError } from "../../src/errors.ts";
import { loadPolicy } from "../../src/fs/load-policy.ts";
import { cli } from "../helpers/cli.ts";

// A canary moves traffic by weight: the policy refuses one whose driver cannot split, at load time,
// rather than at the first set-weight step of a promotion.

/** A repository whose policy has one environment, `production`, with `driver` (YAML lines) and `strategy`. */
function repo(driver: string[], strategy: "canary" | "blue-green" = "canary"): string {
  const dir = mkdtempSync(join(tmpdir(), "tf-canary-driver-"));
  mkdirSync(join(dir, ".github"));
  const lines = [
    "version: 1",
    "deploy:",
    "  environments:",
    "    production:",
    "      driver:",
    ...driver.map((line) => `        ${line}`),
    `      strategy: ${strategy}`,
    ...(strategy === "canary" ? ["      steps: [{ set-weight: 10 }, { analysis: { duration: 5s } }]"] : []),
  ];
  writeFileSync(join(dir, ".github/terrafusion.yml"), `${lines.join("\n")}\n`);
  return dir;
}

const KUBERNETES = ["kind: kubernetes", "namespace: shop", "service: shop"];
const HTTP_ROUTE = [
  "kind: kubernetes",
  "namespace: shop",
  "http-route: shop",
  "services: { blue: shop-blue, green: shop-green }",
];
const COMMAND = ["kind: command", "status: ./lb.sh status", "switch: ./lb.sh switch"];

async function problemsOf(cwd: string) {
  const error = await loadPolicy({ cwd }).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(PolicyError);
  return (error as PolicyError).problems;
}

describe("a canary needs a driver that splits traffic", () => {
  it("refuses kubernetes without http-route, at strategy, saying what to add", async () => {
    expect(await problemsOf(repo(KUBERNETES))).toEqual([
      {
        file: ".github/terrafusion.yml",
        line: 9,
        column: 17,
        path: "deploy.environments.production.strategy",
        message:
          "a canary needs a driver that splits traffic by weight, and the kubernetes driver does so only with http-route (a Gateway API HTTPRoute): add http-route and services, or use strategy: blue-green",
      },
    ]);
  });

  it("refuses a command driver without a weight command", async () => {
    const [problem, ...rest] = await problemsOf(repo(COMMAND));
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ line: 9, column: 17, path: "deploy.environments.production.strategy" });
    expect(problem?.message).toMatch(/the command driver does so only with a weight command: add weight/);
  });

  it("policy validate prints file:line:column and the key path, exit 2", async () => {
    const cwd = repo(KUBERNETES);
    const { code, stdout, stderr } = await cli(["policy", "validate", join(cwd, ".github/terrafusion.yml")]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain(
      `${join(cwd, ".github/terrafusion.yml")}:9:17 deploy.environments.production.strategy: a canary needs a driver that splits traffic by weight`,
    );
  });

  it("accepts kubernetes with http-route, command with weight, router and nginx", async () => {
    const drivers = [
      HTTP_ROUTE,
      [...COMMAND, "weight: ./lb.sh weight"],
      ["kind: router", "admin-url: http://127.0.0.1:9901"],
      [
        "kind: nginx",
        "upstream-file: /etc/nginx/app.conf",
        "blue: [127.0.0.1:8001]",
        "green: [127.0.0.1:8002]",
      ],
    ];
    for (const driver of drivers) {
      const { policy } = await loadPolicy({ cwd: repo(driver) });
      expect(policy.deploy?.environments.production?.strategy).toBe("canary");
    }
  });

  it("leaves blue-green alone on drivers that cannot split", async () => {
    for (const driver of [KUBERNETES, COMMAND]) {
      const { policy } = await loadPolicy({ cwd: repo(driver, "blue-green") });
      expect(policy.deploy?.environments.production?.strategy).toBe("blue-green");
    }
  });
});
