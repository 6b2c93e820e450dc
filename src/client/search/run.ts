/**
 * One search as the reader means it: normalize (Traditional → Simplified only
 * when there is Han text), take out question words and titles, expand through
 * the lexicon (terms, nodes, speakers, reader words), search every variant,
 * merge; correct a slip in a term's name; when the whole query finds little,
 * search each significant word and rank pages matching more of them first;
 * when nothing matches at all, search the other language's index and show
 * the reader's-language counterparts. The named term's page comes first, the
 * first screen stays varied (src/search/rank.ts), and chapter sections that
 * match the whole query come before overview pages.
 */
import { hasHan, mayBeTraditional, normalizeQuery } from "../../search/normalize-query.ts";
import { hasTaiwanPhrase } from "../../search/taiwan-phrases.ts";
import { correctTypos, expandQuery, significantWords, suggestTerms } from "../../search/expand.ts";
import { lexKey, type LexEntry } from "../../search/lexicon.ts";
import {
  DEFAULT_LIMITS,
  LAST_TYPES,
  diversify,
  isOverviewPath,
  rankByWords,
  demoteOverviews,
  sinkTypes,
} from "../../search/rank.ts";
import { interleave } from "../../search/interleave.ts";
import {
  loadOtherPagefind,
  loadPagefind,
  type Pagefind,
  type PagefindResult,
  type PagefindResultData,
} from "./pagefind.ts";
import { lexiconFor, loadLexicon } from "./lexicon.ts";

export interface SearchOutcome {
  query: string;
  /** The pages to show, best first (at most `limit`). */
  pages: PagefindResultData[];
  /** How many pages matched in all. */
  total: number;
  /** The term the query names; when its page is pages[0], that result is its card. */
  exact?: LexEntry;
  termFirst: boolean;
  /** The corrected query, when a slip in a term's name was corrected. */
  corrected?: string;
  /** Close glossary terms, when nothing is found at all. */
  suggestions: LexEntry[];
  /** The words searched one by one when the whole query found little. */
  words?: string[];
  /** The query's significant words (names as the reader's pages write them), for choosing the sections to show. */
  keywords?: string[];
  /** Set when pages were found in the other language's text (their links lead to the reader's language). */
  foundIn?: string;
  /** 0 when every page shown was found in the other language's text (nothing in the reader's). */
  foreignFrom?: number;
  /** The places (in `pages`) of the pages found in the other language's text. */
  foreignAt?: number[];
}

/** Later variants (the query as typed, beside its glossary rewrite) count a little less. */
const VARIANT_DISCOUNT = 0.85;
/** Fewer results than this for the whole query, and the other language's text is searched too (for a query in its script). */
const FEW = 3;
/**
 * Fewer results than a first screen for the whole query, and each significant
 * word is searched too: pages matching most of the words fill the screen.
 */
const SCREEN = 5;
/** First-screen caps when the query names no term inside it, or has a card (see DEFAULT_LIMITS). */
const SHORT_LIMITS = { glossary: 1, risk: 1 };
/** Where pages from the other language's text go among the reader's, for a query in that language's script. */
const FOREIGN_PLACES = [1, 3];

interface Found {
  /** Merged results, best first. */
  results: PagefindResult[];
  /** The capped type (glossary, risk) of a result, when it has one. */
  typeOf: Map<string, string>;
}

/**
 * Search every variant and merge them. Without a type filter each variant is
 * searched four times — once without the capped types (glossary, risk) and the
 * bibliography, and once for each — so each result's type is known without
 * fetching its fragment.
 */
async function searchTyped(
  pagefind: Pagefind,
  queries: readonly string[],
  filters: Record<string, unknown>,
): Promise<Found> {
  const capped = filters.type ? [] : [...Object.keys(DEFAULT_LIMITS), ...LAST_TYPES];
  const plans = queries.flatMap((q, i) => [
    {
      q,
      i,
      type: undefined as string | undefined,
      f: capped.length ? { ...filters, type: { none: capped } } : filters,
    },
    ...capped.map((type) => ({ q, i, type, f: { ...filters, type } })),
  ]);
  const runs = await Promise.all(plans.map((p) => pagefind.search(p.q, { filters: p.f })));
  const best = new Map<string, PagefindResult>();
  const typeOf = new Map<string, string>();
  runs.forEach((run, k) => {
    const plan = plans[k]!;
    for (const r of run.results) {
      if (plan.type) typeOf.set(r.id, plan.type);
      const score = r.score * (plan.i === 0 ? 1 : VARIANT_DISCOUNT);
      const seen = best.get(r.id);
      if (!seen || seen.score < score) best.set(r.id, { ...r, score });
    }
  });
  return { results: [...best.values()].sort((a, b) => b.score - a.score), typeOf };
}

