/**
 * Images are cached by a hash of everything that decides their pixels: the
 * card's text, the palette, the layout and renderer code, and the versions of
 * the font and rendering packages. An unchanged page is copied, not re-rendered.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { PreviewCard } from "../../../src/sharing/preview-card.ts";
import type { CardPalette } from "./palette.ts";
import { FONT_VERSION } from "./font-subsets.ts";

export const CACHE_DIR = ".cache/og-images";

const require = createRequire(import.meta.url);
/** A package's version, from the package.json above its entry point (works whatever its exports allow). */
function packageVersion(name: string): string {
  let dir = dirname(require.resolve(name));
  for (;;) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { name?: string; version: string };
      if (pkg.name === name) return pkg.version;
    } catch {
      /* no package.json here: keep climbing */
    }
    const up = dirname(dir);
    if (up === dir) throw new Error(`cannot find the version of ${name}`);
    dir = up;
  }
}

let rendererKey: string | undefined;
/** What the renderer is: its own source files and the packages it draws with. */
function renderer(): string {
  rendererKey ??= JSON.stringify({
    code: ["card.ts", "render.ts", "font-subsets.ts", "chart-image.ts", "woff.ts"].map((f) =>
      readFileSync(new URL(`./${f}`, import.meta.url), "utf8"),
    ),
    font: FONT_VERSION,
    satori: packageVersion("satori"),
    resvg: packageVersion("@resvg/resvg-js"),
  });
  return rendererKey;
}

export function cardKey(card: PreviewCard, palette: CardPalette): string {
  const { lang, context, title, site, chart } = card;
  return createHash("sha256")
    .update(JSON.stringify({ lang, context, title, site, chart, palette, renderer: renderer() }))
    .digest("hex")
    .slice(0, 32);
}
