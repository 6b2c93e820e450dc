import { describe, expect, it } from "vitest";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import satori from "satori";
import {
  fontSubsets,
  loadSubset,
  orderSubsets,
  parseUnicodeRange,
  subsetsFor,
} from "../../scripts/postbuild/og-images/font-subsets.ts";
import { cardSvg, fontsForCard, renderCard } from "../../scripts/postbuild/og-images/render.ts";
import { cardElement, emWidth, titleLayout } from "../../scripts/postbuild/og-images/card.ts";
import { cardPalette, sitePalette } from "../../scripts/postbuild/og-images/palette.ts";
import { cardKey } from "../../scripts/postbuild/og-images/cache.ts";
import { chartForImage, chartText, drawSvg } from "../../scripts/postbuild/og-images/chart-image.ts";
import { woffToSfnt } from "../../scripts/postbuild/og-images/woff.ts";
import { cardText, type PreviewCard } from "../../src/sharing/preview-card.ts";
import { pngSize } from "../../scripts/checks/cards.ts";
import { uncoveredCharacters } from "../helpers/glyphs.ts";

const zhCard: PreviewCard = {
  lang: "zh",
  context: "国际人工智能安全报告 2025",
  title: "第 2 部分 — 风险：通用型人工智能有哪些风险？",
  site: "前沿人工智能安全文献库",
  file: "og/zh/x.png",
};
const enCard: PreviewCard = {
  lang: "en",
  context: "WAIC 2024 Frontier AI Safety Forum",
  title: "Dawn Song: Challenges and future directions of AI safety",
  site: "Frontier AI Safety Library",
  file: "og/en/x.png",
};

describe("font subsets", () => {
  it("parses unicode-range lists", () => {
    expect(parseUnicodeRange("U+0000-00FF,U+0131, U+2000-206f")).toEqual([
      [0, 255],
      [305, 305],
      [0x2000, 0x206f],
    ]);
    expect(() => parseUnicodeRange("latin")).toThrow(/unicode-range/);
  });

  it("tries Latin first, then the CJK subsets from the most common characters down", () => {
    const keys = orderSubsets({
      "[4]": "U+1F1E9",
      latin: "U+0-FF",
      "[119]": "U+4E00",
      "latin-ext": "U+100-24F",
      cyrillic: "U+400-45F",
    }).map((s) => s.key);
    expect(keys).toEqual(["latin", "latin-ext", "[119]", "[4]", "cyrillic"]);
  });

  it("picks only the subsets a text needs, and names characters no subset covers", () => {
    const all = fontSubsets();
    expect(subsetsFor("Hello, world", all).subsets.map((s) => s.key)).toEqual(["latin"]);
    const zh = subsetsFor(cardText(zhCard), all);
    expect(zh.missing).toEqual([]);
    expect(zh.subsets.length).toBeGreaterThan(1);
    expect(zh.subsets.length).toBeLessThan(20); // a handful of ~30 KB files, not the whole 1.5 MB font
    expect(subsetsFor("\u{10FFFD}", all).missing).toEqual(["\u{10FFFD}"]);
  });

  // The trap: @fontsource splits the font into ~100 files; satori keeps one font per
  // family name, so files registered under one name leave most Chinese as tofu.
  it.each([zhCard, enCard])(
    "registers each subset under its own family name, and every character has a glyph ($lang)",
    (card) => {
      const { fonts, families } = fontsForCard(card);
      const names = fonts!.map((f) => `${f.name} ${f.weight}`);
      expect(new Set(names).size).toBe(names.length);
      expect(new Set(families).size).toBe(families.length);
      expect(uncoveredCharacters(cardText(card), fonts!)).toEqual([]);
    },
  );

  it("refuses a card it cannot draw, naming the character", () => {
    expect(() => fontsForCard({ ...enCard, title: "Tofu \u{10FFFD}" })).toThrow(
      /og\/en\/x\.png: no font covers .*U\+10FFFD/,
    );
  });
});

