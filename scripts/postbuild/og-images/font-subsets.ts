/**
 * Noto Sans SC as @fontsource ships it: about a hundred files per weight, each
 * covering a "unicode-range". Satori keeps one font per family name, so
 * handing it every file as "Noto Sans SC" renders most Chinese as tofu. Each
 * subset a card needs is therefore registered under its own family name
 * ("Noto Sans SC [118]"), and the card's font-family lists them all.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);
export const FONT_PACKAGE = "@fontsource/noto-sans-sc";
const PACKAGE_DIR = dirname(require.resolve(`${FONT_PACKAGE}/package.json`));
export const FONT_VERSION = (JSON.parse(readFileSync(join(PACKAGE_DIR, "package.json"), "utf8")) as { version: string })
  .version;

export type Weight = 400 | 700;

export interface Subset {
  /** The subset's key in unicode.json: "latin", "[118]". */
  key: string;
  ranges: [number, number][];
}

/** "U+0000-00FF,U+0131" → [[0, 255], [305, 305]] */
export function parseUnicodeRange(range: string): [number, number][] {
  return range.split(",").map((part) => {
    const m = /^U\+([0-9a-f]+)(?:-([0-9a-f]+))?$/i.exec(part.trim());
    if (!m) throw new Error(`not a unicode-range: "${part}"`);
    const start = parseInt(m[1]!, 16);
    return [start, m[2] ? parseInt(m[2], 16) : start];
  });
}

const covers = (s: Subset, cp: number) => s.ranges.some(([a, b]) => cp >= a && cp <= b);

/**
 * Subsets in the order we try them: Latin first (small files, complete ASCII),
 * then the numbered CJK subsets from the most common characters ([119]) down.
 */
export function orderSubsets(unicode: Readonly<Record<string, string>>): Subset[] {
  const rank = (key: string) =>
    key === "latin" ? -2 : key === "latin-ext" ? -1 : /^\[\d+\]$/.test(key) ? 1000 - Number(key.slice(1, -1)) : 2000;
  return Object.entries(unicode)
    .map(([key, range]) => ({ key, ranges: parseUnicodeRange(range) }))
    .sort((a, b) => rank(a.key) - rank(b.key));
}

/**
 * The fewest subsets (greedily, in order) that cover every character of text,
 * and the characters no subset covers. Whitespace needs no glyph.
 */
export function subsetsFor(text: string, subsets: readonly Subset[]): { subsets: Subset[]; missing: string[] } {
  const chosen: Subset[] = [];
  const missing = new Set<string>();
  for (const ch of new Set(text)) {
    if (/\s/.test(ch)) continue;
    const cp = ch.codePointAt(0)!;
    if (chosen.some((s) => covers(s, cp))) continue;
    const s = subsets.find((x) => covers(x, cp));
    if (s) chosen.push(s);
    else missing.add(ch);
  }
  return { subsets: chosen, missing: [...missing] };
}

let allSubsets: Subset[] | undefined;
/** Every subset of the installed font package, in trial order. */
export function fontSubsets(): Subset[] {
  allSubsets ??= orderSubsets(
    JSON.parse(readFileSync(join(PACKAGE_DIR, "unicode.json"), "utf8")) as Record<string, string>,
  );
  return allSubsets;
}

/** The family name a subset is registered under. */
export const familyName = (s: Subset) => `Noto Sans SC ${s.key}`;

/** The WOFF file of one subset and weight (satori reads WOFF, not WOFF2). */
export function subsetFile(s: Subset, weight: Weight): string {
  return join(PACKAGE_DIR, "files", `noto-sans-sc-${s.key.replace(/^\[(\d+)\]$/, "$1")}-${weight}-normal.woff`);
}

const files = new Map<string, Buffer>();
/** Font data for satori, read once per file per process. */
export function loadSubset(s: Subset, weight: Weight): Buffer {
  const file = subsetFile(s, weight);
  let data = files.get(file);
  if (!data) files.set(file, (data = readFileSync(file)));
  return data;
}