/** Each word searched alone; pages matching more of the words first (src/search/rank.ts). */
async function searchWords(
  pagefind: Pagefind,
  words: readonly string[],
  filters: Record<string, unknown>,
): Promise<Found> {
  const runs = await Promise.all(words.map((w) => searchTyped(pagefind, [w], filters)));
  const typeOf = new Map(runs.flatMap((r) => [...r.typeOf]));
  return { results: rankByWords(runs.map((r) => r.results)), typeOf };
}

async function simplifyIfHan(query: string): Promise<string> {
  if (!mayBeTraditional(query) && !hasTaiwanPhrase(query)) return normalizeQuery(query);
  const { loadSimplifier } = await import("../../search/simplify.ts");
  return normalizeQuery(query, await loadSimplifier());
}

/**
 * A result's text and address. Pagefind gives null, or from its worker an
 * error, when the result's fragment could not be fetched (a dropped request on
 * a poor connection, or offline a page that was not saved): try once more,
 * then leave that result out rather than fail the whole search.
 */
async function dataOf(r: PagefindResult): Promise<PagefindResultData | null> {
  const attempt = () => r.data().catch(() => null);
  return (await attempt()) ?? (await attempt());
}

const pathOf = (url: string) => new URL(url, location.href).pathname;
const base = () => document.documentElement.dataset.base ?? "/";
const sitePath = (path: string) => base() + path.replace(/^\//, "");

/** The named term's own page, found among the glossary pages for its name. */
async function termPage(
  pagefind: Pagefind,
  term: LexEntry,
  filters: Record<string, unknown>,
): Promise<{ id: string; data: PagefindResultData } | undefined> {
  if (filters.type && filters.type !== "glossary") return undefined;
  const { results } = await pagefind.search(term.name, { filters: { ...filters, type: "glossary" } });
  const want = sitePath(term.path);
  for (const r of results.slice(0, 5)) {
    const data = await dataOf(r);
    if (data && pathOf(data.url) === want) return { id: r.id, data };
  }
  return undefined;
}

/** A page of the other language as its counterpart in the reader's: same path and ids under /{lang}/. */
function counterpart(data: PagefindResultData, from: string, to: string): PagefindResultData {
  const swap = (url: string) => url.replace(new RegExp(`^(${base()}|/)${from}/`), `$1${to}/`);
  return { ...data, url: swap(data.url), sub_results: data.sub_results.map((s) => ({ ...s, url: swap(s.url) })) };
}

/** Load the shown results' fragments, then put overview pages after the sections that match the whole query. */
async function load(ids: readonly PagefindResult[], whole: ReadonlySet<string>): Promise<PagefindResultData[]> {
  const loaded = await Promise.all(ids.map(async (r) => ({ id: r.id, data: await dataOf(r) })));
  const present = loaded.filter((x): x is { id: string; data: PagefindResultData } => x.data !== null);
  return demoteOverviews(
    present,
    (x) => isOverviewPath(pathOf(x.data.url), base()),
    (x) => whole.has(x.id),
  ).map((x) => x.data);
}

/** Is the query written in the other language's script: Han on /en/, Latin letters only on /zh/? */
function inOtherScript(query: string, lang: string): boolean {
  return lang === "zh" ? !hasHan(query) && /\p{L}/u.test(query) : hasHan(query);
}

/** The query in the other language's index; its pages shown as their counterparts in the reader's language. */
async function searchOtherLanguage(
  stripped: string,
  lang: string,
  filters: Record<string, string>,
  limit: number,
): Promise<Omit<SearchOutcome, "query"> | undefined> {
  const other = lang === "zh" ? "en" : "zh";
  const foreign = await loadOtherPagefind(other);
  let there = await searchTyped(foreign, [stripped], filters);
  const words = significantWords(stripped, []);
  if (there.results.length < FEW && words.length > 1) {
    const more = await searchWords(foreign, words, filters);
    const whole = new Set(there.results.map((r) => r.id));
    there = {
      results: [...there.results, ...more.results.filter((r) => !whole.has(r.id))],
      typeOf: new Map([...there.typeOf, ...more.typeOf]),
    };
  }
  if (!there.results.length) return undefined;
  const typeOf = (r: PagefindResult) => there.typeOf.get(r.id);
  const ranked = filters.type ? there.results : sinkTypes(diversify(there.results, typeOf), typeOf);
  const pages = (await load(ranked.slice(0, limit), new Set())).map((d) => counterpart(d, other, lang));
  return {
    pages,
    total: there.results.length,
    termFirst: false,
    suggestions: [],
    foundIn: other,
    foreignFrom: 0,
    foreignAt: pages.map((_, i) => i),
  };
}

export async function runSearch(
  typed: string,
  lang: string,
  filters: Record<string, string> = {},
  limit = 10,
): Promise<SearchOutcome> {
  const [query, pagefind] = await Promise.all([simplifyIfHan(typed), loadPagefind()]);
  // Only the lexicon entries this query could name (its shards); every name only for a typo or suggestions.
  const lex = await lexiconFor(lang, query);
  const expansion = expandQuery(query, lex);
  let queries = expansion.queries;
  let found = await searchTyped(pagefind, queries, filters);
  let exact = expansion.exact;
  let corrected: string | undefined;
  // A one-character slip in a term's name: Latin queries always get the corrected
  // name searched too (Pagefind's own typo tolerance is partial); Chinese ones
  // only when the query as typed finds little, since 安全对齐 is not a typo of 价值对齐.
  const few = found.results.length < 5;
  const fix = exact ? undefined : correctTypos(expansion.stripped, few ? await loadLexicon(lang) : lex);
  if (fix && (!hasHan(query) || few)) {
    const again = expandQuery(fix.query, await loadLexicon(lang));
    const typedFound = found.results.length;
    queries = [...again.queries, ...expansion.queries];
    found = await searchTyped(pagefind, queries, filters);
    corrected = fix.query;
    if (typedFound === 0 || lexKey(fix.query) === lexKey(fix.entry.name)) exact = again.exact ?? fix.entry;
  }
  const whole = new Set(found.results.map((r) => r.id));
  const termPromise = exact?.kind === "term" ? termPage(pagefind, exact, filters) : Promise.resolve(undefined);
  // A query in the other language's script (Han on /en/, Latin on /zh/) that finds
  // little in the reader's language: the other language's text too, its pages shown
  // as the reader's (labelled), after the reader's own.
  // A phrase in the other language's script that no glossary name covers whole is
  // searched there too, whatever the reader's language finds: its words in the
  // reader's pages are mostly incidental (a cited title, a chart label).
  let foreign: Omit<SearchOutcome, "query"> | undefined;
  if ((found.results.length < FEW || !exact) && !corrected && inOtherScript(expansion.stripped, lang)) {
    foreign = await searchOtherLanguage(expansion.stripped, lang, filters, limit);
    if (foreign && found.results.length === 0) return { ...foreign, query };
  }
  // Pagefind needs every word of a query. When that finds little, each significant
  // word is searched too, and pages matching more of them follow the whole-query ones.
  let words: string[] | undefined;
  if (!foreign && found.results.length < SCREEN && expansion.words.length > 1) {
    words = expansion.words;
    const more = await searchWords(pagefind, words, filters);
    found = {
      results: [...found.results, ...more.results.filter((r) => !whole.has(r.id))],
      typeOf: new Map([...found.typeOf, ...more.typeOf]),
    };
  }
  // Still nothing: try the other language's text whatever the script.
  if (found.results.length === 0 && !corrected && !foreign) {
    const there = await searchOtherLanguage(expansion.stripped, lang, filters, limit);
    if (there) return { ...there, query };
  }
  // The first screen: at most one risk node and two glossary pages (one beside the
  // named term's card), so the chapters and talks that discuss a term are not
  // pushed off it; only the pages shown are fetched.
  // Terms named inside a longer query: their pages join the first screen (two at most).
  const named = Promise.all(expansion.terms.slice(0, 2).map((t) => termPage(pagefind, t, filters)));
  const term = await termPromise;
  const pool = found.results.filter((r) => r.id !== term?.id);
  // One glossary page besides the card, or besides the terms the query names (placed below): a
  // term page that only shares a word or a prefix (reward hacking for "hacking") gives way to passages.
  const limits = term || expansion.terms.length === 0 ? SHORT_LIMITS : DEFAULT_LIMITS;
  const typeOf = (r: PagefindResult) => found.typeOf.get(r.id);
  const ranked = filters.type ? pool : sinkTypes(diversify(pool, typeOf, limits, term ? 4 : 5), typeOf);
  const shown = await load(ranked.slice(0, term ? limit - 1 : limit), whole);
  const pages = term ? [term.data, ...shown] : [...shown];
  // Each at the second and fourth place, unless already on the first screen.
  (await named).forEach((t, i) => {
    if (t && !pages.slice(0, 5).some((p) => pathOf(p.url) === pathOf(t.data.url)))
      pages.splice(Math.min(1 + 2 * i, pages.length), 0, t.data);
  });
  // The other language's pages: second and fourth on the first screen, the rest after.
  let shownPages = pages;
  let foreignAt: number[] = [];
  if (foreign) {
    const merged = interleave(pages, foreign.pages, FOREIGN_PLACES, (a, b) => pathOf(a.url) === pathOf(b.url));
    shownPages = merged.items;
    foreignAt = merged.addedAt.filter((i) => i < limit);
  }
  const total = Math.max(found.results.length, shownPages.length);
  const suggestions = total === 0 ? suggestTerms(query, await loadLexicon(lang)) : [];
  return {
    query,
    pages: shownPages.slice(0, limit),
    total,
    ...(exact ? { exact } : {}),
    termFirst: !!term,
    ...(corrected ? { corrected } : {}),
    suggestions,
    ...(words ? { words } : {}),
    keywords: expansion.words,
    ...(foreignAt.length ? { foundIn: foreign!.foundIn!, foreignAt } : {}),
  };
}
