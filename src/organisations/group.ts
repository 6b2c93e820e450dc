/** The index's order: organisations grouped by region (in REGION_ORDER), each group by name (pinyin for Chinese). Pure. */
import type { Locale } from "../i18n/locales.ts";
import { ORGANISATION_REGIONS, type Organisation, type OrganisationRegion } from "../schemas/organisations.ts";
import { sortKey } from "../glossary/initials.ts";

export interface RegionGroup {
  region: OrganisationRegion;
  organisations: Organisation[];
}

export function groupByRegion(orgs: readonly Organisation[], lang: Locale): RegionGroup[] {
  const key = (o: Organisation) => sortKey(o.name[lang], lang);
  return ORGANISATION_REGIONS.map((region) => ({
    region,
    organisations: orgs
      .filter((o) => o.region === region)
      .sort((a, b) => key(a).localeCompare(key(b), "en") || a.id.localeCompare(b.id)),
  })).filter((g) => g.organisations.length > 0);
}
