/**
 * The content check for content/search/synonyms.yaml: its schema, no word in
 * two sets, no reader word that is already a glossary name or alias (the
 * glossary handles those), and in each language the set's first word, the one searched,
 * occurs in that language's pages (reports, talks or glossary).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { LOCALES } from "../../src/i18n/locales.ts";
import { readSynonyms, SYNONYMS_FILE } from "../../src/search/synonyms-file.ts";
import { lexKey } from "../../src/search/lexicon.ts";
import { readGlossaryFiles } from "../../src/glossary/files.ts";
import type { ChapterInfo } from "./pages.ts";
import type { Problem } from "./problems.ts";

export function validateSearch(contentRoot: string, pages: readonly ChapterInfo[]): Problem[] {
  const problems: Problem[] = [];
  const sets = readSynonyms(contentRoot, problems);
  if (!sets.length) return problems;
  const file = `content/${SYNONYMS_FILE}`;
  const glossary = readGlossaryFiles(contentRoot);
  const names = new Set(
    glossary.terms.flatMap((t) =>
      LOCALES.flatMap((l) => [t.name[l], ...t.aliases[l], ...t.forms[l]]).map((n) => lexKey(n)),
    ),
  );
  const text = new Map(LOCALES.map((l) => [l, ""]));
  for (const p of pages) text.set(p.lang, text.get(p.lang)! + readFileSync(join(contentRoot, "..", p.file), "utf8"));
  for (const t of glossary.terms)
    for (const l of LOCALES) text.set(l, `${text.get(l)} ${t.name[l]} ${t.definition[l]}`);
  // Folded as lexKey folds a query, without its per-character steps (full-width
  // forms and radicals do not occur in the pages): lower case, hyphens as spaces.
  const fold = (t: string) => t.toLowerCase().replace(/[-‐–]/g, " ").replace(/\s+/g, " ");
  const folded = new Map(LOCALES.map((l) => [l, fold(text.get(l)!)]));
  for (const set of sets) {
    for (const lang of LOCALES) {
      const words = set[lang];
      if (!words) continue;
      if (!folded.get(lang)!.includes(lexKey(words[0]!)))
        problems.push({
          file,
          message: `${set.id}: "${words[0]}", the word searched on /${lang}/, does not occur in the ${lang} pages; put a word the documents use first`,
        });
      for (const w of words.slice(1))
        if (names.has(lexKey(w)))
          problems.push({
            file,
            message: `${set.id}: "${w}" is a glossary name or alias; the glossary already maps it`,
          });
    }
  }
  return problems;
}
