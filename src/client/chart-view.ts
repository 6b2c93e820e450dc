/**
 * <chart-view>: the browser half of a chart. The SVG is already in the page;
 * this adds tooltips (hover, tap, and keyboard: focus the plot, then arrow
 * keys) and the chart's controls, redrawing with the same code the build used
 * and keeping non-default state in the address.
 */
import { drawChart } from "../charts/draw.ts";
import { render } from "../charts/svg.ts";
import type { ChartModel } from "../charts/types.ts";
import { cumulative, formatProbabilities, parseProbabilities } from "../charts/power-seeking-chain/state.ts";
import { formatSort, parseSort } from "../charts/safety-practice-scores/state.ts";
import { pct } from "../charts/format.ts";
import { fillTemplate } from "../i18n/fill.ts";

class ChartView extends HTMLElement {
  private active = -1;

  connectedCallback() {
    const chart = JSON.parse(this.querySelector("[data-model]")!.textContent!) as ChartModel;
    const plot = this.querySelector<HTMLElement>("[data-plot]")!;
    const tip = this.querySelector<HTMLElement>("[data-tip-box]")!;
    const titleId = this.dataset.titleId!;
    const invalidBox = this.closest("[data-chart-page]")?.querySelector<HTMLElement>("[data-invalid]");
    const marks = () => Array.from(plot.querySelectorAll<SVGElement>("[data-tip]"));

    const show = (i: number) => {
      const all = marks();
      if (!all.length) return;
      all[this.active]?.classList.remove("is-active");
      this.active = (i + all.length) % all.length;
      const mark = all[this.active]!;
      mark.classList.add("is-active");
      tip.textContent = mark.dataset.tip!;
      tip.hidden = false;
      const box = mark.getBoundingClientRect();
      const host = plot.getBoundingClientRect();
      tip.style.left = `${Math.max(0, Math.min(box.left - host.left, host.width - 220))}px`;
      tip.style.top = `${box.bottom - host.top + plot.offsetTop + 6}px`;
    };
    const hide = () => {
      marks()[this.active]?.classList.remove("is-active");
      tip.hidden = true;
    };
    const redraw = (state: { values?: number[]; sort?: string }) => {
      plot.innerHTML = render(drawChart(chart, titleId, state));
      if (!tip.hidden && this.active >= 0) show(this.active);
    };

    // Tooltips: pointer (hover or tap) on a mark, and the keyboard on the focused plot.
    plot.tabIndex = 0;
    const help = this.querySelector<HTMLElement>("[data-help]");
    if (help) help.hidden = false;
    plot.addEventListener("pointerover", (e) => {
      const i = marks().indexOf((e.target as Element).closest("[data-tip]") as SVGElement);
      if (i >= 0) show(i);
    });
    plot.addEventListener("pointerdown", (e) => {
      const i = marks().indexOf((e.target as Element).closest("[data-tip]") as SVGElement);
      if (i >= 0) show(i);
    });
    // A mark carrying data-href (the crosswalk's nodes) opens that page on a click or tap.
    plot.addEventListener("click", (e) => {
      const target = (e.target as Element).closest<SVGElement>("[data-href]");
      if (target) location.href = target.dataset.href!;
    });
    plot.addEventListener("pointerleave", (e) => {
      if (e.pointerType === "mouse") hide();
    });
    plot.addEventListener("focus", () => show(Math.max(0, this.active)));
    plot.addEventListener("blur", hide);
    plot.addEventListener("keydown", (e) => {
      const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[e.key];
      if (step) {
        e.preventDefault();
        show(this.active + step);
      } else if (e.key === "Home" || e.key === "End") {
        e.preventDefault();
        show(e.key === "Home" ? 0 : marks().length - 1);
      } else if (e.key === "Escape") hide();
    });

    const controls = this.querySelector<HTMLElement>("[data-controls]");
    if (controls) controls.hidden = false;
    const invalid = (params: string[]) => {
      if (!invalidBox) return;
      invalidBox.hidden = params.length === 0;
      invalidBox.textContent = fillTemplate(invalidBox.dataset.template ?? "{params}", { params: params.join(", ") });
    };

    if (chart.kind === "power-seeking-chain") {
      const premises = chart.model.premises;
      const sliders = Array.from(this.querySelectorAll<HTMLInputElement>("input[data-premise]"));
      const product = this.querySelector<HTMLElement>("[data-product]")!;
      const apply = (values: number[], write: boolean) => {
        sliders.forEach((s, i) => {
          s.value = String(values[i]);
          this.querySelector(`[data-output="${i}"]`)!.textContent = `${values[i]}%`;
        });
        product.textContent = fillTemplate(product.dataset.template!, { value: pct(cumulative(values).at(-1)!) });
        redraw({ values });
        if (write) history.replaceState(null, "", formatProbabilities(values, premises) || location.pathname);
      };
      const read = () => sliders.map((s) => Number(s.value));
      for (const s of sliders) s.addEventListener("input", () => apply(read(), true));
      this.querySelector("[data-reset]")?.addEventListener("click", () =>
        apply(
          premises.map((p) => p.percent),
          true,
        ),
      );
      const parsed = parseProbabilities(location.search, premises);
      invalid(parsed.invalid);
      apply(parsed.values, false);
    } else if (chart.kind === "safety-practice-scores") {
      const select = this.querySelector<HTMLSelectElement>("select[data-sort]")!;
      const status = this.querySelector<HTMLElement>("[data-sort-status]")!;
      const apply = (sort: string | undefined, write: boolean) => {
        select.value = sort ?? "";
        const company = chart.model.companies.find((c) => c.id === sort);
        status.textContent = company ? fillTemplate(status.dataset.template!, { company: company.name }) : "";
        redraw({ sort });
        if (write) history.replaceState(null, "", formatSort(sort) || location.pathname);
      };
      select.addEventListener("change", () => apply(select.value || undefined, true));
      const parsed = parseSort(
        location.search,
        chart.model.companies.map((c) => c.id),
      );
      invalid(parsed.invalid);
      apply(parsed.sort, false);
    } else {
      const extra = Array.from(new URLSearchParams(location.search).keys());
      invalid(extra.map((k) => `${k}=${new URLSearchParams(location.search).get(k)}`));
    }
  }
}

customElements.define("chart-view", ChartView);
