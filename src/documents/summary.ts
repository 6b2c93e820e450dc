/** What is inside a document, for its card on the home page: parts, footnotes, speakers. */
import type { Locale } from "../i18n/locales.ts";
import type { TalkEntry } from "../forum/data.ts";
import type { DocumentKind } from "./kinds.ts";
import { getParts } from "./library.ts";
import { footnoteLabels } from "./footnotes.ts";

export interface DocumentSummary {
  /** Chapters or talks. */
  parts: number;
  /** Distinct footnotes (a note repeated in two chapters counts once, as in the source). */
  footnotes: number;
  /** Distinct people in an event's talks; 0 for a report. */
  speakers: number;
}

export async function documentSummary(kind: DocumentKind, id: string, lang: Locale): Promise<DocumentSummary> {
  const parts = await getParts(kind, id, lang);
  const notes = new Set(parts.flatMap((p) => footnoteLabels(p.entry.body ?? "")));
  const people =
    kind === "event" ? new Set(parts.flatMap((p) => (p.entry as TalkEntry).data.speakers.map((s) => s.id))) : new Set();
  return { parts: parts.length, footnotes: notes.size, speakers: people.size };
}
