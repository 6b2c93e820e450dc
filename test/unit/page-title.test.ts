import { describe, expect, it } from "vitest";
import { fitTitle } from "../../src/lib/page-title.ts";

describe("fitTitle", () => {
  it("keeps a title that fits", () => {
    expect(fitTitle("Key findings | International AI Safety Report 2025")).toBe(
      "Key findings | International AI Safety Report 2025",
    );
  });

  it("drops the document name before cutting the page's own title", () => {
    expect(
      fitTitle("Security controls including securing model weights | Best Practices for Frontier AI Safety 2024"),
    ).toBe("Security controls including securing model weights");
  });

  it("cuts one long part at a word boundary with an ellipsis, within the limit", () => {
    const t = fitTitle(
      "An extremely long chapter title that goes on and on about frontier large models and their many risks",
    );
    expect(t.endsWith("…")).toBe(true);
    expect([...t].length).toBeLessThanOrEqual(70);
    expect(t).toBe("An extremely long chapter title that goes on and on about frontier…");
  });

  it("counts Chinese characters as characters", () => {
    const zh = "前".repeat(80);
    expect([...fitTitle(zh)].length).toBe(70);
  });
});
