import { unpackLexicon, type LexEntry, type PackedEntry } from "../../search/lexicon.ts";
import { shardsFor } from "../../search/lexicon-shards.ts";

let whole: Promise<LexEntry[]> | undefined;
const shards = new Map<string, Promise<PackedEntry[]>>();
const base = () => document.documentElement.dataset.base ?? "/";

const fetchPacked = (url: string): Promise<PackedEntry[]> =>
  fetch(url)
    .then(async (r) => (r.ok ? ((await r.json()) as PackedEntry[]) : []))
    .catch(() => []);

/** This language's whole search lexicon, fetched once (written at build time, see src/search/lexicon.ts). */
export function loadLexicon(lang: string): Promise<LexEntry[]> {
  whole ??= fetchPacked(`${base()}${lang}/search-terms.json`).then((packed) => unpackLexicon(lang, packed));
  return whole;
}

/**
 * The lexicon entries a query could name: its shards only (src/search/lexicon-shards.ts),
 * each fetched once; the whole lexicon instead when it is already here.
 */
export async function lexiconFor(lang: string, query: string): Promise<LexEntry[]> {
  if (whole) return whole;
  const lists = await Promise.all(
    shardsFor(query).map((n) => {
      const key = `${lang}/${n}`;
      let list = shards.get(key);
      if (!list) {
        list = fetchPacked(`${base()}${lang}/search-terms/${n}.json`);
        shards.set(key, list);
      }
      return list;
    }),
  );
  const seen = new Set<string>();
  const packed = lists.flat().filter((e) => {
    const id = `${e[1]}:${e[0]}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
  return unpackLexicon(lang, packed);
}
