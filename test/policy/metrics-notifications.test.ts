import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PolicyError } from "../../src/errors.ts";
import { loadPolicy } from "../../src/fs/load-policy.ts";

// Named metrics and notifications in a policy file: what is accepted, and the one located line for a mistake.
async function load(environment: string) {
  const dir = mkdtempSync(join(tmpdir(), "tf-metrics-policy-"));
  mkdirSync(join(dir, ".github"));
  const text = `version: 1
deploy:
  environments:
    production:
      driver: { kind: router, admin-url: "http://127.0.0.1:9901" }
${environment}`;
  writeFileSync(join(dir, ".github/terrafusion.yml"), text);
  return loadPolicy({ cwd: dir });
}
const problem = async (environment: string) => {
  const error = await load(environment).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(PolicyError);
  return (error as PolicyError).message;
};

describe("named metrics in an analysis step", () => {
  it("accepts every provider with its fields", async () => {
    const { policy } = await load(`      analysis:
        post-promotion:
          metrics:
            - name: error-rate
              provider:
                prometheus:
                  address: http://127.0.0.1:9090
                  query: 'sum(rate(x{color="{{color}}",status=~"5.."}[1m])) / sum(rate(x{color="{{color}}"}[1m]))'
                  method: POST
                  timeout: 2s
              success-condition: result < 0.01
              interval: 10s
              count: 6
              failure-limit: 1
              inconclusive-limit: 2
              consecutive-error-limit: 3
            - name: health
              provider: { http: { url: "https://status.example/api/{{version}}", json-path: "$.checks[*].ok", headers: { Accept: application/json } } }
              success-condition: result == true
            - name: router-errors
              provider: { counters: { figure: error-rate } }
              success-condition: result <= 0.01
            - name: probe
              provider: { probe: { path: /healthz } }
              success-condition: result < 400
            - name: p95
              provider: { load: { figure: p95-ms, rate: 50, paths: [/products] } }
              success-condition: result < 100
`);
    const metrics = policy.deploy?.environments.production?.analysis?.["post-promotion"]?.metrics;
    expect(metrics?.map((m) => m.name)).toEqual(["error-rate", "health", "router-errors", "probe", "p95"]);
    expect(metrics?.[0]).toMatchObject({
      count: 6,
      "failure-limit": 1,
      provider: { prometheus: { method: "POST" } },
    });
  });

  it("says where a condition does not parse", async () => {
    expect(
      await problem(`      analysis:
        pre-promotion:
          metrics:
            - name: m
              provider: { counters: { figure: error-rate } }
              success-condition: "result[0] >= 0.95"
`),
    ).toMatch(
      /^\.github\/terrafusion\.yml:11:34 deploy\.environments\.production\.analysis\.pre-promotion\.metrics\.0\.success-condition: invalid condition "result\[0\] >= 0\.95": column 7: result is one value/,
    );
  });

  it("wants exactly one provider, unique names, no placeholder in the host, no JSONPath filters", async () => {
    const base = (provider: string, name = "m") => `      analysis:
        post-promotion:
          metrics:
            - { name: ${name}, provider: ${provider}, success-condition: result < 1 }
`;
    expect(await problem(base("{}"))).toMatch(
      /metrics\.0\.provider: a metric names one provider: prometheus, http, counters, probe, load$/,
    );
    expect(await problem(base("{ counters: { figure: errors }, probe: { path: /healthz } }"))).toMatch(
      /a metric names one provider, not counters and probe$/,
    );
    expect(await problem(base('{ http: { url: "http://{{color}}.svc/x", json-path: $.a } }'))).toMatch(
      /provider\.http\.url: \{\{color\}\} and \{\{version\}\} may stand in the URL's path or query, not in its host/,
    );
    expect(await problem(base('{ http: { url: "http://127.0.0.1/x", json-path: "$..[?(@.a)]" } }'))).toMatch(
      /provider\.http\.json-path: invalid JSONPath "\$\.\.\[\?\(@\.a\)\]": filter and script expressions/,
    );
    expect(
      await problem(base('{ http: { url: "http://127.0.0.1/x", json-path: $.a, headers: { Host: evil } } }')),
    ).toMatch(/headers\.Host: Host is set by the request itself/);
    expect(await problem(base("{ probe: { path: //evil/x } }"))).toMatch(
      /provider\.probe\.path: a probe stays on the environment's address/,
    );
    expect(
      await problem(`      analysis:
        post-promotion:
          metrics:
            - { name: m, provider: { counters: { figure: errors } }, success-condition: result < 1 }
            - { name: m, provider: { counters: { figure: errors } }, success-condition: result < 1 }
`),
    ).toMatch(/metrics\.1\.name: metric m is named twice/);
  });
});

describe("notifications of an environment", () => {
  it("accepts slack and webhook targets named by TERRAFUSION_…WEBHOOK_URL variables", async () => {
    const { policy } = await load(`      notifications:
        - slack: { url-env: TERRAFUSION_SLACK_WEBHOOK_URL }
        - webhook: { url-env: TERRAFUSION_DEPLOY_WEBHOOK_URL }
          events: [rolled-back]
`);
    expect(policy.deploy?.environments.production?.notifications).toEqual([
      { slack: { "url-env": "TERRAFUSION_SLACK_WEBHOOK_URL" } },
      { webhook: { "url-env": "TERRAFUSION_DEPLOY_WEBHOOK_URL" }, events: ["rolled-back"] },
    ]);
  });

  it("never reads another variable of the process (a policy could name a secret)", async () => {
    for (const name of [
      "TERRAFUSION_ROUTER_TOKEN",
      "PRIVATE_KEY",
      "WEBHOOK_SECRET",
      "TERRAFUSION_APP_ROUTER_URLS",
    ])
      expect(await problem(`      notifications:\n        - webhook: { url-env: ${name} }\n`)).toMatch(
        /notifications\.0\.webhook\.url-env: expected a variable named TERRAFUSION_…WEBHOOK_URL/,
      );
    expect(
      await problem(`      notifications:
        - { slack: { url-env: TERRAFUSION_A_WEBHOOK_URL }, webhook: { url-env: TERRAFUSION_B_WEBHOOK_URL } }
`),
    ).toMatch(/notifications\.0: a notification names one kind, not slack and webhook: write two entries/);
  });
});
