/**
 * Map a query onto the glossary before searching (pure; the lexicon comes in).
 *
 * - Names and aliases in the other language, and abbreviations, are rewritten
 *   to the reader's-language name: on /zh/ "alignment" searches 对齐, on /en/
 *   对齐 searches "Alignment". The query as typed is searched too, and the
 *   results are merged, so nothing the reader typed is lost.
 * - When the whole query names a term, that term heads the results (its card).
 * - Only when a search finds nothing, a one-character typo in a term's name
 *   (alignmnet, 负责任扩展侧略) is corrected (`correctTypos`), and close terms
 *   are suggested (`suggestTerms`).
 */
import { editDistance, similarity } from "./fuzzy.ts";
import { lexKey, type LexEntry } from "./lexicon.ts";
import { hasContent, stripQuestion, stripTitles } from "./question.ts";

export interface Expansion {
  /** Queries to run, most specific first; results are merged. */
  queries: string[];
  /** The term or risk node the whole query names (once question words and titles are taken out). */
  exact?: LexEntry;
  /**
   * The query's significant words in the reader's language, for the any-word
   * fallback: each name found in it (a term, node, speaker or reader word, as
   * the documents write it) and each other word.
   */
  words: string[];
  /** The query without question words and titles, otherwise as typed (for the other language's index). */
  stripped: string;
  /** Glossary terms named inside a longer query (not the whole of it), longest name first. */
  terms: LexEntry[];
}

const LATIN = /^[\p{Script=Latin}\p{N} ]+$/u;
const isLatin = (s: string) => LATIN.test(s);

/** When two names cover the same characters: a glossary term first, a reader word last. */
const KIND_ORDER: Record<LexEntry["kind"], number> = { term: 0, risk: 1, organisation: 2, speaker: 3, word: 4 };

interface Span {
  start: number;
  end: number;
  entry: LexEntry;
  key: string;
}

/** Occurrences of lexicon keys in a (lexKey-normalized) query, longest first, not overlapping. */
export function findSpans(key: string, lex: readonly LexEntry[]): Span[] {
  const found: Span[] = [];
  for (const entry of lex) {
    for (const k of entry.keys) {
      if ([...k].length < 2) continue;
      let from = 0;
      for (;;) {
        const at = key.indexOf(k, from);
        if (at < 0) break;
        from = at + 1;
        const end = at + k.length;
        // Latin keys match whole words only ("asl" not inside "aslant").
        if (isLatin(k) && (/[\p{L}\p{N}]/u.test(key[at - 1] ?? "") || /[\p{L}\p{N}]/u.test(key[end] ?? ""))) continue;
        found.push({ start: at, end, entry, key: k });
      }
    }
  }
  found.sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) || KIND_ORDER[a.entry.kind] - KIND_ORDER[b.entry.kind] || a.start - b.start,
  );
  const chosen: Span[] = [];
  for (const s of found) if (!chosen.some((c) => s.start < c.end && c.start < s.end)) chosen.push(s);
  return chosen.sort((a, b) => a.start - b.start);
}

function rewrite(key: string, spans: readonly Span[], replaceOwn: boolean): string {
  let out = "";
  let at = 0;
  for (const s of spans) {
    const keep = !replaceOwn && s.entry.own.includes(s.key);
    out += key.slice(at, s.start) + (keep ? key.slice(s.start, s.end) : ` ${s.entry.name} `);
    at = s.end;
  }
  return (out + key.slice(at)).replace(/\s+/g, " ").trim();
}

