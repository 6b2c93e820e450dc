/** content/charts/pause-letter-survey.yaml: a set of shares that, with the stated remainder, makes 100%. */
import { z } from "astro/zod";
import { localized } from "../../schemas/common.ts";
import { chartMeta, passageRef, percent } from "../../schemas/charts.ts";
import type { FieldProblem } from "../definition.ts";

export const pauseSurveySchema = z
  .object({
    ...chartMeta,
    /** The answers as printed, in the source's order. */
    answers: z
      .array(
        z
          .object({
            /** Stable id. */ id: z.string().regex(/^[a-z0-9-]+$/),
            /** The answer. */ label: localized,
            /** Share of respondents, as printed. */ percent,
            /** The passage that states it. */ source: passageRef,
          })
          .strict(),
      )
      .min(1),
    /** What the source leaves undescribed: 100 minus the answers, labelled as such. */
    remainder: z
      .object({ /** Its label. */ label: localized, /** Its share, which must equal 100 minus the answers. */ percent })
      .strict(),
  })
  .strict();
export type PauseSurveyData = z.infer<typeof pauseSurveySchema>;

/** The answers and the stated remainder must make 100%. */
export function checkPauseSurvey(d: PauseSurveyData): FieldProblem[] {
  const out: FieldProblem[] = [];
  const sum = d.answers.reduce((s, a) => s + a.percent, 0);
  const rest = Math.round((100 - sum) * 100) / 100;
  if (sum > 100) out.push({ field: "answers", message: `the answers add up to ${sum.toFixed(2)}%, more than 100%` });
  else if (Math.abs(rest - d.remainder.percent) > 0.005)
    out.push({
      field: "remainder.percent",
      message: `the answers add up to ${sum.toFixed(2)}%, so the remainder is ${rest}%, not ${d.remainder.percent}%`,
    });
  return out;
}
