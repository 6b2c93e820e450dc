/** Forecasts of AGI: when each was made against the year or range it names. */
import { defineChart } from "../definition.ts";
import { drawAgiTimelines } from "./draw.ts";
import { agiTimelinesSchema, checkAgiTimelines } from "./schema.ts";
import { agiTimelinesView } from "./view.ts";

export default defineChart({
  id: "agi-timelines",
  schema: agiTimelinesSchema,
  check: checkAgiTimelines,
  refs: (d) => [
    { field: "chatgpt.source", ref: d.chatgpt.source },
    ...d.forecasts.map((x, i) => ({ field: `forecasts.${i}.source`, ref: x.source })),
    ...d.notPlotted.map((x, i) => ({ field: `notPlotted.${i}.source`, ref: x.source })),
  ],
  view: agiTimelinesView,
  draw: drawAgiTimelines,
});
