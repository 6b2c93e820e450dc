import * as fontkit from "fontkit";

type Font = Extract<ReturnType<typeof fontkit.create>, { hasGlyphForCodePoint: unknown }>;
const parsed = new WeakMap<object, Font>();

/** A font file parsed once per buffer (the renderer hands out one buffer per file). */
function parse(data: Buffer | ArrayBuffer): Font {
  let font = parsed.get(data);
  if (!font) {
    const f = fontkit.create(Buffer.isBuffer(data) ? data : Buffer.from(data));
    if (!("hasGlyphForCodePoint" in f)) throw new Error("expected a single font, got a collection");
    parsed.set(data, (font = f));
  }
  return font;
}

/**
 * Characters of text that none of the fonts has a glyph for, asking the font
 * files themselves (fontkit), not the unicode-range they were chosen by.
 */
export function uncoveredCharacters(text: string, fonts: readonly { data: Buffer | ArrayBuffer }[]): string[] {
  const faces = fonts.map((f) => parse(f.data));
  const missing = new Set<string>();
  for (const ch of text) {
    if (/\s/.test(ch)) continue;
    if (!faces.some((f) => f.hasGlyphForCodePoint(ch.codePointAt(0)!))) missing.add(ch);
  }
  return [...missing];
}
