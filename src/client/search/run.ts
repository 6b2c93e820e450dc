/**
 * One search as the reader means it: normalize (Traditional → Simplified only
 * when there is Han text), expand through the glossary, search every variant,
 * merge; if nothing is found, retry with a typo corrected. Used by the search
 * UI and by the benchmark and tests (through the same built page).
 */
import { hasHan, normalizeQuery } from "../../search/normalize-query.ts";
import { correctTypos, expandQuery, suggestTerms } from "../../search/expand.ts";
import { lexKey, type LexEntry } from "../../search/lexicon.ts";
import { loadPagefind, type Pagefind, type PagefindResult } from "./pagefind.ts";
import { loadLexicon } from "./lexicon.ts";

export interface SearchOutcome {
  query: string;
  results: PagefindResult[];
  /** The term the query names (its card heads the results). */
  exact?: LexEntry;
  /** The corrected query, when the one typed found nothing. */
  corrected?: string;
  /** Close glossary terms, when nothing is found at all. */
  suggestions: LexEntry[];
}

/** Later variants (the query as typed, beside its glossary rewrite) count a little less. */
const VARIANT_DISCOUNT = 0.85;

async function searchAll(pagefind: Pagefind, queries: readonly string[], filters: Record<string, string>): Promise<PagefindResult[]> {
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
  if (!hasHan(query)) return normalizeQuery(query);
  const { loadSimplifier } = await import("../../search/simplify.ts");
  return normalizeQuery(query, await loadSimplifier());
}

export async function runSearch(typed: string, lang: string, filters: Record<string, string> = {}): Promise<SearchOutcome> {
  const [query, pagefind, lex] = await Promise.all([simplifyIfHan(typed), loadPagefind(), loadLexicon(lang)]);
  const expansion = expandQuery(query, lex);
  let results = await searchAll(pagefind, expansion.queries, filters);
  let exact = expansion.exact;
  let corrected: string | undefined;
  // A one-character slip in a term's name: Latin queries always get the corrected
  // name searched too (Pagefind's own typo tolerance is partial); Chinese ones
  // only when the query as typed finds almost nothing, since 安全对齐 is not a typo of 价值对齐.
  const fix = exact ? undefined : correctTypos(query, lex);
  if (fix && (!hasHan(query) || results.length < 3)) {
    const again = expandQuery(fix.query, lex);
    const typedFound = results.length;
    results = await searchAll(pagefind, [...again.queries, ...expansion.queries], filters);
    corrected = fix.query;
    if (typedFound === 0 || lexKey(fix.query) === lexKey(fix.entry.name)) exact = again.exact ?? fix.entry;
  }
  const suggestions = results.length === 0 ? suggestTerms(query, lex) : [];
  return { query, results, ...(exact ? { exact } : {}), ...(corrected ? { corrected } : {}), suggestions };
}
