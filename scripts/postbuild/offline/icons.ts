/**
 * The install icons, drawn from the site's favicon (public/favicon.svg) at
 * build time so the two never disagree: a plain one per size, and a
 * "maskable" one whose mark sits inside the 80% safe zone on a full-bleed
 * background, which phones crop to their own shape.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { Resvg } from "@resvg/resvg-js";
import { ICON_SIZES, iconPath } from "../../../src/offline/paths.ts";

/** The favicon's background colour (its first fill), used to fill a maskable icon's edges. */
export function faviconBackground(svg: string): string {
  const fill = /<rect\b[^>]*\bfill="(#[0-9a-f]{3,8})"/i.exec(svg)?.[1];
  if (!fill) throw new Error("public/favicon.svg: no <rect fill> to use as the maskable icon's background");
  return fill;
}

/** The favicon scaled into the middle of a full square of its background (the maskable safe zone is 80%). */
export function maskableSvg(svg: string): string {
  const inner = svg.replace(/^<svg\b[^>]*>/, "").replace(/<\/svg>\s*$/, "");
  const viewBox = /viewBox="0 0 (\d+) (\d+)"/.exec(svg);
  if (!viewBox) throw new Error("public/favicon.svg: expected a viewBox of the form 0 0 W H");
  const w = Number(viewBox[1]);
  const h = Number(viewBox[2]);
  const pad = 0.15;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}"><rect width="${w}" height="${h}" fill="${faviconBackground(svg)}"/><g transform="translate(${w * pad} ${h * pad}) scale(${1 - 2 * pad})">${inner}</g></svg>`;
}

function png(svg: string, size: number): Buffer {
  return new Resvg(svg, { fitTo: { mode: "width", value: size } }).render().asPng();
}

export function writeIcons(outDir: string, faviconFile = "public/favicon.svg"): { files: number } {
  const svg = readFileSync(faviconFile, "utf8");
  let files = 0;
  for (const size of ICON_SIZES) {
    for (const [maskable, source] of [
      [false, svg],
      [true, maskableSvg(svg)],
    ] as const) {
      const file = join(outDir, iconPath(size, maskable));
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, png(source, size));
      files++;
    }
  }
  return { files };
}
