/**
 * The content check for the works the forum's talks name (content/sources/forum-citations.yaml):
 * every place resolves in both languages and holds its quoted words there (zh as transcribed,
 * en as translated), every `entry` names a bibliography entry, and bibliography.yaml holds
 * exactly what the file gives (its new entries and `mention` places), as `npm run sources` writes it.
 */
import { existsSync } from "node:fs";
import { join, relative } from "node:path";
import { LOCALES } from "../../src/i18n/locales.ts";
import { passageTexts, type PassageText } from "../../src/passages/excerpt.ts";
import { forumCitationsSchema } from "../../src/schemas/forum-citations.ts";
import type { Source } from "../../src/schemas/sources.ts";
import { readValidYaml } from "../../src/lib/yaml-file.ts";
import { addNamedWorks, withoutMentions } from "../../src/sources/named.ts";
import type { ChapterInfo } from "./pages.ts";
import type { Problem } from "./problems.ts";

const FIX = "(run `npm run sources` and review the diff)";
const normalise = (s: string) => s.replace(/\s+/g, " ").trim();

/** JSON with sorted keys: two entries compare equal whatever order their YAML wrote the fields in. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(",")}]`;
  if (v && typeof v === "object")
    return `{${Object.entries(v)
      .filter(([, x]) => x !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, x]) => `${JSON.stringify(k)}:${canonical(x)}`)
      .join(",")}}`;
  return JSON.stringify(v);
}

export function validateForumCitations(
  contentRoot: string,
  pages: readonly ChapterInfo[],
  entries: readonly Source[],
  bibFile: string,
  checkRef: (file: string, field: string, ref: string) => boolean,
): Problem[] {
  const path = join(contentRoot, "sources", "forum-citations.yaml");
  const file = relative(join(contentRoot, ".."), path);
  const problems: Problem[] = [];
  const works = existsSync(path) ? readValidYaml(path, file, forumCitationsSchema, problems) : [];
  if (!works) return problems;

  // Each place: the passage exists in both languages and its words name the work.
  const texts = new Map<string, Map<string, PassageText>>();
  for (const p of pages)
    if (p.section === "forum" && p.structure)
      texts.set(`forum/${p.report}/${p.slug}|${p.lang}`, passageTexts(p.structure.tree));
  works.forEach((w, i) =>
    w.citedIn.forEach((c, j) => {
      const field = `${i}.citedIn.${j}`;
      if (!checkRef(file, field, c.ref)) return;
      const [page, id] = c.ref.split("#") as [string, string];
      for (const lang of LOCALES) {
        const text = texts.get(`${page}|${lang}`)?.get(id)?.text;
        if (text !== undefined && !normalise(text).includes(normalise(c.quote[lang])))
          problems.push({ file, message: `${field}.quote.${lang}: “${c.quote[lang]}” is not in ${c.ref} (${lang})` });
      }
    }),
  );

  // The bibliography holds exactly the entries and places the file gives.
  const linked = entries.filter((e) => e.url !== undefined).map(withoutMentions);
  const built = addNamedWorks(linked, works);
  for (const p of built.problems) problems.push({ file, message: `${p.field}: ${p.message}` });
  const want = new Map(built.entries.map((e) => [e.id, canonical(e)]));
  entries.forEach((e, i) => {
    const expected = want.get(e.id);
    want.delete(e.id);
    if (expected === undefined)
      problems.push({
        file: bibFile,
        message: `entries.${i} ("${e.id}") has no link and is not in ${file} ${FIX}`,
      });
    else if (expected !== canonical(e))
      problems.push({
        file: bibFile,
        message: `entries.${i} ("${e.id}"): its places named in the forum, or its fields, differ from ${file} ${FIX}`,
      });
  });
  for (const id of want.keys())
    problems.push({ file: bibFile, message: `no entry "${id}", which ${file} gives ${FIX}` });
  return problems;
}
