/**
 * In the browser: the sliders redraw the chain with other probabilities and
 * keep the ones that differ from the source in the address (?alignment-hard=60).
 */
import { fillTemplate } from "../../i18n/fill.ts";
import type { ChartBehaviour } from "../behaviour.ts";
import { pct } from "../format.ts";
import { drawPowerSeeking } from "./draw.ts";
import type { PowerSeekingModel } from "./model.ts";
import { cumulative, formatProbabilities, parseProbabilities } from "./state.ts";

const powerSeeking: ChartBehaviour<PowerSeekingModel> = ({ element, model, titleId, redraw, invalid }) => {
  const premises = model.premises;
  const sliders = Array.from(element.querySelectorAll<HTMLInputElement>("input[data-premise]"));
  const product = element.querySelector<HTMLElement>("[data-product]")!;
  const apply = (values: number[], write: boolean) => {
    sliders.forEach((s, i) => {
      s.value = String(values[i]);
      element.querySelector(`[data-output="${i}"]`)!.textContent = `${values[i]}%`;
    });
    product.textContent = fillTemplate(product.dataset.template!, { value: pct(cumulative(values).at(-1)!) });
    redraw(drawPowerSeeking(model, values, titleId));
    if (write) history.replaceState(null, "", formatProbabilities(values, premises) || location.pathname);
  };
  const read = () => sliders.map((s) => Number(s.value));
  for (const s of sliders) s.addEventListener("input", () => apply(read(), true));
  element.querySelector("[data-reset]")?.addEventListener("click", () =>
    apply(
      premises.map((p) => p.percent),
      true,
    ),
  );
  const parsed = parseProbabilities(location.search, premises);
  invalid(parsed.invalid);
  apply(parsed.values, false);
};

export default powerSeeking;
