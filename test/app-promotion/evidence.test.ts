import { describe, expect, it } from "vitest";
import { deploymentLink } from "../../src/github/deployment-record.ts";
import { incidentIssue, parseBlockedMarker } from "../../src/promotion/incident.ts";
import type { PromotionState } from "../../src/promotion/types.ts";
import { measurement, plan } from "../promotion/plan.ts";

describe("incident issue", () => {
  it("names who rolled back by hand, keeps each table whole when rows are absent, and links the pull request", () => {
    const state: PromotionState = {
      plan: plan({ pullRequest: { number: 12, title: "Faster checkout" } }),
      phase: "rolled-back",
      startedAt: 0,
      switchedAt: 1_000,
      failures: 0,
      measurements: [measurement(true, 2_000)],
      failedChecks: [],
      rolledBackBy: "bob",
      reason: "asked by @bob",
      timeline: [{ at: 0, phase: "verifying", description: "Checking gates" }],
    };
    const { title, body } = incidentIssue(state);
    expect(title).toBe("Rolled back v2 (0123456) in production: asked by @bob");
    expect(body).toContain(
      [
        "| Promoted by | @alice |",
        "| Commit | 0123456789abcdef0123456789abcdef01234567 |",
        "| Rolled back by | @bob |",
        "| Pull request | #12 Faster checkout |",
        "| SLO | p95-ms 100, error-rate 0.01 |",
      ].join("\n"),
    );
    // No baseline was taken: the first row follows the header at once.
    expect(body).toContain(
      "|---|---|---|\n| +1.0s after the switch | green | 100 requests, errors 0 %, p95 10 ms, p99 20 ms |",
    );
    expect(body).not.toContain("measurements failed");
    expect(body).toContain("- 1970-01-01T00:00:00.000Z **verifying**: Checking gates");
    expect(parseBlockedMarker(body)).toEqual({ sha: state.plan.sha, environment: "production" });
  });

  it("links the environment's deployments page, not the API, on github.com and on Enterprise Server", () => {
    const deployment = { id: 42, sha: "0123456", environment: "prod eu" };
    expect(
      deploymentLink({ ...deployment, url: "https://api.github.com/repos/acme/shop/deployments/42" }),
    ).toEqual({
      text: "#42 in prod eu",
      url: "https://github.com/acme/shop/deployments/prod%20eu",
    });
    expect(
      deploymentLink({ ...deployment, url: "https://ghe.acme.io/api/v3/repos/acme/shop/deployments/42" }).url,
    ).toBe("https://ghe.acme.io/acme/shop/deployments/prod%20eu");
    expect(deploymentLink(deployment)).toEqual({ text: "#42 in prod eu" });
    const state = {
      plan: plan(),
      phase: "rolled-back",
      startedAt: 0,
      failures: 0,
      measurements: [],
      failedChecks: [],
      timeline: [],
    } as PromotionState;
    expect(
      incidentIssue(state, {
        deployment: deploymentLink({
          ...deployment,
          url: "https://api.github.com/repos/acme/shop/deployments/42",
        }),
      }).body,
    ).toContain("| Deployment | [#42 in prod eu](https://github.com/acme/shop/deployments/prod%20eu) |");
  });
});
