/** A document's entry and its parts (chapters or talks), in reading order, for either kind. */
import type { Locale } from "../i18n/locales.ts";
import {
  getChapters,
  getReports,
  navTitle,
  parseChapterId,
  type ChapterEntry,
  type ReportEntry,
} from "../reports/content.ts";
import { getTalks, publishedEvents, talkSlug, type EventEntry, type TalkEntry } from "../forum/data.ts";
import type { DocumentKind } from "./kinds.ts";

interface Entries {
  report: { doc: ReportEntry; part: ChapterEntry };
  event: { doc: EventEntry; part: TalkEntry };
}
export type DocEntry<K extends DocumentKind> = Entries[K]["doc"];
export type PartEntry<K extends DocumentKind> = Entries[K]["part"];

/** One chapter or talk: its URL segment, entry, title and the shorter label navigation uses. */
export interface Part<K extends DocumentKind> {
  slug: string;
  entry: PartEntry<K>;
  title: string;
  navTitle: string;
}

/** Every published document of a kind, newest first. */
export async function getDocuments<K extends DocumentKind>(kind: K): Promise<DocEntry<K>[]> {
  return (kind === "report" ? await getReports() : await publishedEvents()) as DocEntry<K>[];
}

/** A document's parts in one language, in reading order. */
export async function getParts<K extends DocumentKind>(kind: K, id: string, lang: Locale): Promise<Part<K>[]> {
  if (kind === "report") {
    return (await getChapters(id, lang)).map((c): Part<"report"> => ({
      slug: parseChapterId(c.id).chapter,
      entry: c,
      title: c.data.title,
      navTitle: navTitle(c),
    })) as Part<K>[];
  }
  return (await getTalks(id, lang)).map((c): Part<"event"> => ({
    slug: talkSlug(c),
    entry: c,
    title: c.data.title,
    navTitle: c.data.title,
  })) as Part<K>[];
}
