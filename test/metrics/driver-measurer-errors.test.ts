import { describe, expect, it } from "vitest";
import type { ColorCounters, TrafficDriver } from "../../src/drivers/types.ts";
import { ToolError } from "../../src/errors.ts";
import { DriverMeasurer } from "../../src/metrics/driver-measurer.ts";

// A driver that cannot give its counters fails that measurement (the analysis's failure-limit decides),
// rather than stopping the promotion with an error while traffic sits on the new color.
const counters = (requests: number, errors: number): ColorCounters => ({
  requests,
  errors,
  latencySumMs: requests * 5,
  bucketsMs: [10, Number.POSITIVE_INFINITY],
  bucketCounts: [requests, requests],
});

function flakyDriver(answers: (ColorCounters | Error)[]): TrafficDriver {
  return {
    kind: "router",
    active: async () => "blue",
    switchTo: async () => {},
    health: async (color) => ({ color, healthy: true, detail: "" }),
    counters: async () => {
      const next = answers.shift();
      if (!next || next instanceof Error) throw next ?? new Error("no more answers");
      return next;
    },
  };
}

describe("DriverMeasurer when the driver cannot answer", () => {
  it("fails the measurement with the driver's reason, and measures the next window from the last good reading", async () => {
    const measurer = new DriverMeasurer(
      flakyDriver([
        counters(100, 0),
        new ToolError("router", "cannot reach the admin API at http://127.0.0.1:9 (ECONNREFUSED, for 10 s)"),
        counters(300, 2),
      ]),
      () => 1_000,
    );
    await measurer.mark("green");
    const failed = await measurer.measure("green", { slo: { "error-rate": 0.05 } });
    expect(failed.ok).toBe(false);
    expect(failed.problems).toEqual([
      "cannot read green's counters: router: cannot reach the admin API at http://127.0.0.1:9 (ECONNREFUSED, for 10 s)",
    ]);
    const next = await measurer.measure("green", { slo: { "error-rate": 0.05 } });
    expect(next).toMatchObject({ ok: true, figures: { requests: 200, errors: 2, errorRate: 0.01 } });
  });
});

describe("DriverMeasurer across a router restart", () => {
  it("counts a window whose counters went down (the router restarted) from zero, so its errors are judged", async () => {
    const measurer = new DriverMeasurer(flakyDriver([counters(500, 0), counters(40, 10)]), () => 1_000);
    await measurer.mark("green");
    const after = await measurer.measure("green", { slo: { "error-rate": 0.05 } });
    expect(after.figures).toMatchObject({ requests: 40, errors: 10, errorRate: 0.25 });
    expect(after.ok).toBe(false);
  });
});
