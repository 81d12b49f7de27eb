import type { Measurement, PromotionPlan } from "../../src/promotion/types.ts";

export function plan(overrides: Partial<PromotionPlan> = {}): PromotionPlan {
  return {
    environment: "production",
    sha: "0123456789abcdef0123456789abcdef01234567",
    version: "v2",
    promoter: "alice",
    from: "blue",
    to: "green",
    post: {
      intervalMs: 1_000,
      failureLimit: 3,
      durationMs: 5_000,
      slo: { "p95-ms": 100, "error-rate": 0.01 },
    },
    bakeWindowMs: 600_000,
    rollbackOn: ["analysis-failed", "check-failed", "probe-failed"],
    openIncident: true,
    revertPr: false,
    ...overrides,
  };
}

export function measurement(ok: boolean, at = 0): Measurement {
  return {
    at,
    color: "green",
    ok,
    figures: {
      requests: 100,
      errors: ok ? 0 : 20,
      errorRate: ok ? 0 : 0.2,
      p95Ms: ok ? 10 : 300,
      p99Ms: ok ? 20 : 400,
    },
    problems: ok ? [] : ["errors 20 % > 1 %", "p95 300 ms > 100 ms"],
  };
}
