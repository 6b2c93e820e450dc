/**
 * Passage references (format: schemas/passage-ref.ts) turned into places on the
 * site: the path of a passage in one language, and the reference of a passage
 * from the content file it is in.
 */
import type { Locale } from "../i18n/locales.ts";
import { chapterPath, localePath } from "../i18n/urls.ts";
import { formatPassageRef, type PassageRef } from "../schemas/passage-ref.ts";

export { PASSAGE_REF, formatPassageRef, pageKey, parsePassageRef, type PassageRef } from "../schemas/passage-ref.ts";

/** Site-absolute path of the passage in one language (without the deployment base). */
export function passagePath(ref: PassageRef, lang: Locale): string {
  return ref.section === "forum"
    ? `${localePath(lang, "forum", ref.doc, ref.page)}#${ref.id}`
    : chapterPath(lang, ref.doc, ref.page, ref.id);
}

/** The reference of the passage `id` on a content file, from the file's path (…/content/reports/<r>/<lang>/<c>.mdx). */
export function refForFile(path: string | undefined, id: string): { ref: string; lang: Locale } | undefined {
  const m = /[\\/]content[\\/](reports|forum)[\\/]([^\\/]+)[\\/](zh|en)[\\/]([^\\/]+)\.mdx$/.exec(path ?? "");
  if (!m) return undefined;
  const ref: PassageRef = { section: m[1] as PassageRef["section"], doc: m[2]!, page: m[4]!, id };
  return { ref: formatPassageRef(ref), lang: m[3] as Locale };
}
