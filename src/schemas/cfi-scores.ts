import { z } from "astro/zod";
import { localized, slug } from "./common.ts";

/** A score as the Leverhulme CFI assessment gives it: 2 meets, 1 may meet, 0 does not meet. */
const score = z.union([z.literal(0), z.literal(1), z.literal(2)]);

/** content/data/cfi-scores.yaml: Appendix B of "Best Practices for Frontier AI Safety" as data. */
export const cfiScoresSchema = z
  .object({
    /** The companies scored, in the table's column order. */
    companies: z
      .array(
        z
          .object({
            /** Stable id, e.g. anthropic. */ id: slug,
            /** Name in Chinese. */ zh: z.string().min(1),
            /** Name in English. */ en: z.string().min(1),
          })
          .strict(),
      )
      .min(1),
    /** The nine practice categories, in the table's order. */
    categories: z
      .array(
        z
          .object({
            /** Stable id of the category. */
            id: slug,
            /** Category name in Chinese, as printed. */
            zh: z.string().min(1),
            /** Category name in English. */
            en: z.string().min(1),
            /** The practices in this category, in the table's order. */
            practices: z
              .array(
                z
                  .object({
                    /** Stable id of the practice. */
                    id: slug,
                    /** Practice in Chinese, as printed. */
                    zh: z.string().min(1),
                    /** Practice in English. */
                    en: z.string().min(1),
                    /** Score per company id. */
                    scores: z.record(z.string(), score),
                  })
                  .strict(),
              )
              .min(1),
          })
          .strict(),
      )
      .min(1),
    /** The 小计 row as printed: total points per company id. */
    subtotals: z.record(z.string(), z.number().int().nonnegative()),
    /** The 占比 row as printed: percentage of the maximum, per company id, without "%". */
    percentages: z.record(z.string(), z.number().nonnegative().max(100)),
  })
  .strict();

export type CfiScores = z.infer<typeof cfiScoresSchema>;

/** Totals and percentages recomputed from the rows (percentage of the maximum 2 × practices, rounded). */
export function recomputeTotals(data: CfiScores): {
  subtotals: Record<string, number>;
  percentages: Record<string, number>;
  practices: number;
} {
  const practices = data.categories.flatMap((c) => c.practices);
  const subtotals: Record<string, number> = {};
  const percentages: Record<string, number> = {};
  for (const { id } of data.companies) {
    subtotals[id] = practices.reduce((sum, p) => sum + (p.scores[id] ?? Number.NaN), 0);
    percentages[id] = Math.round((subtotals[id]! / (2 * practices.length)) * 100);
  }
  return { subtotals, percentages, practices: practices.length };
}
