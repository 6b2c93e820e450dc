/** Growth multipliers of compute and related quantities on one log scale; projections drawn apart from statements. */
import { defineChart } from "../definition.ts";
import { drawComputeGrowth } from "./draw.ts";
import { checkComputeGrowth, computeGrowthSchema } from "./schema.ts";
import { computeGrowthView } from "./view.ts";

export default defineChart({
  id: "compute-growth",
  schema: computeGrowthSchema,
  check: checkComputeGrowth,
  refs: (d) => d.items.map((x, i) => ({ field: `items.${i}.source`, ref: x.source })),
  view: computeGrowthView,
  draw: drawComputeGrowth,
});