function uniqueQueries(qs: string[]): string[] {
  const seen = new Set<string>();
  return qs.filter((q) => {
    const k = lexKey(q);
    if (!k || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** The entry a whole query names: terms before risk nodes. */
export function exactEntry(query: string, lex: readonly LexEntry[]): LexEntry | undefined {
  const key = lexKey(query);
  return (
    lex.find((e) => e.kind === "term" && e.keys.includes(key)) ??
    lex.find((e) => e.kind === "risk" && e.keys.includes(key))
  );
}

/**
 * Take question words, particles and titles out of a (lexKey-normalized) query,
 * but never out of a name the lexicon knows (a term may contain 如何 or "what").
 * A query that is nothing but such words is kept as typed.
 */
export function stripOutsideNames(key: string, lex: readonly LexEntry[]): string {
  const untitled = stripTitles(key);
  const spans = findSpans(untitled, lex);
  // A stretch that loses words is set apart by spaces; one that loses nothing stays
  // joined to the names beside it (负责任扩展侧略 must stay one run for the typo check).
  const outside = (text: string) => {
    const stripped = stripQuestion(text);
    return stripped === text.trim() ? text : ` ${stripped} `;
  };
  let out = "";
  let at = 0;
  for (const s of spans) {
    out += outside(untitled.slice(at, s.start)) + untitled.slice(s.start, s.end);
    at = s.end;
  }
  out += outside(untitled.slice(at));
  const stripped = out.replace(/\s+/g, " ").trim();
  return hasContent(stripped) ? stripped : key;
}

/** Chinese words that join others (的, 和, 与…): where a run of Han text splits into words for the any-word fallback. */
const HAN_JOINERS = /[的和与及或对在把被了中是]/u;

/** The significant words of a stripped query: the names found in it, then each other word. */
export function significantWords(key: string, spans: readonly Span[]): string[] {
  const words: string[] = [];
  let at = 0;
  const rest = (text: string) =>
    text
      .split(/\s+/)
      .flatMap((w) => (/\p{Script=Han}/u.test(w) ? w.split(HAN_JOINERS) : [w]))
      .filter((w) => (/\p{Script=Han}/u.test(w) ? [...w].length >= 2 : w.length >= 2));
  for (const s of spans) {
    const asTyped = key.slice(s.start, s.end);
    words.push(...rest(key.slice(at, s.start)), s.entry.own.includes(asTyped) ? asTyped : s.entry.name);
    at = s.end;
  }
  words.push(...rest(key.slice(at)));
  return [...new Set(words)];
}

/** Glossary terms named in a query once reader words are rewritten (假新闻 → 虚假内容), longest name first. */
function namedTerms(key: string, lex: readonly LexEntry[]): LexEntry[] {
  return findSpans(key, lex)
    .filter((s) => s.entry.kind === "term")
    .sort((a, b) => b.end - b.start - (a.end - a.start))
    .map((s) => s.entry)
    .filter((e, i, all) => all.indexOf(e) === i);
}

/**
 * Expand a normalized query (see normalize-query.ts) into the searches to run:
 * question words and titles out; glossary terms, aliases, risk nodes, speakers'
 * names and reader words (content/search/synonyms.yaml) found anywhere in it,
 * longest first, and written as the reader's-language pages write them; the
 * query as typed (minus the question words) searched beside that.
 */
export function expandQuery(query: string, lex: readonly LexEntry[]): Expansion {
  const key = stripOutsideNames(lexKey(query), lex);
  const spans = findSpans(key, lex);
  const rewritten = rewrite(key, spans, false);
  // The whole query names a term as typed, or once a reader's word is rewritten (fake videos → deepfake).
  const exact = exactEntry(key, lex) ?? exactEntry(rewritten, lex);
  const typed = rewrite(
    key,
    spans.filter((s) => s.entry.kind !== "word"),
    false,
  );
  return {
    queries: uniqueQueries([rewritten, typed === rewritten ? key : typed, ...(exact ? [exact.name] : [])]),
    ...(exact ? { exact } : {}),
    words: significantWords(key, spans),
    stripped: key,
    terms: exact ? [] : namedTerms(lexKey(rewritten), lex),
  };
}

/**
 * Correct a one-character typo against the lexicon: the whole query, a run of
 * words (Latin keys of 5+ letters), or a window of characters (Han keys of 3+).
 * Returns the corrected query, or undefined when nothing is close enough.
 */
export function correctTypos(query: string, lex: readonly LexEntry[]): { query: string; entry: LexEntry } | undefined {
  const key = lexKey(query);
  let best: { query: string; entry: LexEntry; len: number } | undefined;
  const consider = (corrected: string, entry: LexEntry, len: number) => {
    if (!best || len > best.len) best = { query: corrected, entry, len };
  };
  const words = key.split(" ");
  // A word the lexicon knows as it is ("red lines", an alias) is not a slip in another
  // name, and neither is part of a name found in the query (Zeng Yi is not "AI").
  const known = new Set(lex.flatMap((e) => e.keys));
  const found = findSpans(key, lex);
  const overlapsName = (start: number, end: number) => found.some((s) => start < s.end && s.start < end);
  const startOf = (i: number) => (i === 0 ? 0 : words.slice(0, i).join(" ").length + 1);
  for (const entry of lex) {
    if (entry.kind === "word") continue; // reader words are not names to correct towards
    for (const k of entry.keys) {
      const chars = [...k];
      if (k === key) return undefined; // not a typo
      if (isLatin(k)) {
        if (k.length < 5) continue;
        const n = k.split(" ").length;
        for (let i = 0; i + n <= words.length; i++) {
          const window = words.slice(i, i + n).join(" ");
          if (
            window !== k &&
            !known.has(window) &&
            !overlapsName(startOf(i), startOf(i) + window.length) &&
            Math.abs(window.length - k.length) <= 1 &&
            editDistance(window, k, 1) <= 1
          ) {
            consider([...words.slice(0, i), entry.name, ...words.slice(i + n)].join(" "), entry, k.length);
          }
        }
      } else if (chars.length >= 3) {
        const q = [...key];
        for (let i = 0; i + chars.length <= q.length; i++) {
          let diff = 0;
          for (let j = 0; j < chars.length && diff <= 1; j++) if (q[i + j] !== chars[j]) diff++;
          if (diff === 1)
            consider([...q.slice(0, i), entry.name, ...q.slice(i + chars.length)].join(""), entry, chars.length);
        }
      }
    }
  }
  return best ? { query: best.query, entry: best.entry } : undefined;
}

/** Glossary terms that look like the query, best first (for "no results"). */
export function suggestTerms(query: string, lex: readonly LexEntry[], n = 5): LexEntry[] {
  const key = lexKey(query);
  if (!key) return [];
  return lex
    .filter((e) => e.kind === "term")
    .map((e) => ({
      e,
      s: Math.max(...e.keys.map((k) => similarity(key, k) + (k.includes(key) || key.includes(k) ? 0.3 : 0))),
    }))
    .filter((x) => x.s >= 0.25)
    .sort((a, b) => b.s - a.s)
    .slice(0, n)
    .map((x) => x.e);
}
