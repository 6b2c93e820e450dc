/** content/charts/safety-practice-scores.yaml: the heatmap's words; the scores are content/data/cfi-scores.yaml. */
import { z } from "astro/zod";
import { chartMeta, passageRef } from "../../schemas/charts.ts";

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
