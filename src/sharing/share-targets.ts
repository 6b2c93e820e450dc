/**
 * Pages with a share view (QR code, title, speaker, short link): every talk
 * and every event page of the forum.
 */
import { LOCALES } from "../i18n/locales.ts";
import { getSpeakers, getTalks, publishedEvents, talkSlug } from "../forum/data.ts";
import { forumPath } from "../forum/urls.ts";
import type { ShareTarget } from "./share-view.ts";

/** People named on a share view: everyone except the host who introduces them. */
const SHOWN_ROLES = new Set(["speaker", "panelist", "moderator"]);

export async function shareTargets(): Promise<ShareTarget[]> {
  const people = await getSpeakers();
  const targets: ShareTarget[] = [];
  for (const event of await publishedEvents()) {
    for (const lang of LOCALES) {
      targets.push({
        lang,
        path: forumPath(lang, event.id),
        context: event.data.conference.edition,
        title: event.data.title[lang],
        people: [],
      });
      for (const talk of await getTalks(event.id, lang)) {
        const named = talk.data.speakers.filter((s) => SHOWN_ROLES.has(s.role)).map((s) => people.get(s.id)!);
        targets.push({
          lang,
          path: forumPath(lang, event.id, talkSlug(talk)),
          context: event.data.shortTitle[lang],
          title: talk.data.title,
          people: named.map((p) => ({
            name: p.name[lang],
            ...(p.affiliation && !p.unidentified ? { affiliation: p.affiliation[lang] } : {}),
          })),
        });
      }
    }
  }
  return targets;
}

/** Static paths for src/pages/[lang]/share/[...page].astro. */
export async function shareViewStaticPaths() {
  return (await shareTargets()).map((target) => ({
    params: { lang: target.lang, page: target.path.split("/").slice(2).filter(Boolean).join("/") },
    props: { target },
  }));
}
