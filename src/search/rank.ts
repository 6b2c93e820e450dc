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

/**
 * Pages listed after all others, whatever their score: the bibliography
 * (type "source") matches any word in the title of a cited work, and it is the
 * longest page of the site (26 KB compressed to fetch for one result), so it
 * comes after the passages that discuss the query, or first when nothing else
 * matches.
 */
export const LAST_TYPES: readonly string[] = ["source"];

/** Move the items of the given types to the end, keeping the order within each part. Pure. */
export function sinkTypes<T>(items: readonly T[], typeOf: (item: T) => string | undefined, types = LAST_TYPES): T[] {
  const last = (x: T) => types.includes(typeOf(x) ?? "");
  return [...items.filter((x) => !last(x)), ...items.filter(last)];
}

/**
 * Results of several one-word searches merged: pages found by more of the words
 * first, then by their best score. Pure (results only need an id and a score).
 */
export function rankByWords<T extends { id: string; score: number }>(runs: readonly (readonly T[])[]): T[] {
  const seen = new Map<string, { item: T; words: number; best: number }>();
  for (const run of runs) {
    for (const r of run) {
      const s = seen.get(r.id);
      if (s) {
        s.words++;
        if (r.score > s.best) s.best = r.score;
      } else seen.set(r.id, { item: r, words: 1, best: r.score });
    }
  }
  return [...seen.values()]
    .sort((a, b) => b.words - a.words || b.best - a.best)
    .map((s) => ({ ...s.item, score: s.best }));
}

/**
 * Overview pages: a document's landing page (/zh/reports/<report>/,
 * /zh/forum/<event>/), a section's index (/zh/glossary/, /zh/speakers/, a risk
 * scheme) and the practice index. They list everything, so they match many
 * queries, but a reader asking about something wants the passage on it.
 */
export function isOverviewPath(path: string, base = "/"): boolean {
  const rest = path.startsWith(base) ? path.slice(base.length) : path.replace(/^\//, "");
  const parts = rest.split("/").filter(Boolean);
  if (parts.length <= 2) return true; // /zh/, /zh/glossary/
  if (parts.length === 3 && ["reports", "forum", "risks", "charts"].includes(parts[1]!)) return true;
  return parts.at(-1) === "practice-index";
}

/**
 * Move each overview page below the next `places` pages after it that match the
 * whole query and are not overviews: the sections that discuss the query come
 * first, while an overview that ranks high (the report a query names) stays on
 * the first screen. Everything else keeps its order. Pure.
 */
export function demoteOverviews<T>(
  items: readonly T[],
  isOverview: (x: T) => boolean,
  matchesAll: (x: T) => boolean,
  places = 3,
): T[] {
  const out = [...items];
  const moved = new Set<T>();
  for (let i = 0; i < out.length; i++) {
    const x = out[i]!;
    if (!isOverview(x) || moved.has(x)) continue;
    let j = i;
    let passed = 0;
    while (j + 1 < out.length && passed < places && !isOverview(out[j + 1]!) && matchesAll(out[j + 1]!)) {
      j++;
      passed++;
    }
    if (j > i) {
      out.splice(i, 1);
      out.splice(j, 0, x);
      moved.add(x);
      i--; // look at the page now at i
    }
  }
  return out;
}
