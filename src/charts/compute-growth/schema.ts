/** content/charts/compute-growth.yaml: growth multipliers, grouped; projections drawn apart from statements. */
import { z } from "astro/zod";
import { localized } from "../../schemas/common.ts";
import { chartMeta, passageRef } from "../../schemas/charts.ts";
import type { FieldProblem } from "../definition.ts";

export const computeGrowthSchema = z
  .object({
    ...chartMeta,
    /** Row groups, in order. */
    groups: z.array(z.object({ id: z.string().regex(/^[a-z0-9-]+$/), label: localized }).strict()).min(1),
    /** The multipliers, as the documents give them. */
    items: z
      .array(
        z
          .object({
            /** Stable id. */
            id: z.string().regex(/^[a-z0-9-]+$/),
            /** The group it is listed under. */
            group: z.string(),
            /** What grows, over what span, against what. */
            label: localized,
            /** The multiplier ("about 4×" is 4), between 1 and 1,000,000. */
            factor: z
              .number()
              .gt(1, "a growth factor must be more than 1")
              .max(1_000_000, "a growth factor above 1,000,000 is outside the chart"),
            /** estimate: a measured trend; statement: said of the past or present; projection: said of the future. */
            kind: z.enum(["estimate", "statement", "projection"]),
            /** The passage that states it. */
            source: passageRef,
          })
          .strict(),
      )
      .min(1),
  })
  .strict();
export type ComputeGrowthData = z.infer<typeof computeGrowthSchema>;

/** Every item names one of the groups. */
export function checkComputeGrowth(d: ComputeGrowthData): FieldProblem[] {
  const out: FieldProblem[] = [];
  const groups = new Set(d.groups.map((g) => g.id));
  d.items.forEach((item, i) => {
    if (!groups.has(item.group)) out.push({ field: `items.${i}.group`, message: `no group "${item.group}" in groups` });
  });
  return out;
}
