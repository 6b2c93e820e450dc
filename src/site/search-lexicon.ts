/**
 * The whole search lexicon of one language (src/search/lexicon.ts): glossary
 * terms, risk nodes, speakers' names, organisations and the reader words of
 * content/search/synonyms.yaml. Written whole to /{lang}/search-terms.json and
 * in shards to /{lang}/search-terms/{n}.json. A malformed synonyms file fails
 * the build naming it.
 */
import { siteGlossary } from "../glossary/site.ts";
import { glossaryPath, nodePath } from "../glossary/links.ts";
import { getSpeakers } from "../forum/data.ts";
import { speakerPath } from "../forum/urls.ts";
import { buildLexicon, organisationLexicon, type LexEntry } from "../search/lexicon.ts";
import { siteOrganisations } from "../organisations/site.ts";
import { organisationPath } from "../organisations/links.ts";
import { readSynonyms } from "../search/synonyms-file.ts";
import type { Locale } from "../i18n/locales.ts";
import type { FileProblem } from "../lib/yaml-file.ts";

const built = new Map<Locale, Promise<LexEntry[]>>();

/** Built once per language (the whole file and each of its shards read it). */
export function siteLexicon(lang: Locale): Promise<LexEntry[]> {
  let lexicon = built.get(lang);
  if (!lexicon) {
    lexicon = buildSiteLexicon(lang);
    built.set(lang, lexicon);
  }
  return lexicon;
}

async function buildSiteLexicon(lang: Locale): Promise<LexEntry[]> {
  const { terms, risks } = siteGlossary();
  const problems: FileProblem[] = [];
  const synonyms = readSynonyms("content", problems);
  if (problems.length)
    throw new Error(`search synonyms:\n${problems.map((p) => `  ${p.file}: ${p.message}`).join("\n")}`);
  const speakers = [...(await getSpeakers()).entries()]
    .filter(([, s]) => !s.unidentified)
    .map(([id, s]) => ({ id, name: s.name, aliases: s.aliases }));
  return buildLexicon(
    lang,
    terms,
    risks,
    {
      term: (id) => glossaryPath(lang, id),
      node: (ref) => nodePath(lang, ref),
      speaker: (id) => speakerPath(lang, id),
    },
    { speakers, synonyms },
  ).concat(organisationLexicon(lang, siteOrganisations().organisations, (id) => organisationPath(lang, id)));
}
