/**
 * The bibliography page's data in one language: each entry with its documents
 * (for the filters) and the passages that cite it, as links with their place
 * (document, chapter, section) and the note or list item there.
 */
import type { Locale } from "../i18n/locales.ts";
import { t } from "../i18n/t.ts";
import type { Source } from "../schemas/sources.ts";
import { parsePassageRef } from "../passages/refs.ts";
import { documents, passageInfo } from "../passages/library.ts";
import { siteBibliography } from "./site.ts";
import { textIn } from "./sort.ts";

export interface Citing {
  href: string;
  /** "Best practices 2024 › Model evaluations and red-teaming › section", then the place. */
  where: string;
  place: string;
}

export interface SourceView {
  entry: Source;
  title: string;
  /** The other edition's title, when it differs. */
  otherTitle?: string;
  publisher?: string;
  /** Document ids that cite it (report or event ids), for the filter. */
  docs: string[];
  citing: Citing[];
  /** Lower-case text the filter box matches: both titles, the publisher, the link. */
  filterText: string;
}

function placeLabel(c: Source["citedIn"][number], lang: Locale): string {
  if (c.note !== undefined) return t(lang, "sources.note", { n: c.note });
  if (c.item !== undefined) return t(lang, "sources.listItem", { n: c.item });
  if (c.mention) return t(lang, "sources.mention");
  return t(lang, "sources.textLink");
}

export async function sourceViews(lang: Locale): Promise<SourceView[]> {
  const other: Locale = lang === "zh" ? "en" : "zh";
  return Promise.all(
    siteBibliography().entries.map(async (entry) => {
      const citing = await Promise.all(
        entry.citedIn.map(async (c) => {
          const info = await passageInfo(c.ref, lang);
          const where = [info.docTitle, info.pageTitle, info.where].filter(Boolean).join(" › ");
          return { href: info.href, where, place: placeLabel(c, lang) };
        }),
      );
      const docs = [...new Set(entry.citedIn.map((c) => parsePassageRef(c.ref)!.doc))];
      const title = textIn(entry.title, lang);
      const otherTitle = textIn(entry.title, other);
      const publisher = textIn(entry.publisher, lang);
      return {
        entry,
        title,
        ...(otherTitle !== title ? { otherTitle } : {}),
        ...(publisher ? { publisher } : {}),
        docs,
        citing,
        filterText: [
          ...new Set([title, otherTitle, textIn(entry.publisher, "zh"), textIn(entry.publisher, "en"), entry.url]),
        ]
          .filter(Boolean)
          .join(" ")
          .normalize("NFKC")
          .toLowerCase(),
      };
    }),
  );
}

/** The documents that cite anything, in the site's order. */
export async function citingDocuments(lang: Locale): Promise<{ id: string; title: string }[]> {
  const cited = new Set(siteBibliography().entries.flatMap((e) => e.citedIn.map((c) => parsePassageRef(c.ref)!.doc)));
  return (await documents(lang))
    .map((d) => ({ id: d.key.split("/")[1]!, title: d.title }))
    .filter((d) => cited.has(d.id));
}

/** How many entries a document cites. */
export function citedBy(doc: string): number {
  return siteBibliography().entries.filter((e) => e.citedIn.some((c) => parsePassageRef(c.ref)!.doc === doc)).length;
}
