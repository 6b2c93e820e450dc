import { describe, expect, it } from "vitest";
import { convertFootnotes, superscriptToNumber } from "../../scripts/import/footnotes.ts";
import { SEED_001, SEED_002, seedLines } from "./seed-lines.ts";

describe("superscriptToNumber", () => {
  it("reads multi-digit superscripts", () => {
    expect(superscriptToNumber("¹³⁶")).toBe(136);
    expect(superscriptToNumber("⁶³")).toBe(63);
  });
});

describe("convertFootnotes", () => {
  it("turns a marker glued to a number into a reference without merging digits (ISO 9001⁶³)", () => {
    const [line] = seedLines(SEED_001, 654);
    const [out] = convertFootnotes([line!]);
    expect(out).toContain("ISO 9001[^63]");
    expect(out).not.toContain("900163");
  });

  it("turns a definition and its URL line into one GFM definition at the end", () => {
    const out = convertFootnotes(["正文¹。", "", ...seedLines(SEED_001, 20, 22)]);
    expect(out[0]).toBe("正文[^1]。");
    expect(out.at(-1)).toBe(
      "[^1]: 中央网信办，“全球人工智能治理倡议”，2023-10-18， http://www.cac.gov.cn/2023-10/18/c_1699291032884978.htm.",
    );
  });

  it("renumbers misprinted markers and rejoins the sentence a definition split (seed 002)", () => {
    const out = convertFootnotes(seedLines(SEED_002, 423, 427), { renumber: { 31: 3 } });
    const text = out.join("\n");
    expect(text).toContain("此外，最近的证据表明，当前的训练方法");
    expect(text).toMatch(/\n\[\^3\]: 请参阅主席在/);
    expect(text).not.toContain("³¹");
  });

  it("renumbers an in-text marker (seed 002: 潜在²¹的瓶颈 is note 2)", () => {
    const out = convertFootnotes(seedLines(SEED_002, 347, 349), { renumber: { 21: 2 } });
    expect(out[0]).toContain("此类潜在[^2]的瓶颈");
    expect(out.at(-1)).toMatch(/^\[\^2\]: /);
  });

  it("refuses a footnote defined twice", () => {
    expect(() => convertFootnotes(["¹ 甲", "", "¹ 乙"])).toThrow("footnote 1 is defined twice");
  });
});
