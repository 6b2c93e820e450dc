/** JSON-LD for the forum's pages, from its content entries. */
import type { Locale } from "../i18n/locales.ts";
import type { ForumEvent } from "../schemas/event.ts";
import type { Speaker } from "../schemas/speaker.ts";
import type { TalkFrontmatter } from "../schemas/talk.ts";
import { eventJsonLd, talkJsonLd, type JsonLd, type Place } from "./json-ld.ts";

/** Times in the programme are local to the venue (Shanghai, UTC+8). */
export const VENUE_UTC_OFFSET = "+08:00";

/** "2024-07-05" and "09:40 - 09:55" → "2024-07-05T09:40+08:00"; the date alone when there is no slot. */
export function startOf(date: string, slot?: string): string {
  const time = slot && /^(\d{2}:\d{2})/.exec(slot)?.[1];
  return time ? `${date}T${time}${VENUE_UTC_OFFSET}` : date;
}

const place = (e: ForumEvent, lang: Locale): Place => ({ name: e.venue[lang], locality: e.conference.city[lang] });

export function eventPageJsonLd(
  e: ForumEvent,
  lang: Locale,
  page: { url: string; image: string; description: string },
  talks: readonly { name: string; url: string }[],
): JsonLd {
  return eventJsonLd({
    lang,
    url: page.url,
    image: page.image,
    name: e.title[lang],
    description: page.description,
    // The day's programme starts with the first agenda slot, when the agenda gives a time.
    startDate: startOf(e.date, e.agenda[0]?.time),
    location: place(e, lang),
    // An organiser we only infer is not stated as fact here.
    ...(e.organiser.inferred ? {} : { organizer: e.organiser.name[lang] }),
    subEvents: talks,
  });
}

export function talkPageJsonLd(
  e: ForumEvent,
  talk: Pick<TalkFrontmatter, "title" | "description" | "speakers">,
  people: ReadonlyMap<string, Speaker>,
  lang: Locale,
  page: { url: string; image: string; eventUrl: string; slot?: string },
): JsonLd {
  const speakers = talk.speakers
    .filter((s) => s.role !== "host")
    .map((s) => people.get(s.id))
    .filter((p): p is Speaker => Boolean(p) && !p!.unidentified)
    .map((p) => ({ name: p.name[lang], ...(p.affiliation ? { affiliation: p.affiliation[lang] } : {}) }));
  return talkJsonLd({
    lang,
    url: page.url,
    image: page.image,
    name: talk.title,
    description: talk.description,
    startDate: startOf(e.date, page.slot),
    speakers,
    event: { name: e.title[lang], url: page.eventUrl },
    location: place(e, lang),
  });
}
