/** One company's scores in the 2024 best-practices assessment (Appendix B), by category, as printed. Pure. */
import type { Locale } from "../i18n/locales.ts";
import type { CfiScores } from "../schemas/cfi-scores.ts";

export interface CompanyScores {
  total: number;
  percent: number;
  categories: { id: string; name: string; score: number; max: number }[];
}

export function companyScores(cfi: CfiScores, company: string, lang: Locale): CompanyScores | undefined {
  if (!cfi.companies.some((c) => c.id === company)) return undefined;
  return {
    total: cfi.subtotals[company]!,
    percent: cfi.percentages[company]!,
    categories: cfi.categories.map((c) => ({
      id: c.id,
      name: c[lang],
      score: c.practices.reduce((n, p) => n + (p.scores[company] ?? 0), 0),
      max: c.practices.length * 2,
    })),
  };
}
