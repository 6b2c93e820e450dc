/**
 * Chinese and English must mirror each other: same chapters in the same order,
 * same section ids in the same order, same numbers of footnotes, tables and
 * figures, same links to other chapters. Shared links and the language switch
 * depend on it.
 */
import type { ChapterInfo } from "./pages.ts";
import type { Problem } from "./problems.ts";
import { LOCALES } from "../../src/i18n/locales.ts";

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function describeDifference(zh: readonly string[], en: readonly string[]): string {
  const onlyZh = zh.filter((x) => !en.includes(x));
  const onlyEn = en.filter((x) => !zh.includes(x));
  const parts = [];
  if (onlyZh.length) parts.push(`only in zh: ${onlyZh.join(", ")}`);
  if (onlyEn.length) parts.push(`only in en: ${onlyEn.join(", ")}`);
  if (!parts.length) parts.push(`same ids in a different order (zh: ${zh.join(", ")}; en: ${en.join(", ")})`);
  return parts.join("; ");
}

export function checkParity(chapters: readonly ChapterInfo[]): Problem[] {
  const problems: Problem[] = [];
  const key = (c: ChapterInfo) => `${c.dir}/${c.slug}`;
  const byKey = new Map<string, Partial<Record<string, ChapterInfo>>>();
  for (const c of chapters) byKey.set(key(c), { ...byKey.get(key(c)), [c.lang]: c });

  for (const pair of byKey.values()) {
    for (const lang of LOCALES) {
      if (!pair[lang]) {
        const other = pair[LOCALES.find((l) => pair[l])!]!;
        problems.push({
          file: `${other.dir}/${lang}/${other.slug}.mdx`,
          message: `missing translation: ${other.file} has no ${lang} counterpart`,
        });
      }
    }
    const zh = pair.zh;
    const en = pair.en;
    if (!zh || !en || !zh.structure || !en.structure) continue;
    if (zh.order !== undefined && en.order !== undefined && zh.order !== en.order) {
      problems.push({ file: en.file, message: `order is ${en.order} but ${zh.file} has order ${zh.order}` });
    }
    const zhIds = zh.structure.ids.map((i) => i.id);
    const enIds = en.structure.ids.map((i) => i.id);
    if (!sameList(zhIds, enIds))
      problems.push({
        file: en.file,
        message: `section ids differ from ${zh.file}: ${describeDifference(zhIds, enIds)}`,
      });
    const counts: [string, number, number][] = [
      ["footnotes", zh.structure.footnoteDefs.length, en.structure.footnoteDefs.length],
      ["footnote references", zh.structure.footnoteRefs.length, en.structure.footnoteRefs.length],
      ["tables", zh.structure.tables, en.structure.tables],
      ["paragraphs", zh.structure.paragraphs, en.structure.paragraphs],
      ["list items", zh.structure.listItems, en.structure.listItems],
      [
        "figures",
        zh.structure.components.filter((c) => c.name === "Figure").length,
        en.structure.components.filter((c) => c.name === "Figure").length,
      ],
    ];
    for (const [what, a, b] of counts) {
      if (a !== b) problems.push({ file: en.file, message: `has ${b} ${what}, ${zh.file} has ${a}` });
    }
    // Contributor groups and speakers must match too: the same people speak in the same places.
    const comps = (c: ChapterInfo) =>
      c.structure!.components.map(
        (u) =>
          `${u.name}${u.props.group ? `:${u.props.group}` : ""}${["Speaker", "Chart", "ChartLink"].includes(u.name) ? `:${u.props.id}` : ""}`,
      );
    if (!sameList(comps(zh), comps(en)))
      problems.push({
        file: en.file,
        message: `components differ from ${zh.file}: ${describeDifference(comps(zh), comps(en))}`,
      });
    const links = (c: ChapterInfo) => c.structure!.links.map((l) => l.url).filter((u) => !/^[a-z]+:/i.test(u));
    if (!sameList(links(zh), links(en)))
      problems.push({
        file: en.file,
        message: `links to other pages differ from ${zh.file}: ${describeDifference(links(zh), links(en))}`,
      });
  }

  // Chapter order must be unique within a report and language.
  const orders = new Map<string, Map<number, string>>();
  for (const c of chapters) {
    if (c.order === undefined) continue;
    const k = `${c.dir}/${c.lang}`;
    const seen = orders.get(k) ?? new Map<number, string>();
    if (seen.has(c.order))
      problems.push({ file: c.file, message: `order ${c.order} is also used by ${seen.get(c.order)}` });
    seen.set(c.order, c.file);
    orders.set(k, seen);
  }
  return problems;
}
