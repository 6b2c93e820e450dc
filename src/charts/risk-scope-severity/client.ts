/**
 * In the browser: the document and family filters redraw the map and keep
 * only what differs from the default in the address (?doc=…&family=…);
 * selecting a mark (a tap or click, or Enter on the mark the arrow keys reached)
 * lists its quotations with links to their passages.
 */
import { fillTemplate } from "../../i18n/fill.ts";
import type { ChartBehaviour } from "../behaviour.ts";
import { drawRiskMap } from "./draw.ts";
import type { RiskMapModel } from "./model.ts";
import { filtered, formatFilters, parseFilters, visibleMarks, type Filters } from "./state.ts";

const riskMap: ChartBehaviour<RiskMapModel> = ({ element, model, titleId, redraw, invalid }) => {
  const plot = element.querySelector<HTMLElement>("[data-plot]")!;
  const selects = {
    doc: element.querySelector<HTMLSelectElement>('select[data-filter="doc"]')!,
    family: element.querySelector<HTMLSelectElement>('select[data-filter="family"]')!,
  };
  const shown = element.querySelector<HTMLElement>("[data-shown]")!;
  const help = element.querySelector<HTMLElement>("[data-select-help]")!;
  const title = element.querySelector<HTMLElement>("[data-selected-title]")!;
  const list = element.querySelector<HTMLUListElement>("[data-quotes]")!;
  const node = element.querySelector<HTMLElement>("[data-node]")!;
  const pick = element.querySelector<HTMLSelectElement>("select[data-pick]")!;
  let selected: string | undefined;

  const markSelected = () => {
    for (const g of plot.querySelectorAll<SVGElement>("[data-id]"))
      g.classList.toggle("is-selected", g.dataset.id === selected);
  };
  const select = (id: string | undefined) => {
    const mark = model.marks.find((m) => m.id === id);
    selected = mark?.id;
    pick.value = selected ?? "";
    help.hidden = !!mark;
    title.hidden = list.hidden = node.hidden = !mark;
    list.replaceChildren();
    if (mark) {
      title.textContent = fillTemplate(title.dataset.template!, { n: mark.n, label: mark.label });
      for (const q of mark.quotes) {
        const li = document.createElement("li");
        const a = document.createElement("a");
        a.href = q.href;
        a.textContent = q.passage;
        li.append(`${q.axisName}: “${q.quote}” (`, a, ")");
        list.append(li);
      }
      const link = document.createElement("a");
      link.href = mark.href;
      link.textContent = node.dataset.label!;
      node.replaceChildren(link);
    }
    markSelected();
  };

  const apply = (f: Filters, write: boolean) => {
    selects.doc.value = f.doc ?? "";
    selects.family.value = f.family ?? "";
    const view = filtered(model, f);
    const kept = visibleMarks(view);
    shown.textContent =
      kept.length === model.marks.length
        ? ""
        : fillTemplate(shown.dataset.template!, { n: kept.length, total: model.marks.length });
    redraw(drawRiskMap(view, titleId));
    if (selected && !kept.some((m) => m.id === selected)) select(undefined);
    markSelected();
    if (write) history.replaceState(null, "", formatFilters(f) || location.pathname);
  };
  const current = (): Filters => ({
    ...(selects.doc.value ? { doc: selects.doc.value } : {}),
    ...(selects.family.value ? { family: selects.family.value } : {}),
  });
  for (const s of Object.values(selects)) s.addEventListener("change", () => apply(current(), true));

  pick.addEventListener("change", () => select(pick.value || undefined));
  // A tap or click on a mark selects it; Enter selects the mark the arrow keys reached.
  plot.addEventListener("click", (e) => {
    const g = (e.target as Element).closest<SVGElement>("[data-id]");
    if (g) select(g.dataset.id);
  });
  plot.addEventListener("keydown", (e) => {
    if (e.key !== "Enter" && e.key !== " ") return;
    const g = plot.querySelector<SVGElement>("[data-id].is-active");
    if (!g) return;
    e.preventDefault();
    select(g.dataset.id);
  });

  const parsed = parseFilters(location.search, model);
  invalid(parsed.invalid);
  apply(parsed.filters, false);
};

export default riskMap;