describe("card layout", () => {
  it("estimates width: Han characters are wider than Latin letters", () => {
    expect(emWidth("风险")).toBe(2);
    expect(emWidth("ab")).toBeLessThan(1.2);
  });

  it("sets short titles large and long titles smaller, with more lines", () => {
    expect(titleLayout("Search", undefined)).toEqual({ fontSize: 72, lines: 3 });
    const long = titleLayout("风险".repeat(60), "Context");
    expect(long.fontSize).toBeLessThan(72);
    expect(long.lines).toBeGreaterThan(3);
  });

  /** Text boxes of the card, read from satori's SVG with text left as <text>. */
  async function layout(card: PreviewCard) {
    const { fonts, families } = fontsForCard(card);
    const svg = await satori(cardElement(card, sitePalette(), families) as never, {
      width: 1200,
      height: 630,
      fonts,
      embedFont: false,
    });
    return [
      ...svg.matchAll(
        /<text x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"[^>]*font-size="([\d.]+)"[^>]*>([^<]*)<\/text>/g,
      ),
    ].map((m) => ({
      x: +m[1]!,
      y: +m[2]!,
      width: +m[3]!,
      size: +m[5]!,
      text: m[6]!,
    }));
  }

  it("a long title wraps, ends in an ellipsis, and stays clear of the site name and the edges", async () => {
    const card = { ...zhCard, title: "关于前沿人工智能安全的一个非常长的标题，".repeat(12) };
    const boxes = await layout(card);
    const { fontSize } = titleLayout(card.title, card.context);
    const title = boxes.filter((b) => b.size === fontSize);
    const site = boxes.filter((b) => b.size === 30);
    expect(title.at(-1)!.text.endsWith("…")).toBe(true);
    expect(new Set(title.map((b) => b.y)).size).toBe(titleLayout(card.title, card.context).lines);
    expect(Math.max(...title.map((b) => b.y))).toBeLessThan(Math.min(...site.map((b) => b.y)) - 40);
    for (const b of boxes) expect(b.x + b.width, b.text).toBeLessThanOrEqual(1200 - 80 + 1);
  });

  it("an English title wraps between words", async () => {
    const boxes = await layout(enCard);
    const title = boxes.filter((b) => b.size === titleLayout(enCard.title, enCard.context).fontSize);
    const lines = [...new Set(title.map((b) => b.y))].map((y) =>
      title
        .filter((b) => b.y === y)
        .map((b) => b.text)
        .join("")
        .trim(),
    );
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(" ").replace(/\s+/g, " ")).toBe(enCard.title);
  });

  it("draws the text as glyph outlines, so the machine's own fonts (or their absence) play no part", async () => {
    const svg = await cardSvg(zhCard, sitePalette());
    expect(svg).not.toMatch(/<text|font-family/);
    expect(svg.match(/<path/g)!.length).toBeGreaterThan(2);
  });

  it("renders a 1200×630 PNG", async () => {
    expect(pngSize(await renderCard(zhCard, sitePalette()))).toEqual({ width: 1200, height: 630 });
  });
});

describe("palette and cache key", () => {
  it("takes the light colours of the site's palette, the link colour as accent", () => {
    const tokens = {
      bg: { light: "#fbfaf7", dark: "#000" },
      text: { light: "#111", dark: "#eee" },
      muted: { light: "#555", dark: "#aaa" },
      rule: { light: "#ddd", dark: "#333" },
      link: { light: "#0b5394", dark: "#8ab8f0" },
    };
    expect(cardPalette(tokens)).toEqual({
      bg: "#fbfaf7",
      text: "#111",
      muted: "#555",
      rule: "#ddd",
      accent: "#0b5394",
    });
    expect(sitePalette().bg).toMatch(/^#[0-9a-f]{6}$/i);
  });

  it("changes when what the image shows changes, and only then", () => {
    const p = sitePalette();
    expect(cardKey(zhCard, p)).toBe(cardKey({ ...zhCard, file: "og/elsewhere.png" }, p));
    expect(cardKey(zhCard, p)).not.toBe(cardKey({ ...zhCard, title: "另一个标题" }, p));
    expect(cardKey(zhCard, p)).not.toBe(cardKey(zhCard, { ...p, accent: "#000000" }));
  });
});

describe("a chart page's card", () => {
  const CACHE = mkdtempSync(join(tmpdir(), "og-chart-"));
  const tall = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 340 1200" width="340" height="1200" class="chart-svg"><title id="t">A &amp; B</title><style>.chart-svg { font-family: system-ui, sans-serif; font-size: 12px; }</style><text x="4" y="20">Product: 5.1%</text><text x="4" y="40">图表 &lt;1&gt;</text></svg>`;

  it("reads the chart's own words, without markup, styles or title", () => {
    expect(chartText(tall)).toBe("Product: 5.1%图表 <1>");
  });

  it("shows the top of a tall chart in the proportions of its box, in the card's font", () => {
    const drawn = chartForImage(tall);
    const shown = (340 * 530) / 470;
    expect(drawn).toContain(`viewBox="0 0 340 ${shown}" width="340" height="${shown}"`);
    expect(drawn).toContain('font-family: "Noto Sans SC"');
  });

  it("turns the WOFF subsets into fonts resvg reads, so the labels are drawn without any system font", () => {
    const sfnt = woffToSfnt(loadSubset(fontSubsets()[0]!, 400));
    expect(sfnt.readUInt32BE(0)).toBe(0x00010000);
    // Text alone, on a transparent ground: every opaque pixel is a glyph.
    const image = drawSvg(chartForImage(tall), 340, CACHE);
    expect(image.pixels.some((v, i) => i % 4 === 3 && v > 0)).toBe(true);
  });

  it("puts the chart beside the title and keeps the key apart from other cards", async () => {
    const p = sitePalette();
    const card = { ...enCard, chart: tall };
    expect(pngSize(await renderCard(card, p, CACHE))).toEqual({ width: 1200, height: 630 });
    expect(await cardSvg(card, p, CACHE)).toContain("data:image/png;base64,");
    expect(cardKey(card, p)).not.toBe(cardKey({ ...card, chart: tall.replace("5.1%", "7.7%") }, p));
    expect(titleLayout(card.title, card.context, 510).fontSize).toBeLessThanOrEqual(
      titleLayout(card.title, card.context).fontSize,
    );
  });
});
