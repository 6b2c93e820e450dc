/** The pause-letter survey: shares of respondents, with the share the source leaves undescribed. */
import { defineChart } from "../definition.ts";
import { drawPauseSurvey } from "./draw.ts";
import { checkPauseSurvey, pauseSurveySchema } from "./schema.ts";
import { pauseSurveyView } from "./view.ts";

export default defineChart({
  id: "pause-letter-survey",
  schema: pauseSurveySchema,
  check: checkPauseSurvey,
  refs: (d) => d.answers.map((a, i) => ({ field: `answers.${i}.source`, ref: a.source })),
  view: pauseSurveyView,
  draw: drawPauseSurvey,
});
