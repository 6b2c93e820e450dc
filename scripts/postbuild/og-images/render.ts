/**
 * Card → PNG: satori lays out the card and draws its text as paths with the
 * subset fonts the card needs; resvg rasterises the SVG. No system fonts are
 * involved, so the result is the same on a machine without CJK fonts.
 */
import satori, { type SatoriOptions } from "satori";
import { Resvg } from "@resvg/resvg-js";
import { cardText, type PreviewCard } from "../../../src/sharing/preview-card.ts";
import { PREVIEW_HEIGHT, PREVIEW_WIDTH } from "../../../src/sharing/image-path.ts";
import { cardElement } from "./card.ts";
import { chartPng } from "./chart-image.ts";
import { CACHE_DIR } from "./cache.ts";
import type { CardPalette } from "./palette.ts";
import { familyName, fontSubsets, loadSubset, subsetsFor, type Subset, type Weight } from "./font-subsets.ts";

const WEIGHTS: readonly Weight[] = [400, 700];

export interface CardFonts {
  /** Family names, in the order the card's font-family lists them. */
  families: string[];
  fonts: SatoriOptions["fonts"];
  subsets: Subset[];
}

/** Only the subsets this card's characters need, each under its own family name, in both weights. */
export function fontsForCard(card: Pick<PreviewCard, "context" | "title" | "site" | "file">): CardFonts {
  const { subsets, missing } = subsetsFor(cardText(card), fontSubsets());
  if (missing.length)
    throw new Error(
      `${card.file}: no font covers ${missing.map((c) => `"${c}" (U+${c.codePointAt(0)!.toString(16).toUpperCase()})`).join(", ")}`,
    );
  return {
    families: subsets.map(familyName),
    subsets,
    fonts: subsets.flatMap((s) =>
      WEIGHTS.map((weight) => ({ name: familyName(s), data: loadSubset(s, weight), weight, style: "normal" as const })),
    ),
  };
}

/** The card as SVG, its text already turned into glyph outlines. */
export async function cardSvg(card: PreviewCard, palette: CardPalette, cacheDir = CACHE_DIR): Promise<string> {
  const { families, fonts } = fontsForCard(card);
  const image = card.chart ? chartPng(card.chart, cacheDir) : undefined;
  const chart = image
    ? { src: `data:image/png;base64,${image.png.toString("base64")}`, width: image.width, height: image.height }
    : undefined;
  return satori(cardElement(card, palette, families, chart) as unknown as Parameters<typeof satori>[0], {
    width: PREVIEW_WIDTH,
    height: PREVIEW_HEIGHT,
    fonts,
  });
}

export async function renderCard(card: PreviewCard, palette: CardPalette, cacheDir = CACHE_DIR): Promise<Buffer> {
  const svg = await cardSvg(card, palette, cacheDir);
  return Buffer.from(
    new Resvg(svg, { fitTo: { mode: "original" }, font: { loadSystemFonts: false } }).render().asPng(),
  );
}
