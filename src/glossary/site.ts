/**
 * The glossary and taxonomies as the build uses them, read once: the term
 * list, the risk model, matchers per language and the backlink index.
 */
import type { Locale } from "../i18n/locales.ts";
import type { Term } from "../schemas/glossary.ts";
import { siteGlossaryFiles } from "./files.ts";
import { buildMatcher, type Matcher } from "./match.ts";
import { backlinkIndex, type Backlink } from "./backlinks.ts";
import { buildRiskModel, type RiskModel } from "../risks/model.ts";
import { cfiNames } from "../risks/cfi-names.ts";

export interface SiteGlossary {
  terms: Term[];
  term(id: string): Term | undefined;
  risks: RiskModel;
  noLinks: ReadonlySet<string>;
  matcher(lang: Locale): Matcher;
  backlinks: Map<string, Backlink[]>;
}

let site: SiteGlossary | undefined;

export function siteGlossary(): SiteGlossary {
  if (site) return site;
  const files = siteGlossaryFiles();
  const terms = files.terms;
  const byId = new Map(terms.map((t) => [t.id, t]));
  const risks = buildRiskModel(files.schemes, files.crosswalk, cfiNames(files.cfi));
  const matchers = new Map<Locale, Matcher>();
  site = {
    terms,
    term: (id) => byId.get(id),
    risks,
    noLinks: new Set(files.noLinks),
    matcher(lang) {
      let m = matchers.get(lang);
      if (!m) {
        m = buildMatcher(
          terms
            .filter((t) => t.link)
            .map((t) => ({ id: t.id, names: [t.name[lang], ...t.aliases[lang], ...t.forms[lang]] })),
          { plurals: lang === "en" },
        );
        matchers.set(lang, m);
      }
      return m;
    },
    backlinks: backlinkIndex(terms, risks),
  };
  return site;
}
