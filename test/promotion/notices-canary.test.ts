import { describe, expect, it } from "vitest";
import { begin, type Step, step } from "../../src/promotion/machine.ts";
import { noticeFor } from "../../src/promotion/notices.ts";
import type { PromotionEvent, StatusCommand } from "../../src/promotion/types.ts";
import { measurement, plan } from "./plan.ts";

// Which notice each status of a canary announces: each step once it is done, with the weight it left.
function notices(events: PromotionEvent[], overrides: Parameters<typeof plan>[0] = {}) {
  let current: Step = begin(plan(overrides), 0);
  const sent = [];
  for (const event of [undefined, ...events]) {
    if (event) current = step(current.state, event);
    for (const command of current.commands.filter((c): c is StatusCommand => c.type === "status")) {
      const notice = noticeFor(command, current.state, { now: () => 0 });
      if (notice)
        sent.push([notice.event, notice.step, notice.weight, notice.reason].filter((x) => x !== undefined));
    }
  }
  return sent;
}

const canary = {
  canary: [
    { kind: "set-weight", percent: 10 },
    { kind: "pause", ms: 30_000 },
  ],
} as const;

describe("promotion notices of a canary", () => {
  it("announces each canary step once done, with the new color's weight", () => {
    expect(
      notices(
        [
          { type: "verified", at: 1, problems: [] },
          { type: "claimed", at: 2, problems: [] },
          { type: "weighted", at: 3, percent: 10 },
          { type: "waited", at: 30_003 },
          { type: "switched", at: 30_004 },
          ...[1, 2, 3, 4, 5].map(
            (i) => ({ type: "measured", at: 30_004 + i * 1_000, measurement: measurement(true) }) as const,
          ),
        ],
        { canary: [...canary.canary] },
      ),
    ).toEqual([
      ["started"],
      ["step", "idle green healthy", 0],
      ["step", "set-weight 10", 10],
      ["step", "pause 30s", 10],
      ["step", "switched: traffic on green"],
      ["succeeded", expect.stringMatching(/^Live on green/)],
    ]);
  });

  it("announces a promotion that started and then stopped as failed: aborted before the switch, or an error", () => {
    const aborted = notices([
      { type: "verified", at: 1, problems: [] },
      { type: "pre-analysed", at: 2, measurement: measurement(false) },
    ]);
    expect(aborted.at(-1)).toEqual(["failed", "errors 20 % > 1 %; p95 300 ms > 100 ms"]);
    const broken = notices([
      { type: "verified", at: 1, problems: [] },
      { type: "command-failed", at: 2, command: "switching to green", error: "router unreachable" },
    ]);
    expect(broken.at(-1)).toEqual(["failed", "router unreachable"]);
    // A refusal (gates, review, promoter) is not announced: nothing started.
    expect(notices([{ type: "verified", at: 1, problems: ["coverage failed"] }])).toEqual([]);
  });
});
