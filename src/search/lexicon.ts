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
  /** Term id, "<scheme>/<node>" for a risk node, a speaker id, a synonym set's id, or an organisation id. */
  id: string;
  /**
   * term and risk: a glossary page (a whole query naming one gets its card);
   * speaker: a person's name, so either language's spelling finds the talks;
   * organisation: a body the documents name (its page);
   * word: a set of reader words for one document word (content/search/synonyms.yaml),
   * searched as that word; it has no page.
   */
  kind: "term" | "risk" | "speaker" | "word" | "organisation";
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

/** A person's names, for the lexicon (content/speakers.yaml, identified people only). */
export interface SpeakerNames {
  id: string;
  name: Record<Locale, string>;
  /** The person's own published romanisations (Yu Qiao for Qiao Yu): typed by readers, never printed. */
  aliases?: readonly string[];
}

/** A set of reader words for one concept; the first word of each language is the documents' word. */
export interface SynonymSet {
  id: string;
  zh?: string[];
  en?: string[];
}

/**
 * Keys for a person's name: the name in both languages; for a foreign name
 * (written with a middle dot in Chinese, 约书亚·本吉奥, or in Latin letters on
 * both sides) its parts and the family name alone (本吉奥, Bengio); for a
 * Chinese name, its two romanized words in either order (Zeng Yi, Yi Zeng).
 */
export function nameKeys(name: Record<Locale, string>): string[] {
  const out: string[] = [name.zh, name.en];
  const dotted = name.zh.split(/[·・•]/);
  const words = name.en.split(/\s+/);
  const foreign = dotted.length > 1 || !/\p{Script=Han}/u.test(name.zh);
  if (dotted.length > 1) out.push(...dotted.filter((p) => [...p].length >= 2));
  if (foreign && words.length >= 2 && words.at(-1)!.length >= 4) out.push(words.at(-1)!);
  if (!foreign && words.length === 2) out.push(`${words[1]} ${words[0]}`);
  return out;
}

export function buildLexicon(
  lang: Locale,
  terms: readonly Term[],
  risks: RiskModel,
  paths: { term: (id: string) => string; node: (ref: string) => string; speaker?: (id: string) => string },
  extra: { speakers?: readonly SpeakerNames[]; synonyms?: readonly SynonymSet[] } = {},
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
  for (const p of extra.speakers ?? []) {
    out.push({
      id: p.id,
      kind: "speaker",
      name: p.name[lang],
      other: p.name[other],
      path: paths.speaker?.(p.id) ?? "",
      own: unique([p.name[lang]]),
      keys: unique([...nameKeys(p.name), ...(p.aliases ?? [])]),
    });
  }
  for (const set of extra.synonyms ?? []) {
    // Searched as the documents' word in the reader's language; a set without one is left out.
    const to = set[lang]?.[0];
    if (!to) continue;
    out.push({
      id: set.id,
      kind: "word",
      name: to,
      other: set[other]?.[0] ?? "",
      path: "",
      own: unique([to]),
      keys: unique([...(set.zh ?? []), ...(set.en ?? [])]),
    });
  }
  return out;
}

/**
 * The lexicon as written to /{lang}/search-terms.json: one array per entry,
 * [id, kind, name, other, more own keys, more keys], leaving out what the
 * browser can work out again (the page's address, the name's and the other
 * name's keys). About 40% smaller compressed than the objects.
 */
export type PackedEntry = [string, number, string, string, string[], string[]];

const KINDS: readonly LexEntry["kind"][] = ["term", "risk", "speaker", "word", "organisation"];
const SECTION: Record<LexEntry["kind"], string> = {
  term: "glossary",
  risk: "risks",
  speaker: "speakers",
  word: "",
  organisation: "organisations",
};

export function packLexicon(entries: readonly LexEntry[]): PackedEntry[] {
  return entries.map((e) => {
    const name = lexKey(e.name);
    const other = lexKey(e.other);
    return [
      e.id,
      KINDS.indexOf(e.kind),
      e.name,
      e.other,
      e.own.filter((k) => k !== name),
      e.keys.filter((k) => !e.own.includes(k) && k !== other),
    ];
  });
}

/** The lexicon back from its packed form; paths are /{lang}/glossary|risks|speakers/<id>/ (site-absolute, no base). */
export function unpackLexicon(lang: string, packed: readonly PackedEntry[]): LexEntry[] {
  return packed.map(([id, k, name, other, ownMore, keysMore]) => {
    const kind = KINDS[k] ?? "word";
    const own = [...new Set([lexKey(name), ...ownMore])].filter(Boolean);
    const keys = [...new Set([...own, lexKey(other), ...keysMore])].filter(Boolean);
    return { id, kind, name, other, path: SECTION[kind] ? `/${lang}/${SECTION[kind]}/${id}/` : "", own, keys };
  });
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
