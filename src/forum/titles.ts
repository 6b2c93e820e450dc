import type { Locale } from "../i18n/locales.ts";
import type { Speaker } from "../schemas/speaker.ts";
import type { TalkFrontmatter } from "../schemas/talk.ts";

/**
 * A page title that works out of context: "Dawn Song: Challenges and future
 * directions of AI safety | WAIC 2024 Frontier AI Safety Forum". A talk by one
 * identified person is prefixed with their name; panels and talks by
 * unidentified people are not.
 */
export function talkPageTitle(
  talk: Pick<TalkFrontmatter, "title" | "kind" | "speakers">,
  people: ReadonlyMap<string, Speaker>,
  lang: Locale,
  eventTitle: string,
): string {
  const speakers = talk.speakers.filter((s) => s.role === "speaker").map((s) => people.get(s.id));
  const one = speakers.length === 1 ? speakers[0] : undefined;
  const byOne = (talk.kind === "keynote" || talk.kind === "talk") && one && !one.unidentified;
  const name = byOne ? one.name[lang] : "";
  const prefix = name && !talk.title.includes(name) ? `${name}${lang === "zh" ? "：" : ": "}` : "";
  return `${prefix}${talk.title} | ${eventTitle}`;
}
