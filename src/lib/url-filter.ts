/**
 * A page's filter kept in its address (?scheme=…&doc=…): each key takes one of
 * its allowed values. Only what differs from the default (everything) is
 * written; unknown values are reported and ignored rather than breaking the
 * page. Pure, for the browser and the tests.
 */
export type UrlFilter<K extends string> = Partial<Record<K, string>>;

/** Read the filter's keys (in `allowed`'s order) from a query string. */
export function parseUrlFilter<K extends string>(
  search: string,
  allowed: Readonly<Record<K, readonly string[]>>,
): { state: UrlFilter<K>; invalid: string[] } {
  const params = new URLSearchParams(search);
  const state: UrlFilter<K> = {};
  const invalid: string[] = [];
  for (const key of Object.keys(allowed) as K[]) {
    const value = params.get(key);
    if (!value) continue;
    if (allowed[key].includes(value)) state[key] = value;
    else invalid.push(`${key}=${value}`);
  }
  return { state, invalid };
}

/** The query string of a filter, keys in the given order ("" for no filter). */
export function formatUrlFilter<K extends string>(state: UrlFilter<K>, keys: readonly K[]): string {
  const params = new URLSearchParams();
  for (const key of keys) if (state[key]) params.set(key, state[key]!);
  const s = params.toString();
  return s ? `?${s}` : "";
}
