/**
 * One search as the reader means it: normalize (Traditional → Simplified only
 * when there is Han text), expand through the glossary, search every variant,
 * merge; correct a slip in a term's name; put the named term's page first and
 * keep the first screen varied (src/search/rank.ts).
 */
import { hasHan, mayBeTraditional, normalizeQuery } from "../../search/normalize-query.ts";
import { hasTaiwanPhrase } from "../../search/taiwan-phrases.ts";
import { correctTypos, expandQuery, suggestTerms } from "../../search/expand.ts";
import { lexKey, type LexEntry } from "../../search/lexicon.ts";
import { DEFAULT_LIMITS, diversify } from "../../search/rank.ts";
import { loadPagefind, type Pagefind, type PagefindResult, type PagefindResultData } from "./pagefind.ts";
import { loadLexicon } from "./lexicon.ts";

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
}

/** Later variants (the query as typed, beside its glossary rewrite) count a little less. */
const VARIANT_DISCOUNT = 0.85;
async function searchAll(
  pagefind: Pagefind,
  queries: readonly string[],
  filters: Record<string, unknown>,
): Promise<PagefindResult[]> {
  const runs = await Promise.all(queries.map((q) => pagefind.search(q, { filters })));
  const best = new Map<string, PagefindResult>();
  runs.forEach((run, i) => {
    for (const r of run.results) {
      const score = r.score * (i === 0 ? 1 : VARIANT_DISCOUNT);
      const seen = best.get(r.id);
      if (!seen || seen.score < score) best.set(r.id, { ...r, score });
    }
  });
  return [...best.values()].sort((a, b) => b.score - a.score);
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
const sitePath = (path: string) => (document.documentElement.dataset.base ?? "/") + path.replace(/^\//, "");

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

export async function runSearch(
  typed: string,
  lang: string,
  filters: Record<string, string> = {},
  limit = 10,
): Promise<SearchOutcome> {
  const [query, pagefind, lex] = await Promise.all([simplifyIfHan(typed), loadPagefind(), loadLexicon(lang)]);
  const expansion = expandQuery(query, lex);
  let results = await searchAll(pagefind, expansion.queries, filters);
  let exact = expansion.exact;
  let corrected: string | undefined;
  // A one-character slip in a term's name: Latin queries always get the corrected
  // name searched too (Pagefind's own typo tolerance is partial); Chinese ones
  // only when the query as typed finds little, since 安全对齐 is not a typo of 价值对齐.
  const fix = exact ? undefined : correctTypos(query, lex);
  if (fix && (!hasHan(query) || results.length < 5)) {
    const again = expandQuery(fix.query, lex);
    const typedFound = results.length;
    results = await searchAll(pagefind, [...again.queries, ...expansion.queries], filters);
    corrected = fix.query;
    if (typedFound === 0 || lexKey(fix.query) === lexKey(fix.entry.name)) exact = again.exact ?? fix.entry;
  }
  // Pagefind needs every word of a query; when that finds nothing, any word will do
  // ("deepfakes elections" finds the pages about deepfakes).
  let anyWord: string[] | undefined;
  if (results.length === 0 && query.includes(" ")) {
    anyWord = query.split(" ").filter((w) => w.length > 1);
    results = await searchAll(pagefind, anyWord, filters);
  }
  // The first screen: Pagefind's order, but at most one risk node and two glossary
  // pages (one beside the named term's card), so the chapters and talks that
  // discuss a term are not pushed off it. Types come from filtered searches, so
  // only the pages shown are fetched.
  const queries =
    anyWord ?? (corrected ? [...expandQuery(corrected, lex).queries, ...expansion.queries] : expansion.queries);
  const capped = filters.type ? [] : Object.keys(DEFAULT_LIMITS);
  const [others, term, ...cappedRuns] = await Promise.all([
    capped.length ? searchAll(pagefind, queries, { ...filters, type: { none: capped } }) : Promise.resolve(results),
    exact?.kind === "term" ? termPage(pagefind, exact, filters) : Promise.resolve(undefined),
    ...capped.map((type) => searchAll(pagefind, queries, { ...filters, type })),
  ]);
  const typeOf = new Map<string, string>();
  capped.forEach((type, i) => cappedRuns[i]!.forEach((r) => typeOf.set(r.id, type)));
  const pool = (capped.length ? [...others, ...cappedRuns.flat()].sort((a, b) => b.score - a.score) : results).filter(
    (r) => r.id !== term?.id,
  );
  const limits = term ? { glossary: 1, risk: 1 } : DEFAULT_LIMITS;
  const ranked = diversify(pool, (r) => typeOf.get(r.id), limits, term ? 4 : 5);
  const shown = (await Promise.all(ranked.slice(0, term ? limit - 1 : limit).map(dataOf))).filter(
    (d): d is PagefindResultData => d !== null,
  );
  const pages = term ? [term.data, ...shown] : shown;
  const total = Math.max(results.length, pages.length);
  const suggestions = total === 0 ? suggestTerms(query, lex) : [];
  return {
    query,
    pages: pages.slice(0, limit),
    total,
    ...(exact ? { exact } : {}),
    termFirst: !!term,
    ...(corrected ? { corrected } : {}),
    suggestions,
  };
}
