/**
 * Post-build step: a 1200×630 PNG preview for every page that hands over a
 * card (see src/sharing/preview-card.ts). Reads each page's card, removes the
 * data block from the page, and writes the image where the page's og:image
 * points, rendering only cards the cache has not seen.
 */
import { copyFile, mkdir, readFile, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { htmlFiles } from "../../lib/files.ts";
import { takePreviewCard, type PreviewCard } from "../../../src/sharing/preview-card.ts";
import { renderCard } from "./render.ts";
import { sitePalette } from "./palette.ts";
import { CACHE_DIR, cardKey } from "./cache.ts";

export interface PreviewImageResult {
  images: number;
  rendered: number;
  cached: number;
}

/** Where a build's cards are recorded, for the glyph-coverage test and the benchmark. */
export function cardManifestPath(outDir: string, cacheDir = CACHE_DIR): string {
  return join(cacheDir, "builds", `${resolve(outDir).replace(/[^a-zA-Z0-9]+/g, "_")}.json`);
}

/** Take every page's card out of its HTML; one card per image file. */
export async function collectCards(outDir: string): Promise<PreviewCard[]> {
  const cards = new Map<string, PreviewCard>();
  for (const file of await htmlFiles(outDir)) {
    const { card, html } = takePreviewCard(await readFile(file, "utf8"));
    if (!card) continue;
    await writeFile(file, html);
    const other = cards.get(card.file);
    if (other && JSON.stringify(other) !== JSON.stringify(card))
      throw new Error(`${file}: two pages want different images at ${card.file}`);
    cards.set(card.file, card);
  }
  return [...cards.values()];
}

/** Write each card's image into outDir, drawing only those not in the cache. */
export async function drawCards(
  cards: readonly PreviewCard[],
  outDir: string,
  cacheDir = CACHE_DIR,
): Promise<PreviewImageResult> {
  const palette = sitePalette();
  await mkdir(cacheDir, { recursive: true });
  let rendered = 0;
  for (const card of cards) {
    const cached = join(cacheDir, `${cardKey(card, palette)}.png`);
    if (!existsSync(cached)) {
      await writeFile(cached, await renderCard(card, palette, cacheDir));
      rendered++;
    }
    const target = join(outDir, card.file);
    await mkdir(dirname(target), { recursive: true });
    await copyFile(cached, target);
  }
  return { images: cards.length, rendered, cached: cards.length - rendered };
}

/** The post-build step. OG_IMAGE_CACHE overrides the cache directory (e.g. to measure a cold run). */
export async function buildPreviewImages(
  outDir: string,
  cacheDir = process.env.OG_IMAGE_CACHE ?? CACHE_DIR,
): Promise<PreviewImageResult> {
  const cards = await collectCards(outDir);
  const result = await drawCards(cards, outDir, cacheDir);
  const manifest = cardManifestPath(outDir);
  await mkdir(dirname(manifest), { recursive: true });
  await writeFile(manifest, JSON.stringify(cards, null, 1));
  return result;
}
