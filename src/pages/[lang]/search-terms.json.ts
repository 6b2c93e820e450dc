/** /{lang}/search-terms.json: the search lexicon (src/search/lexicon.ts), fetched on the first query. */
import type { APIRoute } from "astro";
import { localeStaticPaths } from "../../reports/routes.ts";
import { siteGlossary } from "../../glossary/site.ts";
import { glossaryPath, nodePath } from "../../glossary/links.ts";
import { buildLexicon, organisationLexicon } from "../../search/lexicon.ts";
import { siteOrganisations } from "../../organisations/site.ts";
import { organisationPath } from "../../organisations/links.ts";
import type { Locale } from "../../i18n/locales.ts";

export const getStaticPaths = localeStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const lang = params.lang as Locale;
  const { terms, risks } = siteGlossary();
  const lexicon = [
    ...buildLexicon(lang, terms, risks, {
      term: (id) => glossaryPath(lang, id),
      node: (ref) => nodePath(lang, ref),
    }),
    ...organisationLexicon(lang, siteOrganisations().organisations, (id) => organisationPath(lang, id)),
  ];
  return new Response(JSON.stringify(lexicon), { headers: { "Content-Type": "application/json; charset=utf-8" } });
};
