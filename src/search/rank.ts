/**
 * Keep the first screen of results varied. Glossary and risk-node pages are
 * short and carry their names at the highest weight, so Pagefind ranks them
 * first; but six schemes have a "power-seeking" node, and a reader also wants
 * the chapters that discuss the term. Within the first `window` results at most
 * `limits[type]` pages of each capped type are kept; the others move just below
 * (in their order). Pure.
 */
export const DEFAULT_LIMITS: Readonly<Record<string, number>> = { glossary: 2, risk: 1 };

export function diversify<T>(
  items: readonly T[],
  typeOf: (item: T) => string | undefined,
  limits: Readonly<Record<string, number>> = DEFAULT_LIMITS,
  window = 5,
): T[] {
  const head: T[] = [];
  const deferred: T[] = [];
  const used: Record<string, number> = {};
  let i = 0;
  for (; i < items.length && head.length < window; i++) {
    const item = items[i]!;
    const type = typeOf(item) ?? "";
    const limit = limits[type];
    if (limit !== undefined && (used[type] ?? 0) >= limit) deferred.push(item);
    else {
      used[type] = (used[type] ?? 0) + 1;
      head.push(item);
    }
  }
  return [...head, ...deferred, ...items.slice(i)];
}
