/**
 * content/charts/<id>.yaml: the data of each chart, with the passage of this
 * site that states every plotted value. One schema per chart, sharing the
 * fields every chart has (title, takeaway, sources).
 */
import { z } from "astro/zod";
import { localized } from "./common.ts";
import { PASSAGE_REF } from "../passages/refs.ts";

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
  /** The passages the chart as a whole draws on (the source line). */
  sources: z.array(passageRef).min(1, "a chart needs at least one source passage"),
};
export type ChartMeta = z.infer<z.ZodObject<typeof chartMeta>>;

/** content/charts/power-seeking-chain.yaml: Carlsmith's conditional probabilities. */
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

/** content/charts/safety-practice-scores.yaml: the heatmap's words; the scores are content/data/cfi-scores.yaml. */
export const practiceScoresSchema = z
  .object({
    ...chartMeta,
    /** The passage where the table (and so every score) is printed. */
    table: passageRef,
    /** The passage of the legend (what 0, 1 and 2 mean). */
    legend: passageRef,
    /** The section of each practice chapter a row links to, e.g. "practices" (the chapter is the category id). */
    chapterSection: z.string().regex(/^[a-z0-9-]+$/),
  })
  .strict();
export type PracticeScoresData = z.infer<typeof practiceScoresSchema>;

/** A year a forecast names, within the range the chart draws. */
const year = z
  .number()
  .int()
  .min(2000, "a year before 2000 is outside the chart")
  .max(2100, "a year after 2100 is outside the chart");

/** content/charts/agi-timelines.yaml: forecasts of AGI by when they were made. */
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

/** content/charts/compute-growth.yaml: growth multipliers, grouped; projections drawn apart from statements. */
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

/** content/charts/governance-timeline.yaml: dated events in lanes, with dates documents disagree on. */
const eventDate = z
  .string()
  .regex(
    /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/,
    'must be a date "YYYY-MM-DD", or "YYYY-MM" when the document gives only the month',
  );
export const governanceTimelineSchema = z
  .object({
    ...chartMeta,
    /** The lanes, top to bottom. */
    lanes: z.array(z.object({ id: z.string().regex(/^[a-z0-9-]+$/), label: localized }).strict()).min(1),
    /** The events, each dated as its passage dates it. */
    events: z
      .array(
        z
          .object({
            /** Stable id. */
            id: z.string().regex(/^[a-z0-9-]+$/),
            /** The lane it is drawn in. */
            lane: z.string(),
            /** The date as the passage gives it (day or month precision). */
            date: eventDate,
            /** What happened. */
            label: localized,
            /** The passage that dates it. */
            source: passageRef,
            /** Another document dates the same event differently: its date, its passage and a note saying who says what. */
            disputed: z.object({ date: eventDate, source: passageRef, note: localized }).strict().optional(),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();
export type GovernanceTimelineData = z.infer<typeof governanceTimelineSchema>;
/** content/charts/taxonomy-crosswalk.yaml: which risk schemes the crosswalk chart sets side by side (the links come from content/taxonomies/). */
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

/** Cross-field checks a schema cannot express, as messages with the field they concern. */
export function chartDataProblems(id: string, data: unknown): { field: string; message: string }[] {
  const out: { field: string; message: string }[] = [];
  if (id === "power-seeking-chain") {
    const d = data as PowerSeekingData;
    const product = d.premises.reduce((p, x) => p * (x.percent / 100), 1) * 100;
    if (Math.round(product) !== d.stated.percent)
      out.push({
        field: "stated.percent",
        message: `the premises multiply to ${product.toFixed(2)}%, which does not round to the stated ${d.stated.percent}%`,
      });
  }
  if (id === "compute-growth") {
    const d = data as ComputeGrowthData;
    const groups = new Set(d.groups.map((g) => g.id));
    d.items.forEach((item, i) => {
      if (!groups.has(item.group))
        out.push({ field: `items.${i}.group`, message: `no group "${item.group}" in groups` });
    });
  }
  if (id === "governance-timeline") {
    const d = data as GovernanceTimelineData;
    const lanes = new Set(d.lanes.map((l) => l.id));
    const seen = new Set<string>();
    d.events.forEach((e, i) => {
      if (!lanes.has(e.lane)) out.push({ field: `events.${i}.lane`, message: `no lane "${e.lane}" in lanes` });
      if (seen.has(e.id)) out.push({ field: `events.${i}.id`, message: `"${e.id}" is used twice` });
      seen.add(e.id);
      if (!isRealDate(e.date))
        out.push({ field: `events.${i}.date`, message: `"${e.date}" is not a date in the calendar` });
      if (e.disputed && !isRealDate(e.disputed.date))
        out.push({ field: `events.${i}.disputed.date`, message: `"${e.disputed.date}" is not a date in the calendar` });
      if (e.disputed && e.disputed.date === e.date)
        out.push({
          field: `events.${i}.disputed.date`,
          message: `"${e.id}": the disputed date is the same as the date (${e.date}); a dispute needs a different date`,
        });
    });
  }
  if (id === "agi-timelines") {
    const d = data as AgiTimelinesData;
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
  }
  return out;
}

/** "2023-02-30" matches the pattern but is not a day; month-only dates are always real. */
function isRealDate(date: string): boolean {
  const [y, m, d] = date.split("-").map(Number);
  if (d === undefined) return true;
  const t = new Date(Date.UTC(y!, m! - 1, d));
  return t.getUTCMonth() === m! - 1 && t.getUTCDate() === d;
}
