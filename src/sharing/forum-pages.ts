/**
 * What the forum's pages need for sharing: the preview image's text, JSON-LD,
 * the canonical URL (for the share control and QR code) and the share view's
 * address. Kept here so the forum's layouts each need only a line or two.
 */
import type { Locale } from "../i18n/locales.ts";
import { href } from "../lib/page-locale.ts";
import { agendaRowOf, getSpeakers, getTalks, talkSlug, type EventEntry, type TalkEntry } from "../forum/data.ts";
import { forumPath } from "../forum/urls.ts";
import { eventPageJsonLd, talkPageJsonLd } from "./forum-json-ld.ts";
import type { JsonLd } from "./json-ld.ts";
import { absoluteUrl, previewImageUrl } from "./page-urls.ts";
import { shareViewPath } from "./share-view.ts";

export interface PageSharing {
  preview: { context?: string; title: string };
  jsonLd: JsonLd;
  /** Absolute canonical URL: what the share control shares and the QR code encodes. */
  url: string;
  /** Link to the page's share view (QR code, title, speaker, short link). */
  shareView: string;
}

/** For a talk page whose full title is "<talk title> | <event short title>". */
export async function talkSharing(
  event: EventEntry,
  talk: TalkEntry,
  lang: Locale,
  pageTitle: string,
  site: URL,
): Promise<PageSharing> {
  const path = forumPath(lang, event.id, talkSlug(talk));
  const url = absoluteUrl(href(path), site);
  const eventTitle = event.data.shortTitle[lang];
  const suffix = ` | ${eventTitle}`;
  return {
    preview: {
      context: eventTitle,
      title: pageTitle.endsWith(suffix) ? pageTitle.slice(0, -suffix.length) : talk.data.title,
    },
    jsonLd: talkPageJsonLd(event.data, talk.data, await getSpeakers(), lang, {
      url,
      image: previewImageUrl(href(path), site),
      eventUrl: absoluteUrl(href(forumPath(lang, event.id)), site),
      slot: agendaRowOf(event, talkSlug(talk))?.row.time,
    }),
    url,
    shareView: href(shareViewPath(path)),
  };
}

export async function eventSharing(
  event: EventEntry,
  lang: Locale,
  description: string,
  site: URL,
): Promise<PageSharing> {
  const path = forumPath(lang, event.id);
  const url = absoluteUrl(href(path), site);
  const talks = (await getTalks(event.id, lang)).map((t) => ({
    name: t.data.title,
    url: absoluteUrl(href(forumPath(lang, event.id, talkSlug(t))), site),
  }));
  return {
    preview: { context: event.data.conference.edition, title: event.data.title[lang] },
    jsonLd: eventPageJsonLd(event.data, lang, { url, image: previewImageUrl(href(path), site), description }, talks),
    url,
    shareView: href(shareViewPath(path)),
  };
}
