import { describe, expect, it } from "vitest";
import { RecentSet } from "../../src/core/recent-set.ts";

describe("RecentSet", () => {
  it("keeps only its newest members, and a member added again counts as new", () => {
    const set = new RecentSet<string>(2);
    set.add("a");
    set.add("b");
    set.add("a");
    set.add("c");
    expect([set.has("a"), set.has("b"), set.has("c"), set.size]).toEqual([true, false, true, 2]);
  });

  it("refuses a capacity below 1", () => {
    expect(() => new RecentSet(0)).toThrow("a RecentSet holds at least 1 member, not 0");
  });
});
