/** /{lang}/manifest.webmanifest: what a phone shows when the reader installs the library (src/offline/manifest.ts). */
import type { APIRoute } from "astro";
import { localeStaticPaths } from "../../reports/routes.ts";
import { webManifest } from "../../offline/manifest.ts";
import { t } from "../../i18n/t.ts";
import type { Locale } from "../../i18n/locales.ts";

export const getStaticPaths = localeStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const lang = params.lang as Locale;
  const manifest = webManifest(lang, import.meta.env.BASE_URL, {
    name: t(lang, "site.name"),
    shortName: t(lang, "offline.shortName"),
    description: t(lang, "site.description"),
  });
  return new Response(JSON.stringify(manifest), { headers: { "Content-Type": "application/manifest+json" } });
};
