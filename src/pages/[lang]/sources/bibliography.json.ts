/** /{lang}/sources/bibliography.json: the whole bibliography as CSL-JSON, titles as that edition gives them. */
import type { APIRoute } from "astro";
import { localeStaticPaths } from "../../../reports/routes.ts";
import { siteBibliography } from "../../../sources/site.ts";
import { toCslJson } from "../../../sources/export.ts";
import type { Locale } from "../../../i18n/locales.ts";

export const getStaticPaths = localeStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(toCslJson(siteBibliography().entries, params.lang as Locale), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
