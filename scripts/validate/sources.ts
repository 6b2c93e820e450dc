/**
 * The content check for the bibliography (content/sources/bibliography.yaml,
 * issue 24) against the documents: every link a footnote or a slide's source
 * list cites is in the bibliography, under the entry for its work, with that
 * place in `citedIn`; every entry and every `citedIn` place is cited (the note
 * or list item exists in both languages and cites that work); every citing
 * passage resolves in both languages; no two entries are the same work.
 */
import { existsSync } from "node:fs";
import { join, relative } from "node:path";
import { LOCALES } from "../../src/i18n/locales.ts";
import { parsePassageRef } from "../../src/passages/refs.ts";
import { passageRefChecker } from "./passage-refs.ts";
import { bibliographySchema, type CitedIn } from "../../src/schemas/sources.ts";
import { readValidYaml } from "../../src/lib/yaml-file.ts";
import { citationKeys, citedInOf, entryKeys } from "../../src/sources/build.ts";
import { placeKey } from "../../src/sources/citations.ts";
import { keyOf, placedCitations, type CitingPage, type PlacedWithFiles } from "../sources/placed.ts";
import type { ChapterInfo } from "./pages.ts";
import type { Problem } from "./problems.ts";
import { validateForumCitations } from "./forum-citations.ts";

const FIX = "(run `npm run sources` and review the diff)";

function placeOf(c: CitedIn): string {
  return placeKey(c, c.ref.slice(c.ref.indexOf("#") + 1));
}

function describe(c: CitedIn): string {
  if (c.note !== undefined) return `note ${c.note}`;
  if (c.link !== undefined) return `link ${c.link} of #${c.ref.slice(c.ref.indexOf("#") + 1)}`;
  return `source list "${c.list}" item ${c.item}`;
}

export function validateSources(contentRoot: string, pages: readonly ChapterInfo[]): Problem[] {
  const path = join(contentRoot, "sources", "bibliography.yaml");
  const file = relative(join(contentRoot, ".."), path);
  const problems: Problem[] = [];
  const citing: CitingPage[] = pages.flatMap((p) =>
    p.structure
      ? [{ section: p.section, report: p.report, slug: p.slug, lang: p.lang, file: p.file, tree: p.structure.tree }]
      : [],
  );
  const placed = placedCitations(citing);
  problems.push(...placed.problems);
  if (!existsSync(path)) {
    if (placed.cites.length)
      problems.push({ file, message: `missing: the documents cite ${placed.cites.length} works ${FIX}` });
    return problems;
  }
  const data = readValidYaml(path, file, bibliographySchema, problems);
  if (!data) return problems;
  const entries = data.entries;

  // Ids, and one entry per work.
  const ids = new Map<string, number>();
  const byKey = new Map<string, number>();
  entries.forEach((e, i) => {
    if (ids.has(e.id))
      problems.push({ file, message: `entries.${i}.id: "${e.id}" is also the id of entries.${ids.get(e.id)}` });
    ids.set(e.id, i);
    for (const k of entryKeys(e)) {
      const j = byKey.get(k);
      if (j !== undefined && j !== i)
        problems.push({
          file,
          message: `entries.${i} ("${e.id}") and entries.${j} ("${entries[j]!.id}") are the same work (${k}): merge them`,
        });
      else byKey.set(k, i);
    }
  });

  // Every citation in the documents → its entry, with its link and its place.
  const citesAt = new Map<string, PlacedWithFiles>();
  const citedUrls = new Set<string>();
  for (const c of placed.cites) {
    citesAt.set(`${c.page}|${keyOf(c.zh)}`, c);
    const where = describe(citedInOf(c)[0] ?? { ref: `${c.page}#?`, ...c.zh.place });
    const i = citationKeys(c)
      .map((k) => byKey.get(k))
      .find((x) => x !== undefined);
    if (i === undefined) {
      problems.push({ file: c.files.zh, message: `${where} cites ${c.zh.url}, which is not in ${file} ${FIX}` });
      continue;
    }
    const e = entries[i]!;
    const links = new Set([e.url, ...(e.urls ?? [])]);
    for (const lang of LOCALES) {
      citedUrls.add(c[lang].url);
      if (!links.has(c[lang].url))
        problems.push({
          file: c.files[lang],
          message: `${where} cites ${c[lang].url}: add it to entries.${i} ("${e.id}").urls in ${file} ${FIX}`,
        });
    }
    const listed = new Set(e.citedIn.map((x) => `${x.ref}|${placeOf(x)}`));
    for (const x of citedInOf(c))
      if (!listed.has(`${x.ref}|${placeOf(x)}`))
        problems.push({
          file,
          message: `entries.${i} ("${e.id}").citedIn: missing ${x.ref} (${describe(x)}), which cites it ${FIX}`,
        });
  }

  // Every entry's places cite it, in passages that exist in both languages.
  const { checkRef } = passageRefChecker(pages, problems);
  entries.forEach((e, i) => {
    const keys = new Set(entryKeys(e));
    e.citedIn.forEach((x, j) => {
      const field = `entries.${i} ("${e.id}").citedIn.${j}`;
      if (!checkRef(file, field, x.ref) || x.mention) return; // a mention is checked against forum-citations.yaml
      const ref = parsePassageRef(x.ref)!;
      const pageId = x.ref.slice(0, x.ref.indexOf("#"));
      const c = citesAt.get(`${pageId}|${placeOf(x)}`);
      if (!c) problems.push({ file, message: `${field}: ${pageId} has no ${describe(x)} that links to a work ${FIX}` });
      else if (!citationKeys(c).some((k) => keys.has(k)))
        problems.push({
          file,
          message: `${field}: ${describe(x)} of ${pageId} cites ${c.zh.url}, not this work ${FIX}`,
        });
      else if (!citedInOf(c).some((y) => y.ref === x.ref))
        problems.push({ file, message: `${field}: ${describe(x)} is not cited from "#${ref.id}" ${FIX}` });
    });
    for (const url of [e.url, ...(e.urls ?? [])])
      if (url !== undefined && !citedUrls.has(url))
        problems.push({ file, message: `entries.${i} ("${e.id}"): ${url} is not cited by any document ${FIX}` });
  });
  problems.push(...validateForumCitations(contentRoot, pages, entries, file, checkRef));
  return problems;
}
