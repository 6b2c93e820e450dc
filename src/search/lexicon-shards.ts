/**
 * The search lexicon in shards, so that a query downloads only the entries it
 * could name (issue 20: first-query bytes). A name can only be found in a query
 * if the query contains the name's first character: for a Chinese name any
 * character of the query, for an English name the first letter of a word (Latin
 * names match whole words only, src/search/expand.ts). Each entry goes into the
 * shard of the first character of each of its keys; a query fetches the shards
 * of its characters (Han) and word initials (everything else). The whole
 * lexicon stays at /{lang}/search-terms.json for what needs every name: typo
 * correction when a query finds little, and suggestions. Pure.
 */
import { lexKey, type PackedEntry } from "./lexicon.ts";

export const SHARDS = 16;

const HAN = /\p{Script=Han}/u;
/** Letters and digits that continue a word (a Han character before a Latin letter starts a new word). */
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** The shard of a character. */
export function shardOf(char: string): number {
  return char.codePointAt(0)! % SHARDS;
}

/** The characters a name can start with in a (lexKey-normalized) query: every Han character, each word's first other character. */
export function startCharacters(key: string): Set<string> {
  const out = new Set<string>();
  const chars = [...key];
  chars.forEach((c, i) => {
    if (c === " ") return;
    const before = chars[i - 1];
    if (HAN.test(c) || before === undefined || !WORD_CHAR.test(before) || HAN.test(before)) out.add(c);
  });
  return out;
}

/** The shards a query needs, in order. */
export function shardsFor(query: string): number[] {
  return [...new Set([...startCharacters(lexKey(query))].map(shardOf))].sort((a, b) => a - b);
}

/**
 * Split the packed lexicon into SHARDS lists: an entry is in the shard of the
 * first character of its name, its other name and each of its keys.
 */
export function shardLexicon(packed: readonly PackedEntry[]): PackedEntry[][] {
  const shards: PackedEntry[][] = Array.from({ length: SHARDS }, () => []);
  for (const entry of packed) {
    const [, , name, other, ownMore, keysMore] = entry;
    const keys = [lexKey(name), lexKey(other), ...ownMore, ...keysMore].filter(Boolean);
    for (const s of new Set(keys.map((k) => shardOf([...k][0]!)))) shards[s]!.push(entry);
  }
  return shards;
}
