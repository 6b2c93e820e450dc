/**
 * Which sections of a result page to show first (pure). Pagefind lists a page's
 * matching sections in page order; a reader wants the one about the query. A
 * section scores one for each query word it covers (marked by Pagefind in its
 * excerpt, or named in its heading) and one more for each query word its
 * heading names, so the section whose heading names the query (the UK section
 * for "UK AI safety summit") comes before one that mentions every word in
 * passing; then more hits; then page order.
 */
export interface SectionLike {
  title: string;
  excerpt: string;
  weighted_locations?: readonly unknown[];
}

/** The words Pagefind marked in an excerpt, lower-cased, letters and digits only. */
export function markedWords(excerpt: string): string[] {
  return [
    ...new Set([...excerpt.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => fold(m[1]!)).filter((w) => w.length > 0)),
  ];
}

const fold = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");

/**
 * Two Latin words with the same stem, roughly: one starts with the other
 * (safe, safety), or they share all but the last two letters of the shorter,
 * at least five (regulate, regulation).
 */
export function sameStem(a: string, b: string): boolean {
  if (a.startsWith(b) || b.startsWith(a)) return Math.min(a.length, b.length) >= 2;
  let common = 0;
  while (common < a.length && a[common] === b[common]) common++;
  return common >= 5 && common >= Math.min(a.length, b.length) - 2;
}

/** Is a query word in a heading: Han text anywhere in it, a Latin word as one of its words' stems. */
function inHeading(word: string, title: string): boolean {
  if (/\p{Script=Han}/u.test(word)) return fold(title).includes(word);
  return title
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .some((t) => (word.length <= 3 ? t.startsWith(word) : sameStem(t, word)));
}

/**
 * How well a section answers the query's words (higher first): the words it
 * covers (marked in its excerpt, or named in its heading), and one more for each
 * word its heading names. A word both marked and in the heading counts twice,
 * not three times: a passage whose label happens to open with one query word
 * ("As … AI becomes more capable, evidence of…") must not outrank the passage
 * that covers every word ("evidence dilemma").
 */
export function sectionScore(section: SectionLike, words: readonly string[]): number {
  const marked = markedWords(section.excerpt);
  const inTitle = [...new Set(words.map(fold).filter(Boolean))].filter((w) => inHeading(w, section.title));
  const coveredByTitleOnly = inTitle.filter((w) => !marked.some((m) => m === w || sameStem(m, w)));
  return marked.length + coveredByTitleOnly.length + inTitle.length;
}

/** Sections best first: marked words and query words in the heading, then hits; ties keep page order. */
export function rankSections<T extends SectionLike>(sections: readonly T[], words: readonly string[]): T[] {
  const scored = sections.map((s, i) => ({
    s,
    i,
    score: sectionScore(s, words),
    hits: s.weighted_locations?.length ?? 0,
  }));
  return scored.sort((a, b) => b.score - a.score || b.hits - a.hits || a.i - b.i).map((x) => x.s);
}
