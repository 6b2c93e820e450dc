/**
 * /{lang}/search-terms.json: the whole search lexicon (src/site/search-lexicon.ts),
 * fetched by the search code when a query needs every name (typo correction,
 * suggestions); other queries fetch only their shards (search-terms/[shard].json.ts).
 */
import type { APIRoute } from "astro";
import { localeStaticPaths } from "../../reports/routes.ts";
import { packLexicon } from "../../search/lexicon.ts";
import { siteLexicon } from "../../site/search-lexicon.ts";
import type { Locale } from "../../i18n/locales.ts";

export const getStaticPaths = localeStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify(packLexicon(await siteLexicon(params.lang as Locale))), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
