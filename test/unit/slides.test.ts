import { describe, expect, it } from "vitest";
import {
  bulletsToMarkdown,
  dropChapterFooters,
  isChapterFooter,
  separateCaptions,
  sourceUrls,
  splitSlides,
  tightenLists,
  unwrapGoogleRedirect,
} from "../../scripts/import/slides.ts";
import { normalizeText } from "../../scripts/import/normalize.ts";
import { rejoinLines } from "../../scripts/import/rejoin.ts";
import { SEED_000, seedLines } from "./seed-lines.ts";

const norm = (lines: string[]) => lines.map(normalizeText);

describe("chapter footers", () => {
  it("recognises the footer a slide repeats, with its Kangxi numeral normalized", () => {
    const [footer] = norm(seedLines(SEED_000, 83));
    expect(isChapterFooter(footer!)).toBe(true);
    expect(footer!.startsWith("一")).toBe(true);
  });

  it("keeps slide text that merely mentions a part", () => {
    const title = norm(seedLines(SEED_000, 66))[0]!;
    expect(isChapterFooter(title)).toBe(false);
    expect(dropChapterFooters(norm(seedLines(SEED_000, 83, 85)))).toEqual([
      "",
      "https://openreview.net/forum?id=yzkSU5zdwD",
    ]);
  });
});

describe("the two-em dash ⸺", () => {
  it("becomes the Chinese dash ——", () => {
    expect(normalizeText(seedLines(SEED_000, 23)[0]!)).toBe(" 本报告聚焦——前沿大模型：");
  });
});

describe("bullets", () => {
  it("turns ● and ○ into a nested Markdown list without loose blank lines", () => {
    const lines = tightenLists(bulletsToMarkdown(rejoinLines(norm(seedLines(SEED_000, 75, 81)))));
    expect(lines[0]).toMatch(/^- 图灵奖得主Yoshua Bengio认为GPT-4已经通过图灵测试/);
    expect(lines.filter((l) => l.startsWith("  - "))).toHaveLength(2);
    expect(lines).not.toContain("");
  });
});

describe("slides", () => {
  it("end with their URL block", () => {
    const slides = splitSlides(norm(seedLines(SEED_000, 60, 92)));
    expect(slides).toHaveLength(2);
    expect(slides[0]!.urls).toEqual([
      "https://openreview.net/forum?id=yzkSU5zdwD",
      "https://cdn.openai.com/papers/gpt-4-system-card.pdf",
      "https://arxiv.org/pdf/2303.12712.pdf",
      "https://yoshuabengio.org/2023/04/05/slowing-down-development-of-ai-systems-passing-the-turing-test/",
    ]);
    expect(slides[1]!.body.join("\n")).toContain("LLM Powered Autonomous Agents");
  });

  it("move captions printed before the title to after it", () => {
    const parts = separateCaptions(norm(seedLines(SEED_000, 60, 66)));
    expect(parts.title).toBe("GPT-4等前沿大模型展现出强大的涌现能力，多领域逼近人类水平");
    expect(parts.captions).toHaveLength(2);
    expect(parts.captions[1]).toEqual(["专业和学术基准", "GPT-4 System Card (OpenAI, 2023)"]);
  });
});

describe("sources", () => {
  it("unwraps Google redirect links to their target", () => {
    const [wrapped] = seedLines(SEED_000, 1930);
    expect(unwrapGoogleRedirect(wrapped!)).toBe(
      "https://www.consilium.europa.eu/media/66739/g20-new-delhi-leaders-declaration.pdf",
    );
    expect(unwrapGoogleRedirect("https://www.google.com/search?q=x")).toBe("https://www.google.com/search?q=x");
  });

  it("drop duplicates and keep first-seen order", () => {
    const urls = sourceUrls(seedLines(SEED_000, 1925, 1937));
    expect(urls).toHaveLength(10);
    expect(urls[5]).toBe("https://www.consilium.europa.eu/media/66739/g20-new-delhi-leaders-declaration.pdf");
  });
});
