import { describe, expect, it } from "vitest";
import {
  dropPageNumbers,
  isPageNumberLine,
  joinVerticalText,
  rejoinLines,
  stripFusedPageNumber,
} from "../../scripts/import/rejoin.ts";
import { normalizeText } from "../../scripts/import/normalize.ts";
import { SEED_000, seedLines } from "./seed-lines.ts";

const norm = (lines: string[]) => lines.map(normalizeText);

describe("page numbers", () => {
  it("recognises standalone slide numbers, including a doubled one", () => {
    expect(seedLines(SEED_000, 263).map(isPageNumberLine)).toEqual([true]); // "11"
    expect(seedLines(SEED_000, 1070).map(isPageNumberLine)).toEqual([true]); // "3333" = page 33 twice
    expect(isPageNumberLine("2023年")).toBe(false);
  });

  it("drops them, and a number left after the last sentence of a slide", () => {
    const out = dropPageNumbers(norm(seedLines(SEED_000, 2004)));
    expect(out[0]!.endsWith("严肃的政策选择。")).toBe(true);
    expect(dropPageNumbers(["第一段", "", "11", "", "第二段"])).toEqual(["第一段", "", "", "第二段"]);
  });

  it("strips a number fused to a slide title but keeps dates and counts", () => {
    expect(stripFusedPageNumber(normalizeText(seedLines(SEED_000, 60)[0]!))).toBe(" 涌现能力 ");
    expect(stripFusedPageNumber(normalizeText(seedLines(SEED_000, 209)[0]!)).startsWith("强人工智能")).toBe(true);
    expect(stripFusedPageNumber("2023年10月")).toBe("2023年10月");
    expect(stripFusedPageNumber("6个月")).toBe("6个月");
  });
});

describe("joinVerticalText", () => {
  it("joins glyphs printed one per line (the axis label 潜在伤害)", () => {
    expect(joinVerticalText(seedLines(SEED_000, 11, 14))).toEqual(["潜在伤害"]);
  });
});

describe("rejoinLines", () => {
  it("joins a bullet that continues after a blank line", () => {
    const out = rejoinLines(norm(seedLines(SEED_000, 24, 26)));
    expect(out).toHaveLength(1);
    expect(out[0]).toContain("是目前最常见的前沿AI，提供了最多的机遇");
  });

  it("joins a long line that ends mid-word with the next line", () => {
    const out = rejoinLines(norm(seedLines(SEED_000, 77, 78)));
    expect(out).toHaveLength(1);
    expect(out[0]).toContain("因此可以欺骗人类相信");
  });

  it("joins a line that starts with the comma of the previous sentence", () => {
    const out = rejoinLines(norm(seedLines(SEED_000, 1879, 1880)));
    expect(out).toHaveLength(1);
    expect(out[0]).toContain("研究6个月，5.65%支持暂停");
  });

  it("does not join a title with the figure caption that follows it", () => {
    expect(rejoinLines(norm(seedLines(SEED_000, 63, 64)))).toEqual([
      "专业和学术基准",
      "GPT-4 System Card (OpenAI, 2023)",
    ]);
  });

  it("does not join two bullets or a line with a URL", () => {
    expect(
      rejoinLines(["● 第一条很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长的要点", "● 第二条"]),
    ).toHaveLength(2);
    expect(
      rejoinLines(["一行很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长的文字", "https://example.org/x"]),
    ).toHaveLength(2);
  });

  it("puts a space between Latin words when joining", () => {
    expect(
      rejoinLines(["This sentence is long enough to be a wrapped line of", "text"], { minWrapLength: 10 }),
    ).toEqual(["This sentence is long enough to be a wrapped line of text"]);
  });
});
