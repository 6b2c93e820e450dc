/**
 * The cited work of each citable page, from the content entries. Every
 * value is what the page itself shows in its language; nothing is added.
 */
import type { Locale } from "../i18n/locales.ts";
import type { Report } from "../schemas/report.ts";
import type { ForumEvent } from "../schemas/event.ts";
import type { Speaker } from "../schemas/speaker.ts";
import type { TalkFrontmatter } from "../schemas/talk.ts";
import { dateParts, type CitedWork, type Creator, type DateParts } from "./work.ts";

/** Lowercase letters and digits only, for keys. */
const keyPart = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, "");
const editionKey = (key: string, lang: Locale) => (lang === "en" ? key : `${key}${lang}`);

function reportAuthors(r: Report, lang: Locale): Creator[] {
  return r.citation.authors.map((a) =>
    "organisation" in a
      ? { literal: a.organisation[lang], kind: "organisation" }
      : { family: a.family, given: a.given },
  );
}

export interface PageAddress {
  /** Absolute canonical URL of the page. */
  url: string;
  /** The day of the build. */
  accessed: DateParts;
}

/** A report's overview page: the whole report in this edition. */
export function reportWork(r: Report, lang: Locale, page: PageAddress): CitedWork {
  return {
    kind: "report",
    key: editionKey(r.citation.key, lang),
    lang,
    title: r.title[lang],
    authors: reportAuthors(r, lang),
    etAl: r.citation.etAl,
    publisher: r.citation.institution[lang],
    number: r.citation.number,
    issued: dateParts(r.date),
    ...page,
  };
}

/** One chapter, cited within its report. */
export function chapterWork(
  r: Report,
  chapter: { id: string; title: string },
  lang: Locale,
  page: PageAddress,
): CitedWork {
  return {
    ...reportWork(r, lang, page),
    kind: "chapter",
    key: editionKey(`${r.citation.key}${keyPart(chapter.id)}`, lang),
    title: chapter.title,
    container: r.title[lang],
  };
}

/** The event as a talk's container: "Frontier AI Safety and Governance Forum, WAIC 2024". */
export function eventName(e: ForumEvent, lang: Locale): string {
  return lang === "zh" ? `${e.conference.edition} ${e.title.zh}` : `${e.title.en}, ${e.conference.edition}`;
}

/**
 * One talk, cited within its event. Its authors are the people who speak
 * (not the day's host), as the sources name them; people the sources do
 * not identify are left out, never guessed.
 */
export function talkWork(
  e: ForumEvent,
  talk: { id: string; data: Pick<TalkFrontmatter, "title" | "speakers"> },
  people: ReadonlyMap<string, Speaker>,
  lang: Locale,
  page: PageAddress,
): CitedWork {
  const authors: Creator[] = talk.data.speakers
    .filter((s) => s.role !== "host")
    .map((s) => people.get(s.id))
    .filter((p): p is Speaker => p !== undefined && !p.unidentified)
    .map((p) => ({ literal: p.name[lang], kind: "person" }));
  return {
    kind: "talk",
    key: editionKey(`${keyPart(e.conference.edition)}${keyPart(talk.id)}`, lang),
    lang,
    title: talk.data.title,
    authors,
    etAl: false,
    container: eventName(e, lang),
    place: e.conference.city[lang],
    issued: dateParts(e.date),
    ...page,
  };
}
