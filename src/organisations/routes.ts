/** Static paths and sitemap entries for the organisation pages (the routes in src/pages stay thin). */
import { LOCALES } from "../i18n/locales.ts";
import { siteOrganisations } from "./site.ts";

/** /{lang}/organisations/{org}/ */
export function organisationStaticPaths() {
  const { organisations } = siteOrganisations();
  return LOCALES.flatMap((lang) => organisations.map((o) => ({ params: { lang, org: o.id }, props: { org: o } })));
}

/** Language-neutral paths of the organisation pages, for the sitemap. */
export function organisationPaths(): string[] {
  return ["organisations/", ...siteOrganisations().organisations.map((o) => `organisations/${o.id}/`)];
}
