/**
 * The search lexicon: every glossary term, risk node and organisation with its names in both
 * languages, written at build time to /{lang}/search-terms.json and fetched by
 * the search code on the first query. It lets a query in either language, an
 * abbreviation or an alias find the reader's-language pages (see ./expand.ts).
 * Definitions are not in it: the card shows the one indexed on the term's page
 * (data-pagefind-meta="definition"), so the lexicon stays small.
 */
import type { Locale } from "../i18n/locales.ts";
import { otherLocale } from "../i18n/locales.ts";
import type { Term } from "../schemas/glossary.ts";
import type { RiskModel } from "../risks/model.ts";
import type { Organisation } from "../schemas/organisations.ts";
import { normalizeQuery } from "./normalize-query.ts";

export interface LexEntry {
  /** Term id, "<scheme>/<node>" for a risk node, or organisation id. */
  id: string;
  kind: "term" | "risk" | "organisation";
  /** Name in the reader's language: what the query is rewritten to. */
  name: string;
  /** Name in the other language (shown on the definition card). */
  other: string;
  /** Site-absolute path of the page, without the deployment base. */
  path: string;
  /** Everything that names it, normalized and lower-cased, both languages. */
  keys: string[];
  /** The keys in the reader's language (searched as typed, not rewritten). */
  own: string[];
}

/** How keys are compared: normalized like a query, lower-case, hyphens as spaces. */
export function lexKey(text: string): string {
  return normalizeQuery(text).toLowerCase().replace(/[-‐–]/g, " ").replace(/\s+/g, " ").trim();
}

const unique = (xs: string[]) => [...new Set(xs.map(lexKey).filter((x) => x.length > 0))];

export function buildLexicon(
  lang: Locale,
  terms: readonly Term[],
  risks: RiskModel,
  paths: { term: (id: string) => string; node: (ref: string) => string },
): LexEntry[] {
  const other = otherLocale(lang);
  const out: LexEntry[] = terms.map((t) => {
    const own = unique([t.name[lang], ...t.aliases[lang], ...t.forms[lang]]);
    return {
      id: t.id,
      kind: "term",
      name: t.name[lang],
      other: t.name[other],
      path: paths.term(t.id),
      own,
      keys: unique([...own, t.name[other], ...t.aliases[other], ...t.forms[other]]),
    };
  });
  for (const scheme of risks.schemes) {
    for (const n of scheme.nodes) {
      const own = unique([n.name[lang]]);
      out.push({
        id: n.ref,
        kind: "risk",
        name: n.name[lang],
        other: n.name[other],
        path: paths.node(n.ref),
        own,
        keys: unique([...own, n.name[other]]),
      });
    }
  }
  return out;
}

/** Organisations: a name or alias in either language finds the organisation's page (and is rewritten to the reader's name). */
export function organisationLexicon(
  lang: Locale,
  orgs: readonly Organisation[],
  path: (id: string) => string,
): LexEntry[] {
  const other = otherLocale(lang);
  return orgs.map((o) => {
    const own = unique([o.name[lang], ...o.aliases[lang]]);
    return {
      id: o.id,
      kind: "organisation",
      name: o.name[lang],
      other: o.name[other],
      path: path(o.id),
      own,
      keys: unique([...own, o.name[other], ...o.aliases[other]]),
    };
  });
}
