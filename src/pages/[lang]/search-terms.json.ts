/**
 * /{lang}/search-terms.json: the search lexicon (src/search/lexicon.ts): glossary
 * terms, risk nodes, speakers' names and the reader words of
 * content/search/synonyms.yaml. Fetched by the search code on the first query.
 */
import type { APIRoute } from "astro";
import { localeStaticPaths } from "../../reports/routes.ts";
import { siteGlossary } from "../../glossary/site.ts";
import { glossaryPath, nodePath } from "../../glossary/links.ts";
import { getSpeakers } from "../../forum/data.ts";
import { speakerPath } from "../../forum/urls.ts";
import { buildLexicon, organisationLexicon, packLexicon } from "../../search/lexicon.ts";
import { siteOrganisations } from "../../organisations/site.ts";
import { organisationPath } from "../../organisations/links.ts";
import { readSynonyms } from "../../search/synonyms-file.ts";
import type { Locale } from "../../i18n/locales.ts";
import type { FileProblem } from "../../lib/yaml-file.ts";

export const getStaticPaths = localeStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const lang = params.lang as Locale;
  const { terms, risks } = siteGlossary();
  const problems: FileProblem[] = [];
  const synonyms = readSynonyms("content", problems);
  if (problems.length)
    throw new Error(`search synonyms:\n${problems.map((p) => `  ${p.file}: ${p.message}`).join("\n")}`);
  const speakers = [...(await getSpeakers()).entries()]
    .filter(([, s]) => !s.unidentified)
    .map(([id, s]) => ({ id, name: s.name }));
  const lexicon = buildLexicon(
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
  return new Response(JSON.stringify(packLexicon(lexicon)), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
};
