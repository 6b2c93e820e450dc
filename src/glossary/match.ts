/**
 * Finding glossary terms in running text, for linking at build time. Longest
 * name first: "通用人工智能" wins over "人工智能", "scalable oversight" over
 * "oversight". Words in Latin script match whole words only (AGI not inside
 * MAGIC); Han text has no word boundaries, so a Chinese name matches anywhere.
 * Acronyms (AGI, RLHF) match their exact case; other English names ignore
 * case and also match their plural.
 */

export interface TermNames {
  id: string;
  /** The name and aliases in the page's language. */
  names: readonly string[];
  /** Match every name in its exact case (proper names: "Meta", not "meta-analysis"). */
  exactCase?: boolean;
}

interface Pattern {
  text: string;
  /** Lower-cased, for case-insensitive names. */
  key: string;
  term: string;
  exactCase: boolean;
  /** Starts / ends with a Latin letter or digit, so it needs a word boundary there. */
  wordStart: boolean;
  wordEnd: boolean;
}

export interface Matcher {
  /** Patterns by their first character (lower-cased), longest first. */
  byFirst: Map<string, Pattern[]>;
}

export interface TermMatch {
  start: number;
  end: number;
  term: string;
}

const LATIN = /[A-Za-z0-9]/;

/** ASCII-only lower case: keeps every index in place (full Unicode lower-casing may change lengths). */
const asciiLower = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());

/** An acronym: no lower-case letter and at least two capitals (AGI, RLHF, ASL-3, CBRN). */
export function isAcronym(name: string): boolean {
  return !/[a-z]/.test(name) && (name.match(/[A-Z]/g)?.length ?? 0) >= 2;
}

/** The forms of an English name the text may use: itself and its plural. */
export function englishForms(name: string): string[] {
  if (!/[A-Za-z]$/.test(name)) return [name];
  if (isAcronym(name)) return [name, `${name}s`];
  if (/[^aeiou]y$/i.test(name)) return [name, `${name.slice(0, -1)}ies`];
  if (/(s|x|z|ch|sh)$/i.test(name)) return [name, `${name}es`];
  return [name, `${name}s`];
}

export function buildMatcher(terms: readonly TermNames[], options: { plurals?: boolean } = {}): Matcher {
  const seen = new Map<string, string>();
  const patterns: Pattern[] = [];
  for (const t of terms) {
    for (const name of t.names) {
      for (const text of options.plurals ? englishForms(name) : [name]) {
        const exactCase = Boolean(t.exactCase) || isAcronym(text) || !/[A-Za-z]/.test(text);
        const key = exactCase ? text : asciiLower(text);
        // Two terms claiming one name: the first keeps it (the content check reports the clash).
        if (seen.has(key)) continue;
        seen.set(key, t.id);
        patterns.push({
          text,
          key,
          term: t.id,
          exactCase,
          wordStart: LATIN.test(text[0]!),
          wordEnd: LATIN.test(text[text.length - 1]!),
        });
      }
    }
  }
  patterns.sort((a, b) => b.text.length - a.text.length);
  const byFirst = new Map<string, Pattern[]>();
  for (const p of patterns) {
    const first = asciiLower(p.key[0]!);
    byFirst.set(first, [...(byFirst.get(first) ?? []), p]);
  }
  return { byFirst };
}

/** Non-overlapping matches, left to right, the longest at each position. */
export function findMatches(text: string, matcher: Matcher): TermMatch[] {
  const lower = asciiLower(text);
  const out: TermMatch[] = [];
  let i = 0;
  while (i < text.length) {
    const candidates = matcher.byFirst.get(lower[i]!);
    let hit: Pattern | undefined;
    if (candidates && !(LATIN.test(text[i]!) && i > 0 && LATIN.test(text[i - 1]!))) {
      hit = candidates.find((p) => {
        const end = i + p.text.length;
        if (!(p.exactCase ? text.startsWith(p.text, i) : lower.startsWith(p.key, i))) return false;
        return !(p.wordEnd && end < text.length && LATIN.test(text[end]!));
      });
    }
    if (hit) {
      out.push({ start: i, end: i + hit.text.length, term: hit.term });
      i += hit.text.length;
    } else i++;
  }
  return out;
}
