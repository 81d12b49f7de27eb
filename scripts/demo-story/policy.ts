// The demo's production environment: the example shop's, on the demo's router, with analyses short
// enough for a demo. First blue-green; then the same environment moved to canary steps.

/** What both strategies share: the gates that must have passed, and the idle color's health check. */
function environment(adminUrl: string, strategy: string[], postDuration: string): string {
  return `version: 1
deploy:
  environments:
    production:
      driver: { kind: router, admin-url: "${adminUrl}" }
      # Checked against the GateResults the demo's gates wrote (terrafusion promote --results).
      requires: [static-analysis, coverage, load, chaos]
${strategy.map((line) => `      ${line}\n`).join("")}      analysis:
        # Before any traffic moves: the idle color answers its health check, every 500 ms for 2 s.
        pre-promotion: { probe: /healthz, interval: 500ms, duration: 2s, failure-limit: 1 }
        # Once live: the router's counters of the new color, against the SLO, every second.
        post-promotion: { interval: 1s, failure-limit: 3, duration: ${postDuration}, slo: { p95-ms: 100, error-rate: 0.01 } }
      bake-window: 5m
`;
}

export const SLO = { p95Ms: 100, errorRate: 0.01 };

export function blueGreenPolicy(adminUrl: string): string {
  return environment(adminUrl, ["strategy: blue-green"], "6s");
}

export const CANARY_STEPS = [
  "- set-weight: 10",
  "- analysis: { interval: 1s, failure-limit: 3, duration: 4s }",
  "- set-weight: 50",
  "- analysis: { interval: 1s, failure-limit: 3, duration: 3s }",
];

export const CANARY_SUMMARY = "10 %, watched 4 s → 50 %, watched 3 s → 100 %, watched 4 s";

export function canaryPolicy(adminUrl: string): string {
  return environment(
    adminUrl,
    [
      "strategy: canary",
      "steps: # the same analysis as post-promotion, on the canary's own requests",
      ...CANARY_STEPS.map((s) => `  ${s}`),
    ],
    "4s",
  );
}
