/**
 * A chart page's preview shows the chart itself: its standalone SVG (the
 * download, light palette written in) drawn by resvg into a PNG the card
 * places beside the title. Its labels are drawn with the Noto Sans SC subsets
 * they need (WOFF converted to SFNT once, kept in the cache), never with system
 * fonts, so the image is the same on every machine. A tall chart shows its top.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Resvg } from "@resvg/resvg-js";
import { FONT_VERSION, fontSubsets, loadSubset, subsetsFor, type Weight } from "./font-subsets.ts";
import { woffToSfnt } from "./woff.ts";
import { CHART_IMAGE } from "./card.ts";

const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"' };

/** The characters a chart's SVG draws: its text without the markup, the style block and the title. */
export function chartText(svg: string): string {
  return svg
    .replace(/<(style|title)[^>]*>[^]*?<\/\1>/g, "")
    .replace(/<[^>]+>/g, "")
    .replace(/&(amp|lt|gt|quot);/g, (m) => ENTITIES[m]!);
}

/** The SVG as the image draws it: one font family, and cut to the box's proportions from the top. */
export function chartForImage(svg: string): string {
  const m = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg);
  if (!m) throw new Error("a chart's SVG has no viewBox");
  const [w, h] = [Number(m[1]), Number(m[2])];
  const shown = Math.min(h, (w * CHART_IMAGE.height) / CHART_IMAGE.width);
  return svg
    .replace(/font-family:[^;}]*/, 'font-family: "Noto Sans SC"')
    .replace(
      /viewBox="0 0 [\d.]+ [\d.]+" width="[\d.]+" height="[\d.]+"/,
      `viewBox="0 0 ${w} ${shown}" width="${w}" height="${shown}"`,
    );
}

/** SFNT files of the subsets the text needs, written once into the cache. */
function fontFiles(text: string, cacheDir: string): string[] {
  const dir = join(cacheDir, "fonts");
  mkdirSync(dir, { recursive: true });
  const weights: Weight[] = [400, 700];
  return subsetsFor(text, fontSubsets()).subsets.flatMap((s) =>
    weights.map((weight) => {
      const file = join(dir, `noto-sans-sc-${FONT_VERSION}-${s.key.replace(/\W/g, "")}-${weight}.ttf`);
      if (!existsSync(file)) writeFileSync(file, woffToSfnt(loadSubset(s, weight)));
      return file;
    }),
  );
}

/** An SVG drawn by resvg `width` px wide, its text in the subsets it needs (and no system font). */
export function drawSvg(svg: string, width: number, cacheDir: string) {
  return new Resvg(svg, {
    fitTo: { mode: "width", value: width },
    font: { fontFiles: fontFiles(chartText(svg), cacheDir), loadSystemFonts: false, defaultFontFamily: "Noto Sans SC" },
  }).render();
}

/** The chart as a PNG as wide as its box on the card (at twice the density, for sharpness), and its height there. */
export function chartPng(svg: string, cacheDir: string): { png: Buffer; width: number; height: number } {
  const drawn = chartForImage(svg);
  const [w, h] = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(drawn)!.slice(1).map(Number) as [number, number];
  return {
    png: Buffer.from(drawSvg(drawn, CHART_IMAGE.width * 2, cacheDir).asPng()),
    width: CHART_IMAGE.width,
    height: Math.round((CHART_IMAGE.width * h) / w),
  };
}
