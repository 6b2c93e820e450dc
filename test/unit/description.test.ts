import { describe, expect, it } from "vitest";
import { DESCRIPTION_MAX, fitDescription } from "../../src/lib/description.ts";

describe("meta descriptions", () => {
  it("keeps a short description as it is", () => {
    expect(fitDescription("A short summary.")).toBe("A short summary.");
  });

  it("ends a long English one at the last sentence that fits", () => {
    const text = `${"First sentence is here and it is long enough to matter. ".repeat(2)}${"More words follow ".repeat(10)}`;
    const fitted = fitDescription(text);
    expect([...fitted].length).toBeLessThanOrEqual(DESCRIPTION_MAX);
    expect(fitted).toBe(
      "First sentence is here and it is long enough to matter. First sentence is here and it is long enough to matter.",
    );
  });

  it("cuts a long sentence at a word or a Chinese comma, with an ellipsis", () => {
    const en = fitDescription("word ".repeat(60));
    expect([...en].length).toBeLessThanOrEqual(DESCRIPTION_MAX);
    expect(en).toMatch(/word…$/);
    const zh = fitDescription("本报告汇总了科学界当前对通用型人工智能的理解，".repeat(10));
    expect([...zh].length).toBeLessThanOrEqual(DESCRIPTION_MAX);
    expect(zh).toMatch(/理解…$/);
  });
});
