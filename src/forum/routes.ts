/** Static paths for the forum and speaker pages (the routes in src/pages stay thin). */
import { LOCALES } from "../i18n/locales.ts";
import { href } from "../lib/page-locale.ts";
import { getSpeakers, getTalks, publishedEvents, talkSlug, type EventEntry, type TalkEntry } from "./data.ts";
import { forumPath } from "./urls.ts";

/** Event pages: /{lang}/forum/{event}/ */
export async function eventStaticPaths() {
  const events = await publishedEvents();
  return LOCALES.flatMap((lang) => events.map((event) => ({ params: { lang, event: event.id }, props: { event } })));
}

export interface TalkPageProps {
  event: EventEntry;
  talk: TalkEntry;
  prev?: { label: string; href: string };
  next?: { label: string; href: string };
}

/** Talk pages: /{lang}/forum/{event}/{talk}/ with previous/next in the order of the day. */
export async function talkStaticPaths() {
  const paths: { params: Record<string, string>; props: TalkPageProps }[] = [];
  for (const event of await publishedEvents()) {
    for (const lang of LOCALES) {
      const talks = await getTalks(event.id, lang);
      const link = (t: TalkEntry | undefined) =>
        t && { label: t.data.title, href: href(forumPath(lang, event.id, talkSlug(t))) };
      talks.forEach((talk, i) => {
        paths.push({
          params: { lang, event: event.id, talk: talkSlug(talk) },
          props: { event, talk, prev: link(talks[i - 1]), next: link(talks[i + 1]) },
        });
      });
    }
  }
  return paths;
}

/** Speakers list: /{lang}/speakers/ (only once some event is published). */
export async function speakersIndexStaticPaths() {
  if (!(await publishedEvents()).length) return [];
  return LOCALES.map((lang) => ({ params: { lang } }));
}

/** One page per person: /{lang}/speakers/{id}/ */
export async function speakerStaticPaths() {
  if (!(await publishedEvents()).length) return [];
  const ids = [...(await getSpeakers()).keys()];
  return LOCALES.flatMap((lang) => ids.map((id) => ({ params: { lang, speaker: id } })));
}
