import { describe, expect, it } from "vitest";
import { firstSentence } from "../../src/lib/sentences.ts";

describe("firstSentence", () => {
  it("ends a Chinese sentence at its full stop", () => {
    expect(firstSentence("本报告汇集了科学界的理解。它分为三部分。", "zh")).toBe("本报告汇集了科学界的理解。");
  });
  it("ends an English sentence before the next capital, not inside an abbreviation or a number", () => {
    expect(firstSentence("It covers e.g. red teaming and 3.5 models. Then more.", "en")).toBe(
      "It covers e.g. red teaming and 3.5 models.",
    );
  });
  it("keeps a text with no sentence end whole", () => {
    expect(firstSentence("A title without a stop", "en")).toBe("A title without a stop");
  });
});
