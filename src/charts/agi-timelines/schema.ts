/** content/charts/agi-timelines.yaml: forecasts of AGI by when they were made. */
import { z } from "astro/zod";
import { localized } from "../../schemas/common.ts";
import { chartMeta, passageRef } from "../../schemas/charts.ts";
import type { FieldProblem } from "../definition.ts";

/** A year a forecast names, within the range the chart draws. */
const year = z
  .number()
  .int()
  .min(2000, "a year before 2000 is outside the chart")
  .max(2100, "a year after 2100 is outside the chart");

export const agiTimelinesSchema = z
  .object({
    ...chartMeta,
    /** ChatGPT's release, marked on the time axis (decimal year). */
    chatgpt: z.object({ date: z.number(), label: localized, source: passageRef }).strict(),
    /** Series drawn as connected lines (a forecast names its series by id). */
    series: z.array(z.object({ id: z.string().regex(/^[a-z0-9-]+$/), label: localized }).strict()),
    /** The plotted forecasts: a year (a median or a date), or a range from–to, or from with an open end. */
    forecasts: z
      .array(
        z
          .object({
            /** Stable id. */
            id: z.string().regex(/^[a-z0-9-]+$/),
            /** The series it belongs to; none when the source does not say. */
            series: z.string().optional(),
            /** Who forecast. */
            who: localized,
            /** When the forecast was made, as a decimal year (2023.75 = October 2023), and as written. */
            made: z.number().min(2000).max(2100),
            madeLabel: z.string().regex(/^\d{4}(-\d{2})?$/),
            /** A single predicted year. */
            year: year.optional(),
            /** A predicted range. */
            from: year.optional(),
            to: year.optional(),
            /** The range has no upper end ("after 2050"). */
            openEnd: z.boolean().optional(),
            /** What the source says, in short. */
            note: localized.optional(),
            /** The passage that states it. */
            source: passageRef,
          })
          .strict(),
      )
      .min(1),
    /** Statements without a number: listed in the table, not plotted. */
    notPlotted: z.array(z.object({ who: localized, note: localized, source: passageRef }).strict()).default([]),
  })
  .strict();
export type AgiTimelinesData = z.infer<typeof agiTimelinesSchema>;

/** Each forecast is a year or a range, and names a series that exists. */
export function checkAgiTimelines(d: AgiTimelinesData): FieldProblem[] {
  const out: FieldProblem[] = [];
  const series = new Set(d.series.map((x) => x.id));
  d.forecasts.forEach((f, i) => {
    const shapes = [f.year !== undefined, f.from !== undefined].filter(Boolean).length;
    if (shapes !== 1)
      out.push({
        field: `forecasts.${i}`,
        message: `"${f.id}" needs either year or from (with to or openEnd), not ${shapes ? "both" : "neither"}`,
      });
    if (f.from !== undefined && (f.to === undefined) === !f.openEnd)
      out.push({ field: `forecasts.${i}`, message: `"${f.id}": a range needs either to or openEnd: true` });
    if (f.from !== undefined && f.to !== undefined && f.to < f.from)
      out.push({
        field: `forecasts.${i}.to`,
        message: `"${f.id}": the range ends (${f.to}) before it starts (${f.from})`,
      });
    if (f.series && !series.has(f.series))
      out.push({ field: `forecasts.${i}.series`, message: `no series "${f.series}" in series` });
  });
  return out;
}
