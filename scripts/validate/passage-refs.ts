/** Checking passage references against the ids of the pages, in both languages (glossary, taxonomies, organisations, charts, the bibliography). */
import { LOCALES } from "../../src/i18n/locales.ts";
import { pageKey, parsePassageRef } from "../../src/passages/refs.ts";
import type { ChapterInfo } from "./pages.ts";
import type { Problem } from "./problems.ts";

type AnchorIndex = Map<string, Map<string, { file: string; ids: Set<string> }>>;

/** Ids on each page, by "<section>/<doc>/<page>" and language. */
export function anchorIndex(pages: readonly ChapterInfo[]): AnchorIndex {
  const index: AnchorIndex = new Map();
  for (const p of pages) {
    const key = `${p.section}/${p.report}/${p.slug}`;
    const byLang = index.get(key) ?? new Map();
    byLang.set(p.lang, { file: p.file, ids: new Set(p.structure?.ids.map((i) => i.id)) });
    index.set(key, byLang);
  }
  return index;
}

/** A checker that adds a problem (naming file and field) for each reference that does not resolve in both languages. */
export function passageRefChecker(pages: readonly ChapterInfo[], problems: Problem[]) {
  const anchors = anchorIndex(pages);
  /** Adds a problem for each way `ref` fails; true when its page exists (in some language), so later checks may read it. */
  const checkRef = (file: string, field: string, ref: string): boolean => {
    const p = parsePassageRef(ref);
    if (!p) {
      problems.push({
        file,
        message: `${field}: "${ref}" is not a passage reference ("<report>/<chapter>#<id>" or "forum/<event>/<talk>#p-<n>")`,
      });
      return false;
    }
    const byLang = anchors.get(pageKey(p));
    if (!byLang) {
      problems.push({
        file,
        message: `${field}: "${ref}": no ${p.section === "forum" ? "talk" : "chapter"} "${p.doc}/${p.page}"`,
      });
      return false;
    }
    for (const lang of LOCALES) {
      const page = byLang.get(lang);
      if (!page)
        problems.push({ file, message: `${field}: "${ref}": the ${lang} edition of "${p.doc}/${p.page}" is missing` });
      else if (!page.ids.has(p.id))
        problems.push({ file, message: `${field}: "${ref}": no passage "#${p.id}" in ${page.file}` });
    }
    return true;
  };
  const checkRefs = (file: string, field: string, refs: readonly string[]) =>
    refs.forEach((r, i) => checkRef(file, `${field}.${i}`, r));
  return { checkRef, checkRefs };
}
