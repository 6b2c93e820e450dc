/**
 * Query normalization: what a reader types → what the index holds.
 *
 * - full-width ASCII (ＲＳＰ, ＡＩ　安全) → half-width, the ideographic space → a space;
 * - radical look-alikes (⻛险, ⼈⼯智能) → the ideographs, with the import pipeline's
 *   own table (src/lib/cjk-radicals.ts), so queries and documents agree;
 * - Traditional → Simplified through a converter passed in (opencc-js, loaded by
 *   ./simplify.ts only when the query has Han characters);
 * - spaces trimmed and collapsed.
 * Pure: no I/O, no globals; the converter is an argument.
 */
import { KANGXI_OVERRIDES, RADICAL_SUPPLEMENT } from "../lib/cjk-radicals.ts";

export type Simplify = (text: string) => string;

/** Full-width ASCII forms (U+FF01–U+FF5E) and U+3000 → their half-width counterparts. */
export function toHalfWidth(text: string): string {
  let out = "";
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp >= 0xff01 && cp <= 0xff5e) out += String.fromCodePoint(cp - 0xfee0);
    else if (cp === 0x3000) out += " ";
    else out += ch;
  }
  return out;
}

/** Radical look-alikes → ideographs: the supplement table, then NFKC for the Kangxi block. */
export function mapRadicals(text: string): string {
  let out = "";
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const mapped = RADICAL_SUPPLEMENT[ch] ?? KANGXI_OVERRIDES[ch];
    if (mapped) out += mapped;
    else if (cp >= 0x2f00 && cp <= 0x2fd5) out += ch.normalize("NFKC");
    else out += ch;
  }
  return out;
}

/** Does the text contain a Han character (the only case that needs the converter)? */
export function hasHan(text: string): boolean {
  return /\p{Script=Han}/u.test(text);
}

let gb2312: Set<string> | undefined;

/**
 * Does the text have a Han character outside GB2312, the Simplified character
 * set (all 6,763 of its ideographs, decoded with the platform's own
 * TextDecoder)? Only then can Traditional → Simplified change anything, so only
 * then is the converter downloaded. (A rare Simplified character outside
 * GB2312 merely loads the converter for nothing.)
 */
export function mayBeTraditional(text: string): boolean {
  if (!gb2312) {
    const decoder = new TextDecoder("gb2312");
    const bytes: number[] = [];
    for (let hi = 0xb0; hi <= 0xf7; hi++) for (let lo = 0xa1; lo <= 0xfe; lo++) bytes.push(hi, lo);
    gb2312 = new Set(decoder.decode(new Uint8Array(bytes)));
  }
  for (const ch of text) if (/\p{Script=Han}/u.test(ch) && !gb2312.has(ch)) return true;
  return false;
}

/** The whole pipeline. Without a converter, Traditional characters are left as typed. */
export function normalizeQuery(query: string, simplify?: Simplify): string {
  let q = mapRadicals(toHalfWidth(query.normalize("NFC")));
  if (simplify && hasHan(q)) q = simplify(q);
  return q.replace(/\s+/gu, " ").trim();
}
