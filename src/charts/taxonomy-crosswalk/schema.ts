/** content/charts/taxonomy-crosswalk.yaml: which risk schemes the crosswalk chart sets side by side (the links come from content/taxonomies/). */
import { z } from "astro/zod";
import { chartMeta } from "../../schemas/charts.ts";

export const crosswalkChartSchema = z
  .object({
    ...chartMeta,
    /** Scheme ids from content/taxonomies/schemes/, in the order the chart pairs them. */
    schemes: z
      .array(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a scheme id, e.g. iasr-risks"))
      .min(2, "the crosswalk needs at least two schemes")
      .refine((a) => new Set(a).size === a.length, "a scheme is listed twice"),
  })
  .strict();
export type CrosswalkChartData = z.infer<typeof crosswalkChartSchema>;
