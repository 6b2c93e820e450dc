/** content/charts/governance-timeline.yaml: dated events in lanes, with dates documents disagree on. */
import { z } from "astro/zod";
import { localized } from "../../schemas/common.ts";
import { chartMeta, passageRef } from "../../schemas/charts.ts";
import type { FieldProblem } from "../definition.ts";

/** A date as a passage gives it: to the day, or to the month. */
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

/** Every event is in a lane, has its own id and real dates, and a dispute gives another date. */
export function checkGovernanceTimeline(d: GovernanceTimelineData): FieldProblem[] {
  const out: FieldProblem[] = [];
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
  return out;
}

/** "2023-02-30" matches the pattern but is not a day; month-only dates are always real. */
function isRealDate(date: string): boolean {
  const [y, m, d] = date.split("-").map(Number);
  if (d === undefined) return true;
  const t = new Date(Date.UTC(y!, m! - 1, d));
  return t.getUTCMonth() === m! - 1 && t.getUTCDate() === d;
}
