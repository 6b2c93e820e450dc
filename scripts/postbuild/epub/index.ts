/**
 * EPUB 3 editions of every document in each language, written after Astro from
 * the one-page edition's HTML (dist/{lang}/{segment}/{id}/all/index.html) to
 * dist/{lang}/{segment}/{id}/{id}-{lang}.epub; then each overview's EPUB link
 * gets the file's size. The cover is the document's link-preview card
 * (dist/og/{lang}/{segment}/{id}.png), so this step runs after the preview images.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { join } from "node:path";
import { LOCALES, type Locale } from "../../../src/i18n/locales.ts";
import { t } from "../../../src/i18n/t.ts";
import { epubPath, formatFileSize } from "../../../src/editions/epub.ts";
import { makeEpub } from "./make.ts";

const SEGMENTS = ["reports", "forum"] as const;

export interface EpubResult {
  file: string;
  bytes: number;
}

/** The placeholder the overview's EPUB link leaves for the size (components/editions/EpubLink.astro). */
export const SIZE_PLACEHOLDER = /<span class="edition-link__size" data-epub-size="([^"]+)"([^>]*)><\/span>/g;

export function buildEpubs(outDir: string): EpubResult[] {
  const results: EpubResult[] = [];
  const modified = modifiedStamp(process.env.SOURCE_DATE_EPOCH);
  for (const lang of LOCALES) {
    for (const segment of SEGMENTS) {
      const folder = join(outDir, lang, segment);
      if (!existsSync(folder)) continue;
      for (const id of readdirSync(folder).sort()) {
        const onePage = join(folder, id, "all", "index.html");
        if (!existsSync(onePage)) continue;
        const cover = join(outDir, "og", lang, segment, `${id}.png`);
        if (!existsSync(cover))
          throw new Error(`${cover}: the preview card for the EPUB cover of ${segment}/${id} is missing`);
        const bytes = makeEpub({
          html: readFileSync(onePage, "utf8"),
          file: onePage,
          lang,
          identifier: `urn:uuid:${stableUuid(`${segment}/${id}/${lang}`)}`,
          cover: readFileSync(cover),
          contentsHeading: t(lang, "report.contents"),
          modified,
        });
        const out = join(outDir, epubPath(segment, lang, id));
        writeFileSync(out, bytes);
        results.push({ file: out, bytes: bytes.length });
      }
    }
  }
  fillSizes(outDir);
  return results;
}

/** Write each EPUB's size into the overview pages' links; a link to a file that was not built fails the build. */
function fillSizes(outDir: string): void {
  for (const lang of LOCALES) {
    for (const segment of SEGMENTS) {
      const folder = join(outDir, lang, segment);
      if (!existsSync(folder)) continue;
      for (const id of readdirSync(folder)) {
        const page = join(folder, id, "index.html");
        if (!existsSync(page)) continue;
        const html = readFileSync(page, "utf8");
        if (!html.includes("data-epub-size=")) continue;
        const filled = html.replace(SIZE_PLACEHOLDER, (_m, path: string, rest: string) => {
          const file = join(outDir, path);
          if (!existsSync(file)) throw new Error(`${page}: links to the EPUB ${path}, which was not built`);
          const size = formatFileSize(statSync(file).size, lang as Locale);
          return `<span class="edition-link__size"${rest}>${t(lang as Locale, "epub.size", { size })}</span>`;
        });
        writeFileSync(page, filled);
      }
    }
  }
}

/** dcterms:modified: SOURCE_DATE_EPOCH for a reproducible build, else now (to the second). */
export function modifiedStamp(epoch: string | undefined): string {
  const date = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
  return date.toISOString().replace(/\.\d+Z$/, "Z");
}

/** A name-based UUID (version 5 layout over SHA-1) so a document's identifier is the same in every build. */
export function stableUuid(name: string): string {
  const h = createHash("sha1").update(`ai-safety-reports-kb:epub:${name}`).digest();
  h[6] = (h[6]! & 0x0f) | 0x50;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const hex = h.subarray(0, 16).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
