/**
 * Forum data for the pages: events, their talks in the order of the day,
 * the people in them and the corrections. The content check guarantees the
 * cross-references (speaker ids, agenda slugs), so lookups here may assume them.
 */
import { getCollection, type CollectionEntry } from "astro:content";
import type { Locale } from "../i18n/locales.ts";
import type { AgendaRow } from "../schemas/event.ts";
import type { Speaker } from "../schemas/speaker.ts";
import type { SpeakerRole } from "../schemas/talk.ts";
import type { Correction } from "../schemas/corrections.ts";
import { correctionsFor } from "./corrections.ts";
import { readCorrections } from "./paths.ts";

export type EventEntry = CollectionEntry<"events">;
export type TalkEntry = CollectionEntry<"talks">;

/** "<event>/<lang>/<talk>" → its parts. */
export function parseTalkId(id: string): { event: string; lang: Locale; talk: string } {
  const [event, lang, talk] = id.split("/");
  if (!event || (lang !== "zh" && lang !== "en") || !talk)
    throw new Error(`Unexpected talk id "${id}": expected <event>/<zh|en>/<talk>`);
  return { event, lang, talk };
}

/** The file name of a talk, which is its URL segment. */
export const talkSlug = (talk: TalkEntry) => parseTalkId(talk.id).talk;

/** One event's talks in one language, in the order of the day. */
export async function getTalks(event: string, lang: Locale): Promise<TalkEntry[]> {
  const talks = await getCollection("talks", (t) => {
    const p = parseTalkId(t.id);
    return p.event === event && p.lang === lang;
  });
  return talks.sort((a, b) => a.data.order - b.data.order);
}

/**
 * Events that have transcripts, newest first. An event folder without talk
 * files is still in preparation: it has no pages yet (the content check agrees).
 */
export async function publishedEvents(): Promise<EventEntry[]> {
  const events = await getCollection("events");
  const withTalks = new Set((await getCollection("talks")).map((t) => parseTalkId(t.id).event));
  return events.filter((e) => withTalks.has(e.id)).sort((a, b) => b.data.date.localeCompare(a.data.date));
}

/** Events still in preparation, for the home page's "coming soon" list. */
export async function upcomingEvents(): Promise<EventEntry[]> {
  const published = new Set((await publishedEvents()).map((e) => e.id));
  return (await getCollection("events")).filter((e) => !published.has(e.id));
}

/** Everyone in content/speakers.yaml, by id, in file order. */
export async function getSpeakers(): Promise<Map<string, Speaker>> {
  return new Map((await getCollection("speakers")).map((s) => [s.id, s.data]));
}

/** The agenda row a talk transcribes, with its 1-based position in the printed agenda. */
export function agendaRowOf(event: EventEntry, talk: string): { row: AgendaRow; position: number } | undefined {
  const i = event.data.agenda.findIndex((r) => r.talk === talk);
  return i === -1 ? undefined : { row: event.data.agenda[i]!, position: i + 1 };
}

/** The speech-recognition corrections that apply to one talk. */
export function talkCorrections(event: string, talk: string): Correction[] {
  return correctionsFor(talk, readCorrections(`content/forum/${event}`));
}

export interface Appearance {
  event: EventEntry;
  talk: TalkEntry;
  role: SpeakerRole;
}

/** Every talk a person appears in (one language), in the order of the day, with their role. */
export async function appearancesOf(id: string, lang: Locale): Promise<Appearance[]> {
  const out: Appearance[] = [];
  for (const event of await publishedEvents()) {
    for (const talk of await getTalks(event.id, lang)) {
      const entry = talk.data.speakers.find((s) => s.id === id);
      if (entry) out.push({ event, talk, role: entry.role });
    }
  }
  return out;
}

/**
 * Language-neutral paths of every forum and speaker page, for the sitemap and
 * redirects. Talks exist in both languages (the content check enforces it).
 */
export async function forumPaths(): Promise<string[]> {
  const events = await publishedEvents();
  if (!events.length) return [];
  const paths: string[] = [];
  for (const event of events) {
    paths.push(`forum/${event.id}/`);
    for (const talk of await getTalks(event.id, "zh")) paths.push(`forum/${event.id}/${talkSlug(talk)}/`);
  }
  paths.push("speakers/", ...[...(await getSpeakers()).keys()].map((id) => `speakers/${id}/`));
  return paths;
}
