import { describe, expect, it } from "vitest";
import { findRadicals, normalizeText, tidyCjkSpacing } from "../../scripts/import/normalize.ts";
import { SEED_000, SEED_002, seedLines } from "./seed-lines.ts";

describe("normalizeText", () => {
  it("maps the CJK Radicals Supplement look-alike ⻛ (U+2EDB) to 风, which NFKC leaves alone", () => {
    expect("⻛".normalize("NFKC")).toBe("⻛"); // the reason the table exists
    expect(normalizeText("⻛险")).toBe("风险");
  });

  it("repairs a real slide footer: Kangxi radicals via NFKC, supplement radicals via the table", () => {
    const [footer] = seedLines(SEED_000, 49);
    expect(normalizeText(footer!)).toBe("二  前沿大模型的风险分析：风险态度｜风险解读");
    expect(findRadicals(normalizeText(footer!))).toEqual([]);
  });

  it("turns ⼾ into the simplified 户 (NFKC would give the traditional 戶)", () => {
    expect("⼾".normalize("NFKC")).toBe("戶");
    expect(normalizeText("⽤⼾")).toBe("用户");
  });

  it("keeps full-width Chinese punctuation, the ellipsis and footnote superscripts that NFKC would fold", () => {
    expect("，：（）？".normalize("NFKC")).toBe(",:()?");
    expect(normalizeText("风险，包括：（甲）……？¹²")).toBe("风险，包括：（甲）……？¹²");
  });

  it("still folds full-width letters and digits", () => {
    expect(normalizeText("ＡＩ２０２５")).toBe("AI2025");
  });

  it("leaves clean text unchanged (seed 002 has no radicals)", () => {
    const lines = seedLines(SEED_002, 325, 333).join("\n");
    expect(normalizeText(lines)).toBe(lines);
  });

  it("leaves no radical code points in the first slides of seed 000", () => {
    const all = seedLines(SEED_000, 1, 130).join("\n");
    expect(findRadicals(all).length).toBeGreaterThan(100);
    expect(findRadicals(normalizeText(all))).toEqual([]);
  });
});

describe("findRadicals", () => {
  it("reports the character, its code point and where it is", () => {
    expect(findRadicals("前沿⼤模型")).toEqual([{ char: "⼤", codePoint: "U+2F24", index: 2 }]);
  });
});

describe("tidyCjkSpacing", () => {
  it("drops the stray space after full-width punctuation", () => {
    expect(tidyCjkSpacing("在通用型人工智能的背景下颇具难度。 尽管")).toBe("在通用型人工智能的背景下颇具难度。尽管");
    expect(tidyCjkSpacing("**……尤为困难。** 例如")).toBe("**……尤为困难。**例如");
    expect(tidyCjkSpacing("民间社团： Ada Lovelace Institute")).toBe("民间社团：Ada Lovelace Institute");
  });

  it("keeps the space before an id marker and between Latin words", () => {
    expect(tidyCjkSpacing("政策建议。 \\{#first-full-report\\}")).toBe("政策建议。 \\{#first-full-report\\}");
    expect(tidyCjkSpacing("Open Government Licence v3.0")).toBe("Open Government Licence v3.0");
  });
});
