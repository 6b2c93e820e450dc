/**
 * The heatmap's state in the URL: ?sort=<company> orders the practices within
 * each category by that company's score (highest first) and moves its column
 * first. Without it the table's own order is kept. Unknown ids are reported and ignored.
 */
import type { PracticeScoresModel } from "./model.ts";

export function parseSort(search: string, companies: readonly string[]): { sort?: string; invalid: string[] } {
  const params = new URLSearchParams(search);
  const invalid: string[] = [];
  const sort = params.get("sort");
  for (const key of params.keys()) if (key !== "sort") invalid.push(`${key}=${params.get(key)}`);
  if (sort === null) return { invalid };
  if (!companies.includes(sort)) return { invalid: [...invalid, `sort=${sort}`] };
  return { sort, invalid };
}

export function formatSort(sort: string | undefined): string {
  return sort ? `?sort=${encodeURIComponent(sort)}` : "";
}

/** The model in display order for a sort (a new object; the input is not changed). */
export function sorted(model: PracticeScoresModel, sort: string | undefined): PracticeScoresModel {
  if (!sort) return model;
  const companies = [...model.companies.filter((c) => c.id === sort), ...model.companies.filter((c) => c.id !== sort)];
  const categories = model.categories.map((c) => ({
    ...c,
    practices: c.practices
      .map((p, i) => ({ p, i }))
      .sort((a, b) => (b.p.scores[sort] ?? 0) - (a.p.scores[sort] ?? 0) || a.i - b.i)
      .map(({ p }) => p),
  }));
  return { ...model, companies, categories };
}
