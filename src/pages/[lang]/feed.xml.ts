import type { APIRoute } from "astro";
import { localeStaticPaths } from "../../reports/routes.ts";
import { feedXml } from "../../site/feed.ts";
import type { Locale } from "../../i18n/locales.ts";

// The Atom feed of each language: /{lang}/feed.xml
export const getStaticPaths = localeStaticPaths;
export const GET: APIRoute = async ({ params, site }) =>
  new Response(await feedXml(params.lang as Locale, site!), {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8" },
  });
