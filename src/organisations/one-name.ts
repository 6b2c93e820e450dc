/**
 * One name for each body and term: where a passage's Chinese uses an
 * organisation's or glossary term's Chinese name, its English counterpart (the
 * passage with the same id) should use one of that entry's English names,
 * aliases or forms. Pure: the pages' own texts in, the gaps out; the unit test
 * reads content/ and fails on every gap that content/organisations/exceptions.yaml
 * does not list with a reason.
 */
import { buildMatcher, findMatches, type Matcher } from "../glossary/match.ts";
import type { OwnText } from "../passages/own-text.ts";

export interface NamedEntry {
  /** "organisation:<id>", "term:<id>" or "speaker:<id>". */
  key: string;
  zh: readonly string[];
  en: readonly string[];
  /** Longer Chinese words that contain a name but do not mention the entry (联合国家 in 联合国家发展改革委). */
  notIn?: readonly string[];
  /** Names are proper names, matched in their exact case (organisations). */
  exactCase?: boolean;
}

export interface PagePair {
  /** "<report>/<chapter>" or "forum/<event>/<talk>". */
  page: string;
  zh: ReadonlyMap<string, OwnText>;
  en: ReadonlyMap<string, OwnText>;
}

export interface NameGap {
  /** The passage reference. */
  passage: string;
  entry: string;
}

/** Marks words that are not mentions: a match of this id is ignored. */
export const NOT_A_MENTION = "!";

/** The Chinese matcher over every entry, longest name first (so 英国人工智能安全研究所 is not 人工智能安全研究所). */
export function chineseMatcher(entries: readonly NamedEntry[]): Matcher {
  return buildMatcher([
    { id: NOT_A_MENTION, names: entries.flatMap((e) => e.notIn ?? []) },
    ...entries.map((e) => ({ id: e.key, names: e.zh, exactCase: e.exactCase })),
  ]);
}

/** The entries whose Chinese names a text mentions. */
export function entriesIn(text: string, matcher: Matcher): Set<string> {
  return new Set(
    findMatches(text, matcher)
      .map((m) => m.term)
      .filter((k) => k !== NOT_A_MENTION),
  );
}

export function nameGaps(entries: readonly NamedEntry[], pages: readonly PagePair[]): NameGap[] {
  const zh = chineseMatcher(entries);
  const byKey = new Map(entries.map((e) => [e.key, e]));
  const english = new Map<string, Matcher>();
  const usesEnglish = (key: string, text: string) => {
    let m = english.get(key);
    if (!m)
      english.set(
        key,
        (m = buildMatcher([{ id: key, names: byKey.get(key)!.en, exactCase: byKey.get(key)!.exactCase }], {
          plurals: true,
        })),
      );
    return findMatches(text, m).length > 0;
  };
  const gaps: NameGap[] = [];
  for (const page of pages) {
    for (const [id, text] of page.zh) {
      const en = page.en.get(id)?.text ?? "";
      for (const key of entriesIn(text.text, zh))
        if (!usesEnglish(key, en)) gaps.push({ passage: `${page.page}#${id}`, entry: key });
    }
  }
  return gaps;
}
