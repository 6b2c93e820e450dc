/** /{lang}/sources/bibliography.bib: the whole bibliography as BibTeX, titles as that edition gives them. */
import type { APIRoute } from "astro";
import { localeStaticPaths } from "../../../reports/routes.ts";
import { siteBibliography } from "../../../sources/site.ts";
import { toBibtex } from "../../../sources/export.ts";
import type { Locale } from "../../../i18n/locales.ts";

export const getStaticPaths = localeStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(toBibtex(siteBibliography().entries, params.lang as Locale), {
    headers: { "Content-Type": "application/x-bibtex; charset=utf-8" },
  });
