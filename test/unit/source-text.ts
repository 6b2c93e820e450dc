/**
 * Helpers for fidelity tests: reduce MDX and seed lines to what a reader sees,
 * so "every sentence of the seed appears on the site" can be checked by substring.
 */
import { readFileSync, readdirSync } from "node:fs";
import { normalizeText, tidyCjkSpacing } from "../../scripts/import/normalize.ts";

/** Text of MDX as a reader sees it: no ids, footnote markers, link targets, markup, tags or spacing. */
export function plainMdx(text: string): string {
  return text
    .replace(/^---\n[\s\S]*?\n---\n/, (front) =>
      front.replace(/^(?:order|titleSupplied|kind|session|time|agendaItem):.*$/gm, ""),
    )
    .replace(/<EditorNote\b[^>]*>[\s\S]*?<\/EditorNote>/g, "")
    .replace(/\\\{#[a-z0-9-]+\\\}/g, "")
    .replace(/\[\^\d+\]:?/g, "")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/<[A-Z][A-Za-z]*\b([^>]*)\/?>/g, (_tag, attrs: string) =>
      [...attrs.matchAll(/title="([^"]*)"/g)].map((m) => m[1]).join(""),
    )
    .replace(/<\/[A-Z][A-Za-z]*>/g, "")
    .replace(/\\([{}<>])/g, "$1")
    .replace(/\*\*/g, "")
    .replace(/^\s*(?:[-#]+|\d+\.)\s+/gm, "")
    .replace(/^\|.*$/gm, (row) => row.replace(/\|/g, ""))
    .replace(/^(?:title|shortTitle|description|summary):\s*/gm, "")
    .replace(/["“”]/g, (q) => (q === '"' ? "" : q))
    .replace(/\s+/g, "");
}

/** All MDX files of one language of a report or event folder, concatenated and reduced to plain text. */
export function plainFolder(dir: string): string {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".mdx"))
    .map((f) => plainMdx(readFileSync(`${dir}/${f}`, "utf8")))
    .join("");
}

/**
 * Sentence units of seed lines: normalized, each line cut at sentence ends, spaces
 * removed. Units shorter than `min` characters are dropped (slide labels, numbers).
 * A line wrapped by extraction yields fragments that are substrings of the
 * rejoined sentence, so checking each unit by substring is exact enough.
 */
export function sentenceUnits(lines: readonly string[], min = 4): string[] {
  return lines
    .map((l) => tidyCjkSpacing(normalizeText(l)).replace(/^\s*(?:\d+\.|注：)\s*/u, ""))
    .flatMap((l) => l.split(/(?<=[。？！；])/u))
    .map((u) => u.replace(/["“”]/g, (q) => (q === '"' ? "" : q)).replace(/\s+/g, ""))
    .filter((u) => [...u].length >= min);
}

/** Distinct http(s) URLs in text, without the trailing punctuation a sentence glued on. */
export function urlsIn(text: string): string[] {
  const found = [...text.matchAll(/https?:\/\/[^\s<>)\]（）"“”]+/g)].map((m) => m[0].replace(/[.。,，;；]+$/u, ""));
  return [...new Set(found)];
}

/** Apply the corrections the site marks with an editor's note (from → to) to seed units. */
export function applyCorrections(units: string[], corrections: Record<string, string>): string[] {
  return units.map((u) => Object.entries(corrections).reduce((text, [from, to]) => text.split(from).join(to), u));
}
