/**
 * The organisations as the build uses them, read once: the list, lookups by
 * id, a matcher per language for linking their names in the text, and which
 * organisations a piece of Chinese text names (a speaker's affiliation).
 */
import type { Locale } from "../i18n/locales.ts";
import type { Organisation } from "../schemas/organisations.ts";
import { siteOrganisationFiles } from "./files.ts";
import { buildMatcher, type Matcher } from "../glossary/match.ts";
import { chineseMatcher, entriesIn, NOT_A_MENTION } from "./one-name.ts";
import { organisationEntries } from "./entries.ts";

export interface SiteOrganisations {
  organisations: Organisation[];
  organisation(id: string): Organisation | undefined;
  /** Names and aliases in one language (and Chinese words that are not mentions, as NOT_A_MENTION). */
  matcher(lang: Locale): Matcher;
  /** The organisations a Chinese text names, in the order of the list. */
  namedIn(zhText: string): Organisation[];
}

let site: SiteOrganisations | undefined;

export function siteOrganisations(): SiteOrganisations {
  if (site) return site;
  const { organisations } = siteOrganisationFiles();
  const byId = new Map(organisations.map((o) => [o.id, o]));
  const zh = chineseMatcher(organisationEntries(organisations));
  const matchers = new Map<Locale, Matcher>();
  site = {
    organisations,
    organisation: (id) => byId.get(id),
    matcher(lang) {
      let m = matchers.get(lang);
      if (!m) {
        const linked = organisations.filter((o) => o.link);
        m = buildMatcher(
          [
            { id: NOT_A_MENTION, names: lang === "zh" ? linked.flatMap((o) => o.notIn) : [] },
            ...linked.map((o) => ({ id: o.id, names: [o.name[lang], ...o.aliases[lang]], exactCase: true })),
          ],
          { plurals: lang === "en" },
        );
        matchers.set(lang, m);
      }
      return m;
    },
    namedIn(text) {
      const keys = entriesIn(text, zh);
      return organisations.filter((o) => keys.has(`organisation:${o.id}`));
    },
  };
  return site;
}
