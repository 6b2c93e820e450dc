/**
 * Character normalization for PDF-extracted Chinese text.
 *
 * NFKC folds the Kangxi Radicals (U+2F00–U+2FD5) that PDF extraction emits
 * (⼤ → 大), but it leaves the CJK Radicals Supplement (U+2E80–U+2EFF) alone
 * (⻛ stays ⻛, so a search for 风险 misses ⻛险). It also folds things that
 * Chinese typography needs: full-width punctuation (，→ ,), the ellipsis
 * (… → ...) and superscript digits (used as footnote markers). So we apply
 * NFKC per character, protect those, and map the supplement explicitly.
 */

import { KANGXI_OVERRIDES, RADICAL_SUPPLEMENT } from "../../src/lib/cjk-radicals.ts";

export { KANGXI_OVERRIDES, RADICAL_SUPPLEMENT };

/**
 * The two- and three-em dashes (⸺ ⸻) that extraction emits for the Chinese dash
 * "——", which is two em dashes; search and line breaking expect the latter.
 */
export const DASHES: Readonly<Record<string, string>> = {
  "\u2E3A": "——", // ⸺
  "\u2E3B": "———", // ⸻
};

/** Characters NFKC would fold but Chinese typography and our footnote markers need. */
function isProtected(ch: string): boolean {
  const cp = ch.codePointAt(0)!;
  // Full-width punctuation and symbols (，：（）？！；｜ …) but not full-width letters/digits.
  if (cp >= 0xff01 && cp <= 0xff5e) return !/[\p{L}\p{N}]/u.test(ch);
  if (cp === 0x2026 || cp === 0x3000) return true; // … and the ideographic space
  // Superscript digits are footnote markers; footnotes.ts converts them.
  return /[\u00B9\u00B2\u00B3\u2070\u2074-\u2079]/.test(ch);
}

/** Normalize one string: radical look-alikes to ideographs, NFKC elsewhere, protections kept. */
export function normalizeText(input: string): string {
  let out = "";
  for (const ch of input) {
    const mapped = RADICAL_SUPPLEMENT[ch] ?? KANGXI_OVERRIDES[ch] ?? DASHES[ch];
    if (mapped) out += mapped;
    else if (isProtected(ch)) out += ch;
    else out += ch.normalize("NFKC");
  }
  return out;
}

/** Radical code points still present (after normalization this must be empty). */
export function findRadicals(text: string): { char: string; codePoint: string; index: number }[] {
  const found: { char: string; codePoint: string; index: number }[] = [];
  const re = /[\u2E80-\u2EFF\u2F00-\u2FDF]/gu;
  for (const m of text.matchAll(re)) {
    found.push({ char: m[0], codePoint: "U+" + m[0].codePointAt(0)!.toString(16).toUpperCase(), index: m.index! });
  }
  return found;
}

/**
 * Remove the stray ASCII space that extraction leaves after full-width
 * punctuation ("颇具难度。 尽管", "**……可能的。** 例如", "民间社团： Ada").
 * Full-width punctuation already carries its own spacing; CSS adds the thin
 * Han–Latin gap (text-autospace), so typed spaces are never needed there.
 */
export function tidyCjkSpacing(line: string): string {
  return line.replace(/([。，、；：！？）」』”])(\*\*)? +(?=[^\s\\{])/gu, "$1$2");
}
