import { describe, expect, it } from "vitest";
import { codeBlock, tableCell } from "../../src/core/markdown.ts";

describe("markdown from user and tool text", () => {
  it("fences a block with more backticks than the text holds, so it cannot close it", () => {
    expect(codeBlock("plain")).toBe("```\nplain\n```");
    expect(codeBlock("a ``` b\n`````x", "text")).toBe("``````text\na ``` b\n`````x\n``````");
    expect(codeBlock("ends with a newline\n")).toBe("```\nends with a newline\n```");
  });

  it("keeps a cell on its row and its HTML inert", () => {
    expect(tableCell("a | b\nnext  row <!-- hide -->")).toBe("a \\| b next row &lt;!-- hide -->");
    expect(tableCell("84% < 90%")).toBe("84% < 90%");
  });
});
