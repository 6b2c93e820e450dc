/**
 * /{lang}/search-terms/{n}.json: one shard of the search lexicon
 * (src/search/lexicon-shards.ts); a query fetches only the shards of its
 * characters. The whole lexicon is /{lang}/search-terms.json.
 */
import type { APIRoute } from "astro";
import { LOCALES, type Locale } from "../../../i18n/locales.ts";
import { packLexicon } from "../../../search/lexicon.ts";
import { SHARDS, shardLexicon } from "../../../search/lexicon-shards.ts";
import { siteLexicon } from "../../../site/search-lexicon.ts";

export function getStaticPaths() {
  return LOCALES.flatMap((lang) => Array.from({ length: SHARDS }, (_, n) => ({ params: { lang, shard: String(n) } })));
}

export const GET: APIRoute = async ({ params }) => {
  const shards = shardLexicon(packLexicon(await siteLexicon(params.lang as Locale)));
  return new Response(JSON.stringify(shards[Number(params.shard)] ?? []), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
};
