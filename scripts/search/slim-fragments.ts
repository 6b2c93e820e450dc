/**
 * Smaller Pagefind fragments (issue 20: first-query bytes). A fragment holds a
 * page's text and every element with an id inside it ("anchors"), each with its
 * whole text. Pagefind's browser code uses an anchor only when it has a
 * data-pagefind-title (then the title, not the text) or is a heading (then the
 * text): see calculate_sub_results in pagefind.js. Every numbered paragraph of a
 * talk or chapter has an id and a title, so its text was stored twice; other
 * ids (footnotes, figures) were stored and never used. This drops the unused
 * anchors and the text of titled ones, which changes nothing a reader sees.
 *
 * Format (Pagefind 1.6): gzip of "pagefind_dcd" followed by the page's JSON.
 * Anything else fails the build naming the file, so a Pagefind upgrade that
 * changes the format is noticed.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";

const SIGNATURE = "pagefind_dcd";

export interface Anchor {
  element: string;
  id: string;
  text?: string;
  title?: string;
  location: number;
}

const hasText = (s: string | undefined) => !!s && /\S/.test(s);

/** The anchors Pagefind's browser code uses, titled ones without their (unused) text. Pure. */
export function slimAnchors(anchors: readonly Anchor[]): Anchor[] {
  return anchors.flatMap((a) => {
    if (hasText(a.title)) return [{ ...a, text: "" }];
    if (/^h\d$/i.test(a.element) && hasText(a.text)) return [a];
    return [];
  });
}

/** One fragment file's bytes, slimmed. Throws (naming the file) on anything not in Pagefind 1.6's format. */
export function slimFragment(bytes: Buffer, file: string): Buffer {
  let text: string;
  try {
    text = gunzipSync(bytes).toString("utf8");
  } catch {
    throw new Error(`${file}: not a gzip file; has Pagefind's fragment format changed?`);
  }
  if (!text.startsWith(SIGNATURE)) throw new Error(`${file}: does not start with "${SIGNATURE}"`);
  const page = JSON.parse(text.slice(SIGNATURE.length)) as { anchors?: Anchor[] };
  if (!Array.isArray(page.anchors)) throw new Error(`${file}: no "anchors" list in the fragment`);
  page.anchors = slimAnchors(page.anchors);
  return gzipSync(SIGNATURE + JSON.stringify(page), { level: 9 });
}

/** Slim every fragment under <pagefindDir>/fragment; returns the bytes before and after. */
export function slimFragments(pagefindDir: string): { files: number; before: number; after: number } {
  const dir = join(pagefindDir, "fragment");
  let before = 0;
  let after = 0;
  const files = readdirSync(dir).filter((f) => f.endsWith(".pf_fragment"));
  for (const f of files) {
    const path = join(dir, f);
    const bytes = readFileSync(path);
    const slim = slimFragment(bytes, path);
    before += bytes.length;
    after += slim.length;
    writeFileSync(path, slim);
  }
  return { files: files.length, before, after };
}
