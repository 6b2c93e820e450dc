/**
 * Vite plugin: writes src/styles/palette.css from css.ts whenever the dev
 * server or a build starts, so the stylesheet's colours always come from
 * colours.ts (a generated file rather than a virtual module, because Astro's
 * dev server only inlines stylesheets that exist on disk). The file is
 * committed; test/unit/palette.test.ts fails if it is out of date.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { paletteCss } from "./css.ts";

export const PALETTE_FILE = fileURLToPath(new URL("../styles/palette.css", import.meta.url));

/** Write the palette stylesheet if it differs from what colours.ts generates. Returns whether it changed. */
export function writePaletteCss(file = PALETTE_FILE): boolean {
  const css = paletteCss();
  let current = "";
  try {
    current = readFileSync(file, "utf8");
  } catch {
    /* not there yet */
  }
  if (current === css) return false;
  writeFileSync(file, css);
  return true;
}

export function palettePlugin() {
  return {
    name: "site-palette",
    buildStart() {
      writePaletteCss();
    },
  };
}
