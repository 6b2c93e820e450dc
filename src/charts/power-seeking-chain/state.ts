/**
 * The power-seeking chart's state in the URL: one parameter per premise that
 * differs from the source (?alignment-hard=60). Whole percentages from 1 to 99;
 * anything else is reported as invalid and the source's value is used.
 */
export interface Premise {
  id: string;
  percent: number;
}

export function parseProbabilities(
  search: string,
  premises: readonly Premise[],
): { values: number[]; invalid: string[] } {
  const params = new URLSearchParams(search);
  const invalid: string[] = [];
  const values = premises.map((p) => {
    const raw = params.get(p.id);
    if (raw === null) return p.percent;
    const n = Number(raw);
    if (!/^\d{1,2}$/.test(raw) || n < 1 || n > 99) {
      invalid.push(`${p.id}=${raw}`);
      return p.percent;
    }
    return n;
  });
  for (const key of params.keys()) if (!premises.some((p) => p.id === key)) invalid.push(`${key}=${params.get(key)}`);
  return { values, invalid };
}

export function formatProbabilities(values: readonly number[], premises: readonly Premise[]): string {
  const params = new URLSearchParams();
  premises.forEach((p, i) => {
    if (values[i] !== p.percent) params.set(p.id, String(values[i]));
  });
  const s = params.toString();
  return s ? `?${s}` : "";
}

/** Running products, in percent: after premise 1, after 1–2, … (the last is the estimate). */
export function cumulative(values: readonly number[]): number[] {
  let p = 1;
  return values.map((v) => (p *= v / 100) * 100);
}
