/**
 * The citations of every page, paired across the two languages by place (note
 * number, or source list and item): the generator turns them into the
 * bibliography, and the content check compares the bibliography with them.
 */
import { citationsOfTree, placeKey, type Citation } from "../../src/sources/citations.ts";
import type { PlacedCitation } from "../../src/sources/build.ts";
import type { Root } from "mdast";
import { workKeys } from "../../src/sources/normalise.ts";

export interface CitingPage {
  section: "reports" | "forum";
  /** Report or event id. */
  report: string;
  slug: string;
  lang: "zh" | "en";
  /** Repository-relative path, for messages. */
  file: string;
  tree: Root;
}

export interface PlacedWithFiles extends PlacedCitation {
  files: { zh: string; en: string };
}

/** The passage-reference form of a page: "<report>/<chapter>" or "forum/<event>/<talk>". */
export function pageRef(p: Pick<CitingPage, "section" | "report" | "slug">): string {
  return `${p.section === "forum" ? "forum/" : ""}${p.report}/${p.slug}`;
}

function describe(c: Citation): string {
  if (c.place.note !== undefined) return `note ${c.place.note}`;
  if (c.place.link !== undefined) return `link ${c.place.link} of #${c.passages[0]}`;
  return `source list "${c.place.list}" item ${c.place.item}`;
}

/** A citation's place on its page, the same in both languages. */
export const keyOf = (c: Citation) => placeKey(c.place, c.passages[0]);

/** Pair each page's citations with its counterpart's; a citation in one language only, or without a citing passage, is a problem. */
export function placedCitations(pages: readonly CitingPage[]): {
  cites: PlacedWithFiles[];
  problems: { file: string; message: string }[];
} {
  const problems: { file: string; message: string }[] = [];
  const byPage = new Map<string, Partial<Record<"zh" | "en", CitingPage>>>();
  for (const p of pages) byPage.set(pageRef(p), { ...byPage.get(pageRef(p)), [p.lang]: p });
  const cites: PlacedWithFiles[] = [];
  for (const [ref, pair] of [...byPage].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (!pair.zh || !pair.en) continue; // parity reports a missing edition
    const zh = citationsOfTree(pair.zh.tree);
    const en = new Map(citationsOfTree(pair.en.tree).map((c) => [keyOf(c), c]));
    for (const z of zh) {
      const e = en.get(keyOf(z));
      en.delete(keyOf(z));
      if (!e) {
        problems.push({
          file: pair.en.file,
          message: `${describe(z)} cites ${z.url} in ${pair.zh.file} but no link here`,
        });
        continue;
      }
      if (!z.passages.length && !e.passages.length)
        problems.push({ file: pair.zh.file, message: `${describe(z)} is not cited from any passage with an id` });
      const zhKeys = new Set(workKeys({ url: z.url }));
      if (!workKeys({ url: e.url }).some((k) => zhKeys.has(k)))
        problems.push({
          file: pair.en.file,
          message: `${describe(e)} links to ${e.url}, but to ${z.url} in ${pair.zh.file}`,
        });
      cites.push({ page: ref, zh: z, en: e, files: { zh: pair.zh.file, en: pair.en.file } });
    }
    for (const e of en.values())
      problems.push({
        file: pair.zh.file,
        message: `${describe(e)} cites ${e.url} in ${pair.en.file} but no link here`,
      });
  }
  return { cites, problems };
}
