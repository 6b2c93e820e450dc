/**
 * <chart-view>: the browser half of a chart. The SVG is already in the page;
 * this adds tooltips (hover, tap, and keyboard: focus the plot, then arrow
 * keys) to every chart. A chart with controls or state in the address brings
 * its own behaviour (src/charts/<id>/client.ts, see src/charts/behaviour.ts),
 * which redraws with the same code the build used.
 *
 * A chart page has one entry script: its chart's src/charts/<id>/Enhance.astro
 * (this with the chart's behaviour) or, for a chart without one,
 * src/components/charts/ChartEnhance.astro (this alone). So a page downloads
 * its own chart's code and no other chart's.
 */
import type { ChartBehaviour, ChartHost } from "../charts/behaviour.ts";
import { render, type El } from "../charts/svg.ts";
import { fillTemplate } from "../i18n/fill.ts";

/** The page's chart's behaviour (a page shows one chart). */
let behaviour: ((host: ChartHost<unknown>) => void) | undefined;

/** Define <chart-view>, with the behaviour of the page's chart if it has one. */
export function enhanceChart<Model>(own?: ChartBehaviour<Model>): void {
  behaviour = own as typeof behaviour;
  customElements.define("chart-view", ChartView);
}

class ChartView extends HTMLElement {
  private active = -1;

  connectedCallback() {
    const chart = JSON.parse(this.querySelector("[data-model]")!.textContent!) as { kind: string; model: unknown };
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
    const redraw = (drawing: El) => {
      plot.innerHTML = render(drawing);
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

    if (behaviour) behaviour({ element: this, model: chart.model, titleId, redraw, invalid });
    else {
      // A chart without state: every parameter in the address is one it ignores.
      const extra = Array.from(new URLSearchParams(location.search).keys());
      invalid(extra.map((k) => `${k}=${new URLSearchParams(location.search).get(k)}`));
    }
  }
}
