/**
 * content/charts/<id>.yaml: the data of each chart, with the passage of this
 * site that states every plotted value. Each chart's schema is in its folder
 * (src/charts/<id>/schema.ts) and builds on the pieces here: the fields every
 * chart has (title, takeaway, sources), passage references and percentages.
 */
import { z } from "astro/zod";
import { localized } from "./common.ts";
import { PASSAGE_REF } from "./passage-ref.ts";

/** A passage reference: "<report>/<chapter>#<id>" or "forum/<event>/<talk>#p-<n>". */
export const passageRef = z
  .string()
  .regex(PASSAGE_REF, 'must be a passage reference: "<report>/<chapter>#<id>" or "forum/<event>/<talk>#p-<n>"');

/** A percentage as printed, 0–100. */
export const percent = z.number().min(0, "a percentage cannot be below 0").max(100, "a percentage cannot exceed 100");

/** Fields every chart file has (spread them into a chart's schema: `z.object({ ...chartMeta, … })`). */
export const chartMeta = {
  /** Chart title. */
  title: localized,
  /** The one sentence a reader should take away. */
  takeaway: localized,
  /** A note shown under the title wherever the chart appears (what the chart is and is not), if it needs one. */
  note: localized.optional(),
  /** The passages the chart as a whole draws on (the source line). */
  sources: z.array(passageRef).min(1, "a chart needs at least one source passage"),
};
export type ChartMeta = z.infer<z.ZodObject<typeof chartMeta>>;
