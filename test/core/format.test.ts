import { describe, expect, it } from "vitest";
import { formatPercent, formatShare, plural, round } from "../../src/core/format.ts";

describe("counts and figures, written one way everywhere", () => {
  it("a count takes its noun in the right number", () => {
    expect(plural(1, "file")).toBe("1 file");
    expect(plural(0, "file")).toBe("0 files");
    expect(plural(2, "changed file")).toBe("2 changed files");
    expect(plural(1, "repository", "repositories")).toBe("1 repository");
    expect(plural(3, "repository", "repositories")).toBe("3 repositories");
  });

  it("percentages are rounded, never truncated: 10 of 23 is 43.48 %", () => {
    expect(formatPercent((10 / 23) * 100)).toBe("43.48 %");
    expect(formatPercent((2 / 3) * 100)).toBe("66.67 %");
    expect(formatPercent(90)).toBe("90 %");
    expect(formatPercent(1.005)).toBe("1.01 %");
    expect(formatPercent(null)).toBe("–");
    expect(formatShare(0.0123)).toBe("1.23 %");
    expect(formatShare(0.049999)).toBe("5 %");
    expect(formatShare(0)).toBe("0 %");
    expect(round(-2.5, 0)).toBe(-3);
    expect(round(0.125, 2)).toBe(0.13);
  });
});
