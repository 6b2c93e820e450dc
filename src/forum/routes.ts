/** Static paths for the speaker pages; events and talks are documents (src/documents/routes.ts). */
import { LOCALES } from "../i18n/locales.ts";
import { getSpeakers, publishedEvents } from "./data.ts";

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
