/** In the browser: sorting by a company redraws the heatmap and keeps the sort in the address (?sort=meta). */
import { fillTemplate } from "../../i18n/fill.ts";
import type { ChartBehaviour } from "../behaviour.ts";
import { drawPracticeScores } from "./draw.ts";
import type { PracticeScoresModel } from "./model.ts";
import { formatSort, parseSort, sorted } from "./state.ts";

const practiceScores: ChartBehaviour<PracticeScoresModel> = ({ element, model, titleId, redraw, invalid }) => {
  const select = element.querySelector<HTMLSelectElement>("select[data-sort]")!;
  const status = element.querySelector<HTMLElement>("[data-sort-status]")!;
  const apply = (sort: string | undefined, write: boolean) => {
    select.value = sort ?? "";
    const company = model.companies.find((c) => c.id === sort);
    status.textContent = company ? fillTemplate(status.dataset.template!, { company: company.name }) : "";
    redraw(drawPracticeScores(sorted(model, sort), titleId));
    if (write) history.replaceState(null, "", formatSort(sort) || location.pathname);
  };
  select.addEventListener("change", () => apply(select.value || undefined, true));
  const parsed = parseSort(
    location.search,
    model.companies.map((c) => c.id),
  );
  invalid(parsed.invalid);
  apply(parsed.sort, false);
};

export default practiceScores;
