/** Carlsmith's chain of conditional probabilities, with sliders to try other values (state in the URL). */
import { defineChart } from "../definition.ts";
import { drawPowerSeeking } from "./draw.ts";
import { checkPowerSeeking, powerSeekingSchema } from "./schema.ts";
import { powerSeekingView } from "./view.ts";

export default defineChart({
  id: "power-seeking-chain",
  schema: powerSeekingSchema,
  check: checkPowerSeeking,
  refs: (d) => [
    ...d.premises.map((p, i) => ({ field: `premises.${i}.source`, ref: p.source })),
    { field: "stated.source", ref: d.stated.source },
    { field: "update.source", ref: d.update.source },
  ],
  view: powerSeekingView,
  draw: (model, titleId) =>
    drawPowerSeeking(
      model,
      model.premises.map((p) => p.percent),
      titleId,
    ),
  page: { controls: "after" },
});
