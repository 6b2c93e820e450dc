/** content/charts/power-seeking-chain.yaml: Carlsmith's conditional probabilities. */
import { z } from "astro/zod";
import { localized } from "../../schemas/common.ts";
import { chartMeta, passageRef, percent } from "../../schemas/charts.ts";
import type { FieldProblem } from "../definition.ts";

export const powerSeekingSchema = z
  .object({
    ...chartMeta,
    /** The six premises in order, each conditional on the ones before. */
    premises: z
      .array(
        z
          .object({
            /** Stable id, also the URL parameter's position. */
            id: z.string().regex(/^[a-z0-9-]+$/),
            /** Short name of the premise. */
            label: localized,
            /** The probability as printed, in percent (strictly between 0 and 100). */
            percent: percent.gt(0, "a premise's probability must be above 0"),
            /** The passage that states it. */
            source: passageRef,
          })
          .strict(),
      )
      .min(2),
    /** The product as the document states it ("about 5%"), in percent, with its passage. */
    stated: z.object({ percent, source: passageRef }).strict(),
    /** The author's later estimate (">10%"), with the date and passage. */
    update: z.object({ percent, date: z.string().regex(/^\d{4}-\d{2}$/), source: passageRef }).strict(),
  })
  .strict();
export type PowerSeekingData = z.infer<typeof powerSeekingSchema>;

/** The premises must multiply to the stated product (rounded). */
export function checkPowerSeeking(d: PowerSeekingData): FieldProblem[] {
  const out: FieldProblem[] = [];
  const product = d.premises.reduce((p, x) => p * (x.percent / 100), 1) * 100;
  if (Math.round(product) !== d.stated.percent)
    out.push({
      field: "stated.percent",
      message: `the premises multiply to ${product.toFixed(2)}%, which does not round to the stated ${d.stated.percent}%`,
    });
  return out;
}
